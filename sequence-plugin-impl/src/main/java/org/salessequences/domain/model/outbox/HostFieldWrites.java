package org.salessequences.domain.model.outbox;

import java.time.Instant;

/**
 * Which host update last wrote each of a contact's fields. Host updates of one contact are carried out in the order
 * they were recorded, except that a failed one is retried later, possibly after newer ones succeeded; asking here
 * first keeps the retry from putting the older value back.
 */
public interface HostFieldWrites {

    /** The fields the plugin keeps current on host contacts. */
    enum Field {
        LAST_CONTACTED_MODE, LAST_ACTIVITY_TYPE
    }

    /**
     * Claims a field of the contact for an update recorded at {@code recordedAt}: true (and the claim recorded)
     * unless an update recorded later has already claimed it. An update claims again when it is retried.
     */
    boolean claim(String contactId, Field field, Instant recordedAt);
}
