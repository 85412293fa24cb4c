"""Writing a document's entities as KB entities: look up candidates, decide, then insert or merge."""

from __future__ import annotations

import sqlite3

from derek.doc import Document, Entity
from derek.kb.resolve import (
    PERSON_TYPES,
    PLACE_TYPES,
    Candidate,
    NameParts,
    better_person_name,
    choose_person,
    cross_key,
    lemma_key,
    name_key,
    person_parts,
)
from derek.kb.terms import romanized


def _person_candidates(conn: sqlite3.Connection, etype: str, surname: str, cross: bool = False) -> list[Candidate]:
    """People with this surname key; with ``cross``, also those whose key differs only in Kazakh/Russian vowels."""
    if cross:
        rows = conn.execute(
            "SELECT id, surname_key, given_key FROM entities WHERE type = ? AND replace(surname_key, 'o', 'u') = ?",
            (etype, cross_key(surname)),
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT id, surname_key, given_key FROM entities WHERE type = ? AND surname_key = ?", (etype, surname)
        ).fetchall()
    cands = []
    for eid, sur, given in rows:
        positions = {r[0] for r in conn.execute("SELECT DISTINCT position FROM roles WHERE entity_id = ?", (eid,))}
        cands.append(Candidate(int(eid), cross_key(str(sur)) if cross else str(sur),
                               cross_key(str(given)) if cross else str(given), positions))
    return cands


def _find_person(conn: sqlite3.Connection, ent: Entity, positions: set[str]) -> int | None:
    for name in (ent.name, ent.latin):
        if not name:
            continue
        parts = person_parts(name)
        if not parts.surname:
            continue
        found = choose_person(parts, positions, _person_candidates(conn, ent.type, parts.surname))
        if found is not None:
            return found
    for name in (ent.name, ent.latin):  # across the languages: Уразалин (ru) is Оразалин (kk)
        parts = person_parts(name or "")
        if not parts.surname:
            continue
        crossed = NameParts(cross_key(parts.key), cross_key(parts.surname), cross_key(parts.given))
        found = choose_person(crossed, positions, _person_candidates(conn, ent.type, parts.surname, cross=True))
        if found is not None:
            return found
    return None


def _find_other(conn: sqlite3.Connection, ent: Entity) -> int | None:
    found = _find_other_of_type(conn, ent, ent.type)
    if found is None and ent.type in PLACE_TYPES:  # Ақорда a facility in one language, a place in the other
        for other in PLACE_TYPES:
            found = found or (_find_other_of_type(conn, ent, other) if other != ent.type else None)
    return found


def _find_other_of_type(conn: sqlite3.Connection, ent: Entity, etype: str) -> int | None:
    for name in (ent.name, ent.latin):
        key = name_key(name or "")
        if not key:
            continue
        row = conn.execute(
            "SELECT id FROM entities WHERE type = ? AND (name_key = ? OR lemma_key = ?) "
            "ORDER BY name_key = ? DESC, article_count DESC, id LIMIT 1",
            (etype, key, lemma_key(name or ""), key),
        ).fetchone()
        if row is None:
            row = conn.execute(
                "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                "WHERE a.alias_key = ? AND e.type = ? ORDER BY e.article_count DESC, e.id LIMIT 1",
                (key, etype),
            ).fetchone()
        if row is not None:
            return int(row[0])
    return None


def _create(conn: sqlite3.Connection, ent: Entity, parts: NameParts) -> int:
    lemmas = "" if ent.type in PERSON_TYPES else lemma_key(ent.name)
    cur = conn.execute(
        "INSERT INTO entities (type, name, latin, name_key, surname_key, given_key, lemma_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (ent.type, ent.name, ent.latin or romanized(ent.name), parts.key, parts.surname, parts.given, lemmas),
    )
    return int(cur.lastrowid or 0)


def _maybe_rename(conn: sqlite3.Connection, eid: int, ent: Entity, parts: NameParts) -> None:
    row = conn.execute("SELECT surname_key, given_key, name_key FROM entities WHERE id = ?", (eid,)).fetchone()
    old = NameParts(str(row[2]), str(row[0]), str(row[1]))
    if better_person_name(old, parts):
        conn.execute(
            "UPDATE entities SET name = ?, latin = COALESCE(?, latin), name_key = ?, given_key = ? WHERE id = ?",
            (ent.name, ent.latin, parts.key, parts.given, eid),
        )


def _add_alias(conn: sqlite3.Connection, eid: int, alias: str | None) -> None:
    if alias:
        conn.execute(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)",
            (eid, alias, name_key(alias)),
        )


def store_entities(conn: sqlite3.Connection, doc: Document, article: int) -> dict[str, int]:
    """Resolve every entity of ``doc`` to a KB entity (creating new ones), record mentions; return the id map."""
    positions: dict[str, set[str]] = {}
    for role in doc.roles:
        positions.setdefault(role.person, set()).add(role.position.lower())
    id_map: dict[str, int] = {}
    for ent in doc.entities:
        is_person = ent.type in PERSON_TYPES
        parts = person_parts(ent.name) if is_person else NameParts(name_key(ent.name), "")
        eid = _find_person(conn, ent, positions.get(ent.id, set())) if is_person else _find_other(conn, ent)
        if eid is None:
            eid = _create(conn, ent, parts)
        elif is_person:
            _maybe_rename(conn, eid, ent, parts)
        _add_alias(conn, eid, ent.name)
        _add_alias(conn, eid, ent.latin)
        first_time_here = eid not in id_map.values()
        id_map[ent.id] = eid
        conn.execute(
            "INSERT INTO doc_entities (article, local_id, entity_id) VALUES (?, ?, ?)", (article, ent.id, eid)
        )
        conn.executemany(
            "INSERT INTO mentions (entity_id, article, start, end, text) VALUES (?, ?, ?, ?, ?)",
            [(eid, article, m.start, m.end, m.text) for m in ent.mentions],
        )
        conn.execute(
            "UPDATE entities SET article_count = article_count + ?, mention_count = mention_count + ? WHERE id = ?",
            (1 if first_time_here else 0, len(ent.mentions), eid),
        )
    return id_map
