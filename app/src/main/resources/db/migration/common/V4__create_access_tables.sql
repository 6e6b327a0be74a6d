-- Organisations, their accounts and API tokens. Only hashes of secrets are stored.
CREATE TABLE access_organisation (
    id         UUID                     NOT NULL PRIMARY KEY,
    code       VARCHAR(63)              NOT NULL UNIQUE,
    name       VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE access_account (
    id              UUID                     NOT NULL PRIMARY KEY,
    username        VARCHAR(100)             NOT NULL UNIQUE,
    password_hash   VARCHAR(200)             NOT NULL,
    organisation_id UUID                     NOT NULL REFERENCES access_organisation (id),
    roles           VARCHAR(200)             NOT NULL,
    enabled         BOOLEAN                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE access_api_token (
    id              UUID                     NOT NULL PRIMARY KEY,
    organisation_id UUID                     NOT NULL REFERENCES access_organisation (id),
    name            VARCHAR(100)             NOT NULL,
    token_hash      CHAR(64)                 NOT NULL UNIQUE,
    roles           VARCHAR(200)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE
);
