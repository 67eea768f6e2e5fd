package org.salessequences.application.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.salessequences.domain.model.sequence.CompiledSequence;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;
import org.salessequences.spi.host.RecordType;

/**
 * Walks a sequence's audience one contact at a time, holding one host page at most: the records of each saved
 * view (or of every record when the audience has conditions only), narrowed by the entry conditions, and for
 * account audiences the contacts whose primary account each account is. Its {@link Position} is small and
 * serializable, so a batch checkpoint can resume the walk exactly where it stopped.
 */
public final class AudienceWalk {

    /**
     * Where the walk stands.
     *
     * @param source        index of the current filter (saved view)
     * @param pageCursor    cursor the current page of records was fetched with ({@code null}: the first page)
     * @param index         index of the next record within that page
     * @param contactCursor account audiences: cursor the current page of the account's contacts was fetched with
     * @param contactIndex  account audiences: index of the next contact within that page
     */
    public record Position(int source, String pageCursor, int index, String contactCursor, int contactIndex)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public static final Position START = new Position(0, null, 0, null, 0);
    }

    private final HostCrm host;
    private final List<RecordFilter> sources;
    private final boolean accounts;
    private final int pageSize;

    private Position position;
    private List<?> page;
    private String nextPageCursor;
    private List<HostContact> contactPage;
    private String nextContactCursor;

    public AudienceWalk(HostCrm host, CompiledSequence sequence, Position from, int pageSize) {
        this.host = host;
        this.sources = sources(sequence);
        this.accounts = sequence.audienceType() == RecordType.ACCOUNT;
        this.pageSize = pageSize;
        this.position = from == null ? Position.START : from;
    }

    static List<RecordFilter> sources(CompiledSequence sequence) {
        List<RecordFilter> sources = new ArrayList<>();
        if (!sequence.hasAudience()) {
            return sources;
        }
        // Entry conditions are about the contacts: the host pre-filters contact audiences with them, while account
        // audiences list their accounts unfiltered and each contact they bring is checked on its own.
        boolean contacts = sequence.audienceType() == RecordType.CONTACT;
        List<org.salessequences.api.sequence.ConditionDefinition> conditions =
                contacts ? sequence.entryDefinitions() : List.of();
        String match = contacts ? sequence.entryConditions().match().name() : "ALL";
        if (sequence.savedViewIds().isEmpty()) {
            sources.add(new RecordFilter(null, conditions, match));
        }
        for (String viewId : sequence.savedViewIds()) {
            sources.add(new RecordFilter(viewId, conditions, match));
        }
        return sources;
    }

    /** The position of the next candidate {@link #next()} returns. */
    public Position position() {
        return position;
    }

    /** The next candidate, or {@code null} when the audience is exhausted. */
    public Candidate next() {
        while (position.source() < sources.size()) {
            if (page == null) {
                fetchPage();
            }
            if (position.index() >= page.size()) {
                if (nextPageCursor == null) {
                    position = new Position(position.source() + 1, null, 0, null, 0);
                } else {
                    position = new Position(position.source(), nextPageCursor, 0, null, 0);
                }
                page = null;
                continue;
            }
            if (!accounts) {
                HostContact contact = (HostContact) page.get(position.index());
                position = new Position(position.source(), position.pageCursor(), position.index() + 1, null, 0);
                return new Candidate(contact, null);
            }
            Candidate fromAccount = nextContactOfAccount((HostAccount) page.get(position.index()));
            if (fromAccount != null) {
                return fromAccount;
            }
        }
        return null;
    }

    private Candidate nextContactOfAccount(HostAccount account) {
        if (contactPage == null) {
            Page<HostContact> contacts = host.contactsOfAccount(account.id(), position.contactCursor(), pageSize);
            contactPage = contacts.items();
            nextContactCursor = contacts.nextCursor();
        }
        if (position.contactIndex() < contactPage.size()) {
            HostContact contact = contactPage.get(position.contactIndex());
            position = new Position(position.source(), position.pageCursor(), position.index(), position.contactCursor(),
                    position.contactIndex() + 1);
            return new Candidate(contact, account.id());
        }
        contactPage = null;
        if (nextContactCursor != null) {
            position = new Position(position.source(), position.pageCursor(), position.index(), nextContactCursor, 0);
        } else {
            position = new Position(position.source(), position.pageCursor(), position.index() + 1, null, 0);
        }
        return null;
    }

    private void fetchPage() {
        RecordFilter filter = sources.get(position.source());
        if (accounts) {
            Page<HostAccount> fetched = host.accounts(filter, position.pageCursor(), pageSize);
            page = fetched.items();
            nextPageCursor = fetched.nextCursor();
        } else {
            Page<HostContact> fetched = host.contacts(filter, position.pageCursor(), pageSize);
            page = fetched.items();
            nextPageCursor = fetched.nextCursor();
        }
    }
}
