package org.salessequences.infrastructure.mail;

import java.util.HashMap;
import java.util.Map;

import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/**
 * What templates can read, as plain maps (never the host's records themselves, so no method of theirs is
 * reachable): {@code $contact.firstName}, {@code $contact.city}, {@code $contact.fields.x}, {@code $account.name},
 * {@code $account.fields.x}, {@code $sender.signature}.
 */
final class TemplateModel {

    private TemplateModel() {
    }

    static Map<String, Object> of(HostContact contact, HostAccount account, Sender sender) {
        Map<String, Object> model = new HashMap<>();
        model.put("contact", contact(contact));
        model.put("account", account(account));
        model.put("sender", sender.model());
        return model;
    }

    private static Map<String, Object> contact(HostContact contact) {
        Map<String, Object> values = new HashMap<>(contact.properties());
        values.put("id", contact.id());
        values.put("email", contact.email());
        values.put("firstName", contact.firstName());
        values.put("lastName", contact.lastName());
        values.put("phone", contact.phone());
        values.put("timezone", contact.timezone());
        values.put("fields", new HashMap<>(contact.customFields()));
        return values;
    }

    private static Map<String, Object> account(HostAccount account) {
        if (account == null) {
            return new HashMap<>(Map.of("fields", Map.of()));
        }
        Map<String, Object> values = new HashMap<>(account.properties());
        values.put("id", account.id());
        values.put("name", account.name());
        values.put("domain", account.domain());
        values.put("fields", new HashMap<>(account.customFields()));
        return values;
    }
}
