"""A page of search results as an analyst reads it: the total, an order (relevance or date) and facets.

Built on the matching of :mod:`derek.kb.search` (same analysis, same filters, reprints folded into the
first article of their group); this module only counts, orders and groups.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from derek.kb.records import SearchHit
from derek.kb.search import Filters, _filter_sql, hits_for, match_expressions, run_search
from derek.kb.terms import analyse_query

SORTS = ("relevance", "date")


@dataclass
class Reprint:
    doc_id: str
    title: str | None
    publisher: str | None
    date: str | None


@dataclass
class SearchPage:
    total: int  # articles matching, reprints counted once
    hits: list[SearchHit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    reprints: dict[str, list[Reprint]] = field(default_factory=dict)  # doc_id of a hit → its other printings


def _matching(
    conn: sqlite3.Connection, query: str, filters: Filters
) -> tuple[str, list[Any], dict[str, tuple[str, ...]]] | None:
    """A subquery of the matching articles' rowids, one per reprint group (the first stored), with parameters,
    and the name tokens of the tiers it includes (for marking the names in snippets)."""
    where, params = _filter_sql(conn, filters)
    words = analyse_query(query)
    used: dict[str, tuple[str, ...]] = {}
    if words:  # the words as written and every name tier, as the hit list tries them
        tried = list(match_expressions(conn, words))
        expressions = [expression for expression, _, _ in tried]
        for _, _, tokens in tried:
            for surface, found in tokens.items():
                used[surface] = tuple(dict.fromkeys((*used.get(surface, ()), *found)))
        sql = " UNION ".join(
            "SELECT a.rowid FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ?" + "".join(f" AND {w}" for w in where) for _ in expressions)
        params = [x for expression in expressions for x in (expression, *params)]
    elif filters.any():
        sql = "SELECT a.rowid FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
    else:
        return None
    grouped = (f"SELECT MIN(m.rowid) AS rowid FROM articles m WHERE m.rowid IN ({sql}) "
               "GROUP BY COALESCE(m.dup_group, m.rowid)")
    return grouped, params, used


def _facets(conn: sqlite3.Connection, matching: str, params: list[Any]) -> dict[str, list[tuple[str, int]]]:
    def grouped(sql: str) -> list[tuple[str, int]]:
        return [(str(k), int(n)) for k, n in conn.execute(sql, params).fetchall() if k not in (None, "")]

    base = f"FROM articles a WHERE a.rowid IN ({matching})"
    return {
        "publisher": grouped(f"SELECT a.publisher, COUNT(*) n {base} GROUP BY a.publisher ORDER BY n DESC, 1 "
                             "LIMIT 12"),
        "type": grouped("SELECT v.type, COUNT(DISTINCT v.article) n FROM events v "
                        f"WHERE v.article IN ({matching}) GROUP BY v.type ORDER BY n DESC, 1"),
        "month": grouped(f"SELECT substr(a.date, 1, 7) k, COUNT(*) n {base} GROUP BY k ORDER BY k"),
    }


def reprints_of(conn: sqlite3.Connection, hits: list[SearchHit]) -> dict[str, list[Reprint]]:
    """For each hit with reprints, the other printings with their titles and publishers."""
    out: dict[str, list[Reprint]] = {}
    for hit in hits:
        if not hit.duplicates:
            continue
        marks = ", ".join("?" for _ in hit.duplicates)
        rows = conn.execute(f"SELECT doc_id, title, publisher, date FROM articles WHERE doc_id IN ({marks}) "
                            "ORDER BY date, rowid", hit.duplicates).fetchall()
        out[hit.doc_id] = [Reprint(*r) for r in rows]
    return out


def search_page(
    conn: sqlite3.Connection, query: str, filters: Filters, sort: str = "relevance", limit: int = 20,
    offset: int = 0,
) -> SearchPage:
    """The ``limit`` hits from ``offset`` in ``sort`` order, with the total and facets of every match."""
    found = _matching(conn, query, filters)
    if found is None:
        return SearchPage(0, [])
    matching, params, used = found
    total = int(conn.execute(f"SELECT COUNT(*) FROM ({matching})", params).fetchone()[0])
    if sort == "date":
        rows = conn.execute(
            "SELECT a.rowid, a.doc_id, a.title, a.date, a.publisher, a.dup_group, 0.0 FROM articles a "
            f"WHERE a.rowid IN ({matching}) ORDER BY a.date IS NULL, a.date DESC, a.rowid DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
        hits = hits_for(conn, rows, analyse_query(query), used)
    else:
        hits = run_search(conn, query, limit, offset, filters)
    return SearchPage(total, hits, _facets(conn, matching, params), reprints_of(conn, hits))
