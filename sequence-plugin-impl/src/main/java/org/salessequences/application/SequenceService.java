package org.salessequences.application;

import java.util.List;

import org.salessequences.api.sequence.SequenceDefinition;

/** Creating, reading and listing sequences within the caller's scope. */
public interface SequenceService {

    /**
     * Validates and stores a new sequence owned by the caller.
     *
     * @throws ValidationException with one error per bad field; nothing is stored
     */
    SequenceDefinition create(Caller caller, SequenceDefinition definition);

    /**
     * @throws NotFoundException when it does not exist or the caller may not see it
     */
    SequenceDefinition get(Caller caller, String id);

    /** The caller's sequences (everyone's for admins), newest first. */
    List<SequenceDefinition> list(Caller caller, int page, int size);

    /** How many sequences {@link #list} pages over. */
    long count(Caller caller);
}
