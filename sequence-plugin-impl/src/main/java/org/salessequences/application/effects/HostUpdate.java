package org.salessequences.application.effects;

import java.time.Instant;

/**
 * What to write to a host contact (payload of a HOST_UPDATE entry). {@code null} fields are left as they are;
 * an activity with no type logs nothing.
 *
 * @param lastContactedMode new Last contacted mode
 * @param lastActivityType  new Last activity type
 * @param activityType      type of the timeline activity to log ({@code Email}, {@code SMS}, ...)
 * @param activityTitle     its title
 * @param activityNote      its note
 * @param activityOutcome   its outcome
 * @param ownerId           the user it is logged for
 * @param at                when it happened
 * @param completedTaskId   a host task to mark done, or {@code null}
 */
public record HostUpdate(String lastContactedMode, String lastActivityType, String activityType, String activityTitle,
                         String activityNote, String activityOutcome, String ownerId, Instant at,
                         String completedTaskId) {

    /** Contract values of Last contacted mode. */
    public static final String NOT_YET_CONTACTED = "Not yet contacted";
    public static final String NO_REPLY = "No reply";
    public static final String OPENED_BUT_NO_REPLY = "Opened but no reply";
    public static final String REPLIED = "Replied";
    public static final String INCOMING_CALL = "Incoming call";
    public static final String OUTGOING_CALL = "Outgoing call";
    public static final String CHAT = "Chat";
    public static final String SALES_ACTIVITY = "Sales Activity";

    public static HostUpdate mode(String lastContactedMode, Instant at) {
        return new HostUpdate(lastContactedMode, null, null, null, null, null, null, at, null);
    }

    /** The fields and a logged activity, no task to complete. */
    public static HostUpdate activity(String lastContactedMode, String lastActivityType, String activityType,
                                      String title, String note, String outcome, String ownerId, Instant at) {
        return new HostUpdate(lastContactedMode, lastActivityType, activityType, title, note, outcome, ownerId, at, null);
    }
}
