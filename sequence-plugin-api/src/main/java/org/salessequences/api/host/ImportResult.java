package org.salessequences.api.host;

import java.util.List;

/**
 * The outcome of a CSV import.
 *
 * @param imported rows written (created or updated by email)
 * @param rejected every row that was not, with its line and reason
 */
public record ImportResult(long imported, List<ImportRejection> rejected) {
}
