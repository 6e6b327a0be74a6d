-- Dutch regions by CBS code (2023 boundaries, as in reference/geo) and the places that lie in them.
CREATE TABLE region_region (
    code          VARCHAR(8)   NOT NULL PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(16)  NOT NULL CHECK (kind IN ('COUNTRY', 'PROVINCE', 'GGD_REGION')),
    province_code VARCHAR(8)   REFERENCES region_region (code)
);

-- A municipality (or a well-known town) and the GGD region it belongs to.
CREATE TABLE region_place (
    name        VARCHAR(120) NOT NULL PRIMARY KEY,
    region_code VARCHAR(8)   NOT NULL REFERENCES region_region (code)
);
