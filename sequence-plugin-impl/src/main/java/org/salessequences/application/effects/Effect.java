package org.salessequences.application.effects;

import org.salessequences.domain.model.outbox.OutboxEntry;
import org.salessequences.domain.model.outbox.OutboxKind;

/** Carries out one kind of outbox entry. Implementations mark the entry done in the transaction of their writes. */
public interface Effect {

    OutboxKind kind();

    /**
     * @throws org.salessequences.application.EffectException when it failed; retryable or not
     */
    void perform(OutboxEntry entry);
}
