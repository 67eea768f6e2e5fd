package org.salessequences.host.tryton;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach Tryton: {@code sequences.tryton.url} (the server, e.g. {@code http://127.0.0.1:8000/}),
 * {@code .database}, {@code .username} and {@code .password}; the category that marks organisations (accounts) and
 * the relation type that makes a person an organisation's contact.
 *
 * @param password never logged, never in a message ({@link #toString()} hides it)
 */
public record TrytonSettings(URI url, String database, String username, String password,
                             String organisationCategory, String employeeRelation, Duration timeout) {

    public static final String DEFAULT_ORGANISATION_CATEGORY = "Organisation";
    public static final String DEFAULT_EMPLOYEE_RELATION = "Employee of";

    public TrytonSettings {
        String text = url.toString();
        url = URI.create(text.endsWith("/") ? text : text + "/");
    }

    /** The JSON-RPC endpoint of the database. */
    URI endpoint() {
        return url.resolve(database + "/");
    }

    @Override
    public String toString() {
        return "TrytonSettings[url=" + url + ", database=" + database + ", username=" + username
                + ", password=(hidden), organisationCategory=" + organisationCategory + ", employeeRelation="
                + employeeRelation + "]";
    }
}
