-- Wastewater measurements: mean daily load at a treatment plant over a period (a day up to a year).
CREATE TABLE ingest_wastewater (
    id                  UUID           NOT NULL PRIMARY KEY,
    batch_id            UUID           NOT NULL,
    organisation_id     UUID           NOT NULL,
    external_id         VARCHAR(100)   NOT NULL,
    site_id             VARCHAR(40)    NOT NULL,
    city                VARCHAR(120)   NOT NULL,
    country             CHAR(2)        NOT NULL,
    region_code         VARCHAR(8),
    metabolite          VARCHAR(120)   NOT NULL,
    period_start        DATE           NOT NULL,
    period_end          DATE           NOT NULL,
    load_mg_per_day_per_1000 NUMERIC(14, 3) NOT NULL,
    population_served   INTEGER,
    fingerprint         CHAR(64)       NOT NULL,
    CONSTRAINT ingest_wastewater_external_uk UNIQUE (organisation_id, external_id)
);
CREATE INDEX ingest_wastewater_period_idx ON ingest_wastewater (period_start);
CREATE INDEX ingest_wastewater_batch_idx ON ingest_wastewater (batch_id);
