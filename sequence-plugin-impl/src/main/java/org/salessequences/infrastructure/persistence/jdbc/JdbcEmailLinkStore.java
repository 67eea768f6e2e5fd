package org.salessequences.infrastructure.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * {@code seq_email_link}: the original links of each sent email. The click endpoint redirects only to a link
 * found here, which is what makes it no open redirect.
 */
@ApplicationScoped
public class JdbcEmailLinkStore {

    private Sql sql;

    protected JdbcEmailLinkStore() {
        // for the CDI proxy
    }

    @Inject
    public JdbcEmailLinkStore(Sql sql) {
        this.sql = sql;
    }

    /** Stores the links of the execution's email in order, replacing those of an earlier attempt to send it. */
    @Transactional
    public void replace(String executionId, List<String> urls) {
        sql.update("DELETE FROM seq_email_link WHERE execution_id = ?", executionId);
        List<Object[]> rows = new ArrayList<>(urls.size());
        for (int i = 0; i < urls.size(); i++) {
            rows.add(new Object[] {executionId, i, urls.get(i)});
        }
        sql.batch("INSERT INTO seq_email_link (execution_id, link_index, url) VALUES (?, ?, ?)", rows);
    }

    public Optional<String> find(String executionId, int index) {
        return sql.first("SELECT url FROM seq_email_link WHERE execution_id = ? AND link_index = ?",
                row -> row.getString(1), executionId, index);
    }
}
