package org.salessequences.domain.model.mailbox;

import java.util.Set;

/** The two protocols a rep's mailbox speaks, each with the ports its servers listen on. */
public enum MailProtocol {

    /** Submission and relay: 25, 465 (implicit TLS), 587 (submission) and 2525 (the common alternative). */
    SMTP(Set.of(25, 465, 587, 2525)),
    /** 143 (plain or STARTTLS) and 993 (implicit TLS). */
    IMAP(Set.of(143, 993));

    private final Set<Integer> mailPorts;

    MailProtocol(Set<Integer> mailPorts) {
        this.mailPorts = mailPorts;
    }

    /** Whether a server of this protocol listens on the port by convention. */
    public boolean isMailPort(int port) {
        return mailPorts.contains(port);
    }

    /** The conventional ports, in order, for messages. */
    public String mailPorts() {
        return String.join(", ", mailPorts.stream().sorted().map(String::valueOf).toList());
    }
}
