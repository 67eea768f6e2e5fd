-- Sequences (definition kept as JSON beside the columns the scheduler and the queries need) and their runs.
-- ${text} is CHARACTER LARGE OBJECT on H2 and TEXT on PostgreSQL. Instants are epoch milliseconds (UTC).

CREATE TABLE seq_sequence (
    id                 VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner_id           VARCHAR(255) NOT NULL,
    name               VARCHAR(200) NOT NULL,
    type               VARCHAR(10)  NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    exclusive_audience BOOLEAN      NOT NULL,
    schedule_time      VARCHAR(5)   NOT NULL,
    timezone           VARCHAR(64)  NOT NULL,
    exclude_weekends   BOOLEAN      NOT NULL,
    interval_days      INTEGER,
    definition         ${text}      NOT NULL,
    version            INTEGER      NOT NULL,
    created_at         BIGINT       NOT NULL,
    updated_at         BIGINT       NOT NULL,
    next_run_at        BIGINT,
    current_run_id     VARCHAR(36),
    deleted_at         BIGINT
);
CREATE INDEX seq_sequence_owner ON seq_sequence (owner_id);
CREATE INDEX seq_sequence_due ON seq_sequence (status, next_run_at);

CREATE TABLE seq_run (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    sequence_id      VARCHAR(36)   NOT NULL,
    trigger_kind     VARCHAR(10)   NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    job_execution_id BIGINT,
    enrolled         BIGINT        DEFAULT 0 NOT NULL,
    exited           BIGINT        DEFAULT 0 NOT NULL,
    executed         BIGINT        DEFAULT 0 NOT NULL,
    skipped          BIGINT        DEFAULT 0 NOT NULL,
    deferred         BIGINT        DEFAULT 0 NOT NULL,
    failed           BIGINT        DEFAULT 0 NOT NULL,
    failure          VARCHAR(2000),
    created_at       BIGINT        NOT NULL,
    started_at       BIGINT,
    recorded_at      BIGINT,
    ended_at         BIGINT
);
CREATE INDEX seq_run_sequence ON seq_run (sequence_id, created_at);
