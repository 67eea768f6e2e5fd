package org.salessequences.api.run;

/**
 * The answer to "run now": the id to poll at {@code GET /api/v1/runs/{id}}.
 *
 * @param id the run's id
 */
public record RunStarted(String id) {
}
