package org.salessequences.domain.model.sequence;

import java.util.Collection;
import java.util.Set;

/** Which sequences are paused, for the outbox, which holds their emails until they are resumed. */
public interface SequenceStates {

    /** Of these sequences, those that are paused (by a person or by their guardrails). */
    Set<String> notSending(Collection<String> sequenceIds);
}
