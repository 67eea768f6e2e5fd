package org.salessequences.infrastructure.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.salessequences.infrastructure.persistence.CommitDurability;
import org.salessequences.log.LogId;

/**
 * Brings the schema up to date when the application starts, before anything else touches the database
 * (start-up beans that use tables declare {@code @DependsOn("SchemaMigrator")}; the periodic work waits for
 * {@link SchemaMigrated}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;
    @Inject
    Event<SchemaMigrated> migrated;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            new SchemaMigration(SchemaMigrator.class.getClassLoader()).migrate(dataSource);
            migrated.fire(new SchemaMigrated());
            if (!CommitDurability.durable(connection)) {
                LOG.warning(LogId.H2_DELAYED_COMMITS
                        + " the H2 database writes commits with a delay: a server killed now can lose its"
                        + " last commits after their emails went out. Open it with WRITE_DELAY=0 (deploy/run.sh"
                        + " configures its pool so)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(LogId.SCHEMA_NOT_UPDATED
                    + " the database schema could not be brought up to date", e);
        }
    }
}
