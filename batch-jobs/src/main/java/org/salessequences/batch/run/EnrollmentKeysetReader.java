package org.salessequences.batch.run;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.chunk.AbstractItemReader;

import org.salessequences.domain.model.enrollment.EnrollmentRow;

/**
 * Reads enrollments page by page in id order; the checkpoint is the id of the last one handed out, so a restart
 * continues after it. Pages are queried afresh, so rows the writer changed are seen as they now are.
 */
abstract class EnrollmentKeysetReader extends AbstractItemReader {

    private final Deque<EnrollmentRow> page = new ArrayDeque<>();
    private String lastId;
    private boolean exhausted;

    /** The next page after {@code afterId} ({@code null}: from the start). */
    protected abstract List<EnrollmentRow> fetch(String afterId, int limit);

    protected abstract int pageSize();

    /** Whether this stage has anything to read at all. */
    protected boolean applies() {
        return true;
    }

    @Override
    public void open(Serializable checkpoint) {
        lastId = (String) checkpoint;
        exhausted = !applies();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            List<EnrollmentRow> rows = fetch(lastId, pageSize());
            exhausted = rows.size() < pageSize();
            page.addAll(rows);
        }
        EnrollmentRow next = page.poll();
        if (next != null) {
            lastId = next.id();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
