package org.salessequences.infrastructure.persistence.jdbc;

import static org.salessequences.infrastructure.persistence.jdbc.Sql.orNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.salessequences.domain.model.run.RunRanges;
import org.salessequences.infrastructure.persistence.jdbc.Sql.NullOf;

/** {@code seq_run_range}: the ranges of large runs, claimed with conditional updates. */
@ApplicationScoped
public class JdbcRunRanges implements RunRanges {

    private static final String COLUMNS = "run_id, range_no, after_id, last_id, progress_id";
    private static final String RELEASE = "UPDATE seq_run_range SET status = 'PENDING', claimed_by = NULL, "
            + "claimed_at = NULL WHERE status = 'CLAIMED' AND ";

    @Inject
    Sql sql;

    /** For tests outside the container. */
    public static JdbcRunRanges on(DataSource dataSource) {
        JdbcRunRanges ranges = new JdbcRunRanges();
        ranges.sql = new Sql(dataSource);
        return ranges;
    }

    @Override
    public boolean split(String runId) {
        return sql.first("SELECT 1 FROM seq_run_range WHERE run_id = ?", row -> Boolean.TRUE, runId).isPresent();
    }

    @Override
    public void split(String runId, List<String> bounds) {
        if (split(runId)) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        String after = null;
        for (int i = 0; i <= bounds.size(); i++) {
            String last = i < bounds.size() ? bounds.get(i) : null;
            rows.add(new Object[]{runId, i, orNull(after, NullOf.VARCHAR), orNull(last, NullOf.VARCHAR)});
            after = last;
        }
        sql.batch("INSERT INTO seq_run_range (run_id, range_no, after_id, last_id, status) VALUES (?, ?, ?, ?, 'PENDING')",
                rows);
    }

    @Override
    public Optional<Range> claim(String runId, String memberId, Instant now) {
        // A conditional update per candidate: when two members pick the same range only one update matches.
        for (Range candidate : sql.query("SELECT " + COLUMNS + " FROM seq_run_range WHERE status = 'PENDING' "
                + "AND run_id = ? ORDER BY range_no FETCH FIRST 4 ROWS ONLY", JdbcRunRanges::range, runId)) {
            if (sql.update("UPDATE seq_run_range SET status = 'CLAIMED', claimed_by = ?, claimed_at = ? "
                    + "WHERE run_id = ? AND range_no = ? AND status = 'PENDING'", memberId, now, runId,
                    candidate.number()) == 1) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Range> claimedBy(String runId, String memberId) {
        return sql.query("SELECT " + COLUMNS + " FROM seq_run_range WHERE status = 'CLAIMED' AND run_id = ? "
                + "AND claimed_by = ? ORDER BY range_no", JdbcRunRanges::range, runId, memberId);
    }

    @Override
    public List<String> runsWithPendingRanges(int limit) {
        return sql.query("SELECT DISTINCT run_id FROM seq_run_range WHERE status = 'PENDING' FETCH FIRST " + limit
                + " ROWS ONLY", row -> row.getString(1));
    }

    @Override
    public void advance(String runId, int number, String progressId) {
        sql.update("UPDATE seq_run_range SET progress_id = ? WHERE run_id = ? AND range_no = ?", progressId, runId,
                number);
    }

    @Override
    public void giveBack(String runId, int number, String memberId) {
        sql.update(RELEASE + "run_id = ? AND range_no = ? AND claimed_by = ?", runId, number, memberId);
    }

    @Override
    public void done(String runId, int number, String memberId) {
        sql.update("UPDATE seq_run_range SET status = 'DONE', done_by = ?, claimed_by = NULL, claimed_at = NULL "
                + "WHERE run_id = ? AND range_no = ?", memberId, runId, number);
    }

    @Override
    public long unfinished(String runId) {
        return sql.count("SELECT COUNT(*) FROM seq_run_range WHERE run_id = ? AND status <> 'DONE'", runId);
    }

    @Override
    public int releaseClaimsOf(String memberId, Instant claimedBefore) {
        return sql.update(RELEASE + "claimed_by = ? AND claimed_at < ?", memberId, claimedBefore);
    }

    @Override
    public int releaseClaimsOfStoppedMembers(Instant seenBefore) {
        return sql.update(RELEASE + "claimed_by IN (SELECT node_id FROM seq_member WHERE seen_at < ?)", seenBefore);
    }

    @Override
    public Map<String, Long> doneByMember(String runId) {
        Map<String, Long> done = new TreeMap<>();
        sql.query("SELECT done_by, COUNT(*) FROM seq_run_range WHERE run_id = ? AND status = 'DONE' GROUP BY done_by",
                row -> Map.entry(row.getString(1), row.getLong(2)), runId)
                .forEach(member -> done.put(member.getKey(), member.getValue()));
        return done;
    }

    private static Range range(ResultSet row) throws SQLException {
        return new Range(row.getString(1), row.getInt(2), row.getString(3), row.getString(4), row.getString(5));
    }
}
