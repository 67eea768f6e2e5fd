package org.salessequences.application;

import java.time.Instant;

/**
 * Sales activity logged for a contact outside the plugin's own emails (calls, chats, meetings, reported by the
 * host through inbound events), which keeps the contact's Last contacted mode and Last activity type current.
 */
public interface ContactActivityService {

    /** Kinds of logged activity, as inbound events name them. */
    enum Kind {
        CALL_LOGGED, CHAT, ACTIVITY_LOGGED
    }

    /**
     * @param contactId    the host contact, or {@code null} when only the email is known
     * @param email        the contact's address, or {@code null}
     * @param kind         what was logged
     * @param direction    for calls: {@code INCOMING} or {@code OUTGOING}
     * @param activityType for other activities: its type ({@code Meeting}, {@code Lunch}, ...)
     * @return whether the contact was found
     */
    boolean logged(String contactId, String email, Kind kind, String direction, String activityType, Instant at);
}
