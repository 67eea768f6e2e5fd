package org.salessequences.infrastructure.host.embedded;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import javax.sql.DataSource;

import org.salessequences.infrastructure.persistence.schema.SqlDialect;
import org.salessequences.log.LogId;
import org.salessequences.spi.host.HostCrmException;

/** The little JDBC plumbing the embedded host needs, on a data source that may be pooled and container-managed. */
final class Jdbc {

    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private volatile SqlDialect dialect;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs work on a connection as it comes: inside a caller's JTA transaction, it joins it. */
    <T> T run(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Runs work in a local transaction of its own: all or nothing. Outside a JTA transaction only (the host-data
     * services are not transactional); a connection already enlisted in one is used as it is.
     */
    <T> T transaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    SqlDialect dialect() {
        SqlDialect known = dialect;
        if (known == null) {
            known = run(SqlDialect::of);
            dialect = known;
        }
        return known;
    }

    static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            bind(statement, i + 1, params.get(i));
        }
    }

    static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof BigDecimal number) {
            statement.setBigDecimal(index, number);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else {
            statement.setString(index, value.toString());
        }
    }

    /** A database failure is transient as far as a caller can tell: it may retry. */
    private static HostCrmException failure(SQLException e) {
        return new HostCrmException(LogId.EMBEDDED_HOST_FAILED + " the embedded host database failed (SQL state "
                + e.getSQLState() + ")",
                true, e);
    }
}
