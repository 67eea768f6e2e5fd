package org.salessequences.domain.model.schedule;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The time zone a contact's steps are due in when a sequence sends in its recipients' time zones. */
public final class RecipientZones {

    private RecipientZones() {
    }

    /**
     * The contact's zone as the host gives it (an IANA name such as {@code Asia/Tokyo}, or an offset), or {@code null}
     * when it has none or one no zone rules know: the sequence's own zone applies then.
     */
    public static ZoneId of(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(timezone.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
