"""Flat exports of the knowledge base: one table per kind of fact, as CSV, JSON Lines or Parquet.

Every table has stable, documented columns (``docs/export.md``); ``TABLES`` is the one definition
the CLI (``derek export``), the API (``/api/export/...``) and the docs test read.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from derek.errors import DependencyError

TEXT_FORMATS = ("csv", "jsonl")
FORMATS = ("csv", "jsonl", "parquet", "events-tsv")
SUFFIX = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet", "events-tsv": "tsv"}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # "int" | "float" | "str"
    description: str


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    sql: str

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name: str, type: str, description: str) -> Column:
    return Column(name, type, description)


_DOC_ID = _c("doc_id", "str", "the article's id (sha1 of its normalised text)")
_START = _c("start", "int", "evidence start, a character offset into the article's text")
_END = _c("end", "int", "evidence end (exclusive)")
_EVIDENCE = _c("evidence", "str", "the article's text from start to end")

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "articles", "one row per stored article, with its plain text",
            (
                _DOC_ID,
                _c("title", "str", "headline"),
                _c("date", "str", "publication date, YYYY-MM-DD"),
                _c("publisher", "str", "the outlet"),
                _c("url", "str", "source URL"),
                _c("path", "str", "the input it was read from (file, file:line, file#N)"),
                _c("dateline", "str", "the place in the dateline (АСТАНА. ...)"),
                _c("added_at", "str", "when it was stored (UTC, ISO 8601)"),
                _c("duplicate_of", "str", "doc_id of the first article of its reprint group; empty for that one"),
                _c("text", "str", "the normalised text every offset points into"),
            ),
            "SELECT a.doc_id, a.title, a.date, a.publisher, a.url, a.path, a.dateline, a.added_at, g.doc_id, "
            "json_extract(d.doc_json, '$.text') FROM articles a JOIN article_docs d ON d.article = a.rowid "
            "LEFT JOIN articles g ON g.rowid = a.dup_group AND a.dup_group != a.rowid ORDER BY a.rowid",
        ),
        Table(
            "entities", "one row per real-world entity across articles",
            (
                _c("entity_id", "int", "knowledge-base id (stable within one database)"),
                _c("type", "str", "KazNERD class: PERSON, GPE, ORGANISATION, LOCATION, ..."),
                _c("name", "str", "the canonical (nominative) name"),
                _c("latin", "str", "the name in Latin letters"),
                _c("aliases", "str", "every other spelling seen, separated by ' | '"),
                _c("article_count", "int", "articles that mention it"),
                _c("mention_count", "int", "mentions in all articles"),
            ),
            "SELECT e.id, e.type, e.name, e.latin, (SELECT group_concat(alias, ' | ') FROM (SELECT alias FROM "
            "entity_aliases WHERE entity_id = e.id AND alias != e.name ORDER BY rowid)), e.article_count, "
            "e.mention_count FROM entities e ORDER BY e.id",
        ),
        Table(
            "mentions", "one row per mention of an entity in an article",
            (
                _c("entity_id", "int", "the entity mentioned"),
                _c("entity_name", "str", "its canonical name"),
                _DOC_ID,
                _START,
                _END,
                _c("text", "str", "the mention as written"),
            ),
            "SELECT m.entity_id, e.name, a.doc_id, m.start, m.end, m.text FROM mentions m "
            "JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.rowid = m.article "
            "ORDER BY m.article, m.start, m.rowid",
        ),
        Table(
            "roles", "one row per post a person is said to hold, in one article",
            (
                _c("entity_id", "int", "the person"),
                _c("entity_name", "str", "the person's name"),
                _c("position", "str", "the post as written, lowercased (энергетика министрі)"),
                _c("position_en", "str", "the post in English when known (minister of energy)"),
                _c("of_entity_id", "int", "the country or organisation the post belongs to"),
                _c("of_name", "str", "its name"),
                _c("date", "str", "the article's date"),
                _DOC_ID, _START, _END, _EVIDENCE,
            ),
            "SELECT r.entity_id, e.name, r.position, r.position_en, r.of_entity_id, o.name, r.date, a.doc_id, "
            "r.start, r.end, derek_evidence(r.article, r.start, r.end) FROM roles r "
            "JOIN entities e ON e.id = r.entity_id JOIN articles a ON a.rowid = r.article "
            "LEFT JOIN entities o ON o.id = r.of_entity_id ORDER BY r.article, r.start, r.rowid",
        ),
        Table(
            "quotes", "one row per quote, direct or reported",
            (
                _c("speaker_id", "int", "the speaker's entity id; empty when unresolved"),
                _c("speaker_name", "str", "the speaker's name"),
                _c("text", "str", "what was said"),
                _c("kind", "str", "direct or indirect"),
                _c("verb", "str", "the speech verb (деді, атап өтті, ...)"),
                _c("date", "str", "the article's date"),
                _DOC_ID, _START, _END, _EVIDENCE,
            ),
            "SELECT q.speaker_id, e.name, q.text, q.kind, q.verb, q.date, a.doc_id, q.start, q.end, "
            "derek_evidence(q.article, q.start, q.end) FROM quotes q JOIN articles a ON a.rowid = q.article "
            "LEFT JOIN entities e ON e.id = q.speaker_id ORDER BY q.article, q.start, q.rowid",
        ),
        Table(
            "events", "one row per event",
            (
                _c("event_id", "int", "knowledge-base id of the event (joins participants.event_id)"),
                _DOC_ID,
                _c("local_id", "str", "the event's id inside its document (V1, V2, ...)"),
                _c("type", "str", "meeting, visit, agreement, call, statement, competition, ..."),
                _c("status", "str", "planned for an announced event; empty when it happened or is unknown"),
                _c("date", "str", "the event's date, else the article's"),
                _c("cameo", "str", "the CAMEO code of the event type"),
                _c("location_id", "int", "the place's entity id"),
                _c("location_name", "str", "the place's name"),
                _c("format", "str", "in_person, online or mixed when stated"),
                _START, _END, _EVIDENCE,
            ),
            "SELECT v.id, a.doc_id, v.local_id, v.type, v.status, v.date, v.cameo, v.location_id, v.location_name, "
            "v.format, v.start, v.end, derek_evidence(v.article, v.start, v.end) FROM events v "
            "JOIN articles a ON a.rowid = v.article ORDER BY v.id",
        ),
        Table(
            "participants", "one row per entity taking part in an event",
            (
                _c("event_id", "int", "the event (events.event_id)"),
                _c("entity_id", "int", "the participant"),
                _c("entity_name", "str", "its name"),
                _c("entity_type", "str", "its KazNERD class"),
                _c("mode", "str", "in_person or online when stated"),
            ),
            "SELECT p.event_id, p.entity_id, e.name, e.type, p.mode FROM event_participants p "
            "JOIN entities e ON e.id = p.entity_id ORDER BY p.event_id, p.rowid",
        ),
        Table(
            "claims", "one row per number an article states",
            (
                _DOC_ID,
                _c("value", "float", "the number, as a plain value (2,1 млрд → 2100000000)"),
                _c("unit", "str", "the unit as written (доллар, тонна, ...)"),
                _c("kind", "str", "count, money, percent, ..."),
                _c("currency", "str", "ISO 4217 code for money"),
                _c("text", "str", "the number as written"),
                _START, _END,
            ),
            "SELECT a.doc_id, c.value, c.unit, c.kind, c.currency, c.text, c.start, c.end FROM claims c "
            "JOIN articles a ON a.rowid = c.article ORDER BY c.article, c.start, c.rowid",
        ),
    )
}


class _TextCache:
    """Article texts by rowid, a few at a time (exports walk the tables in article order)."""

    def __init__(self, conn: sqlite3.Connection, size: int = 64) -> None:
        self.conn, self.size = conn, size
        self.texts: OrderedDict[int, str] = OrderedDict()

    def evidence(self, article: int, start: int, end: int) -> str:
        text = self.texts.get(article)
        if text is None:
            row = self.conn.execute(
                "SELECT json_extract(doc_json, '$.text') FROM article_docs WHERE article = ?", (article,)
            ).fetchone()
            text = str(row[0] or "") if row else ""
            self.texts[article] = text
            if len(self.texts) > self.size:
                self.texts.popitem(last=False)
        else:
            self.texts.move_to_end(article)
        return text[start:end]


def prepare(conn: sqlite3.Connection) -> None:
    """Register the SQL function the export queries use (``derek_evidence``) on ``conn``."""
    cache = _TextCache(conn)
    conn.create_function("derek_evidence", 3, cache.evidence, deterministic=True)


def table_rows(conn: sqlite3.Connection, name: str) -> Iterator[tuple[Any, ...]]:
    """The rows of export table ``name``, in a stable order (``prepare(conn)`` first)."""
    yield from conn.execute(TABLES[name].sql)


def count_rows(conn: sqlite3.Connection, name: str) -> int:
    return int(conn.execute(f"SELECT COUNT(*) FROM ({TABLES[name].sql})").fetchone()[0])


# --- encoders ----------------------------------------------------------------------------


def _csv_line(writer: Any, buf: io.StringIO, row: list[Any] | tuple[Any, ...]) -> str:
    buf.seek(0)
    buf.truncate()
    writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def csv_lines(columns: list[str], rows: Iterator[tuple[Any, ...]], delimiter: str = ",") -> Iterator[str]:
    """A header and one CSV record per row (RFC 4180 quoting; NULL is an empty field)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    yield _csv_line(writer, buf, columns)
    for row in rows:
        yield _csv_line(writer, buf, row)


def jsonl_lines(columns: list[str], rows: Iterator[tuple[Any, ...]]) -> Iterator[str]:
    """One strict JSON object per row (NULL is null)."""
    for row in rows:
        yield json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, allow_nan=False) + "\n"


def text_lines(conn: sqlite3.Connection, name: str, fmt: str) -> Iterator[str]:
    """Table ``name`` as CSV or JSON Lines text, line by line (for files and streamed responses)."""
    columns = TABLES[name].names
    rows = table_rows(conn, name)
    return csv_lines(columns, rows) if fmt == "csv" else jsonl_lines(columns, rows)


def _write_parquet(conn: sqlite3.Connection, name: str, path: Path, batch: int = 10_000) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a runtime dependency
        raise DependencyError("pyarrow", "Parquet export") from exc
    table = TABLES[name]
    types = {"int": pa.int64(), "float": pa.float64(), "str": pa.string()}
    schema = pa.schema([pa.field(c.name, types[c.type]) for c in table.columns])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        rows = table_rows(conn, name)
        while True:
            chunk = [r for _, r in zip(range(batch), rows, strict=False)]
            if not chunk and count:
                break
            columns = list(zip(*chunk, strict=True)) if chunk else [() for _ in table.columns]
            writer.write_table(pa.table([pa.array(list(col), type=f.type) for col, f in zip(columns, schema,
                                                                                           strict=True)],
                                        schema=schema))
            count += len(chunk)
            if len(chunk) < batch:
                break
    return count


def write_table(conn: sqlite3.Connection, name: str, fmt: str, directory: Path) -> tuple[Path, int]:
    """Write table ``name`` as ``directory/name.{csv,jsonl,parquet}``; return the path and the row count."""
    path = directory / f"{name}.{SUFFIX[fmt]}"
    if fmt == "parquet":
        return path, _write_parquet(conn, name, path)
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        for i, line in enumerate(text_lines(conn, name, fmt)):
            fh.write(line)
            count = i if fmt == "csv" else i + 1
    return path, count
