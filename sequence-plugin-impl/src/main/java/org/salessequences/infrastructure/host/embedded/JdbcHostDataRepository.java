package org.salessequences.infrastructure.host.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Vetoed;

import org.salessequences.api.host.ContactView;
import org.salessequences.api.host.SavedViewDefinition;
import org.salessequences.domain.model.condition.ConditionEvaluator;
import org.salessequences.domain.model.host.ContactImportBatch;
import org.salessequences.domain.model.host.HostDataRepository;
import org.salessequences.domain.model.host.HostViews;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostContact;

/**
 * The host tables written with JDBC batches: one round trip per table per batch of rows, in a local transaction per
 * call. Thread-safe: it holds nothing but the data source.
 */
@Vetoed
public class JdbcHostDataRepository implements HostDataRepository {

    /** What every new contact starts as. */
    public static final String NOT_YET_CONTACTED = "Not yet contacted";

    /** The lower-cased name columns contacts are searched by, kept beside the names. */
    private static final Map<String, String> SEARCH_KEYS = Map.of("firstName", "first_name_key",
            "lastName", "last_name_key");
    private static final List<String> CONTACT_PROPERTIES = List.of("email", "firstName", "lastName", "phone",
            "timezone", "ownerId", "accountId", "city", "state", "country", "jobTitle");

    private final Jdbc jdbc;
    private final Supplier<Long> clock;

    public JdbcHostDataRepository(DataSource dataSource, Supplier<Long> clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public void addAccounts(List<HostAccount> accounts) {
        jdbc.transaction(connection -> {
            long now = clock.get();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO host_account (id, name, domain, "
                    + "city, country, industry, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (HostAccount account : accounts) {
                    Jdbc.bind(insert, values(account.id(), account.name(), account.domain(), account.property("city"),
                            account.property("country"), account.property("industry"), now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Map<String, Map<String, String>> fields = new LinkedHashMap<>();
            accounts.forEach(account -> fields.put(account.id(), account.customFields()));
            insertFields(connection, "host_account_field", "account_id", fields);
            return null;
        });
    }

    @Override
    public void addContacts(List<HostContact> contacts) {
        jdbc.transaction(connection -> {
            insertContacts(connection, contacts, null);
            return null;
        });
    }

    @Override
    public List<String> upsertContacts(ContactImportBatch batch) {
        return jdbc.transaction(connection -> {
            Map<String, String> known = idsByEmail(connection,
                    batch.contacts().stream().map(HostContact::email).toList());
            List<HostContact> created = new ArrayList<>();
            List<HostContact> updated = new ArrayList<>();
            List<String> ids = new ArrayList<>(batch.contacts().size());
            for (HostContact contact : batch.contacts()) {
                String id = known.get(key(contact.email()));
                HostContact withId = withId(contact, id == null ? Ids.newId() : id);
                (id == null ? created : updated).add(withId);
                ids.add(withId.id());
            }
            insertContacts(connection, created, batch.importName());
            updateContacts(connection, updated, batch);
            return ids;
        });
    }

    @Override
    public Set<String> existingAccountIds(Collection<String> ids) {
        return jdbc.run(connection -> new HashSet<>(column(connection, "SELECT id FROM host_account WHERE id IN", ids)));
    }

    @Override
    public Optional<ContactView> contact(String id) {
        return jdbc.run(connection -> {
            List<HostContact> found = HostRows.contacts(connection, new SqlFragment("SELECT " + HostRows.CONTACT_COLUMNS
                    + " FROM host_contact c WHERE c.id = ?", List.of(id)));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<String> sequences = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT active_sequences, completed_sequences FROM host_contact WHERE id = ?")) {
                statement.setString(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    sequences.add(row.getString(1));
                    sequences.add(row.getString(2));
                }
            }
            return Optional.of(HostViews.contact(found.get(0), ConditionListJson.readNames(sequences.get(0)),
                    ConditionListJson.readNames(sequences.get(1))));
        });
    }

    @Override
    public void addView(SavedViewDefinition view) {
        jdbc.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO host_view (id, name, record_type, "
                    + "match_kind, conditions, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                Jdbc.bind(insert, values(view.id(), view.name(), view.recordType(), view.match(),
                        ConditionListJson.write(view.conditions()), clock.get()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public List<SavedViewDefinition> views() {
        return jdbc.run(connection -> {
            List<SavedViewDefinition> views = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name, record_type, conditions, match_kind FROM host_view ORDER BY name, id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    views.add(new SavedViewDefinition(rows.getString(1), rows.getString(2), rows.getString(3),
                            ConditionListJson.read(rows.getString(4)), rows.getString(5)));
                }
            }
            return views;
        });
    }

    @Override
    public boolean isEmpty() {
        return jdbc.run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM "
                    + "(SELECT 1 FROM host_contact FETCH FIRST 1 ROWS ONLY) c) + (SELECT COUNT(*) FROM "
                    + "(SELECT 1 FROM host_account FETCH FIRST 1 ROWS ONLY) a)");
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) == 0;
            }
        });
    }

    private void insertContacts(Connection connection, List<HostContact> contacts, String importName)
            throws SQLException {
        if (contacts.isEmpty()) {
            return;
        }
        long now = clock.get();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO host_contact (id, email, email_key, "
                + "first_name, last_name, phone, timezone, owner_id, account_id, city, state, country, job_title, "
                + "import_name, last_contacted_mode, created_at, updated_at, first_name_key, last_name_key, "
                + "email_prefix_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (HostContact contact : contacts) {
                List<Object> values = new ArrayList<>();
                values.add(contact.id());
                CONTACT_PROPERTIES.forEach(name -> {
                    values.add(contact.property(name));
                    if (name.equals("email")) {
                        values.add(key(contact.email()));
                    }
                });
                values.add(importName);
                values.add(NOT_YET_CONTACTED);
                values.add(now);
                values.add(now);
                values.add(key(contact.firstName()));
                values.add(key(contact.lastName()));
                values.add(key(contact.email()));
                Jdbc.bind(insert, values);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        contacts.forEach(contact -> fields.put(contact.id(), contact.customFields()));
        insertFields(connection, "host_contact_field", "contact_id", fields);
    }

    /** Writes the columns of the file (and the tag), replaces the custom fields of the file. */
    private void updateContacts(Connection connection, List<HostContact> contacts, ContactImportBatch batch)
            throws SQLException {
        if (contacts.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(CONTACT_PROPERTIES.stream().filter(batch.columns()::contains).toList());
        StringBuilder sql = new StringBuilder("UPDATE host_contact SET updated_at = ?");
        columns.forEach(name -> sql.append(", ").append(ConditionSql.CONTACT_COLUMNS.get(name)).append(" = ?"));
        if (columns.contains("email")) {
            sql.append(", email_key = ?, email_prefix_key = ?");
        }
        for (String name : SEARCH_KEYS.keySet()) {
            if (columns.contains(name)) {
                sql.append(", ").append(SEARCH_KEYS.get(name)).append(" = ?");
            }
        }
        if (batch.importName() != null) {
            sql.append(", import_name = ?");
        }
        sql.append(" WHERE id = ?");
        long now = clock.get();
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            for (HostContact contact : contacts) {
                List<Object> values = new ArrayList<>();
                values.add(now);
                columns.forEach(name -> values.add(contact.property(name)));
                if (columns.contains("email")) {
                    values.add(key(contact.email()));
                    values.add(key(contact.email()));
                }
                for (String name : SEARCH_KEYS.keySet()) {
                    if (columns.contains(name)) {
                        values.add(key(contact.property(name)));
                    }
                }
                if (batch.importName() != null) {
                    values.add(batch.importName());
                }
                values.add(contact.id());
                Jdbc.bind(update, values);
                update.addBatch();
            }
            update.executeBatch();
        }
        if (batch.customFields().isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM host_contact_field WHERE contact_id = ? AND name = ?")) {
            for (HostContact contact : contacts) {
                for (String name : batch.customFields()) {
                    delete.setString(1, contact.id());
                    delete.setString(2, name);
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        contacts.forEach(contact -> fields.put(contact.id(), contact.customFields()));
        insertFields(connection, "host_contact_field", "contact_id", fields);
    }

    /** Field rows with their numeric shadow, which conditions compare numbers on. */
    private static void insertFields(Connection connection, String table, String idColumn,
                                     Map<String, Map<String, String>> fieldsById) throws SQLException {
        if (fieldsById.values().stream().allMatch(Map::isEmpty)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + idColumn
                + ", name, field_value, num_value) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, Map<String, String>> record : fieldsById.entrySet()) {
                for (Map.Entry<String, String> field : record.getValue().entrySet()) {
                    insert.setString(1, record.getKey());
                    insert.setString(2, field.getKey());
                    insert.setString(3, field.getValue());
                    insert.setBigDecimal(4, ConditionEvaluator.number(field.getValue()));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Ids of the contacts with these emails, by lower-cased email; where several share one, the oldest. */
    private static Map<String, String> idsByEmail(Connection connection, Collection<String> emails)
            throws SQLException {
        Map<String, String> ids = new HashMap<>();
        List<String> keys = emails.stream().filter(java.util.Objects::nonNull).map(JdbcHostDataRepository::key)
                .distinct().toList();
        if (keys.isEmpty()) {
            return ids;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT email_key, id FROM host_contact "
                + "WHERE email_key IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ") "
                + "ORDER BY created_at, id")) {
            for (int i = 0; i < keys.size(); i++) {
                statement.setString(i + 1, keys.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.putIfAbsent(rows.getString(1), rows.getString(2));
                }
            }
        }
        return ids;
    }

    private static List<String> column(Connection connection, String sqlBeforeIn, Collection<String> values)
            throws SQLException {
        List<String> found = new ArrayList<>();
        if (values.isEmpty()) {
            return found;
        }
        List<String> distinct = values.stream().distinct().toList();
        try (PreparedStatement statement = connection.prepareStatement(sqlBeforeIn + " ("
                + String.join(", ", Collections.nCopies(distinct.size(), "?")) + ")")) {
            for (int i = 0; i < distinct.size(); i++) {
                statement.setString(i + 1, distinct.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static HostContact withId(HostContact contact, String id) {
        return new HostContact(id, contact.email(), contact.firstName(), contact.lastName(), contact.phone(),
                contact.timezone(), contact.ownerId(), contact.accountId(), contact.properties(), contact.customFields());
    }

    /** Lower-cased, for comparing without case on both databases. */
    private static String key(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static List<Object> values(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
