"""The read API: articles, entities, mentions, role timelines, quotes, events, statistics."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from derek.doc import Document
from derek.kb.records import ArticleRow, EventRow, KBEntity, MentionRow, QuoteRow, RoleRow
from derek.kb.resolve import name_key


def get_document(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    row = conn.execute(
        "SELECT d.doc_json FROM articles a JOIN article_docs d ON d.article = a.rowid WHERE a.doc_id = ?", (doc_id,)
    ).fetchone()
    return Document.from_dict(json.loads(row[0])) if row else None


def list_articles(conn: sqlite3.Connection, limit: int = 50, offset: int = 0) -> list[ArticleRow]:
    rows = conn.execute(
        "SELECT a.doc_id, a.title, a.date, a.publisher, a.url, a.path, a.added_at, g.doc_id "
        "FROM articles a LEFT JOIN articles g ON g.rowid = a.dup_group AND a.dup_group != a.rowid "
        "ORDER BY a.date IS NULL, a.date DESC, a.rowid DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [ArticleRow(*r) for r in rows]


def doc_entity_ids(conn: sqlite3.Connection, doc_id: str) -> dict[str, int]:
    rows = conn.execute(
        "SELECT d.local_id, d.entity_id FROM doc_entities d JOIN articles a ON a.rowid = d.article "
        "WHERE a.doc_id = ?",
        (doc_id,),
    ).fetchall()
    return {str(local): int(eid) for local, eid in rows}


def _aliases(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    return [r[0] for r in conn.execute("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY rowid",
                                       (entity_id,))]


_ENTITY_COLUMNS = "id, type, name, latin, article_count, mention_count"


def _entity(conn: sqlite3.Connection, row: tuple[Any, ...]) -> KBEntity:
    eid, etype, name, latin, articles, mentions = row
    return KBEntity(int(eid), etype, name, latin, _aliases(conn, int(eid)), int(articles), int(mentions))


def get_entity(conn: sqlite3.Connection, entity_id: int) -> KBEntity | None:
    row = conn.execute(f"SELECT {_ENTITY_COLUMNS} FROM entities WHERE id = ?", (entity_id,)).fetchone()
    return _entity(conn, row) if row else None


def entity_ids_named(conn: sqlite3.Connection, name: str) -> list[int]:
    """KB entities whose name or alias folds to the same key as ``name`` (a surname alone names every holder)."""
    key = name_key(name)
    if not key:
        return []
    rows = conn.execute(
        "SELECT id FROM entities WHERE name_key = ? OR (surname_key = ? AND given_key != '') "
        "UNION SELECT entity_id FROM entity_aliases WHERE alias_key = ?",
        (key, key, key),
    ).fetchall()
    return sorted(int(r[0]) for r in rows)


def _entity_where(type: str | None, query: str | None) -> tuple[list[str], list[Any]] | None:
    where: list[str] = []
    params: list[Any] = []
    if type:
        where.append("type = ? COLLATE NOCASE")
        params.append(type)
    if query:
        key = name_key(query)
        if not key:
            return None
        where.append(
            "(name_key LIKE ? ESCAPE '\\' OR surname_key = ? OR id IN "
            "(SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ? ESCAPE '\\'))"
        )
        pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, key, pattern]
    return where, params


def list_entities(
    conn: sqlite3.Connection, type: str | None = None, query: str | None = None, limit: int = 50, offset: int = 0
) -> list[KBEntity]:
    found = _entity_where(type, query)
    if found is None:
        return []
    where, params = found
    sql = f"SELECT {_ENTITY_COLUMNS} FROM entities"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY article_count DESC, mention_count DESC, id LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*params, limit, offset)).fetchall()
    return [_entity(conn, r) for r in rows]


def count_entities(conn: sqlite3.Connection, type: str | None = None, query: str | None = None) -> int:
    """How many entities ``list_entities`` would page through."""
    found = _entity_where(type, query)
    if found is None:
        return 0
    where, params = found
    sql = "SELECT COUNT(*) FROM entities" + (" WHERE " + " AND ".join(where) if where else "")
    return int(conn.execute(sql, params).fetchone()[0])


def entity_mentions(conn: sqlite3.Connection, entity_id: int) -> list[MentionRow]:
    rows = conn.execute(
        "SELECT a.doc_id, a.title, a.date, m.start, m.end, m.text FROM mentions m JOIN articles a "
        "ON a.rowid = m.article WHERE m.entity_id = ? ORDER BY a.date IS NULL, a.date, a.rowid, m.start",
        (entity_id,),
    ).fetchall()
    return [MentionRow(*r) for r in rows]


def entity_roles(conn: sqlite3.Connection, entity_id: int) -> list[RoleRow]:
    """Every post the entity was said to hold, oldest first: a timeline."""
    rows = conn.execute(
        "SELECT r.position, r.position_en, o.name, r.date, a.doc_id, r.of_entity_id FROM roles r "
        "JOIN articles a ON a.rowid = r.article LEFT JOIN entities o ON o.id = r.of_entity_id "
        "WHERE r.entity_id = ? ORDER BY r.date IS NULL, r.date, a.rowid, r.start",
        (entity_id,),
    ).fetchall()
    return [RoleRow(*r) for r in rows]


def entity_quotes(conn: sqlite3.Connection, entity_id: int) -> list[QuoteRow]:
    """What the entity said, newest first."""
    rows = conn.execute(
        "SELECT q.text, q.kind, q.verb, q.date, a.doc_id, a.title, q.speaker_id, e.name, q.start, q.end "
        "FROM quotes q JOIN articles a ON a.rowid = q.article LEFT JOIN entities e ON e.id = q.speaker_id "
        "WHERE q.speaker_id = ? ORDER BY q.date IS NULL, q.date DESC, a.rowid DESC, q.start",
        (entity_id,),
    ).fetchall()
    return [QuoteRow(*r) for r in rows]


_PATRONYMIC_ENDINGS = ("uli", "kizi")  # folded ұлы, қызы


def _same_person_forms(key: str, other: str) -> bool:
    """True when two folded names are forms of one person's name: one holds every word of the other
    ("tokaev", "kasim jomart kemeluli tokaev"), or the same given name is followed by a surname in one and
    a patronymic in the other ("erlan karin", "erlan tinimbaiuli")."""
    mine, theirs = key.split(), other.split()
    if not mine or not theirs:
        return False
    if set(mine) <= set(theirs) or set(theirs) <= set(mine):
        return True
    patronymic = any(w.endswith(_PATRONYMIC_ENDINGS) for w in (mine[-1], theirs[-1]))
    return len(mine) == len(theirs) == 2 and mine[0] == theirs[0] and patronymic


def co_participants(conn: sqlite3.Connection, entity_id: int) -> list[tuple[KBEntity, int]]:
    """Entities that took part in the same events, with how many events they shared, most first.

    Another entity of the same type whose name is a shorter or longer form of this one's (a patronymic
    added, a given name dropped) is the same person written twice, not a partner, and is left out.
    """
    me = conn.execute("SELECT type, name_key FROM entities WHERE id = ?", (entity_id,)).fetchone()
    rows = conn.execute(
        "SELECT p2.entity_id, COUNT(DISTINCT p1.event_id) AS n, e.type, e.name_key FROM event_participants p1 "
        "JOIN event_participants p2 ON p2.event_id = p1.event_id AND p2.entity_id != p1.entity_id "
        "JOIN entities e ON e.id = p2.entity_id "
        "WHERE p1.entity_id = ? GROUP BY p2.entity_id ORDER BY n DESC, p2.entity_id",
        (entity_id,),
    ).fetchall()
    out = []
    for eid, n, etype, key in rows:
        if me is not None and etype == me[0] and _same_person_forms(str(me[1]), str(key)):
            continue
        ent = get_entity(conn, int(eid))
        if ent is not None:
            out.append((ent, int(n)))
    return out


@dataclass(frozen=True)
class EventFilters:
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    entity: int | str | None = None
    location: int | str | None = None
    month: str | None = None  # YYYY-MM


def _event_where(conn: sqlite3.Connection, f: EventFilters) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.type:
        where.append("v.type = ? COLLATE NOCASE")
        params.append(f.type)
    if f.date_from:
        where.append("v.date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("v.date <= ?")
        params.append(date_upper_bound(f.date_to))
    if f.month:
        where.append("substr(v.date, 1, 7) = ?")
        params.append(f.month)
    if f.entity is not None:
        ids = [f.entity] if isinstance(f.entity, int) else entity_ids_named(conn, f.entity)
        where.append(f"v.id IN (SELECT event_id FROM event_participants WHERE entity_id IN ({_marks(ids)}))")
        params += ids
    if f.location is not None:
        if isinstance(f.location, int):
            where.append("v.location_id = ?")
            params.append(f.location)
        else:
            ids = entity_ids_named(conn, f.location)
            where.append(f"(v.location_id IN ({_marks(ids)}) OR v.location_name = ?)")
            params += [*ids, f.location]
    return (" WHERE " + " AND ".join(where) if where else ""), params


# The event's place is the article's dateline and no mention of it lies inside the event's evidence:
# the extractor fell back on the dateline (where the story was filed), which the text does not state.
DATELINE_ONLY = (
    "(v.location_name IS NOT NULL AND v.location_name = (SELECT d.dateline FROM articles d WHERE d.rowid = v.article) "
    "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = v.location_id AND m.article = v.article "
    "AND m.start >= v.start AND m.end <= v.end))"
)


def events(
    conn: sqlite3.Connection,
    type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    entity: int | str | None = None,
    location: int | str | None = None,
    limit: int = 100,
    offset: int = 0,
    month: str | None = None,
) -> list[EventRow]:
    where, params = _event_where(conn, EventFilters(type, date_from, date_to, entity, location, month))
    sql = (
        "SELECT v.id, a.doc_id, a.title, v.type, v.date, v.location_name, v.format, v.start, v.end, v.status, "
        f"v.location_id, {DATELINE_ONLY} FROM events v JOIN articles a ON a.rowid = v.article{where} "
        "ORDER BY v.date IS NULL, v.date DESC, v.id DESC LIMIT ? OFFSET ?"
    )
    out = []
    for vid, doc_id, title, vtype, date, loc, fmt, start, end, status, loc_id, dateline_only in conn.execute(
        sql, (*params, limit, offset)
    ).fetchall():
        parts = conn.execute(
            "SELECT p.entity_id, e.name, p.mode FROM event_participants p JOIN entities e ON e.id = p.entity_id "
            "WHERE p.event_id = ? ORDER BY p.rowid",
            (vid,),
        ).fetchall()
        out.append(EventRow(doc_id, title, vtype, date, loc, fmt, [(int(i), n, m) for i, n, m in parts], start, end,
                            int(vid), status, int(loc_id) if loc_id is not None else None, not dateline_only))
    return out


def count_events(conn: sqlite3.Connection, filters: EventFilters) -> int:
    where, params = _event_where(conn, filters)
    return int(conn.execute(f"SELECT COUNT(*) FROM events v{where}", params).fetchone()[0])


def event_facets(conn: sqlite3.Connection, filters: EventFilters, top: int = 12) -> dict[str, list[tuple[str, int]]]:
    """Counts of the events matching ``filters`` by type, by place and by month (YYYY-MM, oldest first)."""
    where, params = _event_where(conn, filters)

    def grouped(expr: str, order: str, cap: int | None) -> list[tuple[str, int]]:
        sql = (f"SELECT {expr} AS k, COUNT(*) AS n FROM events v{where}{' AND' if where else ' WHERE'} {expr} "
               f"IS NOT NULL AND {expr} != '' GROUP BY k ORDER BY {order}")
        rows = conn.execute(sql + (f" LIMIT {int(cap)}" if cap else ""), params).fetchall()
        return [(str(k), int(n)) for k, n in rows]

    return {
        "type": grouped("v.type", "n DESC, k", top),
        "place": grouped(f"CASE WHEN {DATELINE_ONLY} THEN NULL ELSE v.location_name END", "n DESC, k", top),
        "month": grouped("substr(v.date, 1, 7)", "k", None),
    }


def event_types(conn: sqlite3.Connection) -> list[str]:
    """Every event type stored, most frequent first."""
    rows = conn.execute("SELECT type FROM events GROUP BY type ORDER BY COUNT(*) DESC, type").fetchall()
    return [str(r[0]) for r in rows]


def publishers(conn: sqlite3.Connection) -> list[str]:
    """Every publisher named by a stored article, alphabetically."""
    rows = conn.execute(
        "SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL AND publisher != '' ORDER BY publisher"
    ).fetchall()
    return [str(r[0]) for r in rows]


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    by_type = dict(conn.execute("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY type").fetchall())
    dates = conn.execute("SELECT MIN(date), MAX(date) FROM articles").fetchone()
    return {
        "articles": count("SELECT COUNT(*) FROM articles"),
        "duplicate_articles": count("SELECT COUNT(*) FROM articles WHERE dup_group != rowid"),
        "entities": count("SELECT COUNT(*) FROM entities"),
        "entities_by_type": by_type,
        "mentions": count("SELECT COUNT(*) FROM mentions"),
        "roles": count("SELECT COUNT(*) FROM roles"),
        "quotes": count("SELECT COUNT(*) FROM quotes"),
        "events": count("SELECT COUNT(*) FROM events"),
        "claims": count("SELECT COUNT(*) FROM claims"),
        "first_date": dates[0],
        "last_date": dates[1],
        "schema_version": count("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"),
    }


def date_upper_bound(date_to: str) -> str:
    """An inclusive upper bound for ISO dates: "2024-03" covers every day of March 2024."""
    return date_to if len(date_to) >= 10 else date_to + "~"


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values) or "NULL"
