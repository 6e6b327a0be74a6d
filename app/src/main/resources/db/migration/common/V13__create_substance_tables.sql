-- The substance catalogue (loaded from substance/catalogue.csv by the repeatable migration
-- R__load_substance_catalogue), names curated by analysts, generic group listings, names not yet recognised, and
-- first detections.
CREATE TABLE substance_substance (
    id               VARCHAR(80)   NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    smiles           VARCHAR(2000),
    inchikey         CHAR(27),
    molecular_weight NUMERIC(10, 3),
    list             VARCHAR(4),
    listed_from      DATE,
    exempt           BOOLEAN       NOT NULL,
    potency          VARCHAR(300),
    notes            VARCHAR(2000),
    -- catalogue: curated; structure: a structure a lab reported that the catalogue does not name (id = InChIKey)
    origin           VARCHAR(12)   NOT NULL
);
CREATE INDEX substance_inchikey_idx ON substance_substance (inchikey);

CREATE TABLE substance_group_member (
    substance_id VARCHAR(80) NOT NULL,
    group_id     VARCHAR(40) NOT NULL,
    -- curated: from the catalogue; structure: found by a SMARTS pattern
    origin       VARCHAR(12) NOT NULL,
    PRIMARY KEY (substance_id, group_id)
);

-- Every name and synonym, exactly as written. Names of origin 'curation' were given by an analyst and survive
-- reloading the catalogue.
CREATE TABLE substance_name (
    name         VARCHAR(200)             NOT NULL PRIMARY KEY,
    substance_id VARCHAR(80)              NOT NULL,
    origin       VARCHAR(12)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE,
    created_by   VARCHAR(100)
);
CREATE INDEX substance_name_substance_idx ON substance_name (substance_id);

CREATE TABLE substance_group_listing (
    group_id     VARCHAR(40)   NOT NULL PRIMARY KEY,
    list         VARCHAR(4)    NOT NULL,
    -- NULL with configured = TRUE: the date comes from configuration (signaal.substance.nitazene-listing-date)
    listed_from  DATE,
    configured   BOOLEAN       NOT NULL,
    legal_basis  VARCHAR(1000)
);

-- Reported names Signaal could not recognise: the curation queue.
CREATE TABLE substance_unresolved (
    name        VARCHAR(200)             NOT NULL PRIMARY KEY,
    occurrences INTEGER                  NOT NULL,
    first_seen  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    suggestions VARCHAR(500)
);

-- The first record of a substance or group, nationally (region_code 'NL') and per GGD region.
CREATE TABLE substance_first_detection (
    scope       VARCHAR(10)              NOT NULL,
    subject     VARCHAR(80)              NOT NULL,
    region_code VARCHAR(8)               NOT NULL,
    first_date  DATE                     NOT NULL,
    record_kind VARCHAR(20)              NOT NULL,
    record_id   UUID                     NOT NULL,
    detected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, subject, region_code)
);
