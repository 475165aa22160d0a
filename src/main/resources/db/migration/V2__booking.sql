-- Anonymous STI-check booking. A booking holds no name, contact or creation time: only its slot, the hash of
-- its code and its status, so nothing links it to a chat or a question.
CREATE TABLE clinic (
    id             uuid PRIMARY KEY,
    name           varchar(120)  NOT NULL,
    address        varchar(300)  NOT NULL,
    directions     varchar(2000) NOT NULL DEFAULT '',
    practical_info varchar(2000) NOT NULL DEFAULT '',
    created_at     timestamptz   NOT NULL
);

CREATE TABLE slot (
    id         uuid PRIMARY KEY,
    clinic_id  uuid        NOT NULL REFERENCES clinic (id),
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    capacity   integer     NOT NULL,
    -- Active bookings. Bookings take a seat with a conditional UPDATE; this constraint is the last line.
    booked     integer     NOT NULL DEFAULT 0,
    cancelled  boolean     NOT NULL DEFAULT false,
    CONSTRAINT slot_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT slot_capacity_positive CHECK (capacity BETWEEN 1 AND 500),
    CONSTRAINT slot_capacity_not_exceeded CHECK (booked BETWEEN 0 AND capacity)
);
CREATE INDEX slot_clinic_starts_at_idx ON slot (clinic_id, starts_at);
CREATE INDEX slot_ends_at_idx ON slot (ends_at);

CREATE TABLE booking (
    id            uuid PRIMARY KEY,
    slot_id       uuid        NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
    code_hash     bytea       NOT NULL,
    status        varchar(16) NOT NULL DEFAULT 'booked',
    result_status varchar(20) NOT NULL DEFAULT 'pending',
    checked_in_at timestamptz,
    CONSTRAINT booking_code_once UNIQUE (code_hash),
    CONSTRAINT booking_status_known CHECK (status IN ('booked', 'cancelled', 'attended', 'no-show')),
    CONSTRAINT booking_result_known CHECK (result_status IN ('pending', 'no-action-needed', 'contact-clinic'))
);
CREATE INDEX booking_slot_idx ON booking (slot_id);
