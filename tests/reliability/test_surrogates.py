"""Lone surrogates (issue 12, item 1): from a JSON escape, a file name or a UTF-7 page, each becomes U+FFFD at
the input boundary; nothing but DerekError escapes, and the rest of the batch is stored."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from checks import strict_loads

from derek.cli import main
from derek.kb import KnowledgeBase

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def test_ingest_with_a_lone_surrogate_line_stores_it_and_every_example(tmp_path: Path) -> None:
    bad = tmp_path / "s.jsonl"
    bad.write_text('{"text":"\\ud800"}\n', encoding="utf-8")
    db = tmp_path / "kb.db"
    out = io.StringIO()
    assert main(["ingest", str(bad), str(EXAMPLES), "--db", str(db), "--quiet"], out=out) == 0
    with KnowledgeBase(db, readonly=True) as kb:
        paths = [row[0] for row in kb.conn.execute("SELECT path FROM articles")]
        texts = [json.loads(row[0])["text"] for row in kb.conn.execute("SELECT doc_json FROM article_docs")]
    assert f"{bad}:1" in paths
    assert "\ufffd" in texts
    assert sum(p.startswith(str(EXAMPLES)) for p in paths) == 9  # six texts, one page, two JSON lines


def test_a_file_name_with_an_undecodable_byte(tmp_path: Path) -> None:
    name = os.fsdecode(b"news-\xff.txt")  # "news-\udcff.txt": the byte kept as a lone surrogate
    (tmp_path / name).write_text("Астанада кеңес\nЭнергетика министрі Ерлан Сабетов кеңес өткізді.\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["process", str(tmp_path)], out=out) == 0
    doc = strict_loads(out.getvalue())
    assert isinstance(doc, dict) and doc["source"]["path"].endswith("news-\ufffd.txt")
    assert main(["ingest", str(tmp_path), "--db", str(tmp_path / "kb.db"), "--quiet"], out=io.StringIO()) == 0
    with KnowledgeBase(tmp_path / "kb.db", readonly=True) as kb:
        assert kb.stats()["articles"] == 1


def test_a_utf7_page_that_decodes_to_a_lone_surrogate(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(b'<html><head><meta charset="utf-7"><title>Kenes +2AA- otti</title></head><body><article>'
                     b"<p>Astanada kenes otti, +2AA- ministr Erlan Sabetov kenes otkizdi. Bul manyzdy kenes.</p>"
                     b"</article></body></html>")
    out = io.StringIO()
    assert main(["process", str(page)], out=out) in (0, 1)  # read, or refused by name: never a traceback
    for line in out.getvalue().splitlines():
        assert "\ud800" not in json.dumps(strict_loads(line), ensure_ascii=False)
