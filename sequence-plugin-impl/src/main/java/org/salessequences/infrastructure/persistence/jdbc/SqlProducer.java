package org.salessequences.infrastructure.persistence.jdbc;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application's data source, for the JDBC stores. */
@ApplicationScoped
public class SqlProducer {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @Produces
    @Singleton
    Sql sql() {
        return new Sql(dataSource);
    }
}
