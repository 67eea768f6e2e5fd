package org.salessequences.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.salessequences.domain.model.shared.Ids;
import org.salessequences.infrastructure.persistence.schema.SchemaMigration;

/**
 * The raw baseline of an import: the same rows written with plain JDBC batch inserts (500 a transaction, like the
 * import) into a fresh database of the server's kind (H2 or PostgreSQL) with the plugin's own schema, from this JVM,
 * with no HTTP, parsing or validation. What the import costs beyond it is the price of streaming, checking and upserting.
 */
final class JdbcImportBaseline {

    private JdbcImportBaseline() {
    }

    /** @return rows per second */
    static double run(BenchmarkDatabase database, Path dir, long rows) throws IOException, SQLException {
        PayaraMicroServer.deleteRecursively(dir);
        Files.createDirectories(dir);
        try (Connection connection = database.freshDatabase(dir)) {
            new SchemaMigration(JdbcImportBaseline.class.getClassLoader()).migrate(connection);
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement contact = connection.prepareStatement("INSERT INTO host_contact (id, email, "
                    + "email_key, first_name, last_name, city, country, job_title, import_name, last_contacted_mode, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'baseline', 'Not yet contacted', ?, ?)");
                 PreparedStatement field = connection.prepareStatement("INSERT INTO host_contact_field (contact_id, "
                         + "name, field_value, num_value) VALUES (?, ?, ?, ?)")) {
                for (long i = 0; i < rows; i++) {
                    String id = Ids.newId();
                    String[] cells = GeneratedContacts.cells(i);
                    long now = System.currentTimeMillis();
                    contact.setString(1, id);
                    contact.setString(2, GeneratedContacts.email(i));
                    contact.setString(3, GeneratedContacts.email(i));
                    for (int c = 0; c < 5; c++) {
                        contact.setString(4 + c, cells[c]);
                    }
                    contact.setLong(9, now);
                    contact.setLong(10, now);
                    contact.addBatch();
                    field.setString(1, id);
                    field.setString(2, "score");
                    field.setString(3, cells[5]);
                    field.setBigDecimal(4, new java.math.BigDecimal(cells[5]));
                    field.addBatch();
                    field.setString(1, id);
                    field.setString(2, "stage");
                    field.setString(3, cells[6]);
                    field.setBigDecimal(4, null);
                    field.addBatch();
                    if ((i + 1) % 500 == 0 || i + 1 == rows) {
                        contact.executeBatch();
                        field.executeBatch();
                        connection.commit();
                    }
                }
            }
            return rows / ((System.nanoTime() - started) / 1e9);
        }
    }
}
