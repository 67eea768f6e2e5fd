package org.salessequences.api.me;

/**
 * The inbox the plugin reads for replies and bounces, as a rep sets it.
 *
 * @param host     host name
 * @param port     port, e.g. 993
 * @param username login
 * @param password write-only: omitted (or {@code null}) keeps the stored password
 * @param ssl      connect with TLS from the start (IMAPS)
 */
public record ImapServer(String host, Integer port, String username, String password, Boolean ssl) {

    /** Never shows the password, so that a log line of a request cannot leak it. */
    @Override
    public String toString() {
        return "ImapServer[host=" + host + ", port=" + port + ", username=" + username + ", ssl=" + ssl + "]";
    }
}
