package org.salessequences.api.event;

/**
 * The answer to an inbound event.
 *
 * @param id     the event's id
 * @param status {@code APPLIED} (it matched a sent email or contact), {@code UNMATCHED} (valid, but it names
 *               nothing the plugin knows) or {@code DUPLICATE} (this id was applied before; nothing changed)
 */
public record EventReceipt(String id, String status) {
}
