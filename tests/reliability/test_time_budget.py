"""The per-article time budget (issue 12, item 2): a pathological article fails by name, the batch goes on."""

from __future__ import annotations

import io
import math
import re
import signal
import time
from pathlib import Path

import pytest

from derek import budget
from derek import pipeline as pipelines
from derek.cli import main
from derek.doc import Document
from derek.errors import TimeBudgetError
from derek.kb import KnowledgeBase
from derek.pipeline import Pipeline, Stage

SLOW_WORD = "баяу"


def burn(seconds: float) -> None:
    """Spend ``seconds`` of processor time without calling into derek (no check, no tick)."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def slow_when_asked(doc: Document) -> Document:
    if SLOW_WORD in doc.text:
        burn(30)
    return doc


@pytest.fixture
def slow_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text stages and a stage that spins for any article holding the slow word; a budget of 0.3 s."""
    stages: list[Stage | str] = ["normalize", "tokenize", "sentences", Stage("spin", slow_when_asked)]
    monkeypatch.setattr(pipelines, "load_pipeline", lambda: Pipeline(stages))
    monkeypatch.setenv(budget.ENV_VAR, "0.3")


def write_batch(folder: Path) -> list[Path]:
    files = []
    for name, body in [("a.txt", "Ерлан Сабетов кеңес өткізді."), ("b.txt", f"Бұл {SLOW_WORD} мақала."),
                       ("c.txt", "Айгүл Бекова Астанаға барды.")]:
        path = folder / name
        path.write_text(f"Тақырып\n{body}\n", encoding="utf-8")
        files.append(path)
    return files


@pytest.fixture
def checks_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No timer, as in a thread other than the main one or under a profiler: the checks alone hold the budget."""
    monkeypatch.setattr(budget, "_timer_is_free", lambda: False)


@pytest.mark.usefixtures("checks_only")
def test_check_raises_once_the_budget_is_spent() -> None:
    with budget.article_budget("x.txt", seconds=0.05):
        budget.check("start")
        burn(0.1)
        with pytest.raises(TimeBudgetError, match=r"x\.txt: .*during stage 'ner'"):
            budget.check("stage 'ner'")
    budget.check("outside")  # no budget open: nothing to spend


@pytest.mark.usefixtures("checks_only")
def test_tick_checks_the_clock_every_so_often() -> None:
    with budget.article_budget("y.txt", seconds=0.05):
        burn(0.1)
        with pytest.raises(TimeBudgetError, match="people"):
            for _ in range(1000):
                budget.tick("people")


def test_the_timer_stops_a_long_regular_expression_search() -> None:
    started = time.process_time()
    with pytest.raises(TimeBudgetError, match=r"z\.txt"), budget.article_budget("z.txt", seconds=0.3):
        re.search(r"(a+)+b", "a" * 40)  # catastrophic backtracking: hours without the timer
    assert time.process_time() - started < 10
    assert signal.getitimer(signal.ITIMER_PROF)[0] == 0  # the timer is put away


@pytest.mark.usefixtures("checks_only")
def test_a_budget_inside_a_budget_leaves_the_outer_one_in_charge() -> None:
    with budget.article_budget("outer.txt", seconds=0.05), budget.article_budget("inner.txt", seconds=100):
        burn(0.1)
        with pytest.raises(TimeBudgetError, match=r"outer\.txt"):
            budget.check("inside")


def test_a_wall_clock_timer_set_by_someone_else_is_left_alone() -> None:
    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with budget.article_budget("w.txt", seconds=5):
            pass
        assert 90 < signal.getitimer(signal.ITIMER_REAL)[0] <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(("raw", "seconds"), [("", 60.0), ("2.5", 2.5), ("0", math.inf), ("-1", math.inf),
                                              ("nan", math.inf), ("soon", 60.0)])
def test_the_budget_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, raw: str, seconds: float) -> None:
    monkeypatch.setenv(budget.ENV_VAR, raw)
    assert budget.budget_seconds() == seconds


@pytest.mark.usefixtures("slow_pipeline")
def test_process_names_the_slow_article_and_prints_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, c = write_batch(tmp_path)
    out = io.StringIO()
    started = time.monotonic()
    assert main(["process", str(a), str(b), str(c)], out=out) == 1
    assert time.monotonic() - started < 20
    assert len(out.getvalue().splitlines()) == 2
    err = capsys.readouterr().err
    assert f"{b}: processing stopped after 0.3 s" in err and "Traceback" not in err


@pytest.mark.usefixtures("slow_pipeline")
def test_ingest_stores_the_others_and_counts_the_slow_one(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_batch(folder)
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        summary = kb.ingest([str(folder)])
    assert (summary.added, summary.failed) == (2, 1)
    assert isinstance(summary.errors[0], TimeBudgetError) and summary.errors[0].source.endswith("b.txt")
