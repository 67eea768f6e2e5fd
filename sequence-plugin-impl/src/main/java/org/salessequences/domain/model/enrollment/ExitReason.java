package org.salessequences.domain.model.enrollment;

/**
 * Why an enrollment left its sequence. {@code ACCOUNT_REPLIED}: another contact of the same account replied to the
 * sequence ({@code exitCriteria.accountReplied}); {@code MEETING_BOOKED}: a meeting with the contact was booked
 * ({@code exitCriteria.meetingBooked}).
 */
public enum ExitReason {
    REPLIED, UNSUBSCRIBED, BOUNCED, CONDITIONS, REMOVED, ACCOUNT_REPLIED, MEETING_BOOKED
}
