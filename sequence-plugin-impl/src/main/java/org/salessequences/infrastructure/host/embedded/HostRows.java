package org.salessequences.infrastructure.host.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/** Reads contacts and accounts, with their custom fields, from the host tables. */
final class HostRows {

    static final String CONTACT_COLUMNS = "c.id, c.email, c.first_name, c.last_name, c.phone, c.timezone, c.owner_id, "
            + "c.account_id, c.city, c.state, c.country, c.job_title, c.import_name, c.last_contacted_mode, "
            + "c.last_activity_type";
    static final String ACCOUNT_COLUMNS = "a.id, a.name, a.domain, a.city, a.country, a.industry";

    private HostRows() {
    }

    /** Runs a query selecting {@link #CONTACT_COLUMNS} and reads every row with its custom fields. */
    static List<HostContact> contacts(Connection connection, SqlFragment query) throws SQLException {
        List<String[]> rows = rows(connection, query, 15);
        Map<String, Map<String, String>> fields = fields(connection, "host_contact_field", "contact_id",
                rows.stream().map(row -> row[0]).toList());
        List<HostContact> contacts = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            Map<String, String> properties = properties("city", row[8], "state", row[9], "country", row[10],
                    "jobTitle", row[11], "importName", row[12], "lastContactedMode", row[13], "lastActivityType", row[14]);
            contacts.add(new HostContact(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], properties,
                    fields.getOrDefault(row[0], Map.of())));
        }
        return contacts;
    }

    /** Runs a query selecting {@link #ACCOUNT_COLUMNS} and reads every row with its custom fields. */
    static List<HostAccount> accounts(Connection connection, SqlFragment query) throws SQLException {
        List<String[]> rows = rows(connection, query, 6);
        Map<String, Map<String, String>> fields = fields(connection, "host_account_field", "account_id",
                rows.stream().map(row -> row[0]).toList());
        List<HostAccount> accounts = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            accounts.add(new HostAccount(row[0], row[1], row[2],
                    properties("city", row[3], "country", row[4], "industry", row[5]),
                    fields.getOrDefault(row[0], Map.of())));
        }
        return accounts;
    }

    /** The rows of a query, each as its first {@code width} columns in text. */
    private static List<String[]> rows(Connection connection, SqlFragment query, int width) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            Jdbc.bind(statement, query.params());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = result.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    /** The custom fields of the given records, by record id: one query with the ids of one page. */
    private static Map<String, Map<String, String>> fields(Connection connection, String table, String idColumn,
                                                           List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, String>> fields = new HashMap<>();
        String sql = "SELECT " + idColumn + ", name, field_value FROM " + table + " WHERE " + idColumn + " IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    fields.computeIfAbsent(result.getString(1), id -> new LinkedHashMap<>())
                            .put(result.getString(2), result.getString(3));
                }
            }
        }
        return fields;
    }

    /** Name-value pairs without the absent values. */
    private static Map<String, String> properties(String... namesAndValues) {
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                properties.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return properties;
    }
}
