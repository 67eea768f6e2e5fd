package org.salessequences.infrastructure.host.embedded;

import javax.sql.DataSource;

import org.salessequences.infrastructure.persistence.jdbc.TestDatabases;

/** The same contract and embedded-host tests on a real PostgreSQL 15. */
class EmbeddedHostCrmPostgreSqlTest extends EmbeddedHostCrmTest {

    @Override
    protected DataSource database() {
        return TestDatabases.postgresql();
    }
}
