-- The built-in mail sink (sequences.mail.transport=sink): every email the plugin would have sent, as full MIME,
-- newest first per recipient. Instants are epoch milliseconds (UTC).
CREATE TABLE seq_dev_mailbox (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    to_address   VARCHAR(320)  NOT NULL,
    from_address VARCHAR(320)  NOT NULL,
    subject      VARCHAR(1000) NOT NULL,
    message_id   VARCHAR(320)  NOT NULL,
    mime         ${text}       NOT NULL,
    sent_at      BIGINT        NOT NULL
);
CREATE INDEX seq_dev_mailbox_sent ON seq_dev_mailbox (sent_at);
CREATE INDEX seq_dev_mailbox_to ON seq_dev_mailbox (to_address, sent_at);
