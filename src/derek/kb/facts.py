"""Writing a document's roles, quotes, events (with participants) and claims as queryable rows."""

from __future__ import annotations

import sqlite3

from derek.doc import Document


def store_facts(conn: sqlite3.Connection, doc: Document, article: int, id_map: dict[str, int]) -> None:
    """Insert every fact of ``doc``; local entity ids are translated through ``id_map``."""

    def kb_id(local: str | None) -> int | None:
        return id_map.get(local) if local is not None else None

    conn.executemany(
        "INSERT INTO roles (entity_id, article, position, position_en, of_entity_id, date, start, end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (id_map[r.person], article, r.position, r.position_en, kb_id(r.of), doc.date,
             r.evidence.start, r.evidence.end)
            for r in doc.roles
            if r.person in id_map
        ],
    )
    conn.executemany(
        "INSERT INTO quotes (article, speaker_id, text, kind, verb, date, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article, kb_id(q.speaker), q.text, q.kind, q.verb, doc.date, q.evidence.start, q.evidence.end)
            for q in doc.quotes
        ],
    )
    for ev in doc.events:
        location_id = kb_id(ev.location)
        location_name = None
        if ev.location is not None:
            located = doc.entity(ev.location)
            location_name = located.name if located else ev.location
        cur = conn.execute(
            "INSERT INTO events (article, local_id, type, date, location_id, location_name, format, cameo, start, end, "
            "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article, ev.id, ev.type, ev.date or doc.date, location_id, location_name, ev.format, ev.cameo,
             ev.evidence.start, ev.evidence.end, getattr(ev, "status", None)),
        )
        event_id = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO event_participants (event_id, entity_id, mode) VALUES (?, ?, ?)",
            [(event_id, id_map[p.entity], p.mode) for p in ev.participants if p.entity in id_map],
        )
    conn.executemany(
        "INSERT INTO claims (article, value, unit, kind, currency, text, start, end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article, c.value, c.unit, c.kind, c.currency, c.text, c.evidence.start, c.evidence.end)
            for c in doc.claims
        ],
    )
