-- Staff accounts and the audit log. Nothing here ever describes a visitor.
CREATE TABLE staff_account (
    id                  uuid PRIMARY KEY,
    username            varchar(64)  NOT NULL,
    display_name        varchar(100) NOT NULL,
    password_hash       varchar(100) NOT NULL,
    roles               varchar(100) NOT NULL,
    disabled            boolean      NOT NULL DEFAULT false,
    -- Bumped on disable, role change and password reset so that tokens issued before stop working.
    token_version       integer      NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    password_changed_at timestamptz  NOT NULL
);
CREATE UNIQUE INDEX staff_account_username_key ON staff_account (lower(username));

CREATE TABLE audit_entry (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    staff_id       uuid,
    staff_username varchar(64)  NOT NULL,
    action         varchar(64)  NOT NULL,
    subject_type   varchar(32)  NOT NULL,
    subject_id     varchar(64),
    detail         varchar(500)
);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at DESC);
