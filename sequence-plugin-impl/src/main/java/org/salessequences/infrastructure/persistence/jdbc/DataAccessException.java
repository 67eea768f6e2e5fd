package org.salessequences.infrastructure.persistence.jdbc;

import java.sql.SQLException;

import org.salessequences.log.LogId;

/** A statement failed. Carries the SQL (never its parameters, which may hold personal data or secrets) and the SQLSTATE. */
public class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String UNIQUE_VIOLATION = "23505";

    private final String sqlState;

    public DataAccessException(String sql, SQLException cause) {
        super(LogId.STATEMENT_FAILED + " statement failed (" + cause.getSQLState() + "): " + sql, cause);
        this.sqlState = cause.getSQLState();
    }

    /** A unique or primary key was violated: on H2 and PostgreSQL alike, SQLSTATE 23505. */
    public boolean isDuplicateKey() {
        return UNIQUE_VIOLATION.equals(sqlState);
    }
}
