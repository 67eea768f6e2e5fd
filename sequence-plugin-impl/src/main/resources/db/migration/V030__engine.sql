-- The execution engine: where each enrollment stands, one row per (enrollment, step) execution, the outbox of
-- side effects written in the same transaction as the execution, global unsubscribes, and run bookkeeping.

-- day_one: epoch day of the enrollment's day 1 (the local date of its first run); steps_done: no step is left
-- to run, so the next run completes it; host_synced: the host already shows this enrollment in the contact's
-- sequence lists.
ALTER TABLE seq_enrollment ADD COLUMN day_one INTEGER;
ALTER TABLE seq_enrollment ADD COLUMN steps_done BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE seq_enrollment ADD COLUMN host_synced BOOLEAN DEFAULT FALSE NOT NULL;
-- Runs page through a sequence's enrollments in id order (keyset) and filter the page's rows: the planner must walk
-- this index rather than one on status or due time, after which every page would sort the whole sequence again.
CREATE INDEX seq_enrollment_keyset ON seq_enrollment (sequence_id, id);
-- The sync pump takes the next contacts to show in the host in index order, not by sorting every pending row.
CREATE INDEX seq_enrollment_unsynced ON seq_enrollment (host_synced, contact_id);

-- last_run_date: epoch day of the last scheduled run, which a smart sequence counts its interval from.
ALTER TABLE seq_sequence ADD COLUMN last_run_date INTEGER;

-- run_at: the instant the run counts as (its scheduled time); node_id and heartbeat_at tell a live run from
-- one whose JVM died.
ALTER TABLE seq_run ADD COLUMN run_at BIGINT;
ALTER TABLE seq_run ADD COLUMN node_id VARCHAR(64);
ALTER TABLE seq_run ADD COLUMN heartbeat_at BIGINT;

CREATE TABLE seq_step_execution (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    enrollment_id   VARCHAR(36)   NOT NULL,
    sequence_id     VARCHAR(36)   NOT NULL,
    step_id         VARCHAR(36)   NOT NULL,
    step_type       VARCHAR(20)   NOT NULL,
    step_position   INTEGER       NOT NULL,
    contact_id      VARCHAR(255)  NOT NULL,
    owner_id        VARCHAR(255)  NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    reason          VARCHAR(60),
    detail          VARCHAR(1000),
    run_id          VARCHAR(36),
    attempts        INTEGER       DEFAULT 0 NOT NULL,
    created_at      BIGINT        NOT NULL,
    status_at       BIGINT        NOT NULL,
    message_id      VARCHAR(255),
    subject         VARCHAR(1000),
    sent_at         BIGINT,
    opened_at       BIGINT,
    clicked_at      BIGINT,
    replied_at      BIGINT,
    bounced_at      BIGINT,
    unsubscribed_at BIGINT,
    CONSTRAINT seq_step_execution_once UNIQUE (enrollment_id, step_id)
);
CREATE INDEX seq_step_execution_step ON seq_step_execution (sequence_id, step_id);
CREATE INDEX seq_step_execution_contact ON seq_step_execution (contact_id, status_at);
CREATE INDEX seq_step_execution_message ON seq_step_execution (message_id);
CREATE INDEX seq_step_execution_run ON seq_step_execution (run_id, status);
CREATE INDEX seq_step_execution_sent ON seq_step_execution (owner_id, step_type, status_at);

CREATE TABLE seq_outbox (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)   NOT NULL,
    execution_id    VARCHAR(36),
    contact_id      VARCHAR(255),
    payload         ${text},
    status          VARCHAR(10)   NOT NULL,
    attempts        INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at BIGINT        NOT NULL,
    claimed_by      VARCHAR(64),
    claimed_at      BIGINT,
    last_error      VARCHAR(2000),
    created_at      BIGINT        NOT NULL,
    done_at         BIGINT
);
CREATE INDEX seq_outbox_pending ON seq_outbox (status, next_attempt_at);
CREATE INDEX seq_outbox_execution ON seq_outbox (execution_id);

-- Reminders and tasks for reps: an email reminder holds the rendered email until the rep sends it; follow-up
-- and call reminders are tasks (also created in the host).
CREATE TABLE seq_reminder (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    type          VARCHAR(20)   NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    owner_id      VARCHAR(255)  NOT NULL,
    contact_id    VARCHAR(255)  NOT NULL,
    sequence_id   VARCHAR(36)   NOT NULL,
    step_id       VARCHAR(36)   NOT NULL,
    enrollment_id VARCHAR(36)   NOT NULL,
    execution_id  VARCHAR(36)   NOT NULL,
    due_at        BIGINT        NOT NULL,
    subject       VARCHAR(1000),
    body          ${text},
    title         VARCHAR(255),
    note          VARCHAR(10000),
    host_task_id  VARCHAR(255),
    outcome       VARCHAR(100),
    outcome_note  VARCHAR(2000),
    created_at    BIGINT        NOT NULL,
    done_at       BIGINT,
    CONSTRAINT seq_reminder_execution UNIQUE (execution_id)
);
CREATE INDEX seq_reminder_owner_due ON seq_reminder (owner_id, status, due_at);
CREATE INDEX seq_reminder_contact ON seq_reminder (contact_id);

-- Addresses that asked for no more email, from any sequence.
CREATE TABLE seq_unsubscribe (
    email           VARCHAR(320)  NOT NULL PRIMARY KEY,
    contact_id      VARCHAR(255),
    source          VARCHAR(20)   NOT NULL,
    unsubscribed_at BIGINT        NOT NULL
);
