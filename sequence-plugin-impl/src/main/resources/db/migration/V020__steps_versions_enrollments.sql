-- Steps of a sequence (stable ids: a removed step keeps its row so history and metrics stay attached),
-- every saved version of a sequence, per-owner counters for the sequence limit, and enrollments.

CREATE TABLE seq_step (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    sequence_id VARCHAR(36) NOT NULL,
    position    INTEGER     NOT NULL,
    type        VARCHAR(20) NOT NULL,
    day_number  INTEGER,
    definition  ${text}     NOT NULL,
    created_at  BIGINT      NOT NULL,
    updated_at  BIGINT      NOT NULL,
    removed_at  BIGINT
);
CREATE INDEX seq_step_sequence ON seq_step (sequence_id, position);

CREATE TABLE seq_sequence_version (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    sequence_id VARCHAR(36)  NOT NULL,
    version     INTEGER      NOT NULL,
    changed_by  VARCHAR(255) NOT NULL,
    changed_at  BIGINT       NOT NULL,
    changes     ${text}      NOT NULL,
    snapshot    ${text}      NOT NULL,
    CONSTRAINT seq_sequence_version_number UNIQUE (sequence_id, version)
);

-- One row per owner; the count is raised with a conditional update so that concurrent creations cannot
-- pass the per-user limit together.
CREATE TABLE seq_owner (
    owner_id       VARCHAR(255) NOT NULL PRIMARY KEY,
    sequence_count INTEGER      NOT NULL
);

CREATE TABLE seq_enrollment (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    sequence_id           VARCHAR(36)  NOT NULL,
    contact_id            VARCHAR(255) NOT NULL,
    account_id            VARCHAR(255),
    email                 VARCHAR(320),
    status                VARCHAR(10)  NOT NULL,
    exit_reason           VARCHAR(20),
    source                VARCHAR(10)  NOT NULL,
    enrolled_by           VARCHAR(255),
    enrolled_at           BIGINT       NOT NULL,
    current_step_position INTEGER,
    next_step_at          BIGINT,
    paused_at             BIGINT,
    ended_at              BIGINT,
    updated_at            BIGINT       NOT NULL,
    -- Contact first: runs ask "which of these 500 contacts are in the sequence" (contact_id IN (...)), and the
    -- databases look such a list up in an index only through its first column.
    CONSTRAINT seq_enrollment_once UNIQUE (contact_id, sequence_id)
);
CREATE INDEX seq_enrollment_email ON seq_enrollment (email, sequence_id);
