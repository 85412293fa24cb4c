"""A flat, GDELT-style event table: one row per event and actor pair, ready for pandas, DuckDB or a spreadsheet.

An event with participants A, B, C gives rows (A, B), (A, C), (B, C); one participant gives (A, -); none
gives one row with both actors empty. Tabs and line breaks inside fields become spaces, so every row is
one line.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from itertools import combinations
from typing import Any

from derek.kb.export import Column, csv_lines, prepare

COUNTRY_TYPES = ("GPE",)


def _actor_columns(n: int) -> tuple[Column, ...]:
    a = f"actor{n}"
    return (
        Column(f"{a}_id", "int", f"{a}'s entity id"),
        Column(f"{a}_name", "str", f"{a}'s name"),
        Column(f"{a}_type", "str", f"{a}'s KazNERD class (PERSON, GPE, ORGANISATION, ...)"),
        Column(f"{a}_country", "str", f"{a}'s country: itself for a country, else the country of a post held "
                                      "(in this article first)"),
        Column(f"{a}_mode", "str", f"how {a} took part: in_person or online when stated"),
    )


EVENT_COLUMNS: tuple[Column, ...] = (
    Column("event_id", "int", "knowledge-base id of the event (events.event_id)"),
    Column("date", "str", "the event's date, else the article's (YYYY-MM-DD)"),
    Column("type", "str", "meeting, visit, agreement, call, statement, competition, ..."),
    Column("status", "str", "planned for an announced event; empty otherwise"),
    Column("cameo", "str", "the CAMEO code of the event type"),
    *_actor_columns(1),
    *_actor_columns(2),
    Column("location_id", "int", "the place's entity id"),
    Column("location_name", "str", "the place's name"),
    Column("format", "str", "in_person, online or mixed when stated"),
    Column("doc_id", "str", "the article's id"),
    Column("title", "str", "the article's headline"),
    Column("publisher", "str", "the outlet"),
    Column("source_url", "str", "the article's URL"),
    Column("evidence", "str", "the sentence stretch that states the event"),
)

_EVENTS_SQL = (
    "SELECT v.id, v.article, v.date, v.type, v.status, v.cameo, v.location_id, v.location_name, v.format, a.doc_id, "
    "a.title, a.publisher, a.url, derek_evidence(v.article, v.start, v.end) FROM events v "
    "JOIN articles a ON a.rowid = v.article ORDER BY v.date IS NULL, v.date, v.id"
)
_PARTICIPANTS_SQL = (
    "SELECT p.entity_id, e.name, e.type, p.mode FROM event_participants p JOIN entities e ON e.id = p.entity_id "
    "WHERE p.event_id = ? ORDER BY p.rowid"
)
_COUNTRY_SQL = (
    "SELECT o.name FROM roles r JOIN entities o ON o.id = r.of_entity_id WHERE r.entity_id = ? AND o.type = 'GPE' "
    "ORDER BY r.article = ? DESC, r.date IS NULL, r.date DESC LIMIT 1"
)

Actor = tuple[int | None, str | None, str | None, str | None, str | None]
_NO_ACTOR: Actor = (None, None, None, None, None)


class _Countries:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.known: dict[tuple[int, int], str | None] = {}

    def of(self, entity_id: int, name: str, etype: str, article: int) -> str | None:
        if etype in COUNTRY_TYPES:
            return name
        key = (entity_id, article)
        if key not in self.known:
            row = self.conn.execute(_COUNTRY_SQL, (entity_id, article)).fetchone()
            self.known[key] = str(row[0]) if row else None
        return self.known[key]


def _pairs(actors: list[Actor]) -> list[tuple[Actor, Actor]]:
    if len(actors) >= 2:
        return list(combinations(actors, 2))
    return [(actors[0] if actors else _NO_ACTOR, _NO_ACTOR)]


def event_rows(conn: sqlite3.Connection) -> Iterator[tuple[Any, ...]]:
    """Rows in the order of ``EVENT_COLUMNS``, oldest event first."""
    prepare(conn)
    countries = _Countries(conn)
    for vid, article, date, vtype, status, cameo, loc_id, loc_name, fmt, doc_id, title, pub, url, evidence in (
        conn.execute(_EVENTS_SQL).fetchall()
    ):
        actors: list[Actor] = [
            (int(eid), name, etype, countries.of(int(eid), name, etype, int(article)), mode)
            for eid, name, etype, mode in conn.execute(_PARTICIPANTS_SQL, (vid,))
        ]
        for first, second in _pairs(actors):
            yield (vid, date, vtype, status, cameo, *first, *second, loc_id, loc_name, fmt, doc_id, title, pub, url,
                   evidence)


def _one_line(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\r\n", " ").replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return value


def event_tsv_lines(conn: sqlite3.Connection) -> Iterator[str]:
    """The table as TSV text: a header, then one line per row (quotes doubled where a field has one)."""
    rows = (tuple(_one_line(v) for v in row) for row in event_rows(conn))
    return csv_lines([c.name for c in EVENT_COLUMNS], rows, delimiter="\t")
