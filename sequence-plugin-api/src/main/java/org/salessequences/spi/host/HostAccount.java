package org.salessequences.spi.host;

import java.util.Map;

/**
 * An account (company) of the host CRM.
 *
 * @param id           the host's id of the account
 * @param name         may be {@code null}
 * @param domain       web domain, may be {@code null}
 * @param properties   other built-in properties by contract name ({@code city}, {@code country}, {@code industry})
 * @param customFields custom fields by name
 */
public record HostAccount(String id, String name, String domain, Map<String, String> properties,
                          Map<String, String> customFields) {

    public HostAccount {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** A built-in property by contract name. */
    public String property(String name) {
        return switch (name) {
            case "id" -> id;
            case "name" -> this.name;
            case "domain" -> domain;
            default -> properties.get(name);
        };
    }
}
