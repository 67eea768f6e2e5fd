package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.execution.InboundEventLog;

/** {@code seq_inbound_event}: ids of inbound events already applied. */
@ApplicationScoped
public class JdbcInboundEventStore implements InboundEventLog {

    private Sql sql;

    protected JdbcInboundEventStore() {
        // for the CDI proxy
    }

    @Inject
    public JdbcInboundEventStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean seen(String eventId) {
        return sql.first("SELECT 1 FROM seq_inbound_event WHERE event_id = ?", row -> Boolean.TRUE, eventId)
                .isPresent();
    }

    /**
     * Records the event as applied, in the caller's transaction: a concurrent delivery of the same id fails on
     * the primary key and rolls its own application back.
     */
    @Override
    public void record(String eventId, String type, Instant at) {
        sql.update("INSERT INTO seq_inbound_event (event_id, event_type, received_at) VALUES (?, ?, ?)", eventId, type,
                at.toEpochMilli());
    }
}
