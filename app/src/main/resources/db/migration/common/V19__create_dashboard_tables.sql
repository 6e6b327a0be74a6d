-- The composition of drug-checking samples, for the dashboards: samples per month, GGD region (NL: none), sold-as
-- substance, main substance found and adulteration (definitions in docs/dashboards.md); '-' for none recognised.
CREATE TABLE dashboard_sample (
    month_start DATE        NOT NULL,
    region      VARCHAR(8)  NOT NULL,
    sold_as     VARCHAR(80) NOT NULL,
    found       VARCHAR(80) NOT NULL,
    adulterated BOOLEAN     NOT NULL,
    n           BIGINT      NOT NULL,
    PRIMARY KEY (month_start, region, sold_as, found, adulterated)
);

-- Distributions (MDMA mg per tablet, cocaine purity) per month and region, as counts per bin of fixed width.
CREATE TABLE dashboard_measure (
    measure VARCHAR(16) NOT NULL,
    month_start DATE       NOT NULL,
    region  VARCHAR(8)  NOT NULL,
    bin     INTEGER     NOT NULL,
    n       BIGINT      NOT NULL,
    PRIMARY KEY (measure, month_start, region, bin)
);

-- Batches already counted here, so that a redelivered event counts nothing.
CREATE TABLE dashboard_batch (
    batch_id   UUID      NOT NULL PRIMARY KEY,
    counted_at TIMESTAMP NOT NULL
);
