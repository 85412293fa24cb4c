"""Placeholder store (replaced by the knowledge-base work). Interface only."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from derek.doc import Document
from derek.errors import StoreError


@dataclass
class AddResult:
    doc_id: str
    added: bool  # False when the same normalised text was already stored


@dataclass
class SearchHit:
    doc_id: str
    title: str | None
    date: str | None
    snippet: str
    score: float


class KnowledgeBase:
    def __init__(self, path: str | Path = "derek.db", readonly: bool = False) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, title TEXT, date TEXT, doc TEXT)"
            )
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the knowledge base: {exc}") from exc

    def add_document(self, doc: Document) -> AddResult:
        with self.conn:
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?)",
                (doc.id, doc.title, doc.date, json.dumps(doc.to_dict(), ensure_ascii=False)),
            )
        return AddResult(doc.id, cur.rowcount == 1)

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        rows = self.conn.execute(
            "SELECT id, title, date FROM articles WHERE instr(doc, ?) > 0 LIMIT ?", (query, limit)
        ).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[1] or "", 0.0) for r in rows]

    def close(self) -> None:
        self.conn.close()
