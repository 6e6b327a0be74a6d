-- Signals and their evidence, the versions of the rules, and the workflow history (append-only: the code only
-- inserts into signal_history).

-- Every version of the rules; the one in effect is the newest whose effective_from has passed.
CREATE TABLE signal_rule_set (
    version        INTEGER                  NOT NULL PRIMARY KEY,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    content        VARCHAR(100000)          NOT NULL,
    author         VARCHAR(100)             NOT NULL,
    note           VARCHAR(500),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One danger: a substance or group (subject) in a region, for one product where the rule groups by product.
CREATE TABLE signal_signal (
    id                UUID                     NOT NULL PRIMARY KEY,
    kind              VARCHAR(32)              NOT NULL,
    subject_scope     VARCHAR(10)              NOT NULL,
    subject           VARCHAR(200)             NOT NULL,
    subject_name      VARCHAR(200)             NOT NULL,
    region            VARCHAR(8)               NOT NULL,
    product           VARCHAR(200),
    priority          SMALLINT                 NOT NULL,
    score             DOUBLE PRECISION         NOT NULL,
    state             VARCHAR(20)              NOT NULL,
    assignee          VARCHAR(100),
    rule_version      INTEGER                  NOT NULL,
    first_evidence_on DATE                     NOT NULL,
    last_evidence_on  DATE                     NOT NULL,
    evidence_count    INTEGER                  NOT NULL,
    detected_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signal_signal_subject_idx ON signal_signal (subject, last_evidence_on);
CREATE INDEX signal_signal_queue_idx ON signal_signal (state, priority);

-- dedup_key: what the evidence is about (rule and record, or series, week and method), so that an event delivered
-- twice adds nothing.
CREATE TABLE signal_evidence (
    id           UUID                     NOT NULL PRIMARY KEY,
    signal_id    UUID                     NOT NULL,
    kind         VARCHAR(32)              NOT NULL,
    source       VARCHAR(20),
    record_id    UUID,
    external_id  VARCHAR(100),
    series_key   VARCHAR(300),
    evidence_on  DATE                     NOT NULL,
    region       VARCHAR(8)               NOT NULL,
    strength     DOUBLE PRECISION         NOT NULL,
    summary      VARCHAR(1000)            NOT NULL,
    rule_version INTEGER                  NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    dedup_key    VARCHAR(400)             NOT NULL,
    CONSTRAINT signal_evidence_dedup_uk UNIQUE (dedup_key)
);
CREATE INDEX signal_evidence_signal_idx ON signal_evidence (signal_id);

CREATE TABLE signal_history (
    seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    signal_id  UUID                     NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(100)             NOT NULL,
    action     VARCHAR(20)              NOT NULL,
    from_state VARCHAR(20),
    to_state   VARCHAR(20),
    text       VARCHAR(2000)
);
CREATE INDEX signal_history_signal_idx ON signal_history (signal_id);

-- What the rules that count over several records have seen: severe incidents per substance and region, and
-- high-dose units per product.
CREATE TABLE signal_counted_record (
    rule        VARCHAR(20)  NOT NULL,
    record_id   UUID         NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    grouping    VARCHAR(200) NOT NULL,
    record_on   DATE         NOT NULL,
    source      VARCHAR(20)  NOT NULL,
    external_id VARCHAR(100) NOT NULL,
    region      VARCHAR(8)   NOT NULL,
    PRIMARY KEY (rule, record_id, subject)
);
CREATE INDEX signal_counted_record_idx ON signal_counted_record (rule, subject, grouping, record_on);
