package org.salessequences.application;

import java.util.List;

import org.salessequences.api.host.ContactFields;
import org.salessequences.api.host.ViewSummary;

/**
 * The little of the host a rep's widgets read through the plugin, whatever the adapter: a contact's name and
 * plugin-kept fields, and the saved views an audience can use.
 */
public interface HostLookupService {

    /** @throws NotFoundException when the host has no such contact */
    ContactFields contactFields(String contactId);

    /** Every saved view of the host, contacts' and accounts'. */
    List<ViewSummary> views();
}
