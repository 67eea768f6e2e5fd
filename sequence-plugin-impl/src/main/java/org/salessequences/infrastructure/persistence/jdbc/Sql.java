package org.salessequences.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Runs one statement on a connection of the data source and closes it again. Inside a JTA transaction the
 * container hands out the transaction's connection, so consecutive statements commit or roll back together.
 */
public final class Sql {

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the number of rows changed */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /** Runs the statement once per parameter row, as one JDBC batch. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** A nullable BIGINT column. */
    public static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, parameters);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof NullOf type) {
                statement.setNull(i + 1, type.sqlType());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** A typed SQL NULL: PostgreSQL needs the type of a null parameter. */
    public record NullOf(int sqlType) {
        public static final NullOf VARCHAR = new NullOf(Types.VARCHAR);
        public static final NullOf BIGINT = new NullOf(Types.BIGINT);
        public static final NullOf INTEGER = new NullOf(Types.INTEGER);
        public static final NullOf BOOLEAN = new NullOf(Types.BOOLEAN);
    }

    /** Nullable parameters: the value, or the typed null of its column. */
    public static Object orNull(Object value, NullOf type) {
        return value == null ? type : value;
    }
}
