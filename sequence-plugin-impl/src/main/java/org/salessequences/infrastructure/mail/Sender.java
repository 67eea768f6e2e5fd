package org.salessequences.infrastructure.mail;

import java.util.HashMap;
import java.util.Map;

import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.Mailbox;

/**
 * Who an email goes out as and through which server: the owner's mailbox, with the default mailbox's server (and
 * address) for whatever they did not set up.
 *
 * @param server    the SMTP server
 * @param address   the From address
 * @param name      the From display name, may be {@code null}
 * @param signature HTML for {@code $sender.signature}, may be {@code null}
 */
record Sender(MailServer server, String address, String name, String signature) {

    static Sender of(Mailbox mailbox, MailSettings settings) {
        if (mailbox == null) {
            return new Sender(settings.defaultServer(), settings.defaultFrom(), null, null);
        }
        return new Sender(mailbox.smtp() == null ? settings.defaultServer() : mailbox.smtp(),
                mailbox.fromAddress() == null ? settings.defaultFrom() : mailbox.fromAddress(), mailbox.fromName(),
                mailbox.signature());
    }

    /** {@code $sender.name}, {@code $sender.email}, {@code $sender.signature}. */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("email", address);
        model.put("signature", signature);
        return model;
    }
}
