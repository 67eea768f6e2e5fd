-- The daily email limit counts the email reminders an owner sent today by sent_at; without an index that starts
-- with the owner, the type and sent_at, that count read every email reminder the owner ever had.
CREATE INDEX seq_step_execution_reminder_sent ON seq_step_execution (owner_id, step_type, sent_at);
