-- The email channel: each rep's own mailbox, the links of every sent email (only those are ever redirected to),
-- the IMAP polling state of each mailbox, and the ids of inbound events already applied.

-- One row per rep who set up their mailbox. Passwords are AES-GCM ciphertexts (base64), never plain text.
CREATE TABLE seq_mailbox (
    owner_id            VARCHAR(255)  NOT NULL PRIMARY KEY,
    from_name           VARCHAR(200),
    from_address        VARCHAR(320),
    signature           ${text},
    smtp_host           VARCHAR(255),
    smtp_port           INTEGER,
    smtp_username       VARCHAR(320),
    smtp_password       VARCHAR(1000),
    smtp_starttls       BOOLEAN,
    imap_host           VARCHAR(255),
    imap_port           INTEGER,
    imap_username       VARCHAR(320),
    imap_password       VARCHAR(1000),
    imap_ssl            BOOLEAN,
    updated_at          BIGINT        NOT NULL
);

-- Where polling of a rep's IMAP inbox stands: the UIDVALIDITY and the last UID seen, and a short claim so that
-- one cluster member polls a mailbox at a time.
CREATE TABLE seq_mailbox_poll (
    owner_id            VARCHAR(255)  NOT NULL PRIMARY KEY,
    uid_validity        BIGINT,
    last_uid            BIGINT,
    claimed_by          VARCHAR(64),
    claimed_until       BIGINT,
    polled_at           BIGINT,
    last_error          VARCHAR(1000)
);

-- The original links of a sent email, by position: a click token names the execution and the position.
CREATE TABLE seq_email_link (
    execution_id        VARCHAR(36)   NOT NULL,
    link_index          INTEGER       NOT NULL,
    url                 VARCHAR(4000) NOT NULL,
    CONSTRAINT seq_email_link_pk PRIMARY KEY (execution_id, link_index)
);

-- Inbound events already applied, so that a repeated delivery is applied once.
CREATE TABLE seq_inbound_event (
    event_id            VARCHAR(255)  NOT NULL PRIMARY KEY,
    event_type          VARCHAR(20)   NOT NULL,
    received_at         BIGINT        NOT NULL
);
