package org.salessequences.api.sequence;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A saved version of a sequence, as {@code GET /api/v1/sequences/{id}/versions} lists them.
 *
 * @param version   its number, from 1
 * @param changedBy the user who saved it
 * @param changedAt when
 * @param changes   what changed against the version before, as field paths ({@code steps[2].email.subject},
 *                  {@code steps[4] added}); {@code created} for the first version
 * @param sequence  the sequence as it was saved
 */
public record SequenceVersionView(int version, String changedBy, OffsetDateTime changedAt, List<String> changes,
                                  SequenceDefinition sequence) {
}
