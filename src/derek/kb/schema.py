"""The knowledge-base schema as numbered migrations, each recorded in ``schema_migrations``."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from derek.errors import StoreError

_ARTICLES = """
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL UNIQUE,
    title TEXT,
    date TEXT,
    publisher TEXT,
    url TEXT,
    path TEXT,
    dateline TEXT,
    added_at TEXT NOT NULL,
    doc_json TEXT NOT NULL,
    dup_group INTEGER
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_publisher ON articles(publisher);
CREATE INDEX articles_dup_group ON articles(dup_group);
CREATE VIRTUAL TABLE articles_fts USING fts5(
    text, lemmas, keys, content='', tokenize='unicode61 remove_diacritics 0'
);
CREATE TABLE minhash_bands (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid)
);
CREATE INDEX minhash_bands_lookup ON minhash_bands(band, bucket);
CREATE TABLE minhash_signatures (
    article INTEGER PRIMARY KEY REFERENCES articles(rowid),
    signature BLOB NOT NULL
);
"""

_ENTITIES = """
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    latin TEXT,
    name_key TEXT NOT NULL,
    surname_key TEXT NOT NULL,
    given_key TEXT NOT NULL DEFAULT '',
    article_count INTEGER NOT NULL DEFAULT 0,
    mention_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name_key ON entities(type, name_key);
CREATE INDEX entities_surname_key ON entities(type, surname_key);
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    UNIQUE (entity_id, alias)
);
CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);
CREATE TABLE doc_entities (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    local_id TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (article, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
CREATE TABLE mentions (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    article INTEGER NOT NULL REFERENCES articles(rowid),
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE roles (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    article INTEGER NOT NULL REFERENCES articles(rowid),
    position TEXT NOT NULL,
    position_en TEXT,
    of_entity_id INTEGER REFERENCES entities(id),
    date TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX roles_entity ON roles(entity_id, date);
CREATE INDEX roles_position ON roles(position);
CREATE TABLE quotes (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    speaker_id INTEGER REFERENCES entities(id),
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    verb TEXT,
    date TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX quotes_speaker ON quotes(speaker_id, date);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(rowid),
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    date TEXT,
    location_id INTEGER REFERENCES entities(id),
    location_name TEXT,
    format TEXT,
    cameo TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_article ON events(article);
CREATE TABLE event_participants (
    event_id INTEGER NOT NULL REFERENCES events(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    mode TEXT
);
CREATE INDEX event_participants_event ON event_participants(event_id);
CREATE INDEX event_participants_entity ON event_participants(entity_id);
CREATE TABLE claims (
    article INTEGER NOT NULL REFERENCES articles(rowid),
    value REAL NOT NULL,
    unit TEXT,
    kind TEXT NOT NULL,
    currency TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX claims_article ON claims(article);
"""

_LEMMA_KEYS = """
ALTER TABLE entities ADD COLUMN lemma_key TEXT NOT NULL DEFAULT '';
CREATE INDEX entities_lemma_key ON entities(type, lemma_key);
"""

_NARROW_ARTICLES = """
CREATE TABLE article_docs (
    article INTEGER PRIMARY KEY REFERENCES articles(rowid),
    doc_json TEXT NOT NULL
);
INSERT INTO article_docs (article, doc_json) SELECT rowid, doc_json FROM articles;
ALTER TABLE articles DROP COLUMN doc_json;
"""

_EVENT_STATUS_AND_TEXT_VIEW = """
ALTER TABLE events ADD COLUMN status TEXT;
CREATE VIEW article_texts AS SELECT a.rowid AS rowid, a.doc_id, a.title, a.date, a.publisher, a.url,
    json_extract(d.doc_json, '$.text') AS text FROM articles a JOIN article_docs d ON d.article = a.rowid;
"""

_ARTICLE_VECTORS = """
CREATE TABLE IF NOT EXISTS article_vectors (
    article INTEGER PRIMARY KEY REFERENCES articles(rowid),
    model TEXT NOT NULL,
    vector BLOB NOT NULL
);
"""

# The body a snippet is cut from: the text less its first line when that line is the title (as
# derek.kb.snippets.snippet_body does at ingest), filled here for the articles stored before.
_ARTICLE_BODIES = """
CREATE TABLE article_bodies (
    article INTEGER PRIMARY KEY REFERENCES articles(rowid),
    body TEXT NOT NULL
);
INSERT INTO article_bodies (article, body)
SELECT t.article, CASE
    WHEN t.title <> '' AND instr(t.text, char(10)) > 0 AND substr(t.text, 1, length(t.title)) = t.title
    THEN substr(t.text, instr(t.text, char(10)) + 1) ELSE t.text END
FROM (SELECT d.article, a.title, COALESCE(json_extract(d.doc_json, '$.text'), '') AS text
      FROM article_docs d JOIN articles a ON a.rowid = d.article) t;
"""

# (version, name, SQL). Append only: never edit a migration that has shipped.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "articles, full-text index, near-duplicate bands", _ARTICLES),
    (2, "entities across articles and fact tables", _ENTITIES),
    (3, "lemma keys for names (Ұлттық банкі = Ұлттық банк)", _LEMMA_KEYS),
    (4, "document JSON in its own table, so filtering articles reads narrow rows", _NARROW_ARTICLES),
    (5, "event status (planned); article_texts view, searchable through articles_fts (Datasette)",
     _EVENT_STATUS_AND_TEXT_VIEW),
    (6, "dense vectors of article title and lead, for cross-lingual search (derek embed)", _ARTICLE_VECTORS),
    (7, "plain article bodies for search snippets, so a hit needs no JSON parse", _ARTICLE_BODIES),
)
LATEST = MIGRATIONS[-1][0]


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    """The migration versions recorded in this database (empty for a new file)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
    ).fetchone()
    if not exists:
        return set()
    return {int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations")}


def _refuse_newer(done: set[int], path: str) -> None:
    if done and max(done) > LATEST:
        raise StoreError(
            f"{path}: made by a newer derek (schema version {max(done)}, this one knows {LATEST}); upgrade derek"
        )


def migrate(conn: sqlite3.Connection, path: str = "<database>") -> list[int]:
    """Apply every migration not yet recorded, each in its own transaction; return the versions applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL)"
    )
    done = applied_versions(conn)
    _refuse_newer(done, path)
    applied: list[int] = []
    for version, name, sql in MIGRATIONS:
        if version in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except sqlite3.Error:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def check_current(conn: sqlite3.Connection, path: str) -> None:
    """Raise StoreError unless every migration has been applied (for read-only connections)."""
    done = applied_versions(conn)
    if not done:
        raise StoreError(f"{path}: not a derek knowledge base (no schema_migrations table)")
    _refuse_newer(done, path)
    missing = [v for v, _, _ in MIGRATIONS if v not in done]
    if missing:
        raise StoreError(
            f"{path}: knowledge base schema is older than this derek (missing migrations "
            f"{', '.join(map(str, missing))}); open it once for writing, e.g. `derek ingest --db {path}`"
        )


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
