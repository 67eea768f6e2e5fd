package org.salessequences.spi.host;

import java.util.List;

/**
 * One page of records.
 *
 * @param items      the records, in the adapter's stable order
 * @param nextCursor pass it back for the next page; {@code null} after the last page. Opaque, short and
 *                   serializable, so a batch job can keep it in its checkpoint and resume from it after a restart.
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public boolean isLast() {
        return nextCursor == null;
    }
}
