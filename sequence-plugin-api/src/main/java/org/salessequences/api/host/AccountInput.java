package org.salessequences.api.host;

import java.util.Map;

/**
 * An account to create in the embedded host.
 *
 * @param name     required
 * @param domain   web domain, may be {@code null}
 * @param city     may be {@code null}
 * @param country  may be {@code null}
 * @param industry may be {@code null}
 * @param fields   custom fields by name; values are strings or numbers
 */
public record AccountInput(String name, String domain, String city, String country, String industry,
                           Map<String, Object> fields) {
}
