"""Search: user text analysed like articles, every term a quoted FTS5 phrase, filters bound as parameters."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from derek.kb import embeddings, names
from derek.kb.queries import date_upper_bound, entity_ids_named
from derek.kb.records import SearchHit
from derek.kb.snippets import plain_snippet, snippet_parts
from derek.kb.terms import QueryWord, analyse_query
from derek.unicode_guard import scrub, scrub_optional


def phrase(term: str) -> str:
    """``term`` as an FTS5 string literal: wrapped in double quotes, inner quotes doubled."""
    return '"' + term.replace('"', '""') + '"'


# Reciprocal rank fusion of the BM25 and dense rankings: score = sum of 1 / (RRF_K + rank) over the rankings.
RRF_K = 60

# BM25 is computed for every matching row; past this many candidates only the latest RECENT_WINDOW
# matches (by insertion order) are ranked, which keeps one-word queries like "және" fast at 100k articles.
RANK_ALL_LIMIT = 4000
RECENT_WINDOW = 1000


def _alternatives(w: QueryWord) -> list[tuple[str, str]]:
    pairs = [("text", w.surface), *(("lemmas", x) for x in w.lemmas), *(("keys", x) for x in w.keys)]
    return list(dict.fromkeys(pairs))


def _column_match(column: str, term: str) -> str:
    if column == "keys" and term.endswith(names.PREFIX) and term[:-1].isalnum():  # a name token as a prefix
        return f"{column} : {phrase(term[:-1])} *"
    return f"{column} : {phrase(term)}"


def match_expression(
    query_words: list[QueryWord], keys_only: bool = False, names: dict[str, tuple[str, ...]] | None = None
) -> str:
    """An FTS5 MATCH string: each word found as surface, lemma or folded key; all words required.

    ``keys_only`` keeps just the folded keys, which cover the other two (a surface form's lemma is
    indexed, and so is the lemma's key): fewer posting lists to merge, coarser BM25. ``names`` adds, for
    the words it lists (by surface), phonetic name tokens as further alternatives (see ``derek.kb.names``).
    """
    clauses = []
    for w in query_words:
        pairs = [(c, t) for c, t in _alternatives(w) if c == "keys"] if keys_only and w.keys else _alternatives(w)
        pairs += [("keys", t) for t in (names or {}).get(w.surface, ())]
        clauses.append("(" + " OR ".join(_column_match(column, term) for column, term in pairs) + ")")
    return " AND ".join(clauses)


def candidate_bound(conn: sqlite3.Connection, query_words: list[QueryWord]) -> int:
    """An upper bound on the matching articles, from the FTS vocabulary (cheap: one lookup per term)."""
    bound = None
    for w in query_words:
        total = 0
        for column, term in _alternatives(w):
            row = conn.execute(
                "SELECT doc FROM temp.articles_vocab WHERE term = ? AND col = ?", (term, column)
            ).fetchone()
            total += int(row[0]) if row else 0
        bound = total if bound is None else min(bound, total)
    return bound or 0


@dataclass(frozen=True)
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    entity: int | str | None = None
    event_type: str | None = None
    publisher: str | None = None

    def any(self) -> bool:
        return any(v is not None for v in (self.date_from, self.date_to, self.entity, self.event_type, self.publisher))


def _scrubbed(f: Filters) -> Filters:
    return Filters(
        scrub_optional(f.date_from), scrub_optional(f.date_to),
        scrub(f.entity) if isinstance(f.entity, str) else f.entity,
        scrub_optional(f.event_type), scrub_optional(f.publisher),
    )


def _filter_sql(conn: sqlite3.Connection, f: Filters) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.date_from:
        where.append("a.date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("a.date <= ?")
        params.append(date_upper_bound(f.date_to))
    if f.publisher:
        where.append("a.publisher = ? COLLATE NOCASE")
        params.append(f.publisher)
    if f.entity is not None:
        ids = [f.entity] if isinstance(f.entity, int) else entity_ids_named(conn, f.entity)
        marks = ", ".join("?" for _ in ids) or "NULL"
        where.append(f"a.rowid IN (SELECT article FROM doc_entities WHERE entity_id IN ({marks}))")
        params += ids
    if f.event_type:
        where.append("a.rowid IN (SELECT article FROM events WHERE type = ?)")
        params.append(f.event_type)
    return where, params


def _ranked(
    conn: sqlite3.Connection, expression: str, where: list[str], params: list[Any], fetch: int, recent_only: bool
) -> list[tuple[Any, ...]]:
    inner = (
        "SELECT a.rowid, a.doc_id, a.title, a.date, a.publisher, a.dup_group, bm25(articles_fts) AS score "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?"
    )
    inner += "".join(f" AND {w}" for w in where)
    if recent_only:
        sql = f"SELECT * FROM ({inner} ORDER BY articles_fts.rowid DESC LIMIT {RECENT_WINDOW}) ORDER BY score"
    else:
        sql = f"{inner} ORDER BY articles_fts.rank"
    return list(conn.execute(sql + " LIMIT ?", (expression, *params, fetch)).fetchall())


def _text_rows(
    conn: sqlite3.Connection, query_words: list[QueryWord], where: list[str], params: list[Any], fetch: int
) -> tuple[list[tuple[Any, ...]], dict[str, tuple[str, ...]]]:
    """Rows for the words as written, then (while short of ``fetch``) for Latin words read as names:
    first their phonetic key, then keys one edit away. Returns the rows and the name tokens used."""
    common = candidate_bound(conn, query_words) > RANK_ALL_LIMIT
    rows = _ranked(conn, match_expression(query_words, keys_only=common), where, params, fetch, common)
    used: dict[str, tuple[str, ...]] = {}
    for tier in names.tiers(conn, query_words):
        if len(rows) >= fetch:
            break
        seen = {int(r[0]) for r in rows}
        expression = match_expression(tier.words, names=tier.tokens)
        rows += [r for r in _ranked(conn, expression, where, params, fetch, False) if int(r[0]) not in seen]
        for surface, tokens in tier.tokens.items():
            used[surface] = tuple(dict.fromkeys((*used.get(surface, ()), *tokens)))
    return rows, used


def _allowed(conn: sqlite3.Connection, where: list[str], params: list[Any]) -> set[int] | None:
    if not where:
        return None
    sql = "SELECT a.rowid FROM articles a WHERE " + " AND ".join(where)
    return {int(r[0]) for r in conn.execute(sql, params)}


def _fuse_dense(
    conn: sqlite3.Connection, query: str, rows: list[tuple[Any, ...]], where: list[str], params: list[Any],
    fetch: int,
) -> list[tuple[Any, ...]]:
    """BM25 ``rows`` fused with the dense ranking by reciprocal rank (unchanged when the KB has no vectors)."""
    dense = embeddings.dense_ranking(conn, query, fetch, _allowed(conn, where, params))
    if not dense:
        return rows
    by_id = {int(r[0]): r for r in rows}
    fused: dict[int, float] = {}
    for rank, rowid in enumerate(by_id, 1):
        fused[rowid] = fused.get(rowid, 0.0) + 1.0 / (RRF_K + rank)
    for rank, rowid in enumerate(dense, 1):
        fused[rowid] = fused.get(rowid, 0.0) + 1.0 / (RRF_K + rank)
    new = [r for r in dense if r not in by_id]
    if new:
        marks = ", ".join("?" for _ in new)
        for r in conn.execute(
            f"SELECT rowid, doc_id, title, date, publisher, dup_group, 0.0 FROM articles WHERE rowid IN ({marks})", new
        ):
            by_id[int(r[0])] = tuple(r)
    bm25_order = {rowid: i for i, rowid in enumerate(by_id)}
    order = sorted(fused, key=lambda rowid: (-fused[rowid], bm25_order.get(rowid, len(by_id))))
    return [(*by_id[rowid][:6], -fused[rowid]) for rowid in order if rowid in by_id]


def run_search(
    conn: sqlite3.Connection, query: str, limit: int = 10, offset: int = 0, filters: Filters | None = None
) -> list[SearchHit]:
    """Ranked articles for ``query`` (BM25), near-duplicates folded into the first of their group.

    Articles that match the words as written come first; then, for Latin words, articles naming someone
    whose name sounds the same (Macron → Макрон), then nearly the same. Lone surrogates in the query or the
    filters become U+FFFD (they cannot be sent to SQLite).
    """
    query = scrub(query)
    filters = _scrubbed(filters or Filters())
    if limit <= 0:
        return []
    query_words = analyse_query(query)
    where, params = _filter_sql(conn, filters)
    fetch = (offset + limit) * 3 + 10
    used: dict[str, tuple[str, ...]] = {}
    if query_words:
        rows, used = _text_rows(conn, query_words, where, params, fetch)
        rows = _fuse_dense(conn, query, rows, where, params, fetch)
    elif filters.any():
        sql = "SELECT a.rowid, a.doc_id, a.title, a.date, a.publisher, a.dup_group, 0.0 FROM articles a"
        sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.date DESC, a.rowid DESC LIMIT ?"
        rows = conn.execute(sql, (*params, fetch)).fetchall()
    else:
        return []
    seen_groups: set[int] = set()
    kept = []
    for row in rows:
        group = int(row[5]) if row[5] is not None else int(row[0])
        if group in seen_groups:
            continue
        seen_groups.add(group)
        kept.append(row)
    return [_hit(conn, row, query_words, used) for row in kept[offset : offset + limit]]


def _hit(
    conn: sqlite3.Connection, row: tuple[Any, ...], query_words: list[QueryWord], used: dict[str, tuple[str, ...]]
) -> SearchHit:
    rowid, doc_id, title, date, publisher, group, rank = row
    doc_json = conn.execute("SELECT doc_json FROM article_docs WHERE article = ?", (rowid,)).fetchone()[0]
    text = str(json.loads(doc_json).get("text", ""))
    body = text.split("\n", 1)[1] if title and "\n" in text and text.startswith(title) else text
    parts = snippet_parts(body, names.as_written(body, query_words, used))
    dups = [
        r[0]
        for r in conn.execute(
            "SELECT doc_id FROM articles WHERE dup_group = ? AND rowid != ? ORDER BY rowid", (group, rowid)
        )
    ] if group is not None else []
    score = -float(rank) if rank else 0.0
    return SearchHit(doc_id, title, date, publisher, score, plain_snippet(parts), parts, dups)
