package org.salessequences.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.salessequences.api.sequence.StepDefinition;

/** The story's sequences as the file tells them: what the demo promises a newcomer. */
class DemoStoryTest {

    @Test
    void aClassicSequenceOfAllFiveStepTypesASmartOneAndOnePausedAfterAFewDays() {
        List<DemoStory.Chapter> chapters = DemoStory.chapters();
        assertEquals(3, chapters.size());
        DemoStory.Chapter classic = chapters.get(0);
        assertEquals("CLASSIC", classic.sequence().type());
        assertEquals(Set.of("EMAIL", "EMAIL_REMINDER", "FOLLOW_UP", "CALL_REMINDER", "SMS"), classic.sequence().steps()
                .stream().map(StepDefinition::type).collect(Collectors.toSet()));
        assertEquals(DemoStory.DAYS, classic.daysRun());
        assertEquals("demo-rep", classic.owner());
        DemoStory.Chapter smart = chapters.get(1);
        assertEquals("SMART", smart.sequence().type());
        assertEquals(2, smart.sequence().schedule().intervalDays());
        DemoStory.Chapter paused = chapters.get(2);
        assertTrue(paused.pauseAfter() && paused.daysRun() < DemoStory.DAYS);
        assertEquals("demo-admin", paused.owner());
        chapters.forEach(c -> assertEquals("ACTIVE", c.sequence().status(), "each runs before any is paused"));
    }

    @Test
    void eachDayTheRunsAreDueAtTheSequencesOwnTimesInOrder() {
        List<java.time.Instant> due = DemoStory.dueTimes(DemoStory.chapters(),
                java.time.ZonedDateTime.parse("2026-03-02T00:00:00+01:00[Europe/Berlin]"));
        assertEquals(List.of(java.time.Instant.parse("2026-03-02T08:00:30Z"), java.time.Instant.parse("2026-03-02T09:00:30Z"),
                java.time.Instant.parse("2026-03-02T10:00:30Z")), due);
    }
}
