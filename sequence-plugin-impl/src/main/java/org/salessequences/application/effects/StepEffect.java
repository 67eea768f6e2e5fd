package org.salessequences.application.effects;

import java.time.Instant;

import org.salessequences.api.sequence.StepDefinition;

/**
 * The payload of a step's outbox entry: the step's settings as they were when it ran (an edit after the run does
 * not change an effect already queued), and when the step was due, which reminders and tasks are due at.
 *
 * @param step  the step's settings
 * @param dueAt the step's due time: its day at the sequence's time (a catch-up run keeps the original day)
 */
public record StepEffect(StepDefinition step, Instant dueAt) {
}
