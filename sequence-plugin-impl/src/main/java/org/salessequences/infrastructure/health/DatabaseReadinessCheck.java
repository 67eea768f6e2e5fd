package org.salessequences.infrastructure.health;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.salessequences.infrastructure.concurrent.PeriodicWork;
import org.salessequences.infrastructure.persistence.CommitDurability;

/**
 * The plugin is ready when its database answers and the transactions of its periodic work (the outbox, the
 * scheduler...) take in the connections they draw, so that what one effect writes commits together.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;
    @Inject
    PeriodicWork periodic;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean enlisting = periodic.transactionsEnlistConnections();
            return HealthCheckResponse.named("database").status(connection.isValid(2) && enlisting)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("durableCommits", CommitDurability.durable(connection))
                    .withData("transactionsEnlisted", enlisting).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
