package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.sequence.SendingReputation;

/**
 * Counts a sequence's recent emails from its step executions (V130's (sequence_id, sent_at) index): a hard bounce is
 * an email whose execution records a bounce ({@code bounced_at}, what ends an enrollment as {@code BOUNCED}); a
 * complaint is an email to an address unsubscribed by a feedback report ({@code seq_unsubscribe.source} {@code
 * COMPLAINT}). Where bounces and complaints are recorded in more detail, only these two counts change.
 */
@ApplicationScoped
public class JdbcSendingReputation implements SendingReputation {

    /** The unsubscribe source of an address whose recipient reported an email as spam (a feedback report). */
    public static final String COMPLAINT_SOURCE = org.salessequences.domain.model.contact.UnsubscribeRepository.COMPLAINT;
    private static final String EMAILS = "SELECT COUNT(*) FROM seq_step_execution x WHERE x.sequence_id = ? "
            + "AND x.sent_at >= ? AND x.step_type IN ('EMAIL', 'EMAIL_REMINDER')";

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcSendingReputation on(DataSource dataSource) {
        JdbcSendingReputation reputation = new JdbcSendingReputation();
        reputation.sql = new Sql(dataSource);
        return reputation;
    }

    @Override
    public Recent since(String sequenceId, Instant since) {
        long sent = sql.count(EMAILS, sequenceId, since);
        if (sent == 0) {
            return new Recent(0, 0, 0);
        }
        long bounced = sql.count(EMAILS + " AND x.bounced_at IS NOT NULL", sequenceId, since);
        long complaints = sql.count(EMAILS + " AND EXISTS (SELECT 1 FROM seq_enrollment e JOIN seq_unsubscribe u "
                + "ON u.email = e.email WHERE e.id = x.enrollment_id AND u.source = ?)", sequenceId, since,
                COMPLAINT_SOURCE);
        return new Recent(sent, bounced, complaints);
    }
}
