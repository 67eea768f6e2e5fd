package org.salessequences.infrastructure.persistence.jdbc;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.sequence.SequenceStates;

@ApplicationScoped
public class JdbcSequenceStates implements SequenceStates {

    @Inject
    Sql sql;

    @Override
    public Set<String> notSending(Collection<String> sequenceIds) {
        return new HashSet<>(sql.queryIn("SELECT id FROM seq_sequence WHERE status = 'PAUSED' AND deleted_at IS NULL "
                + "AND id IN (:in)", sequenceIds, row -> row.getString(1)));
    }
}
