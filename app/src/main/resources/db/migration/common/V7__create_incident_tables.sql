-- Drug-related medical incidents. No direct identifiers: age in bands, no names, no dates of birth.
CREATE TABLE ingest_incident (
    id              UUID         NOT NULL PRIMARY KEY,
    batch_id        UUID         NOT NULL,
    organisation_id UUID         NOT NULL,
    external_id     VARCHAR(100) NOT NULL,
    incident_date   DATE         NOT NULL,
    country         CHAR(2)      NOT NULL,
    region_code     VARCHAR(8),
    place           VARCHAR(200),
    setting         VARCHAR(16)  NOT NULL,
    age_band        VARCHAR(8),
    sex             VARCHAR(8),
    severity        SMALLINT     NOT NULL CHECK (severity BETWEEN 0 AND 4),
    naloxone_given  BOOLEAN,
    outcome         VARCHAR(16),
    reporter_type   VARCHAR(24)  NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    CONSTRAINT ingest_incident_external_uk UNIQUE (organisation_id, external_id)
);
CREATE INDEX ingest_incident_date_idx ON ingest_incident (incident_date);
CREATE INDEX ingest_incident_batch_idx ON ingest_incident (batch_id);

CREATE TABLE ingest_incident_substance (
    incident_id UUID         NOT NULL,
    position    SMALLINT     NOT NULL,
    substance   VARCHAR(200) NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    PRIMARY KEY (incident_id, position)
);
