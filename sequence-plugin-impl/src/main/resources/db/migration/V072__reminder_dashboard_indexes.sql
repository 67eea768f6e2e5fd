-- The dashboard's pages in due order, read from an index instead of sorting every match: one index per set of
-- columns a filter fixes, each ending in (due_at, id). JpaReminderRepository spells its ORDER BY with the fixed
-- columns in front, the form H2 recognises as index order, so a first page reads its rows only and stops.
-- A rep's reminders (no other filter, a due range, or words that begin words of most reminders: "f", "follow").
CREATE INDEX seq_reminder_owner_due_id ON seq_reminder (owner_id, due_at, id);
-- A rep's open (or done) reminders; replaces V030's (owner_id, status, due_at), which lacked the id that breaks ties.
DROP INDEX seq_reminder_owner_due;
CREATE INDEX seq_reminder_owner_status ON seq_reminder (owner_id, status, due_at, id);
-- A rep's open follow-ups, say: the count reads this index alone.
CREATE INDEX seq_reminder_owner_type ON seq_reminder (owner_id, type, status, due_at, id);
-- Everyone's, for an admin.
CREATE INDEX seq_reminder_due ON seq_reminder (due_at, id);
