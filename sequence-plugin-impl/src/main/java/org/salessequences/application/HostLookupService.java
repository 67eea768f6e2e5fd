package org.salessequences.application;

import java.util.List;

import org.salessequences.api.host.ContactFields;
import org.salessequences.api.host.ContactMatch;
import org.salessequences.api.host.ViewSummary;

/**
 * The little of the host a rep's widgets read through the plugin, whatever the adapter: a contact's name and
 * plugin-kept fields, and the saved views an audience can use.
 */
public interface HostLookupService {

    /** @throws NotFoundException when the host has no such contact, or the caller may not reach it */
    ContactFields contactFields(Caller caller, String contactId);

    /**
     * Checks that the caller may read what the plugin keeps about the contact (its enrollments and timeline in the
     * caller's sequences). A contact the host no longer has passes: what is left of it is the caller's own data.
     *
     * @throws NotFoundException when the host has the contact and the caller may not reach it
     */
    void requireReachable(Caller caller, String contactId);

    /**
     * Contacts the caller may reach whose name or email starts with {@code query}, ordered by name.
     *
     * @throws ValidationException naming {@code q} or {@code size} when out of bounds
     */
    List<ContactMatch> searchContacts(Caller caller, String query, int size);

    /** Every saved view of the host, contacts' and accounts'. */
    List<ViewSummary> views();
}
