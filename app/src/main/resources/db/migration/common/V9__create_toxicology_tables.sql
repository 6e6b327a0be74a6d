-- Post-mortem toxicology: deaths in which drugs were found. Age in bands only.
CREATE TABLE ingest_toxicology_case (
    id              UUID         NOT NULL PRIMARY KEY,
    batch_id        UUID         NOT NULL,
    organisation_id UUID         NOT NULL,
    external_id     VARCHAR(100) NOT NULL,
    death_date      DATE         NOT NULL,
    country         CHAR(2)      NOT NULL,
    region_code     VARCHAR(8),
    place           VARCHAR(200),
    age_band        VARCHAR(8),
    sex             VARCHAR(8),
    drug_related    BOOLEAN,
    fingerprint     CHAR(64)     NOT NULL,
    CONSTRAINT ingest_toxicology_external_uk UNIQUE (organisation_id, external_id)
);
CREATE INDEX ingest_toxicology_date_idx ON ingest_toxicology_case (death_date);
CREATE INDEX ingest_toxicology_batch_idx ON ingest_toxicology_case (batch_id);

CREATE TABLE ingest_toxicology_finding (
    case_id       UUID           NOT NULL,
    position      SMALLINT       NOT NULL,
    substance     VARCHAR(200)   NOT NULL,
    concentration NUMERIC(14, 4),
    unit          VARCHAR(8),
    matrix        VARCHAR(16),
    contributory  BOOLEAN,
    PRIMARY KEY (case_id, position)
);
