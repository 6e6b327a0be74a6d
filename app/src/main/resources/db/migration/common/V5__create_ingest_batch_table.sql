-- One row per accepted batch; every record points to the batch that brought it. Rejected batches leave no trace.
CREATE TABLE ingest_batch (
    id                UUID                     NOT NULL PRIMARY KEY,
    organisation_id   UUID                     NOT NULL,
    kind              VARCHAR(20)              NOT NULL,
    source            VARCHAR(300)             NOT NULL,
    profile           VARCHAR(40),
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    records_received  INTEGER                  NOT NULL,
    records_stored    INTEGER                  NOT NULL,
    records_unchanged INTEGER                  NOT NULL
);
CREATE INDEX ingest_batch_received_idx ON ingest_batch (received_at);
