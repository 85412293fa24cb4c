"""docs/schema.md is the live schema; the article_texts view searches like Datasette searches it."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

from derek.doc import Document
from derek.kb import KnowledgeBase

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gen_schema_doc.py"


def _generator() -> object:
    spec = importlib.util.spec_from_file_location("gen_schema_doc", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_schema_doc"] = module
    spec.loader.exec_module(module)
    return module


def test_committed_schema_doc_matches_the_live_schema() -> None:
    gen = _generator()
    committed = gen.DOC.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    assert committed == gen.current(), "docs/schema.md is out of date: run python scripts/gen_schema_doc.py"  # type: ignore[attr-defined]


def test_schema_doc_names_every_table_and_column(kb: KnowledgeBase) -> None:
    doc = (SCRIPT.parents[1] / "docs" / "schema.md").read_text(encoding="utf-8")
    for (name,) in kb.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'events'"):
        for column in (r[1] for r in kb.conn.execute(f"PRAGMA table_info({name})")):
            assert f"| `{column}` |" in doc
    assert "## view `article_texts`" in doc and "| `status` |" in doc


def test_datasette_search_on_the_text_view(kb: KnowledgeBase, build: Callable[..., Document]) -> None:
    kb.add_document(build("Көрме ашылды\nАлматыда кітап көрмесі ашылды.", "2025-01-05", []))
    kb.add_document(build("Жиын өтті\nАстанада жиын өтті.", "2025-01-06", []))
    # The query Datasette runs for ?_search= on a view configured with fts_table and fts_pk.
    rows = kb.conn.execute(
        "SELECT title, text FROM article_texts WHERE rowid IN "
        "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) ORDER BY rowid", ('"көрмесі"',)
    ).fetchall()
    assert rows == [("Көрме ашылды", "Көрме ашылды\nАлматыда кітап көрмесі ашылды.")]
