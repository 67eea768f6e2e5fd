-- Inbound mail (issue 20): bounces soft and hard, suppression, out-of-office pauses, messages read once.

-- Why an enrollment is paused (OUT_OF_OFFICE, BY_USER; NULL for a pause from before) and when it resumes by itself.
ALTER TABLE seq_enrollment ADD COLUMN pause_reason VARCHAR(20);
ALTER TABLE seq_enrollment ADD COLUMN resumes_at BIGINT;
-- The pauses that end by themselves, found by their end (no index on seq_enrollment: a new one there would change
-- what PostgreSQL's planner assumes of the table before its first analysis).
CREATE TABLE seq_enrollment_resume (
    enrollment_id VARCHAR(36) NOT NULL PRIMARY KEY,
    resumes_at    BIGINT      NOT NULL
);
CREATE INDEX seq_enrollment_resume_at ON seq_enrollment_resume (resumes_at);

-- Every bounce read from a rep's inbox: HARD, SOFT or SENDER (the sending side's own failure). Soft ones of an address
-- are counted over the last days (three in seven make it hard).
CREATE TABLE seq_bounce (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner_id     VARCHAR(255) NOT NULL,
    email        VARCHAR(320) NOT NULL,
    execution_id VARCHAR(36),
    bounce_class VARCHAR(10)  NOT NULL,
    status       VARCHAR(20),
    bounced_at   BIGINT       NOT NULL
);
CREATE INDEX seq_bounce_email ON seq_bounce (email, bounced_at);

-- Addresses a rep's mailbox never emails again (a hard bounce): no sequence of that owner sends to them.
CREATE TABLE seq_suppression (
    owner_id   VARCHAR(255) NOT NULL,
    email      VARCHAR(320) NOT NULL,
    reason     VARCHAR(20)  NOT NULL,
    created_at BIGINT       NOT NULL,
    PRIMARY KEY (owner_id, email)
);

-- Inbox messages already applied, by Message-ID (or a digest of their headers): read once even when the folder's
-- UIDVALIDITY changes and its messages are offered again.
CREATE TABLE seq_inbox_seen (
    owner_id    VARCHAR(255) NOT NULL,
    message_key VARCHAR(255) NOT NULL,
    seen_at     BIGINT       NOT NULL,
    PRIMARY KEY (owner_id, message_key)
);
CREATE INDEX seq_inbox_seen_at ON seq_inbox_seen (seen_at);
