package org.salessequences.infrastructure.persistence.jdbc;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.execution.SentEmailLookup;

/**
 * Reads, never writes, the engine's tables where the email channel needs them: which step execution sent a
 * Message-ID, and whether an address is on the global unsubscribe list.
 */
@ApplicationScoped
public class JdbcSentEmailLookup implements SentEmailLookup {

    private Sql sql;

    protected JdbcSentEmailLookup() {
        // for the CDI proxy
    }

    @Inject
    public JdbcSentEmailLookup(Sql sql) {
        this.sql = sql;
    }

    /** The step execution whose email has this Message-ID (with or without angle brackets). */
    @Override
    public Optional<String> executionOfMessage(String messageId) {
        String bare = messageId.strip();
        if (bare.startsWith("<") && bare.endsWith(">")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return sql.first("SELECT id FROM seq_step_execution WHERE message_id IN (?, ?)", row -> row.getString(1),
                "<" + bare + ">", bare);
    }

    /** Whether the address asked for no more email (compared as given and in lower case). */
    @Override
    public boolean isUnsubscribed(String email) {
        return sql.first("SELECT 1 FROM seq_unsubscribe WHERE email IN (?, ?)", row -> Boolean.TRUE, email,
                email.toLowerCase(Locale.ROOT)).isPresent();
    }

    /**
     * Those of the addresses (stripped) that asked for no more email, compared as {@link #isUnsubscribed} compares:
     * the answer holds the address as given when it or its lower case is on the list.
     */
    @Override
    public Set<String> unsubscribedAmong(Collection<String> emails) {
        Set<String> candidates = new HashSet<>();
        emails.forEach(email -> {
            candidates.add(email);
            candidates.add(email.toLowerCase(Locale.ROOT));
        });
        Set<String> listed = new HashSet<>(sql.queryIn("SELECT email FROM seq_unsubscribe WHERE email IN (:in)",
                candidates, row -> row.getString(1)));
        Set<String> unsubscribed = new HashSet<>();
        emails.forEach(email -> {
            if (listed.contains(email) || listed.contains(email.toLowerCase(Locale.ROOT))) {
                unsubscribed.add(email);
            }
        });
        return unsubscribed;
    }
}
