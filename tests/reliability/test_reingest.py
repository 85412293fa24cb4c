"""A re-run of an ingest finds each stored article by its text id before analysing it (issue 12, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from synthetic import dated_text

from derek import run
from derek.doc import Article, Document
from derek.kb import KnowledgeBase


def test_a_second_ingest_analyses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(dated_text(i, 4), encoding="utf-8")
    (folder / "new.txt").write_text(dated_text(99, 4), encoding="utf-8")
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        assert kb.ingest([str(folder / f"{i}.txt") for i in range(4)]).added == 4
        analysed: list[str | None] = []
        real = run.process_article

        def counting(item: Article | Document, pipeline: object = None) -> Document:
            analysed.append(item.source.path)
            return real(item)

        monkeypatch.setattr(run, "process_article", counting)
        summary = kb.ingest([str(folder)])
    assert (summary.added, summary.present, summary.failed) == (1, 4, 0)
    assert analysed == [str(folder / "new.txt")]
