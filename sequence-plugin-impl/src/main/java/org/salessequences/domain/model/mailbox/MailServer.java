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

    /** Whether the password may be kept when the settings change to {@code other}: same server, same login. */
    public boolean sameLogin(String otherHost, String otherUsername) {
        return host.equalsIgnoreCase(otherHost) && Objects.equals(username, otherUsername);
    }

    /** Never shows the password: records print every component, and servers end up in log lines. */
    @Override
    public String toString() {
        return "MailServer[" + (username == null ? "" : username + "@") + host + ":" + port + (secure ? ", secure" : "")
                + "]";
    }
}
