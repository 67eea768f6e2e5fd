package org.salessequences.domain.model.host;

import java.util.List;
import java.util.Set;

import org.salessequences.spi.host.HostContact;

/**
 * Validated rows of a CSV import, written together: each contact is created, or updated when its email (ignoring
 * case) is already known. Ids of the given contacts are ignored.
 *
 * @param contacts     at most one per email
 * @param columns      the built-in properties the file has columns for (contract names); an update writes those
 *                     and leaves the others as they are
 * @param customFields the custom fields the file has columns for; an update replaces them (an empty cell removes one)
 * @param importName   the import's tag, written on every row; {@code null} leaves it as it is
 */
public record ContactImportBatch(List<HostContact> contacts, Set<String> columns, Set<String> customFields,
                                 String importName) {

    public ContactImportBatch {
        contacts = List.copyOf(contacts);
        columns = Set.copyOf(columns);
        customFields = Set.copyOf(customFields);
    }
}
