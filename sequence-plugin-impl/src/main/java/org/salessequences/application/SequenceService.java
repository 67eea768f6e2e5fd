package org.salessequences.application;

import java.util.List;

import org.salessequences.api.sequence.PreviewRequest;
import org.salessequences.api.sequence.SequenceDefinition;
import org.salessequences.api.sequence.StepPreview;
import org.salessequences.api.sequence.SequenceVersionView;

/**
 * Sequences within the caller's scope: a user sees, counts and edits only the sequences they own; admins all.
 * Someone else's sequence is reported as not found, never as forbidden, so its id does not leak.
 */
public interface SequenceService {

    /**
     * Validates and stores a new sequence owned by the caller.
     *
     * @throws ValidationException     with one error per bad field; nothing is stored
     * @throws LimitExceededException  when the caller already owns as many sequences as allowed
     */
    SequenceDefinition create(Caller caller, SequenceDefinition definition);

    /** @throws NotFoundException when it does not exist or the caller may not see it */
    SequenceDefinition get(Caller caller, String id);

    /**
     * Replaces a sequence's definition. Steps sent with their id keep it (and their history); steps without an id
     * are new; steps left out are removed. Takes effect from the next run. Saves a new version when anything
     * changed.
     *
     * @throws ConflictException when {@code definition.version()} is given and is not the current version
     */
    SequenceDefinition update(Caller caller, String id, SequenceDefinition definition);

    /**
     * A {@code DRAFT} copy of the sequence, named "Copy of ...", owned by the caller.
     *
     * @throws NotFoundException when it does not exist or the caller may not see it
     */
    SequenceDefinition copy(Caller caller, String id);

    /**
     * The email step rendered for the contact, as it would be sent (a reply to the previous email with
     * {@code Re: <previous subject>}); nothing is sent or recorded.
     *
     * @throws NotFoundException when the sequence, step or contact does not exist or the caller may not reach it
     * @throws ValidationException naming {@code contactId} or the step when it is no email step
     */
    StepPreview preview(Caller caller, String id, String stepId, PreviewRequest request);

    /**
     * Sends the step's preview for the contact to the caller's own address ("send a test to me").
     *
     * @throws ValidationException naming {@code email} when the caller has no address to send to
     */
    StepPreview testEmail(Caller caller, String id, String stepId, PreviewRequest request);

    /** Deletes a sequence; its active enrollments exit as removed. */
    void delete(Caller caller, String id);

    /** The caller's sequences (everyone's for admins), newest first, optionally of one status. */
    List<SequenceDefinition> list(Caller caller, String status, int page, int size);

    /** How many sequences {@link #list} pages over. */
    long count(Caller caller, String status);

    /** The saved versions of a sequence, newest first. */
    List<SequenceVersionView> versions(Caller caller, String id, int page, int size);

    long countVersions(Caller caller, String id);
}
