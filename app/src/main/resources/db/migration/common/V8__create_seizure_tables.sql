-- Police and customs seizures as analysed by a forensic laboratory.
CREATE TABLE ingest_seizure (
    id              UUID           NOT NULL PRIMARY KEY,
    batch_id        UUID           NOT NULL,
    organisation_id UUID           NOT NULL,
    external_id     VARCHAR(100)   NOT NULL,
    seizure_date    DATE           NOT NULL,
    analysis_date   DATE,
    country         CHAR(2)        NOT NULL,
    region_code     VARCHAR(8),
    place           VARCHAR(200),
    form            VARCHAR(16)    NOT NULL,
    description     VARCHAR(300),
    tablet_logo     VARCHAR(100),
    tablet_colour   VARCHAR(60),
    unit_count      INTEGER,
    gross_weight_g  NUMERIC(14, 3),
    fingerprint     CHAR(64)       NOT NULL,
    CONSTRAINT ingest_seizure_external_uk UNIQUE (organisation_id, external_id)
);
CREATE INDEX ingest_seizure_date_idx ON ingest_seizure (seizure_date);
CREATE INDEX ingest_seizure_batch_idx ON ingest_seizure (batch_id);

CREATE TABLE ingest_seizure_substance (
    seizure_id UUID           NOT NULL,
    position   SMALLINT       NOT NULL,
    substance  VARCHAR(200)   NOT NULL,
    amount     NUMERIC(12, 4),
    unit       VARCHAR(12),
    salt_form  VARCHAR(16),
    abundance  VARCHAR(8),
    method     VARCHAR(60),
    smiles     VARCHAR(2000),
    PRIMARY KEY (seizure_id, position)
);
