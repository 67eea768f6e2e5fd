package org.salessequences.api.host;

import java.util.List;

/**
 * One page of records streamed through the host SPI.
 *
 * @param items      the records of this page
 * @param nextCursor pass it as {@code cursor} for the next page; {@code null} after the last one
 */
public record RecordPage<T>(List<T> items, String nextCursor) {
}
