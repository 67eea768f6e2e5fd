package org.salessequences.infrastructure.persistence.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.salessequences.domain.model.reminder.SearchWords;
import org.salessequences.log.LogId;

/**
 * Writes the search words ({@code seq_reminder_word}, V070) of the reminders created before them, split by the same
 * {@link SearchWords} the application keeps them current with since; a step in Java because SQL cannot split words
 * alike on H2 and PostgreSQL. Being a migration, it runs once per database, before anything reads the words, under
 * the migration lock of a cluster.
 *
 * <p>Reminders are read in id order, {@value #CHUNK} at a time (keyset), so that one chunk at most is in memory
 * whatever the number of reminders; the step is one transaction (Flyway's for its version), and each chunk first
 * removes any words of its reminders, so that the step may also run over words already there.
 */
public final class ReminderWordBackfill extends JavaStep {

    static final String NAME = "V071__reminder_words_backfill";
    static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(ReminderWordBackfill.class.getName());

    public ReminderWordBackfill() {
        super(NAME);
    }

    @Override
    void apply(Connection connection, SqlDialect dialect) throws SQLException {
        long reminders = 0;
        try (PreparedStatement read = connection.prepareStatement("SELECT id, subject, title, note FROM seq_reminder "
                + "WHERE id > ? ORDER BY id FETCH FIRST " + CHUNK + " ROWS ONLY");
             PreparedStatement clear = connection.prepareStatement(
                     "DELETE FROM seq_reminder_word WHERE reminder_id >= ? AND reminder_id <= ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO seq_reminder_word (reminder_id, word) VALUES (?, ?)")) {
            String after = "";
            while (true) {
                List<String> ids = new ArrayList<>();
                read.setString(1, after);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        String id = rows.getString(1);
                        ids.add(id);
                        for (String word : SearchWords.of(rows.getString(2), rows.getString(3), rows.getString(4))) {
                            insert.setString(1, id);
                            insert.setString(2, word);
                            insert.addBatch();
                        }
                    }
                }
                if (ids.isEmpty()) {
                    break;
                }
                after = ids.get(ids.size() - 1);
                clear.setString(1, ids.get(0));
                clear.setString(2, after);
                clear.executeUpdate();
                insert.executeBatch();
                reminders += ids.size();
            }
        }
        long written = reminders;
        LOG.info(() -> LogId.REMINDER_WORDS_BACKFILLED + " search words written for the " + written
                + " reminders created before them");
    }
}
