package org.salessequences.spi.host;

import java.util.Map;

/**
 * A contact of the host CRM.
 *
 * @param id           the host's id of the contact
 * @param email        primary email address, may be {@code null}
 * @param firstName    may be {@code null}
 * @param lastName     may be {@code null}
 * @param phone        phone number as the host stores it, may be {@code null}
 * @param timezone     IANA zone of the contact, may be {@code null}
 * @param ownerId      the host user who owns the contact, may be {@code null}
 * @param accountId    the contact's primary account, may be {@code null}
 * @param properties   other built-in properties by contract name ({@code city}, {@code state}, {@code country},
 *                     {@code jobTitle}, {@code importName}, {@code lastContactedMode}, {@code lastActivityType})
 * @param customFields custom fields by name (the {@code x} of {@code fields.x})
 */
public record HostContact(String id, String email, String firstName, String lastName, String phone, String timezone,
                          String ownerId, String accountId, Map<String, String> properties,
                          Map<String, String> customFields) {

    public HostContact {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** A built-in property by contract name, whether it is a component or in {@link #properties()}. */
    public String property(String name) {
        return switch (name) {
            case "id" -> id;
            case "email" -> email;
            case "firstName" -> firstName;
            case "lastName" -> lastName;
            case "phone" -> phone;
            case "timezone" -> timezone;
            case "ownerId" -> ownerId;
            case "accountId" -> accountId;
            default -> properties.get(name);
        };
    }
}
