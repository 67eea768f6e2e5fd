package org.salessequences.spi.host;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The host CRM the plugin works on.
 *
 * <p><b>Threading.</b> One instance serves the whole application; every method may be called from several
 * threads at once (REST requests and batch steps) and implementations must be thread-safe. Calls are blocking.
 *
 * <p><b>Paging.</b> Listing methods return one {@link Page} at a time, in an order that is stable for the records
 * that exist when paging starts; records created or deleted while paging may or may not appear. A caller never
 * holds more than one page; pages hold at most {@code size} records (an adapter may return fewer, but only the
 * last page has no {@link Page#nextCursor() next cursor}).
 *
 * <p><b>Failures.</b> Methods throw {@link HostCrmException}; retryable ones have already been retried within
 * the adapter's own budget (e.g. after HTTP 429 with its {@code Retry-After}).
 */
public interface HostCrm {

    /**
     * Asks the host something cheap, so a wrong URL or bad credentials show at start-up (in {@code /health}) rather
     * than on the first request. Hosts the plugin keeps itself need not override it.
     *
     * @throws HostCrmException retryable when the host cannot be reached now, not when it refused
     */
    default void probe() {
    }

    /** The contact, or empty when the host has no such contact. */
    Optional<HostContact> findContact(String contactId);

    /**
     * The contacts of these ids that exist, in no particular order: one call for a chunk of records. Adapters that
     * can fetch several records at once should override this one-by-one default.
     */
    default List<HostContact> findContacts(Collection<String> contactIds) {
        return contactIds.stream().map(this::findContact).flatMap(Optional::stream).toList();
    }

    /** The account, or empty when the host has no such account. */
    Optional<HostAccount> findAccount(String accountId);

    /**
     * The contact with this email address (case-insensitive), or empty when the host has none or cannot look
     * contacts up by address. Inbound events may name a contact by address only.
     */
    default Optional<HostContact> findContactByEmail(String email) {
        return Optional.empty();
    }

    /**
     * Contacts by name or email, for pickers. A host that cannot search answers none (users then enter ids); one
     * that can should answer from an index: this is called as the user types.
     */
    default List<HostContact> searchContacts(ContactSearch search) {
        return List.of();
    }

    /**
     * Contacts of a saved view of contacts (or all contacts), narrowed by conditions.
     *
     * @param cursor {@code null} for the first page, then the previous page's {@link Page#nextCursor()}
     * @param size   records per page, 1..1000
     * @throws HostCrmException also when the view does not exist or lists accounts
     */
    Page<HostContact> contacts(RecordFilter filter, String cursor, int size);

    /** Accounts of a saved view of accounts (or all accounts), narrowed by conditions; paged as {@link #contacts}. */
    Page<HostAccount> accounts(RecordFilter filter, String cursor, int size);

    /** The contacts whose primary account is {@code accountId}; paged as {@link #contacts}. */
    Page<HostContact> contactsOfAccount(String accountId, String cursor, int size);

    /** The saved views of contacts and of accounts. */
    List<SavedView> savedViews();

    /** Writes the plugin-maintained fields of a contact; {@code null} components are left unchanged. */
    void updateContact(String contactId, ContactUpdate update);

    /** Logs an activity on the contact's timeline. */
    void logActivity(String contactId, HostActivity activity);

    /** Creates a task for a host user; returns the host's id of the task. */
    String createTask(HostTask task);

    /** Marks a task created by {@link #createTask} as done. Hosts without task completion ignore it. */
    default void completeTask(String taskId, String outcome, String note) {
    }
}
