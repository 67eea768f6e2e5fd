package org.salessequences.infrastructure.mail;

import java.util.HashMap;
import java.util.Map;

import org.salessequences.domain.model.mailbox.MailServer;
import org.salessequences.domain.model.mailbox.Mailbox;
import org.salessequences.domain.model.mailbox.SenderAddresses;

/**
 * Who an email goes out as and through which server: the owner's mailbox, with the default mailbox's server (and
 * address) for whatever they did not set up.
 *
 * @param server      the SMTP server
 * @param viaDefault  whether the server is the default mailbox's (the administrator's, trusted; it sends as itself)
 * @param address     the owner's address ({@code $sender.email}); the default mailbox's when they set none
 * @param name        the From display name, may be {@code null}
 * @param signature   HTML for {@code $sender.signature}, may be {@code null}
 * @param defaultFrom the default mailbox's address
 * @param addresses   the addresses the owner may send as
 */
record Sender(MailServer server, boolean viaDefault, String address, String name, String signature,
              String defaultFrom, SenderAddresses addresses) {

    static Sender of(Mailbox mailbox, MailSettings settings, SenderAddresses addresses) {
        if (mailbox == null) {
            return new Sender(settings.defaultServer(), true, settings.defaultFrom(), null, null,
                    settings.defaultFrom(), addresses);
        }
        return new Sender(mailbox.smtp() == null ? settings.defaultServer() : mailbox.smtp(), mailbox.smtp() == null,
                mailbox.fromAddress() == null ? settings.defaultFrom() : mailbox.fromAddress(), mailbox.fromName(),
                mailbox.signature(), settings.defaultFrom(), addresses);
    }

    /**
     * The From address of an email whose step asks for {@code stepFrom} (may be {@code null}). Through the
     * owner's own server: the step's address when the owner may use it, else the owner's. Through the default
     * mailbox, which never sends as someone else: its own address, unless the address asked for is in an allowed
     * domain. The rule is checked when the sequence is saved; this holds when the mailbox or the configuration
     * changed since.
     */
    String from(String stepFrom) {
        String wanted = stepFrom == null ? address : stepFrom;
        if (viaDefault) {
            return addresses.inAllowedDomain(wanted) ? wanted : defaultFrom;
        }
        return addresses.allows(wanted, address) ? wanted : address;
    }

    /**
     * The Reply-To address: the step's when the owner may use it; otherwise, when the From is not the owner's own
     * address (the default mailbox sent as itself), the owner's address, so that replies still reach them.
     */
    String replyTo(String stepReplyTo, String from) {
        if (stepReplyTo != null && addresses.allows(stepReplyTo, address)) {
            return stepReplyTo;
        }
        return from.equalsIgnoreCase(address) ? null : address;
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
