-- Warnings, their versions, the CAP messages issued about them, product photos and the audit log (append-only: the
-- code only inserts into alert_history). A published version and an issued message never change.

CREATE TABLE alert_warning (
    id                 UUID                     NOT NULL PRIMARY KEY,
    state              VARCHAR(12)              NOT NULL,
    version            INTEGER                  NOT NULL,
    published_version  INTEGER,
    signal_id          UUID,
    created_by         VARCHAR(100)             NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    first_published_at TIMESTAMP WITH TIME ZONE,
    valid_until        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX alert_warning_state_idx ON alert_warning (state, valid_until);

-- content: the version's WarningContent as JSON; it is read whole, never queried by field.
CREATE TABLE alert_version (
    warning_id   UUID                     NOT NULL,
    version      INTEGER                  NOT NULL,
    content      VARCHAR(60000)           NOT NULL,
    author       VARCHAR(100)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by  VARCHAR(100),
    published_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (warning_id, version)
);

-- sent_text: the sent time exactly as written in the message, for the references of later messages.
CREATE TABLE alert_message (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    identifier VARCHAR(200)             NOT NULL,
    warning_id UUID                     NOT NULL,
    version    INTEGER                  NOT NULL,
    msg_type   VARCHAR(10)              NOT NULL,
    sent       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_text  VARCHAR(40)              NOT NULL,
    xml        VARCHAR(1000000)         NOT NULL,
    CONSTRAINT alert_message_identifier_uk UNIQUE (identifier)
);
CREATE INDEX alert_message_warning_idx ON alert_message (warning_id);

-- id: the SHA-1 of the bytes, hex (CAP's resource digest), so one photo uploaded twice is stored once.
CREATE TABLE alert_photo (
    id           VARCHAR(40)              NOT NULL PRIMARY KEY,
    content_type VARCHAR(50)              NOT NULL,
    bytes        BYTEA                    NOT NULL,
    uploaded_by  VARCHAR(100)             NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE alert_history (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    warning_id UUID                     NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(100)             NOT NULL,
    action     VARCHAR(20)              NOT NULL,
    version    INTEGER                  NOT NULL,
    note       VARCHAR(2000)
);
CREATE INDEX alert_history_warning_idx ON alert_history (warning_id);
