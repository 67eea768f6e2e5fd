-- Retention: the step executions of enrollments that ended long ago are compacted into per-step counters (what the
-- sequence's metrics show of them), so that the table of executions grows with the work under way, not with the
-- product's age. A step's metrics are its live executions plus its counter. compacted_at marks an enrollment whose
-- executions were compacted (the index finds the ended enrollments not compacted yet, oldest first).
CREATE TABLE seq_step_counter (
    step_id      VARCHAR(36) NOT NULL PRIMARY KEY,
    sequence_id  VARCHAR(36) NOT NULL,
    executed     BIGINT      DEFAULT 0 NOT NULL,
    skipped      BIGINT      DEFAULT 0 NOT NULL,
    deferred     BIGINT      DEFAULT 0 NOT NULL,
    failed       BIGINT      DEFAULT 0 NOT NULL,
    sent         BIGINT      DEFAULT 0 NOT NULL,
    opened       BIGINT      DEFAULT 0 NOT NULL,
    clicked      BIGINT      DEFAULT 0 NOT NULL,
    replied      BIGINT      DEFAULT 0 NOT NULL,
    bounced      BIGINT      DEFAULT 0 NOT NULL,
    unsubscribed BIGINT      DEFAULT 0 NOT NULL
);
ALTER TABLE seq_enrollment ADD COLUMN compacted_at BIGINT;
CREATE INDEX seq_enrollment_ended ON seq_enrollment (compacted_at, ended_at);
-- One row per housekeeping task, claimed by the member that runs it that day.
CREATE TABLE seq_housekeeping (
    name        VARCHAR(40) NOT NULL PRIMARY KEY,
    last_run_at BIGINT      NOT NULL
);
INSERT INTO seq_housekeeping (name, last_run_at) VALUES ('retention', 0);
