-- The ledger's schema on PostgreSQL. Same tables and columns as db/migration/sqlite/V1__ledger.sql;
-- the full-text index is a generated tsvector over the articles (its input bounded: a tsvector holds 1 MB).

CREATE TABLE articles (
    seq        BIGSERIAL PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    url        TEXT,
    outlet     TEXT,
    published  DATE,
    title      TEXT,
    text       TEXT    NOT NULL,
    text_hash  TEXT    NOT NULL UNIQUE,
    signature  BYTEA,
    copy_of    TEXT,
    added      TIMESTAMP WITH TIME ZONE NOT NULL,
    tsv        TSVECTOR GENERATED ALWAYS AS
               (to_tsvector('english', coalesce(title, '') || ' ' || left(text, 200000))) STORED
);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE article_bands (
    band       TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band, article_id)
);

CREATE TABLE incidents (
    id                   TEXT PRIMARY KEY,
    event_type           TEXT    NOT NULL,
    date_start           DATE,
    date_end             DATE,
    location             TEXT,
    admin1               TEXT,
    country              TEXT,
    lat                  DOUBLE PRECISION,
    lon                  DOUBLE PRECISION,
    geo_precision        TEXT,
    perpetrators         TEXT    NOT NULL,
    disputed_perpetrator BOOLEAN NOT NULL,
    grade                TEXT    NOT NULL,
    killed_best          INTEGER,
    conflict             BOOLEAN NOT NULL,
    claim_count          INTEGER NOT NULL,
    figures              TEXT    NOT NULL,
    history              TEXT    NOT NULL,
    updated              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX incidents_country_date ON incidents (country, date_start);
CREATE INDEX incidents_date ON incidents (date_start);
CREATE INDEX incidents_killed ON incidents (killed_best);

CREATE TABLE incident_perpetrators (
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    actor_key   TEXT NOT NULL,
    PRIMARY KEY (incident_id, actor_key)
);
CREATE INDEX incident_perpetrators_actor ON incident_perpetrators (actor_key);

CREATE TABLE reports (
    article_id           TEXT    NOT NULL REFERENCES articles (id),
    idx                  INTEGER NOT NULL,
    incident_id          TEXT    NOT NULL,
    local_id             TEXT    NOT NULL,
    outlet               TEXT,
    published            DATE,
    copy_of              TEXT,
    event_type           TEXT    NOT NULL,
    date_start           DATE,
    date_end             DATE,
    location             TEXT,
    admin1               TEXT,
    country              TEXT,
    lat                  DOUBLE PRECISION,
    lon                  DOUBLE PRECISION,
    geo_precision        TEXT,
    perpetrators         TEXT    NOT NULL,
    disputed_perpetrator BOOLEAN NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX reports_incident ON reports (incident_id);
CREATE INDEX reports_country_date ON reports (country, date_start);

CREATE TABLE claims (
    article_id TEXT    NOT NULL,
    report_idx INTEGER NOT NULL,
    claim_idx  INTEGER NOT NULL,
    source     TEXT    NOT NULL,
    category   TEXT    NOT NULL,
    grp        TEXT    NOT NULL,
    value      INTEGER,
    qualifier  TEXT    NOT NULL,
    evidence   TEXT    NOT NULL,
    start_at   INTEGER NOT NULL,
    end_at     INTEGER NOT NULL,
    PRIMARY KEY (article_id, report_idx, claim_idx),
    FOREIGN KEY (article_id, report_idx) REFERENCES reports (article_id, idx)
);
