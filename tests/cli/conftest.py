"""CLI test fixtures: a light pipeline (text stages only) so that input handling is tested on its own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from derek.cli import main
from derek.kb import KnowledgeBase
from derek.pipeline import Pipeline, load_pipeline

GOOD_ARTICLE = (
    " date 2024-09-18 Маңғыстауда жел электр станциясы іске қосылды\n"
    "АҚТАУ. KAZINFORM — Маңғыстау облысында қуаты 50 мегаватт жел электр станциясы іске қосылды. "
    "Жобаға 30 млрд теңге инвестиция салынды.\n"
)
GOOD_TITLE = "Маңғыстауда жел электр станциясы іске қосылды"


@pytest.fixture(autouse=True)
def light_pipeline(monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """Input handling does not depend on the models: run only normalize, tokenize and sentences."""
    pipeline = load_pipeline(["normalize", "tokenize", "sentences"])
    monkeypatch.setattr("derek.pipeline.load_pipeline", lambda: pipeline)
    return pipeline


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def derek(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """``derek("process", path, ...)``: run the CLI in this process; exit code, stdout and stderr."""

    def run(*argv: str | Path) -> Run:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good" / "wind.txt"
    path.parent.mkdir()
    path.write_text(GOOD_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def stored_titles() -> Callable[[Path], list[str | None]]:
    """``stored_titles(db)``: the titles of the articles in a knowledge base file."""

    def titles(db: Path) -> list[str | None]:
        kb = KnowledgeBase(db, readonly=True)
        try:
            return [row.title for row in kb.list_articles(limit=1000)]
        finally:
            kb.close()

    return titles
