-- Anonymous live chat. A conversation is keyed by the HMAC of its visitor token's pseudonym, which nothing
-- else in the database uses, so a chat cannot be joined to a question or a booking.
CREATE TABLE chat_conversation (
    id              uuid PRIMARY KEY,
    visitor_key     bytea        NOT NULL,
    language        varchar(2)   NOT NULL,
    topic           varchar(100),
    status          varchar(8)   NOT NULL,
    counsellor_id   uuid REFERENCES staff_account (id),
    queued_at       timestamptz  NOT NULL,
    claimed_at      timestamptz,
    ended_at        timestamptz,
    ended_by        varchar(10),
    -- The last seq handed out; taking the next one and inserting the message is one statement.
    last_seq        integer      NOT NULL DEFAULT 0,
    -- Confirmed regularly while the visitor has a socket open; a chat whose visitor stays away ends.
    visitor_seen_at timestamptz  NOT NULL,
    CONSTRAINT chat_conversation_status CHECK (status IN ('queued', 'active', 'ended')),
    CONSTRAINT chat_conversation_active_has_counsellor CHECK (status <> 'active' OR counsellor_id IS NOT NULL)
);
-- A visitor has at most one open conversation.
CREATE UNIQUE INDEX chat_conversation_open_visitor_key ON chat_conversation (visitor_key) WHERE status <> 'ended';
CREATE INDEX chat_conversation_visitor_key_idx ON chat_conversation (visitor_key);
CREATE INDEX chat_conversation_queue_idx ON chat_conversation (queued_at, id) WHERE status = 'queued';
CREATE INDEX chat_conversation_counsellor_idx ON chat_conversation (counsellor_id) WHERE status = 'active';
CREATE INDEX chat_conversation_ended_at_idx ON chat_conversation (ended_at) WHERE status = 'ended';

CREATE TABLE chat_message (
    conversation_id uuid          NOT NULL REFERENCES chat_conversation (id) ON DELETE CASCADE,
    seq             integer       NOT NULL,
    sender          varchar(10)   NOT NULL,
    staff_id        uuid,
    client_msg_id   varchar(64)   NOT NULL,
    text            varchar(4000) NOT NULL,
    sent_at         timestamptz   NOT NULL,
    PRIMARY KEY (conversation_id, seq),
    CONSTRAINT chat_message_sender CHECK (sender IN ('visitor', 'counsellor'))
);
-- A resend with the same clientMsgId finds the stored message instead of adding one.
CREATE UNIQUE INDEX chat_message_client_msg_id_key ON chat_message (conversation_id, sender, client_msg_id);

-- Internal notes: never shown to the visitor, deleted with the conversation.
CREATE TABLE chat_note (
    id              uuid PRIMARY KEY,
    conversation_id uuid          NOT NULL REFERENCES chat_conversation (id) ON DELETE CASCADE,
    staff_id        uuid          NOT NULL REFERENCES staff_account (id),
    text            varchar(4000) NOT NULL,
    created_at      timestamptz   NOT NULL
);
CREATE INDEX chat_note_conversation_idx ON chat_note (conversation_id, created_at);

CREATE TABLE chat_canned_reply (
    id         uuid PRIMARY KEY,
    title      varchar(100)  NOT NULL,
    text       varchar(4000) NOT NULL,
    language   varchar(2)    NOT NULL,
    updated_at timestamptz   NOT NULL
);

-- Counsellor presence, kept fresh by the instances holding their console sockets.
CREATE TABLE chat_presence (
    staff_id uuid PRIMARY KEY REFERENCES staff_account (id) ON DELETE CASCADE,
    status   varchar(9)  NOT NULL,
    seen_at  timestamptz NOT NULL,
    CONSTRAINT chat_presence_status CHECK (status IN ('available', 'away'))
);

-- Weekly opening hours in the service's zone (Europe/Oslo), minutes from midnight; 1440 is midnight at the end.
CREATE TABLE chat_opening_period (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day_of_week   smallint NOT NULL,
    opens_minute  smallint NOT NULL,
    closes_minute smallint NOT NULL,
    CONSTRAINT chat_opening_period_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT chat_opening_period_order CHECK (0 <= opens_minute AND opens_minute < closes_minute AND closes_minute <= 1440)
);

CREATE TABLE chat_closed_day (
    day  date PRIMARY KEY,
    note varchar(200) NOT NULL DEFAULT ''
);
