-- A rep's own mailbox that fails: how many sends through it failed in a row (connection, login, a server not
-- allowed), since when, and the last reason in the plugin's words. The row goes when an email goes through again.
CREATE TABLE seq_mailbox_health (
    owner_id       VARCHAR(255)  NOT NULL PRIMARY KEY,
    failures       INTEGER       NOT NULL,
    failing_since  BIGINT        NOT NULL,
    last_failed_at BIGINT        NOT NULL,
    last_error     VARCHAR(2000)
);
