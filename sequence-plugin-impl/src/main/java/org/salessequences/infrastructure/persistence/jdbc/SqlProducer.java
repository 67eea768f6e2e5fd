package org.salessequences.infrastructure.persistence.jdbc;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The application's data source, for the JDBC stores, with the planner statistics told of what they insert. */
@ApplicationScoped
public class SqlProducer {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;
    @Inject
    PlannerStatistics statistics;

    @Produces
    @Singleton
    Sql sql() {
        return new Sql(dataSource, statistics);
    }
}
