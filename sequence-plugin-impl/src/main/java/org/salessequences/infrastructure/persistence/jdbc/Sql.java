package org.salessequences.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.salessequences.infrastructure.persistence.schema.SqlDialect;

/**
 * A thin, explicit JDBC helper: runs one statement on a connection of the data source and closes it again (inside
 * a JTA transaction the container hands out the transaction's connection, so consecutive statements commit or roll
 * back together). Binds instants as epoch milliseconds, dates as epoch days and enums by name, runs queries,
 * updates, batches and {@code IN} lists in slices, and turns {@link SQLException} into {@link DataAccessException}.
 */
public final class Sql {

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A typed SQL NULL, for a null parameter whose type PostgreSQL cannot infer (in a select list, say). */
    public record NullOf(int sqlType) {
        public static final NullOf VARCHAR = new NullOf(Types.VARCHAR);
        public static final NullOf BIGINT = new NullOf(Types.BIGINT);
        public static final NullOf INTEGER = new NullOf(Types.INTEGER);
        public static final NullOf BOOLEAN = new NullOf(Types.BOOLEAN);
    }

    /**
     * An array parameter of SQL type {@code elementType} (PostgreSQL: {@code varchar}, {@code bigint}, ...), for the
     * statements that hand a whole chunk to the database at once ({@code unnest(?::bigint[], ...)}).
     */
    public record ArrayOf(String elementType, Object[] values) {
    }

    private static final int IN_SLICE = 500;

    private final DataSource dataSource;
    private final WrittenRows written;
    private volatile SqlDialect dialect;

    public Sql(DataSource dataSource) {
        this(dataSource, WrittenRows.NONE);
    }

    /** @param written told of the rows every batch of {@code INSERT INTO <table>} inserted */
    public Sql(DataSource dataSource, WrittenRows written) {
        this.dataSource = dataSource;
        this.written = written;
    }

    /** The database's dialect, for the few statements each database is best asked in its own words. */
    public SqlDialect dialect() {
        SqlDialect known = dialect;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = SqlDialect.of(connection);
            } catch (SQLException e) {
                throw new DataAccessException("finding the database's dialect", e);
            }
            dialect = known;
        }
        return known;
    }

    /** @return the number of rows changed */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /** Runs the statement once per parameter row, as one JDBC batch; returns the update counts. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            String table = insertedTable(sql);
            if (table != null) {
                written.inserted(table, rows.size());
            }
            return counts;
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /** The first row of a query, if any. */
    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public long count(String sql, Object... parameters) {
        List<Long> counts = query(sql, row -> row.getLong(1), parameters);
        return counts.isEmpty() ? 0 : counts.get(0);
    }

    /**
     * Runs a query with an {@code IN (...)} list, in slices so that no statement has more than a few hundred
     * parameters. {@code sqlWithIn} contains {@code (:in)} where the list goes; the list's parameters follow the
     * {@code leading} ones.
     */
    public <T, V> List<T> queryIn(String sqlWithIn, Collection<V> values, RowMapper<T> mapper, Object... leading) {
        List<T> result = new ArrayList<>();
        for (List<V> slice : slices(values)) {
            result.addAll(query(sqlWithIn.replace("(:in)", placeholders(slice.size())), mapper, withSlice(leading, slice)));
        }
        return result;
    }

    /** Like {@link #queryIn} for updates; returns the summed count. */
    public <V> int updateIn(String sqlWithIn, Collection<V> values, Object... leading) {
        int total = 0;
        for (List<V> slice : slices(values)) {
            total += update(sqlWithIn.replace("(:in)", placeholders(slice.size())), withSlice(leading, slice));
        }
        return total;
    }

    /** The table of an {@code INSERT INTO <table> ...} statement, or {@code null} for any other. */
    static String insertedTable(String sql) {
        if (!sql.regionMatches(true, 0, "INSERT INTO ", 0, 12)) {
            return null;
        }
        int end = 12;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        return end == 12 ? null : sql.substring(12, end).toLowerCase(Locale.ROOT);
    }

    static String placeholders(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    private static Object[] withSlice(Object[] leading, List<?> slice) {
        Object[] parameters = new Object[leading.length + slice.size()];
        System.arraycopy(leading, 0, parameters, 0, leading.length);
        System.arraycopy(slice.toArray(), 0, parameters, leading.length, slice.size());
        return parameters;
    }

    private static <V> List<List<V>> slices(Collection<V> values) {
        List<V> all = new ArrayList<>(values);
        List<List<V>> slices = new ArrayList<>();
        for (int start = 0; start < all.size(); start += IN_SLICE) {
            slices.add(all.subList(start, Math.min(all.size(), start + IN_SLICE)));
        }
        return slices;
    }

    static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof NullOf type) {
                statement.setNull(index, type.sqlType());
            } else if (value instanceof Instant instant) {
                statement.setLong(index, instant.toEpochMilli());
            } else if (value instanceof LocalDate date) {
                statement.setInt(index, (int) date.toEpochDay());
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else if (value instanceof ArrayOf array) {
                statement.setArray(index, statement.getConnection().createArrayOf(array.elementType(), array.values()));
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /** Nullable parameters: the value, or the typed null of its column. */
    public static Object orNull(Object value, NullOf type) {
        return value == null ? type : value;
    }

    /** Reads a nullable epoch-millisecond column. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** Reads a nullable BIGINT column. */
    public static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Reads a nullable epoch-day column. */
    public static LocalDate date(ResultSet row, String column) throws SQLException {
        int day = row.getInt(column);
        return row.wasNull() ? null : LocalDate.ofEpochDay(day);
    }

    /** Reads a nullable integer column. */
    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** Maps an enum column by name. */
    public static <E extends Enum<E>> E constant(ResultSet row, String column, Function<String, E> valueOf)
            throws SQLException {
        String name = row.getString(column);
        return name == null ? null : valueOf.apply(name);
    }
}
