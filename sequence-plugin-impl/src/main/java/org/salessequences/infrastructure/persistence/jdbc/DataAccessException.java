package org.salessequences.infrastructure.persistence.jdbc;

import java.sql.SQLException;

/** A statement failed. Carries the SQL (never its parameters, which may hold personal data). */
public class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(String sql, SQLException cause) {
        super("SEQ-0901 statement failed (" + cause.getSQLState() + "): " + sql, cause);
    }
}
