-- For each field the plugin keeps on a host contact (Last contacted mode, Last activity type), when the newest host
-- update that wrote it was recorded. A host update that failed and is retried after a newer one has written the
-- field leaves it alone, so a host that was down for a while does not end with the older value.
CREATE TABLE seq_host_field_write (
    contact_id  VARCHAR(255) NOT NULL,
    field_name  VARCHAR(40)  NOT NULL,
    recorded_at BIGINT       NOT NULL,
    CONSTRAINT seq_host_field_write_pk PRIMARY KEY (contact_id, field_name)
);
