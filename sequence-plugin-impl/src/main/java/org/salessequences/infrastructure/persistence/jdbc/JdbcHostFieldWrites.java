package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.outbox.HostFieldWrites;

/**
 * {@code seq_host_field_write}: one row per contact and field, moved forward by a conditional update, so members
 * claiming the same field at once cannot move it backwards.
 */
@ApplicationScoped
public class JdbcHostFieldWrites implements HostFieldWrites {

    private static final String FORWARD = "UPDATE seq_host_field_write SET recorded_at = ? "
            + "WHERE contact_id = ? AND field_name = ? AND recorded_at <= ?";

    private Sql sql;

    protected JdbcHostFieldWrites() {
        // for the CDI proxy
    }

    @Inject
    public JdbcHostFieldWrites(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean claim(String contactId, Field field, Instant recordedAt) {
        if (sql.update(FORWARD, recordedAt, contactId, field, recordedAt) == 1) {
            return true;
        }
        try {
            sql.update("INSERT INTO seq_host_field_write (contact_id, field_name, recorded_at) VALUES (?, ?, ?)",
                    contactId, field, recordedAt);
            return true;
        } catch (DataAccessException e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
            // The row exists: a newer update claimed the field, or another member made the row just now.
            return sql.update(FORWARD, recordedAt, contactId, field, recordedAt) == 1;
        }
    }
}
