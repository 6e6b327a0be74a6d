-- Drug-checking samples and their lab results. Substance names are kept exactly as reported.
-- fingerprint: SHA-256 of the record as sent, to tell an identical re-send from a conflicting one.
CREATE TABLE ingest_sample (
    id                  UUID          NOT NULL PRIMARY KEY,
    batch_id            UUID          NOT NULL,
    organisation_id     UUID          NOT NULL,
    external_id         VARCHAR(100)  NOT NULL,
    sample_date         DATE          NOT NULL,
    result_date         DATE,
    country             CHAR(2)       NOT NULL,
    region_code         VARCHAR(8),
    place               VARCHAR(200),
    service_location    VARCHAR(200),
    sold_as             VARCHAR(200),
    form                VARCHAR(16)   NOT NULL,
    tablet_logo         VARCHAR(100),
    tablet_colour       VARCHAR(60),
    tablet_diameter_mm  NUMERIC(6, 2),
    tablet_thickness_mm NUMERIC(6, 2),
    tablet_weight_mg    NUMERIC(8, 1),
    tablet_score_line   VARCHAR(8),
    price_eur           NUMERIC(10, 2),
    purchase_channel    VARCHAR(16),
    note                VARCHAR(1000),
    fingerprint         CHAR(64)      NOT NULL,
    -- the results arrive once, with the sample or later: what they were (digest) and which batch brought them
    results_fingerprint CHAR(64),
    results_batch_id    UUID,
    CONSTRAINT ingest_sample_external_uk UNIQUE (organisation_id, external_id)
);
CREATE INDEX ingest_sample_date_idx ON ingest_sample (sample_date);
CREATE INDEX ingest_sample_batch_idx ON ingest_sample (batch_id);

CREATE TABLE ingest_sample_photo (
    sample_id    UUID        NOT NULL PRIMARY KEY,
    content_type VARCHAR(40) NOT NULL,
    content      BYTEA       NOT NULL
);

CREATE TABLE ingest_lab_result (
    sample_id  UUID           NOT NULL,
    position   SMALLINT       NOT NULL,
    substance  VARCHAR(200)   NOT NULL,
    amount     NUMERIC(12, 4),
    unit       VARCHAR(12),
    salt_form  VARCHAR(16),
    abundance  VARCHAR(8),
    method     VARCHAR(60),
    smiles     VARCHAR(2000),
    PRIMARY KEY (sample_id, position)
);
