package org.salessequences.domain.model.outbox;

import java.time.Instant;
import java.util.List;

/** The outbox table. Claims are conditional updates, so each entry is carried out by one cluster member. */
public interface OutboxRepository {

    /** Writes entries in the caller's transaction (with the executions they belong to). */
    void add(List<OutboxEntry> entries);

    /** Claims up to {@code limit} pending entries that are due, oldest first, for {@code nodeId}. */
    List<OutboxEntry> claim(String nodeId, Instant now, int limit);

    void done(String id, Instant at);

    /** Gives an entry back for another try at {@code next}. */
    void retry(String id, Instant next, String error);

    /**
     * Puts a claimed entry back to be carried out at {@code at}, without counting a try: its email waits for its
     * mailbox's limits, or its sequence is paused.
     */
    void defer(String id, Instant at);

    /** The earliest time a pending entry is due, or {@code null} when none is pending. */
    Instant nextDue();

    /** Makes the pending emails of a sequence due at {@code at} (it was resumed: the emails it held go out). */
    int releaseHeldEmails(String sequenceId, Instant at);

    /** Gives up on an entry. */
    void fail(String id, String error, Instant at);

    /** Gives back entries claimed before {@code before} by a member that never finished them; returns how many. */
    int releaseStale(Instant before);

    /**
     * Gives back the entries {@code memberId} claimed before {@code claimedBefore}: those of an earlier start of this
     * member, which stopped without finishing them; returns how many.
     */
    int releaseClaimsOf(String memberId, Instant claimedBefore);

    /**
     * Gives back the entries claimed by members whose stamp in the member table is older than {@code seenBefore}
     * (members that stopped); returns how many.
     */
    int releaseClaimsOfStoppedMembers(Instant seenBefore);

    /** Entries not done yet (pending or claimed). */
    long open();
}
