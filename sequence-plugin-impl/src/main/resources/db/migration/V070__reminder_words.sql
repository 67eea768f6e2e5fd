-- The words of each reminder's subject, title and note (SearchWords: lower-cased, split on anything that is not a
-- letter or digit), for the dashboard's text search: "every word of q begins a word of the reminder" is a prefix
-- range on (word, reminder_id) per query word instead of lower-casing and scanning every reminder's text.
-- The word is compared by code point (${binary_collation}): PostgreSQL uses a B-tree index for LIKE 'prefix%' only
-- under the C collation, whatever the database's own. No foreign key, like the rest of the schema: reminders are
-- never deleted, and the words are written with their reminder (Reminder.words).
CREATE TABLE seq_reminder_word (
    reminder_id   VARCHAR(36)   NOT NULL,
    word          VARCHAR(100)  ${binary_collation} NOT NULL,
    CONSTRAINT seq_reminder_word_pk PRIMARY KEY (reminder_id, word)
);
CREATE INDEX seq_reminder_word_word ON seq_reminder_word (word, reminder_id);
