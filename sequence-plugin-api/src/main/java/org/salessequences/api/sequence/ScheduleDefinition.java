package org.salessequences.api.sequence;

import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * When a sequence runs.
 *
 * @param time            local time of day, {@code HH:mm}
 * @param timezone        IANA time zone id, e.g. {@code Europe/Berlin}
 * @param excludeWeekends no runs on Saturdays and Sundays; classic days count business days
 * @param intervalDays    days between runs of a smart sequence; {@code null} for classic
 * @param recipientTimezone each contact's steps are due at {@code time} in the contact's own time zone (the
 *                        sequence's {@code timezone} for contacts without one); days, weekends and holidays count
 *                        there too. Default {@code false}; classic sequences only
 * @param holidays        ISO 3166-1 alpha-2 country codes (e.g. {@code DE}, {@code US}) whose public holidays are
 *                        skipped like weekends: no step runs on them and classic days do not count them
 */
public record ScheduleDefinition(String time, String timezone, Boolean excludeWeekends, Integer intervalDays,
                                 Boolean recipientTimezone, List<String> holidays) {

    /** The canonical constructor, the one JSON-B reads with (the record has shorter ones for earlier callers). */
    @JsonbCreator
    public ScheduleDefinition {
    }

    /** A schedule in the sequence's time zone, without holidays. */
    public ScheduleDefinition(String time, String timezone, Boolean excludeWeekends, Integer intervalDays) {
        this(time, timezone, excludeWeekends, intervalDays, null, null);
    }
}
