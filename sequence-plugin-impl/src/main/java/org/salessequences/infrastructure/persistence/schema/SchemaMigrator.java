package org.salessequences.infrastructure.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * Brings the schema up to date when the application starts, before anything else touches the database
 * (start-up beans that use tables declare {@code @DependsOn("SchemaMigrator")}).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    @Resource(lookup = "jdbc/__default")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            new SchemaMigration(SchemaMigrator.class.getClassLoader()).migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("SEQ-0001 the database schema could not be brought up to date", e);
        }
    }
}
