package org.salessequences.application.effects;

import java.util.List;

import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;

/** Carries out one kind of outbox entry. Implementations mark the entry done in the transaction of their writes. */
public interface Effect {

    OutboxKind kind();

    /**
     * @throws org.salessequences.application.EffectException when it failed; retryable or not
     */
    void perform(OutboxEntry entry);

    /**
     * This effect with what performing these entries will read looked up ahead, in a few queries for all of them
     * instead of a few for each: the dispatcher calls it once per batch of entries of this kind and performs them
     * one by one with the result. Lookups made ahead may be up to a batch's duration old; anything not found ahead
     * is looked up when it is needed.
     */
    default Effect readAhead(List<OutboxEntry> entries) {
        return this;
    }
}
