-- Weekly series and the statistics over them.

-- Records per (source, scope, subject, region, ISO week); week is the week's Monday. Kept up to date as batches arrive.
CREATE TABLE surveillance_count (
    source  VARCHAR(20)  NOT NULL,
    scope   VARCHAR(10)  NOT NULL,
    subject VARCHAR(80)  NOT NULL,
    region  VARCHAR(8)   NOT NULL,
    week    DATE         NOT NULL,
    n       BIGINT       NOT NULL,
    PRIMARY KEY (source, scope, subject, region, week)
);
CREATE INDEX surveillance_count_week_idx ON surveillance_count (week);

-- Incidents per substance, GGD region and day, for the space-time scan.
CREATE TABLE surveillance_incident_day (
    substance VARCHAR(80) NOT NULL,
    region    VARCHAR(8)  NOT NULL,
    on_day    DATE        NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (substance, region, on_day)
);
CREATE INDEX surveillance_incident_day_idx ON surveillance_incident_day (on_day);

-- Batches already counted: a redelivered event must not count a batch twice.
CREATE TABLE surveillance_batch (
    batch_id   UUID      NOT NULL PRIMARY KEY,
    counted_at TIMESTAMP NOT NULL
);

CREATE TABLE surveillance_run (
    id               UUID      NOT NULL PRIMARY KEY,
    week             DATE      NOT NULL,
    started_at       TIMESTAMP NOT NULL,
    duration_ms      BIGINT    NOT NULL,
    series_evaluated INTEGER   NOT NULL,
    series_skipped   INTEGER   NOT NULL,
    alarms           INTEGER   NOT NULL,
    clusters         INTEGER   NOT NULL
);

-- The latest result per series, week and method; published: an alarm event went out for it once, and never again.
CREATE TABLE surveillance_result (
    source     VARCHAR(20)      NOT NULL,
    scope      VARCHAR(10)      NOT NULL,
    subject    VARCHAR(80)      NOT NULL,
    region     VARCHAR(8)       NOT NULL,
    week       DATE             NOT NULL,
    method     VARCHAR(30)      NOT NULL,
    observed   BIGINT           NOT NULL,
    expected   DOUBLE PRECISION,
    upperbound DOUBLE PRECISION,
    alarm      BOOLEAN          NOT NULL,
    published  BOOLEAN          NOT NULL,
    years_back INTEGER          NOT NULL,
    run_id     UUID             NOT NULL,
    PRIMARY KEY (source, scope, subject, region, week, method)
);
CREATE INDEX surveillance_result_week_idx ON surveillance_result (week, method);

-- Space-time clusters published, once per substance, regions and first day.
CREATE TABLE surveillance_cluster (
    substance VARCHAR(80)      NOT NULL,
    regions   VARCHAR(300)     NOT NULL,
    from_day  DATE             NOT NULL,
    to_day    DATE             NOT NULL,
    observed  BIGINT           NOT NULL,
    expected  DOUBLE PRECISION NOT NULL,
    p_value   DOUBLE PRECISION NOT NULL,
    run_id    UUID             NOT NULL,
    PRIMARY KEY (substance, regions, from_day)
);
