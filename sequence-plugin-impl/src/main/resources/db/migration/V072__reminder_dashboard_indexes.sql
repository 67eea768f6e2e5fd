-- The dashboard filtered by type and status (a rep's open follow-ups, say): the count reads this index alone, and the
-- page is read from it in due order, the first rows only, instead of sorting every match (JpaReminderRepository spells
-- its ORDER BY with the fixed columns in front for that, the form H2 recognises as index order).
CREATE INDEX seq_reminder_owner_type ON seq_reminder (owner_id, type, status, due_at, id);
-- A rep's search for words that begin words of most reminders ("f", "follow"): the page is read from this index in
-- due order and fills after a few matches, instead of sorting every reminder.
CREATE INDEX seq_reminder_owner_due_id ON seq_reminder (owner_id, due_at, id);
