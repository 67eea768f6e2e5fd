package org.salessequences.domain.model.mailbox;

import java.util.Objects;

/**
 * A mail server and the login to it.
 *
 * @param host     host name
 * @param port     port
 * @param username login, or {@code null} when the server takes none
 * @param password the plain password in memory only (stored encrypted), or {@code null}
 * @param secure   SMTP: upgrade with STARTTLS; IMAP: TLS from the start
 */
public record MailServer(String host, int port, String username, String password, boolean secure) {

    public MailServer {
        Objects.requireNonNull(host, "host");
    }

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /**
     * Whether the stored password may be kept for new settings given without one: only for the same host, port,
     * login and TLS mode, so that a changed setting never sends the password somewhere else, or in the clear.
     */
    public boolean sameServerAndLogin(String otherHost, int otherPort, String otherUsername, boolean otherSecure) {
        return host.equalsIgnoreCase(otherHost) && port == otherPort && Objects.equals(username, otherUsername)
                && secure == otherSecure;
    }

    /** Never shows the password: records print every component, and servers end up in log lines. */
    @Override
    public String toString() {
        return "MailServer[" + (username == null ? "" : username + "@") + host + ":" + port + (secure ? ", secure" : "")
                + "]";
    }
}
