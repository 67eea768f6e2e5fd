package org.salessequences.infrastructure.concurrent;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;

/**
 * Whether a transaction begun on the current thread takes in the connections drawn from the data source: true when a
 * connection drawn inside it does not commit statement by statement. Dependent: the transactional interceptor keeps
 * its caller's state per bean instance, and the periodic threads ask at the same moment.
 */
@Dependent
public class TransactionEnlistment {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean enlistsConnections() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return !connection.getAutoCommit();
        }
    }
}
