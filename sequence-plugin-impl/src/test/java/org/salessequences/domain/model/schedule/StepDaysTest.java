package org.salessequences.domain.model.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepDaysTest {

    @ParameterizedTest(name = "day {1} from {0}, weekends excluded {2}: {3}")
    @CsvSource({
            // Monday 2026-03-02
            "2026-03-02, 1, false, 2026-03-02",
            "2026-03-02, 3, false, 2026-03-04",
            "2026-03-02, 6, false, 2026-03-07",
            "2026-03-02, 6, true, 2026-03-09",
            "2026-03-02, 5, true, 2026-03-06",
            "2026-03-02, 11, true, 2026-03-16",
            // Thursday 2026-03-05
            "2026-03-05, 3, true, 2026-03-09",
            "2026-03-05, 2, false, 2026-03-06"})
    void countsCalendarOrBusinessDays(LocalDate dayOne, int day, boolean excludeWeekends, LocalDate expected) {
        assertEquals(expected, StepDays.dueDate(dayOne, day, excludeWeekends));
    }
}
