-- Published indicators: survey prevalence and treatment demand per population group, region and period.
CREATE TABLE ingest_indicator (
    id               UUID           NOT NULL PRIMARY KEY,
    batch_id         UUID           NOT NULL,
    organisation_id  UUID           NOT NULL,
    external_id      VARCHAR(100)   NOT NULL,
    indicator        VARCHAR(32)    NOT NULL,
    substance        VARCHAR(200),
    population_group VARCHAR(120)   NOT NULL,
    country          CHAR(2)        NOT NULL,
    region_code      VARCHAR(8),
    period_start     DATE           NOT NULL,
    period_end       DATE           NOT NULL,
    indicator_value  NUMERIC(16, 4) NOT NULL,
    unit             VARCHAR(12)    NOT NULL,
    ci_low           NUMERIC(16, 4),
    ci_high          NUMERIC(16, 4),
    sample_size      INTEGER,
    fingerprint      CHAR(64)       NOT NULL,
    CONSTRAINT ingest_indicator_external_uk UNIQUE (organisation_id, external_id)
);
CREATE INDEX ingest_indicator_period_idx ON ingest_indicator (period_start);
CREATE INDEX ingest_indicator_batch_idx ON ingest_indicator (batch_id);
