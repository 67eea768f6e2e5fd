package org.salessequences.api.event;

/**
 * One event the host reports, signed with the webhook secret.
 *
 * @param id           the host's id of the event: a repeated id is applied once
 * @param type         {@code REPLIED}, {@code BOUNCED}, {@code OPENED}, {@code CLICKED}, {@code UNSUBSCRIBED},
 *                     {@code CALL_LOGGED}, {@code CHAT}, {@code ACTIVITY_LOGGED} or {@code MEETING_BOOKED} (a meeting
 *                     with the contact was booked: Last activity type Meeting; ends enrollments that exit on it)
 * @param contactId    the host contact (or {@code email}), for unsubscribes and logged activities
 * @param email        the contact's address (or {@code contactId})
 * @param messageId    the Message-ID of the sent email, for replies, bounces, opens and clicks
 * @param direction    for {@code CALL_LOGGED}: {@code INCOMING} or {@code OUTGOING}
 * @param activityType for {@code ACTIVITY_LOGGED}: the activity's type ({@code Meeting}, {@code Lunch}, ...)
 * @param occurredAt   when it happened (ISO-8601 with offset); now when absent
 * @param diagnostic   for {@code BOUNCED}: the reason, optional
 */
public record InboundEvent(String id, String type, String contactId, String email, String messageId,
                           String direction, String activityType, String occurredAt, String diagnostic) {
}
