-- Population size estimates: uploaded capture histories of linked lists. Counts of people per history only; nothing
-- about a person (the lists are linked at the source by a keyed hash, docs/pseudonymisation.md).
CREATE TABLE estimate_dataset (
    id              UUID                     NOT NULL PRIMARY KEY,
    name            VARCHAR(200)             NOT NULL,
    -- the list names in the order of the histories, comma-separated
    lists           VARCHAR(300)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)             NOT NULL,
    -- the multiplier method, when given: a benchmark count times a multiplier with its 95% interval
    benchmark_label VARCHAR(200),
    benchmark_count BIGINT,
    multiplier      DECIMAL(12, 4),
    multiplier_low  DECIMAL(12, 4),
    multiplier_high DECIMAL(12, 4)
);

-- People per capture history ('101': seen by the first and third list) and stratum ('' when there is one population).
CREATE TABLE estimate_cell (
    dataset_id UUID         NOT NULL REFERENCES estimate_dataset (id),
    stratum    VARCHAR(400) NOT NULL,
    history    VARCHAR(6)   NOT NULL,
    people     BIGINT       NOT NULL,
    PRIMARY KEY (dataset_id, stratum, history)
);
