package org.salessequences.infrastructure.persistence.jdbc;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.contact.UnsubscribeRepository;

@ApplicationScoped
public class JdbcUnsubscribeRepository implements UnsubscribeRepository {

    @Inject
    Sql sql;

    @Override
    public boolean add(String email, String contactId, String source, Instant at) {
        // Insert-if-absent in one statement, so a repeated unsubscribe is no error and changes nothing. The casts
        // give PostgreSQL the types of parameters that stand in a select list.
        return sql.update("INSERT INTO seq_unsubscribe (email, contact_id, source, unsubscribed_at) "
                + "SELECT CAST(? AS VARCHAR(320)), CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(20)), CAST(? AS BIGINT) "
                + "WHERE NOT EXISTS (SELECT 1 FROM seq_unsubscribe WHERE email = ?)",
                email, contactId, source, at, email) == 1;
    }

    @Override
    public boolean contains(String email) {
        return sql.count("SELECT COUNT(*) FROM seq_unsubscribe WHERE email = ?", email) > 0;
    }

    @Override
    public Set<String> among(Collection<String> emails) {
        return new HashSet<>(sql.queryIn("SELECT email FROM seq_unsubscribe WHERE email IN (:in)", emails,
                row -> row.getString(1)));
    }
}
