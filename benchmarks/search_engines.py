"""The engines ``benchmarks/search.py`` sets beside derek: a plain SQLite FTS5 table and (if installed) tantivy.

Both index the same title and body with their stock tokenizer (unicode61; tantivy's default), store the text,
rank by BM25 and return the ten best with a snippet, as a results page needs. User text becomes quoted words,
all required, so search syntax in a query is never interpreted.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from derek.doc import Document

WORD = re.compile(r"\w+")


def query_words(query: str) -> list[str]:
    return [w.lower() for w in WORD.findall(query)]


def _body(doc: Document) -> str:
    return doc.text.split("\n", 1)[1] if "\n" in doc.text else doc.text


class PlainFts:
    """An FTS5 table (title, body; content stored), date and publisher beside it UNINDEXED."""

    def __init__(self, path: Path, docs: list[Document], reuse: bool) -> None:
        if not (reuse and path.exists()):
            path.unlink(missing_ok=True)
            conn = sqlite3.connect(path)
            conn.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, date UNINDEXED, publisher UNINDEXED, "
                         "tokenize='unicode61 remove_diacritics 0')")
            conn.executemany("INSERT INTO docs (rowid, title, body, date, publisher) VALUES (?, ?, ?, ?, ?)",
                             ((i, d.title, _body(d), d.date, d.source.publisher) for i, d in enumerate(docs)))
            conn.commit()
            conn.execute("INSERT INTO docs (docs) VALUES ('optimize')")
            conn.commit()
            conn.close()
        self.path = path
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def search(self, query: str, filters: dict[str, Any], limit: int = 10) -> list[int]:
        words = query_words(query)
        if not words:
            return []
        expression = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        where, params = "", []
        if "date_from" in filters:
            where += " AND date >= ? AND date <= ?"
            params += [filters["date_from"], filters["date_to"]]
        if "publisher" in filters:
            where += " AND publisher = ?"
            params.append(filters["publisher"])
        rows = self.conn.execute(
            f"SELECT rowid, title, snippet(docs, 1, '[', ']', '…', 24) FROM docs WHERE docs MATCH ?{where} "
            "ORDER BY rank LIMIT ?", (expression, *params, limit)).fetchall()
        return [int(r[0]) for r in rows]

    def size(self) -> int:
        return self.path.stat().st_size


class Tantivy:
    """A tantivy index of the same texts; date as an integer (YYYYMMDD), publisher untokenized."""

    def __init__(self, path: Path, docs: list[Document], reuse: bool) -> None:
        import tantivy

        self.t = tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("idx", stored=True, indexed=False)
        builder.add_text_field("title", stored=True)
        builder.add_text_field("body", stored=True)
        builder.add_integer_field("date", indexed=True, fast=True)
        builder.add_text_field("publisher", tokenizer_name="raw")
        self.schema = builder.build()
        if not (reuse and path.exists()):
            shutil.rmtree(path, ignore_errors=True)
            path.mkdir(parents=True)
            index = tantivy.Index(self.schema, path=str(path))
            writer = index.writer(heap_size=200_000_000, num_threads=1)
            for i, d in enumerate(docs):
                writer.add_document(tantivy.Document(idx=i, title=d.title or "", body=_body(d),
                                                     date=int((d.date or "0").replace("-", "")),
                                                     publisher=d.source.publisher or ""))
            writer.commit()
            writer.wait_merging_threads()
        self.path = path
        self.index = tantivy.Index.open(str(path))
        self.searcher = self.index.searcher()

    def search(self, query: str, filters: dict[str, Any], limit: int = 10) -> list[int]:
        t = self.t
        words = query_words(query)
        if not words:
            return []
        must = t.Occur.Must
        clauses = [(must, t.Query.boolean_query([(t.Occur.Should, t.Query.term_query(self.schema, f, w))
                                                 for f in ("title", "body")])) for w in words]
        if "date_from" in filters:
            lo, hi = (int(filters[k].replace("-", "")) for k in ("date_from", "date_to"))
            clauses.append((must, t.Query.range_query(self.schema, "date", t.FieldType.Integer, lo, hi)))
        if "publisher" in filters:
            clauses.append((must, t.Query.term_query(self.schema, "publisher", filters["publisher"])))
        q = t.Query.boolean_query(clauses)
        found = self.searcher.search(q, limit).hits
        snippets = t.SnippetGenerator.create(self.searcher, q, self.schema, "body")
        out = []
        for _, address in found:
            doc = self.searcher.doc(address)
            snippets.snippet_from_doc(doc)
            out.append(int(doc["idx"][0]))
        return out

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())
