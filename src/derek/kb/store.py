"""The knowledge base: one SQLite file in WAL mode, one writer, one transaction per article."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

from derek.doc import Article, Document
from derek.errors import InputError, StoreError
from derek.kb import dedup, queries
from derek.kb.entities import store_entities
from derek.kb.facts import store_facts
from derek.kb.records import (
    AddResult,
    ArticleRow,
    EventRow,
    IngestSummary,
    KBEntity,
    MentionRow,
    QuoteRow,
    RoleRow,
    SearchHit,
)
from derek.kb.schema import check_current, migrate
from derek.kb.search import Filters, run_search
from derek.kb.snippets import snippet_body
from derek.kb.terms import IndexColumns, index_columns, words
from derek.pipeline import Pipeline, load_pipeline
from derek.unicode_guard import scrub, scrub_article, scrub_optional


@dataclass(frozen=True)
class IndexData:
    """What the knowledge base derives from a Document before storing it: its FTS columns, its MinHash signature
    and its JSON. A worker process computes it beside the pipeline (``derek ingest --workers N``)."""

    columns: IndexColumns
    signature: Any
    doc_json: str


def index_data(doc: Document) -> IndexData:
    """The :class:`IndexData` of ``doc`` (module-level, so that it can be sent to a worker process)."""
    return IndexData(index_columns(doc.text), dedup.signature(words(doc.text)), _doc_json(doc))


def _doc_json(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, allow_nan=False)


READER_CACHE_KIB = 65536  # SQLite's page cache for a read-only connection (its default is 2 MiB)


def _connect(path: str, readonly: bool) -> sqlite3.Connection:
    if readonly:
        if not Path(path).is_file():
            raise StoreError(f"{path}: no knowledge base here; run `derek ingest PATH --db {path}` first")
        uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


class KnowledgeBase:
    """Articles, their facts and the entities they share, in one SQLite file (default ``./derek.db``).

    Open with ``readonly=True`` for readers (the web); writers add one article per transaction.
    """

    def __init__(self, path: str | Path = "derek.db", readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        try:
            self.conn = _connect(self.path, readonly)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the knowledge base: {exc}") from exc
        try:
            if readonly:
                check_current(self.conn, self.path)
                self.conn.execute(f"PRAGMA cache_size=-{READER_CACHE_KIB}")  # a reader keeps index pages at hand
            else:
                migrate(self.conn, self.path)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: not a derek knowledge base (SQLite says: {exc})") from exc
        except StoreError:
            self.conn.close()
            raise
        self.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab USING fts5vocab(main, articles_fts, 'col')"
        )

    # --- lifecycle ------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- writing --------------------------------------------------------------------------
    def add_document(self, doc: Document, index: IndexData | None = None) -> AddResult:
        """Store ``doc`` and its facts in one transaction; the same normalised text again adds nothing.

        ``index`` is ``index_data(doc)`` when it was computed already (in a worker process).
        """
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only; cannot add documents")
        if self.conn.execute("SELECT 1 FROM articles WHERE doc_id = ?", (doc.id,)).fetchone():
            return AddResult(doc.id, False)  # checked again inside the transaction
        try:
            data = index if index is not None else index_data(doc)
        except Exception as exc:  # a bug in analysis must not stop a batch: report it for this article
            raise StoreError(f"{self.path}: cannot index article {doc.id}: {type(exc).__name__}: {exc}") from exc
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot start a write: {exc}") from exc
        try:
            if self.conn.execute("SELECT 1 FROM articles WHERE doc_id = ?", (doc.id,)).fetchone():
                self.conn.execute("ROLLBACK")
                return AddResult(doc.id, False)
            self._insert(doc, data)
            self.conn.execute("COMMIT")
        except Exception as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: could not store article {doc.id}: {type(exc).__name__}: {exc}") from exc
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return AddResult(doc.id, True)

    def _insert(self, doc: Document, data: IndexData) -> None:
        src = doc.source
        cur = self.conn.execute(
            "INSERT INTO articles (doc_id, title, date, publisher, url, path, dateline, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.title, doc.date, src.publisher, src.url, src.path, src.dateline,
             datetime.now(UTC).isoformat(timespec="seconds")),
        )
        rowid = int(cur.lastrowid or 0)
        self.conn.execute(
            "INSERT INTO article_docs (article, doc_json) VALUES (?, ?)",
            (rowid, data.doc_json),
        )
        self.conn.execute("INSERT INTO article_bodies (article, body) VALUES (?, ?)",
                          (rowid, snippet_body(doc.text, doc.title)))
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, text, lemmas, keys) VALUES (?, ?, ?, ?)",
            (rowid, doc.text, data.columns.lemmas, data.columns.keys),
        )
        self.conn.execute("UPDATE articles SET dup_group = ? WHERE rowid = ?",
                          (self._dup_group(data.signature, rowid), rowid))
        id_map = store_entities(self.conn, doc, rowid)
        store_facts(self.conn, doc, rowid, id_map)
        story = dedup.story_group(self.conn, rowid)  # a report of the same event in the other language
        if story is not None:
            self.conn.execute("UPDATE articles SET dup_group = ? WHERE rowid = ? AND dup_group = rowid", (story, rowid))

    def _dup_group(self, signature: Any, rowid: int) -> int:
        if dedup.is_empty(signature):
            return rowid
        buckets = dedup.band_buckets(signature)
        best_group, best_sim = rowid, dedup.THRESHOLD
        candidates: set[int] = set()
        for band, bucket in enumerate(buckets):
            candidates.update(
                int(r[0])
                for r in self.conn.execute(
                    "SELECT article FROM minhash_bands WHERE band = ? AND bucket = ?", (band, bucket)
                )
            )
        for cand in sorted(candidates):
            row = self.conn.execute(
                "SELECT s.signature, a.dup_group FROM minhash_signatures s JOIN articles a ON a.rowid = s.article "
                "WHERE s.article = ?",
                (cand,),
            ).fetchone()
            sim = dedup.similarity(signature, dedup.from_blob(row[0]))
            if sim >= best_sim:
                best_group, best_sim = int(row[1] if row[1] is not None else cand), sim
        self.conn.executemany(
            "INSERT INTO minhash_bands (band, bucket, article) VALUES (?, ?, ?)",
            [(band, bucket, rowid) for band, bucket in enumerate(buckets)],
        )
        self.conn.execute(
            "INSERT INTO minhash_signatures (article, signature) VALUES (?, ?)", (rowid, dedup.to_blob(signature))
        )
        return best_group

    def ingest(
        self,
        paths: str | Path | Iterable[str | Path],
        on_error: Callable[[InputError], None] | None = None,
        on_article: Callable[[AddResult], None] | None = None,
        workers: int = 1,
    ) -> IngestSummary:
        """Read, process and store every article under ``paths``; a bad input is counted, never fatal.

        ``on_error`` hears about each input that failed as it happens, ``on_article`` about each one stored
        or found already present (the CLI prints errors and moves its progress bar with them). ``workers``
        above 1 analyses the articles (and lemmatises them for the index) on that many processes; this
        connection stays the one writer, and the rows stored are the same as with one.
        """
        from derek.parallel import Processed, parallel_stream
        from derek.run import Skipped, process_stream, read_inputs

        names = [str(paths)] if isinstance(paths, str | Path) else [str(p) for p in paths]
        summary = IngestSummary()
        own_files = {os.path.realpath(self.path + suffix) for suffix in ("", "-wal", "-shm", "-journal")}
        stream = (
            parallel_stream(read_inputs(names), workers, skip=self._stored_id, after=index_data, skipped=Skipped,
                            keep_tokens=False)
            if workers > 1
            else process_stream(names, skip=self._stored_id)
        )
        for result in stream:
            item: Document | InputError | Skipped = result.doc if isinstance(result, Processed) else result
            index: IndexData | None = result.extra if isinstance(result, Processed) else None
            if isinstance(item, InputError):
                if os.path.realpath(item.source) in own_files:  # `derek ingest .` beside ./derek.db
                    continue
                summary.failed += 1
                summary.errors.append(item)
                if on_error is not None:
                    on_error(item)
                continue
            added = AddResult(item.key, False) if isinstance(item, Skipped) else self.add_document(item, index)
            summary.added += added.added
            summary.present += not added.added
            if on_article is not None:
                on_article(added)
        return summary

    def _stored_id(self, item: Article) -> str | None:
        """The id of ``item`` when it is stored already (so a re-run skips it before analysing it), else None.

        An article's id is that of its normalised text: only the pipeline's ``normalize`` stage runs here.
        """
        try:
            doc_id = _normalize()(scrub_article(item).to_document()).id
        except Exception:  # the full run that follows reports what is wrong with this article
            return None
        row = self.conn.execute("SELECT 1 FROM articles WHERE doc_id = ?", (doc_id,)).fetchone()
        return doc_id if row else None

    # --- reading --------------------------------------------------------------------------
    def search(
        self,
        query: str,
        limit: int = 10,
        offset: int = 0,
        date_from: str | None = None,
        date_to: str | None = None,
        entity: int | str | None = None,
        event_type: str | None = None,
        publisher: str | None = None,
    ) -> list[SearchHit]:
        """Ranked hits for ``query`` in any inflection or script; search syntax in it is never interpreted."""
        filters = Filters(date_from, date_to, entity, event_type, publisher)
        return run_search(self.conn, query, limit, offset, filters)

    def get_document(self, doc_id: str) -> Document | None:
        return queries.get_document(self.conn, doc_id)

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[ArticleRow]:
        return queries.list_articles(self.conn, limit, offset)

    def doc_entity_ids(self, doc_id: str) -> dict[str, int]:
        return queries.doc_entity_ids(self.conn, doc_id)

    def get_entity(self, entity_id: int) -> KBEntity | None:
        return queries.get_entity(self.conn, entity_id)

    def list_entities(
        self, type: str | None = None, query: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[KBEntity]:
        return queries.list_entities(self.conn, scrub_optional(type), scrub_optional(query), limit, offset)

    def entity_mentions(self, entity_id: int) -> list[MentionRow]:
        return queries.entity_mentions(self.conn, entity_id)

    def entity_roles(self, entity_id: int) -> list[RoleRow]:
        return queries.entity_roles(self.conn, entity_id)

    def entity_quotes(self, entity_id: int) -> list[QuoteRow]:
        return queries.entity_quotes(self.conn, entity_id)

    def co_participants(self, entity_id: int) -> list[tuple[KBEntity, int]]:
        return queries.co_participants(self.conn, entity_id)

    def events(
        self,
        type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        entity: int | str | None = None,
        location: int | str | None = None,
        limit: int = 100,
        offset: int = 0,
        month: str | None = None,
    ) -> list[EventRow]:
        entity, location = (scrub(x) if isinstance(x, str) else x for x in (entity, location))
        return queries.events(self.conn, scrub_optional(type), scrub_optional(date_from), scrub_optional(date_to),
                              entity, location, limit, offset, scrub_optional(month))

    def event_types(self) -> list[str]:
        return queries.event_types(self.conn)

    def publishers(self) -> list[str]:
        return queries.publishers(self.conn)

    def stats(self) -> dict[str, Any]:
        return queries.stats(self.conn)


@cache
def _normalize() -> Pipeline:
    """The normalise stage alone, built when first needed (it gives a stored article's text id)."""
    return load_pipeline(["normalize"])
