package org.salessequences.infrastructure.host.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Vetoed;

import org.salessequences.api.sequence.ConditionDefinition;
import org.salessequences.application.validation.ConditionGroupReader;
import org.salessequences.application.validation.Violations;
import org.salessequences.domain.model.condition.ConditionGroup;
import org.salessequences.domain.model.shared.Ids;
import org.salessequences.spi.host.ContactSearch;
import org.salessequences.spi.host.ContactUpdate;
import org.salessequences.spi.host.HostAccount;
import org.salessequences.spi.host.HostActivity;
import org.salessequences.spi.host.HostContact;
import org.salessequences.spi.host.HostCrm;
import org.salessequences.spi.host.HostCrmException;
import org.salessequences.spi.host.HostTask;
import org.salessequences.spi.host.Page;
import org.salessequences.spi.host.RecordFilter;
import org.salessequences.spi.host.RecordType;
import org.salessequences.spi.host.SavedView;

/**
 * The embedded host behind the {@link HostCrm} port. Pages are keyset pages in id order (the cursor is the last id
 * of the previous page), each one query for the records plus one for their custom fields, so a view of any size
 * streams in constant memory. Thread-safe: it holds nothing but the data source. Reads and single-statement
 * writes join the caller's transaction when there is one.
 */
@Vetoed
public class EmbeddedHostCrm implements HostCrm {

    /** The largest page the port allows. */
    static final int MAX_PAGE_SIZE = 1000;

    private static final String CONTACTS = "SELECT " + HostRows.CONTACT_COLUMNS + " FROM host_contact c";
    private static final String ACCOUNTS = "SELECT " + HostRows.ACCOUNT_COLUMNS + " FROM host_account a";

    private final Jdbc jdbc;
    private final Supplier<Long> clock;

    public EmbeddedHostCrm(DataSource dataSource, Supplier<Long> clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public Optional<HostContact> findContact(String contactId) {
        return jdbc.run(connection -> HostRows.contacts(connection,
                new SqlFragment(CONTACTS + " WHERE c.id = ?", List.of(contactId)))).stream().findFirst();
    }

    @Override
    public List<HostContact> findContacts(Collection<String> contactIds) {
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(contactIds));
        if (ids.isEmpty()) {
            return List.of();
        }
        // One query for a chunk: runs look up hundreds of contacts at a time.
        return jdbc.run(connection -> HostRows.contacts(connection, new SqlFragment(CONTACTS + " WHERE c.id IN ("
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")", List.copyOf(ids))));
    }

    @Override
    public Optional<HostContact> findContactByEmail(String email) {
        return jdbc.run(connection -> HostRows.contacts(connection, new SqlFragment(CONTACTS
                + " WHERE c.email_key = ? ORDER BY c.created_at, c.id", List.of(email.strip().toLowerCase(
                java.util.Locale.ROOT))))).stream().findFirst();
    }

    /** Prefix matches on the indexed lower-cased keys, at most {@code limit} rows read, ordered by name. */
    @Override
    public List<HostContact> searchContacts(ContactSearch search) {
        String prefix = search.prefix().strip().toLowerCase(Locale.ROOT);
        String like = likePrefix(prefix);
        StringBuilder where = new StringBuilder(" WHERE (c.first_name_key LIKE ? ESCAPE '\\' OR c.last_name_key LIKE ?"
                + " ESCAPE '\\' OR c.email_prefix_key LIKE ? ESCAPE '\\'");
        List<Object> params = new ArrayList<>(List.of(like, like, like));
        int space = prefix.indexOf(' ');
        if (space > 0) {
            where.append(" OR (c.first_name_key = ? AND c.last_name_key LIKE ? ESCAPE '\\')");
            params.add(prefix.substring(0, space));
            params.add(likePrefix(prefix.substring(space + 1).strip()));
        }
        where.append(")");
        if (search.ownerId() != null) {
            where.append(" AND (c.owner_id = ? OR c.owner_id IS NULL)");
            params.add(search.ownerId());
        }
        String query = CONTACTS + where + " ORDER BY c.first_name_key, c.last_name_key, c.id FETCH FIRST "
                + Math.max(1, search.limit()) + " ROWS ONLY";
        return jdbc.run(connection -> HostRows.contacts(connection, new SqlFragment(query, params)));
    }

    /** A LIKE pattern matching values that start with {@code prefix}, its wildcards taken literally. */
    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public Optional<HostAccount> findAccount(String accountId) {
        return jdbc.run(connection -> HostRows.accounts(connection,
                new SqlFragment(ACCOUNTS + " WHERE a.id = ?", List.of(accountId)))).stream().findFirst();
    }

    @Override
    public Page<HostContact> contacts(RecordFilter filter, String cursor, int size) {
        return keysetPage(CONTACTS, "c", HostRows::contacts, HostContact::id,
                connection -> filter(connection, filter, RecordType.CONTACT), cursor, size);
    }

    @Override
    public Page<HostAccount> accounts(RecordFilter filter, String cursor, int size) {
        return keysetPage(ACCOUNTS, "a", HostRows::accounts, HostAccount::id,
                connection -> filter(connection, filter, RecordType.ACCOUNT), cursor, size);
    }

    @Override
    public Page<HostContact> contactsOfAccount(String accountId, String cursor, int size) {
        return keysetPage(CONTACTS, "c", HostRows::contacts, HostContact::id,
                connection -> new SqlFragment("c.account_id = ?", List.of(accountId)), cursor, size);
    }

    @Override
    public List<SavedView> savedViews() {
        return jdbc.run(connection -> {
            List<SavedView> views = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name, record_type FROM host_view ORDER BY name, id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    views.add(new SavedView(rows.getString(1), rows.getString(2), RecordType.valueOf(rows.getString(3))));
                }
            }
            return views;
        });
    }

    @Override
    public void updateContact(String contactId, ContactUpdate update) {
        int updated = jdbc.run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE host_contact SET "
                    + "last_contacted_mode = COALESCE(?, last_contacted_mode), "
                    + "last_activity_type = COALESCE(?, last_activity_type), "
                    + "active_sequences = COALESCE(?, active_sequences), "
                    + "completed_sequences = COALESCE(?, completed_sequences), updated_at = ? WHERE id = ?")) {
                statement.setString(1, update.lastContactedMode());
                statement.setString(2, update.lastActivityType());
                statement.setString(3, ConditionListJson.writeNames(update.activeSequences()));
                statement.setString(4, ConditionListJson.writeNames(update.completedSequences()));
                statement.setLong(5, clock.get());
                statement.setString(6, contactId);
                return statement.executeUpdate();
            }
        });
        if (updated == 0) {
            throw unknownContact(contactId);
        }
    }

    @Override
    public void logActivity(String contactId, HostActivity activity) {
        jdbc.run(connection -> {
            requireContact(connection, contactId);
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO host_activity (id, contact_id, "
                    + "activity_type, title, note, outcome, owner_id, occurred_at, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long now = clock.get();
                statement.setString(1, Ids.newId());
                statement.setString(2, contactId);
                statement.setString(3, activity.type());
                statement.setString(4, activity.title());
                statement.setString(5, activity.note());
                statement.setString(6, activity.outcome());
                statement.setString(7, activity.ownerId());
                statement.setLong(8, activity.at() == null ? now : activity.at().toEpochMilli());
                statement.setLong(9, now);
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public String createTask(HostTask task) {
        String id = Ids.newId();
        jdbc.run(connection -> {
            requireContact(connection, task.contactId());
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO host_task (id, contact_id, "
                    + "owner_id, kind, title, note, due_at, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)")) {
                statement.setString(1, id);
                statement.setString(2, task.contactId());
                statement.setString(3, task.ownerId());
                statement.setString(4, task.kind());
                statement.setString(5, task.title());
                statement.setString(6, task.note());
                if (task.dueAt() == null) {
                    statement.setNull(7, Types.BIGINT);
                } else {
                    statement.setLong(7, task.dueAt().toEpochMilli());
                }
                statement.setLong(8, clock.get());
                return statement.executeUpdate();
            }
        });
        return id;
    }

    @Override
    public void completeTask(String taskId, String outcome, String note) {
        int updated = jdbc.run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE host_task SET status = 'DONE', "
                    + "outcome = ?, note = COALESCE(?, note), completed_at = ? WHERE id = ?")) {
                statement.setString(1, outcome);
                statement.setString(2, note);
                statement.setLong(3, clock.get());
                statement.setString(4, taskId);
                return statement.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new HostCrmException("the embedded host has no task " + taskId, false);
        }
    }

    /** The predicate of a filter: its saved view's conditions and its own, both translated to SQL. */
    private SqlFragment filter(Connection connection, RecordFilter filter, RecordType type) throws SQLException {
        ConditionSql sql = new ConditionSql(jdbc.dialect());
        SqlFragment where = sql.where(group("filter", filter.conditions(), filter.match(), type), type);
        if (filter.savedViewId() == null) {
            return where;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT record_type, match_kind, conditions FROM host_view WHERE id = ?")) {
            statement.setString(1, filter.savedViewId());
            try (ResultSet view = statement.executeQuery()) {
                if (!view.next()) {
                    throw new HostCrmException("the embedded host has no saved view " + filter.savedViewId(), false);
                }
                if (!type.name().equals(view.getString(1))) {
                    throw new HostCrmException("saved view " + filter.savedViewId() + " lists "
                            + view.getString(1).toLowerCase(Locale.ROOT) + " records, not "
                            + type.name().toLowerCase(Locale.ROOT) + " records", false);
                }
                ConditionGroup viewGroup = group("view " + filter.savedViewId(),
                        ConditionListJson.read(view.getString(3)), view.getString(2), type);
                return sql.where(viewGroup, type).and(where);
            }
        }
    }

    private static ConditionGroup group(String what, List<ConditionDefinition> conditions,
                                        String match, RecordType type) {
        Violations violations = new Violations();
        ConditionGroup group = ConditionGroupReader.read("", conditions, match, false, violations);
        if (group == null) {
            throw new HostCrmException("the conditions of the " + what + " are invalid: " + violations.errors(), false);
        }
        if (type == RecordType.ACCOUNT && group.conditions().stream()
                .anyMatch(condition -> !condition.field().path().startsWith("account."))) {
            throw new HostCrmException("the conditions of the " + what + " must use account.* fields", false);
        }
        return group;
    }

    /** Reads the records a query selects. */
    @FunctionalInterface
    private interface RowReader<T> {
        List<T> read(Connection connection, SqlFragment query) throws SQLException;
    }

    /**
     * One keyset page: the records after the cursor in id order, one more than asked to learn whether another
     * page follows.
     */
    private <T> Page<T> keysetPage(String select, String alias, RowReader<T> reader, Function<T, String> id,
                                   Jdbc.Work<SqlFragment> where, String cursor, int size) {
        checkSize(size);
        return jdbc.run(connection -> {
            SqlFragment filter = where.run(connection);
            SqlFragment page = cursor == null ? filter : filter.and(new SqlFragment(alias + ".id > ?", List.of(cursor)));
            List<Object> params = new ArrayList<>(page.params());
            params.add(size + 1);
            List<T> rows = reader.read(connection, new SqlFragment(select + " WHERE " + page.sql() + " ORDER BY "
                    + alias + ".id LIMIT ?", params));
            if (rows.size() <= size) {
                return new Page<>(rows, null);
            }
            List<T> items = rows.subList(0, size);
            return new Page<>(items, id.apply(items.get(size - 1)));
        });
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE_SIZE + ", not " + size);
        }
    }

    private static void requireContact(Connection connection, String contactId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM host_contact WHERE id = ?")) {
            statement.setString(1, contactId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw unknownContact(contactId);
                }
            }
        }
    }

    private static HostCrmException unknownContact(String contactId) {
        return new HostCrmException("the embedded host has no contact " + contactId, false);
    }
}
