package org.salessequences.api.me;

/**
 * An outgoing mail server as a rep sets it.
 *
 * @param host     host name
 * @param port     port, e.g. 587
 * @param username login, or {@code null} for a server without authentication
 * @param password write-only: omitted (or {@code null}) keeps the stored password
 * @param starttls upgrade the connection with STARTTLS
 */
public record SmtpServer(String host, Integer port, String username, String password, Boolean starttls) {

    /** Never shows the password, so that a log line of a request cannot leak it. */
    @Override
    public String toString() {
        return "SmtpServer[host=" + host + ", port=" + port + ", username=" + username + ", starttls=" + starttls + "]";
    }
}
