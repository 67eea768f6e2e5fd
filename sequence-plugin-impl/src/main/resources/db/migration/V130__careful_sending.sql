-- Careful sending (recipient time zones, mailbox limits, guardrails, account-level exits).

-- recipient_timezone: the sequence's steps are due at its time in each contact's own zone. next_due_at: for such a
-- sequence, the earliest due time of its active enrollments (their next_step_at), so that the scheduler wakes at each
-- zone's local time without reading the enrollments. paused_reason: why the sequence paused itself (BOUNCE_RATE,
-- COMPLAINT_RATE); rates_since: when a person last resumed it, the start of the emails its guardrails count.
ALTER TABLE seq_sequence ADD COLUMN recipient_timezone BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE seq_sequence ADD COLUMN next_due_at BIGINT;
ALTER TABLE seq_sequence ADD COLUMN paused_reason VARCHAR(20);
ALTER TABLE seq_sequence ADD COLUMN rates_since BIGINT;
CREATE INDEX seq_sequence_due_contacts ON seq_sequence (status, next_due_at);

-- A run of a recipient-time-zone sequence reads only the enrollments that are due (next_step_at up to the run's time,
-- or not planned yet), in (next_step_at, id) order from this index, instead of walking every enrollment.
CREATE INDEX seq_enrollment_due ON seq_enrollment (sequence_id, status, steps_done, next_step_at, id);
-- accountReplied: the other enrollments of a sequence that came from the same account.
CREATE INDEX seq_enrollment_account ON seq_enrollment (sequence_id, account_id);
-- dailyEnrollmentLimit: the audience enrollments of a sequence on one day.
CREATE INDEX seq_enrollment_enrolled ON seq_enrollment (sequence_id, source, enrolled_at);
-- Guardrails: the emails a sequence sent since an instant, and which of them bounced.
CREATE INDEX seq_step_execution_sequence_sent ON seq_step_execution (sequence_id, sent_at);

-- A rep's mailbox limits (NULL: none).
ALTER TABLE seq_mailbox ADD COLUMN per_hour INTEGER;
ALTER TABLE seq_mailbox ADD COLUMN min_seconds_between INTEGER;

-- Where each limited mailbox's sending stands, shared by every cluster member: the row is locked while an email takes
-- its turn. next_allowed_at: the earliest instant the next email may start (the spacing after the last one, or a lease
-- while one is being sent); tail_at: the turn given to the last email waiting in line, so that a new email queues
-- behind the waiting ones.
CREATE TABLE seq_mailbox_pace (
    owner_id        VARCHAR(255) NOT NULL PRIMARY KEY,
    next_allowed_at BIGINT       NOT NULL,
    tail_at         BIGINT       NOT NULL
);
-- The emails a limited mailbox sent in the last hour (sent_at: when the server had it) and the turns of the ones
-- waiting (projected, id = the outbox entry). Rows older than an hour are removed as the mailbox sends.
CREATE TABLE seq_mailbox_send (
    id        VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner_id  VARCHAR(255) NOT NULL,
    sent_at   BIGINT       NOT NULL,
    projected BOOLEAN      NOT NULL
);
CREATE INDEX seq_mailbox_send_owner ON seq_mailbox_send (owner_id, sent_at);
