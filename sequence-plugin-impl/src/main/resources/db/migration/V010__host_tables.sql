-- The embedded host CRM: the plugin's own contacts, accounts, saved views, activities and tasks, used when
-- sequences.host.adapter=embedded. Values are stored stripped, and empty values as NULL (or no field row), so that
-- "absent" and "empty" are one thing, as the condition engine treats them.
-- Custom fields live in side tables (field_value) with a numeric shadow column (num_value), filled when the value spells a plain
-- number (ConditionEvaluator.number), so that GREATER_THAN/LESS_THAN on fields.x compare numbers in SQL.

CREATE TABLE host_account (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    domain      VARCHAR(255),
    city        VARCHAR(255),
    country     VARCHAR(255),
    industry    VARCHAR(255),
    created_at  BIGINT       NOT NULL
);

CREATE TABLE host_account_field (
    account_id  VARCHAR(36)     NOT NULL,
    name        VARCHAR(64)     NOT NULL,
    field_value VARCHAR(1000)   NOT NULL,
    num_value   DECIMAL(31, 12),
    PRIMARY KEY (account_id, name)
);

-- email_key is the lower-cased email, so addresses compare without case on both databases. Like many CRMs the
-- embedded host lets contacts share an address (and have none): sequences decide whether to de-duplicate.
CREATE TABLE host_contact (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    email               VARCHAR(320),
    email_key           VARCHAR(320),
    first_name          VARCHAR(255),
    last_name           VARCHAR(255),
    phone               VARCHAR(255),
    timezone            VARCHAR(64),
    owner_id            VARCHAR(255),
    account_id          VARCHAR(36),
    city                VARCHAR(255),
    state               VARCHAR(255),
    country             VARCHAR(255),
    job_title           VARCHAR(255),
    import_name         VARCHAR(255),
    last_contacted_mode VARCHAR(255) NOT NULL,
    last_activity_type  VARCHAR(255),
    active_sequences    ${text},
    completed_sequences ${text},
    created_at          BIGINT       NOT NULL,
    updated_at          BIGINT       NOT NULL
);
CREATE INDEX host_contact_email ON host_contact (email_key, created_at);
CREATE INDEX host_contact_account ON host_contact (account_id, id);

CREATE TABLE host_contact_field (
    contact_id  VARCHAR(36)     NOT NULL,
    name        VARCHAR(64)     NOT NULL,
    field_value VARCHAR(1000)   NOT NULL,
    num_value   DECIMAL(31, 12),
    PRIMARY KEY (contact_id, name)
);

CREATE TABLE host_view (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    record_type VARCHAR(10)  NOT NULL,
    match_kind  VARCHAR(3)   NOT NULL,
    conditions  ${text}      NOT NULL,
    created_at  BIGINT       NOT NULL
);

CREATE TABLE host_activity (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    contact_id  VARCHAR(36)  NOT NULL,
    activity_type VARCHAR(100) NOT NULL,
    title       VARCHAR(500),
    note        ${text},
    outcome     VARCHAR(255),
    owner_id    VARCHAR(255),
    occurred_at BIGINT       NOT NULL,
    created_at  BIGINT       NOT NULL
);
CREATE INDEX host_activity_contact ON host_activity (contact_id, occurred_at);

CREATE TABLE host_task (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    contact_id   VARCHAR(36)  NOT NULL,
    owner_id     VARCHAR(255),
    kind         VARCHAR(20)  NOT NULL,
    title        VARCHAR(500),
    note         ${text},
    due_at       BIGINT,
    status       VARCHAR(10)  NOT NULL,
    outcome      VARCHAR(255),
    completed_at BIGINT,
    created_at   BIGINT       NOT NULL
);
CREATE INDEX host_task_contact ON host_task (contact_id);
