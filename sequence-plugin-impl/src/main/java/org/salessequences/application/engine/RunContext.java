package org.salessequences.application.engine;

import java.time.Instant;
import java.time.LocalDate;

import org.salessequences.domain.model.sequence.CompiledSequence;

/**
 * What every stage of one run works with: the sequence as it was when the run started, and the instant and local
 * date the run counts as.
 *
 * @param runId    the run
 * @param sequence the sequence, compiled once per stage
 * @param runAt    the instant the run counts as (its scheduled time, or when "run now" was asked)
 * @param runDate  the local date of {@code runAt} in the sequence's time zone: the date the day rules use
 * @param contactsOnly a run for the contacts whose local time has come: it executes their due steps (ending first
 *                 those that meet the exit criteria) and walks neither the audience nor every enrollment
 */
public record RunContext(String runId, CompiledSequence sequence, Instant runAt, LocalDate runDate,
                         boolean contactsOnly) {

    public RunContext(String runId, CompiledSequence sequence, Instant runAt, LocalDate runDate) {
        this(runId, sequence, runAt, runDate, false);
    }
}
