package org.salessequences.api.me;

/**
 * How fast a rep's mailbox may send, beside the daily limit of every user: emails over a limit wait in order
 * ({@code DEFERRED} with {@code MAILBOX_HOURLY_LIMIT} or {@code MAILBOX_SPACING}) and go out as soon as it allows,
 * whichever cluster member sends them.
 *
 * @param perHour           at most this many emails in any 60 minutes, or {@code null} for no such limit
 * @param minSecondsBetween at least this many seconds from one email to the next, or {@code null}
 */
public record MailboxLimits(Integer perHour, Integer minSecondsBetween) {
}
