"""Search: user text analysed like articles, every term a quoted FTS5 phrase, filters bound as parameters."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from derek.kb import embeddings, names
from derek.kb.queries import date_upper_bound, entity_ids_named
from derek.kb.records import SearchHit
from derek.kb.snippets import plain_snippet, snippet_parts
from derek.kb.terms import QueryWord, analyse_query, fold
from derek.unicode_guard import scrub, scrub_optional


def phrase(term: str) -> str:
    """``term`` as an FTS5 string literal: wrapped in double quotes, inner quotes doubled."""
    return '"' + term.replace('"', '""') + '"'


# Reciprocal rank fusion of the BM25 and dense rankings: score = sum of 1 / (RRF_K + rank) over the rankings.
RRF_K = 60

# BM25 costs a look-up per matching row; past RANK_ALL_LIMIT matches only the latest RECENT_WINDOW (by
# insertion order) are ranked, which keeps common words like "және" fast at 100k articles. The matches are
# counted by the same capped walk that scores them, not from the vocabulary.
RANK_ALL_LIMIT = 400
RECENT_WINDOW = 300
# Match the words as written by their folded keys only (they cover surface and lemma): fewer posting lists.
KEYS_ONLY = True


def _alternatives(w: QueryWord) -> list[tuple[str, str]]:
    pairs = [("text", w.surface), *(("lemmas", x) for x in w.lemmas), *(("keys", x) for x in w.keys)]
    return list(dict.fromkeys(pairs))


def _covered(term: str, keys: tuple[str, ...]) -> bool:
    """Whether matching ``keys`` finds whatever ``term`` does: its folded key (word by word) is one of them."""
    return " ".join(fold(x) for x in term.split()) in keys


def _column_match(column: str, term: str) -> str:
    if column == "keys" and term.endswith(names.PREFIX) and term[:-1].isalnum():  # a name token as a prefix
        return f"{column} : {phrase(term[:-1])} *"
    return f"{column} : {phrase(term)}"


def match_expression(
    query_words: list[QueryWord], keys_only: bool = False, names: dict[str, tuple[str, ...]] | None = None
) -> str:
    """An FTS5 MATCH string: each word found as surface, lemma or folded key; all words required.

    ``keys_only`` keeps the folded keys and only the surfaces and lemmas they do not cover (an abbreviation
    like БҰҰ has no key): the index holds the key of every lemma, and a word the lemmatiser leaves whole is
    its own lemma, so fewer posting lists to merge find the same articles, with a coarser BM25. ``names`` adds, for
    the words it lists (by surface), phonetic name tokens as further alternatives (see ``derek.kb.names``).
    """
    clauses = []
    for w in query_words:
        pairs = _alternatives(w)
        if keys_only:
            pairs = [(c, t) for c, t in pairs if c == "keys" or not _covered(t, w.keys)]
        pairs += [("keys", t) for t in (names or {}).get(w.surface, ())]
        clauses.append("(" + " OR ".join(_column_match(column, term) for column, term in pairs) + ")")
    return " AND ".join(clauses)


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


_ROW = "a.rowid, a.doc_id, a.title, a.date, a.publisher, a.dup_group"


def _ranked(
    conn: sqlite3.Connection, expression: str, where: list[str], params: list[Any], fetch: int
) -> list[tuple[Any, ...]]:
    """The best ``fetch`` matches by BM25, in one statement and one newest-first walk of the index: when more
    than RANK_ALL_LIMIT articles match (and pass the filters), only the newest RECENT_WINDOW are ranked."""
    filters = "".join(f" AND {w}" for w in where)
    # articles is joined per match only when a filter needs it (reading its rows costs more than BM25), and
    # with CROSS JOIN, so that the index drives the join
    source = ("articles_fts CROSS JOIN articles a ON a.rowid = articles_fts.rowid" if where else "articles_fts")
    newest = (f"SELECT articles_fts.rowid AS id, bm25(articles_fts) AS score FROM {source} WHERE articles_fts "
              f"MATCH ?{filters} ORDER BY articles_fts.rowid DESC LIMIT {max(RANK_ALL_LIMIT + 1, RECENT_WINDOW)}")
    window = (f"(SELECT COUNT(*) FROM newest) <= {RANK_ALL_LIMIT} OR id >= "
              f"COALESCE((SELECT id FROM newest ORDER BY id DESC LIMIT 1 OFFSET {RECENT_WINDOW - 1}), 0)")
    best = f"SELECT id, score FROM newest WHERE {window} ORDER BY score LIMIT ?"
    sql = (f"WITH newest AS MATERIALIZED ({newest}) SELECT {_ROW}, m.score FROM ({best}) m "
           "CROSS JOIN articles a ON a.rowid = m.id ORDER BY m.score")
    return list(conn.execute(sql, (expression, *params, fetch)).fetchall())


def match_expressions(conn: sqlite3.Connection, query_words: list[QueryWord]) -> Iterator[
        tuple[str, list[QueryWord], dict[str, tuple[str, ...]]]]:
    """The MATCH strings a query is tried with, closest first: the words as written, then each name tier
    (``derek.kb.names.tiers``), with the words each requires and the name tokens it adds."""
    yield match_expression(query_words, keys_only=KEYS_ONLY), query_words, {}
    for tier in names.tiers(conn, query_words):
        yield match_expression(tier.words, names=tier.tokens), tier.words, tier.tokens


def _text_rows(
    conn: sqlite3.Connection, query_words: list[QueryWord], where: list[str], params: list[Any], fetch: int
) -> tuple[list[tuple[Any, ...]], dict[str, tuple[str, ...]]]:
    """Rows for the words as written, then (while short of ``fetch``) for Latin words read as names:
    first their phonetic key, then keys one edit away. Returns the rows and the name tokens used."""
    rows: list[tuple[Any, ...]] = []
    used: dict[str, tuple[str, ...]] = {}
    for expression, _, tokens in match_expressions(conn, query_words):
        seen = {int(r[0]) for r in rows}
        rows += [r for r in _ranked(conn, expression, where, params, fetch) if int(r[0]) not in seen]
        for surface, found in tokens.items():
            used[surface] = tuple(dict.fromkeys((*used.get(surface, ()), *found)))
        if len(rows) >= fetch:
            break
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
    if embeddings.vector_index(conn) is None:  # no vectors: skip reading the filtered rowids
        return rows
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
    return hits_for(conn, kept[offset : offset + limit], query_words, used)


def hits_for(
    conn: sqlite3.Connection, rows: list[tuple[Any, ...]], query_words: list[QueryWord],
    used: dict[str, tuple[str, ...]],
) -> list[SearchHit]:
    """Ranked ``rows`` (rowid, doc_id, title, date, publisher, dup_group, score) as hits, their bodies and
    reprints read in one statement."""
    if not rows:
        return []
    marks = ", ".join("?" for _ in rows)
    extra = {
        int(r[0]): (str(r[1]), json.loads(r[2]))
        for r in conn.execute(
            "SELECT a.rowid, COALESCE(b.body, ''), CASE WHEN a.dup_group IS NULL THEN '[]' ELSE (SELECT "
            "json_group_array(doc_id) FROM (SELECT d.doc_id FROM articles d WHERE d.dup_group = a.dup_group "
            "AND d.rowid != a.rowid ORDER BY d.rowid)) END FROM articles a LEFT JOIN article_bodies b "
            f"ON b.article = a.rowid WHERE a.rowid IN ({marks})",
            [int(r[0]) for r in rows],
        )
    }
    hits = []
    for rowid, doc_id, title, date, publisher, _, rank in rows:
        body, dups = extra.get(int(rowid), ("", []))
        parts = snippet_parts(body, names.as_written(body, query_words, used))
        score = -float(rank) if rank else 0.0
        hits.append(SearchHit(doc_id, title, date, publisher, score, plain_snippet(parts), parts, dups))
    return hits
