package org.salessequences.api.sequence;

/**
 * When a sequence runs.
 *
 * @param time            local time of day, {@code HH:mm}
 * @param timezone        IANA time zone id, e.g. {@code Europe/Berlin}
 * @param excludeWeekends no runs on Saturdays and Sundays; classic days count business days
 * @param intervalDays    days between runs of a smart sequence; {@code null} for classic
 */
public record ScheduleDefinition(String time, String timezone, Boolean excludeWeekends, Integer intervalDays) {
}
