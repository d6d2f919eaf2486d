-- The ledger's schema on SQLite. Same tables and columns as db/migration/postgresql/V1__ledger.sql;
-- dates are ISO-8601 text, booleans 0/1, the full-text index an FTS5 table over the articles.

CREATE TABLE articles (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    url        TEXT,
    outlet     TEXT,
    published  TEXT,
    title      TEXT,
    text       TEXT    NOT NULL,
    text_hash  TEXT    NOT NULL UNIQUE,
    signature  BLOB,
    copy_of    TEXT,
    added      TEXT    NOT NULL
);

-- Band keys of the articles' text signatures: candidates of syndicated copies are looked up here.
CREATE TABLE article_bands (
    band       TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band, article_id)
);

CREATE TABLE incidents (
    id                   TEXT PRIMARY KEY,
    event_type           TEXT    NOT NULL,
    date_start           TEXT,
    date_end             TEXT,
    location             TEXT,
    admin1               TEXT,
    country              TEXT,
    lat                  REAL,
    lon                  REAL,
    geo_precision        TEXT,
    perpetrators         TEXT    NOT NULL,
    disputed_perpetrator INTEGER NOT NULL,
    grade                TEXT    NOT NULL,
    killed_best          INTEGER,
    conflict             INTEGER NOT NULL,
    claim_count          INTEGER NOT NULL,
    figures              TEXT    NOT NULL,
    history              TEXT    NOT NULL,
    updated              TEXT    NOT NULL
);
CREATE INDEX incidents_country_date ON incidents (country, date_start);
CREATE INDEX incidents_date ON incidents (date_start);
CREATE INDEX incidents_killed ON incidents (killed_best);

-- One row per (incident, perpetrator), the name folded to lower case for filtering.
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
    published            TEXT,
    copy_of              TEXT,
    event_type           TEXT    NOT NULL,
    date_start           TEXT,
    date_end             TEXT,
    location             TEXT,
    admin1               TEXT,
    country              TEXT,
    lat                  REAL,
    lon                  REAL,
    geo_precision        TEXT,
    perpetrators         TEXT    NOT NULL,
    disputed_perpetrator INTEGER NOT NULL,
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

-- Full-text search over the articles' titles and text (the evidence is a span of the text).
CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='seq');
