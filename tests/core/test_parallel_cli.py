"""`derek process --workers N` and `derek ingest --workers N` on the command line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from derek.cli import EXIT_SOME_FAILED, EXIT_USAGE, main

ARTICLE = " date 2025-05-{day:02d} {title}\nАСТАНА. KAZINFORM — {title}. Оған {n} адам қатысты."
TITLES = ["Астанада жиын өтті", "Алматыда форум ашылды", "Шымкентте жарыс болды"]


def test_process_with_two_workers_prints_what_one_prints(tmp_path: Path) -> None:
    for i, title in enumerate(TITLES):
        (tmp_path / f"{i}.txt").write_text(ARTICLE.format(day=i + 1, title=title, n=10 * (i + 1)), encoding="utf-8")
    (tmp_path / "9.txt").write_bytes(b"")
    outputs = []
    for workers in ("1", "2"):
        out = io.StringIO()
        assert main(["process", str(tmp_path), "--workers", workers], out=out) == EXIT_SOME_FAILED
        outputs.append(out.getvalue())
    assert outputs[0].count("\n") == len(TITLES)
    assert outputs[1] == outputs[0]


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_workers_must_be_a_positive_number(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["process", "x.txt", "--workers", value])
    assert stop.value.code == EXIT_USAGE
    assert "number of processes" in capsys.readouterr().err


@pytest.mark.parametrize(("sizes", "cores", "expected"), [
    ([1000, 2000], 2, 1),  # a few short articles: one process, no pool to start
    ([200 * 1024, 100 * 1024], 2, 2),  # enough text for a pool: every core
    ([512 * 1024], 1, 1),  # one core: one process, however long the input
])
def test_auto_workers_follow_the_input_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sizes: list[int], cores: int, expected: int
) -> None:
    from derek import parallel

    monkeypatch.setattr(parallel, "default_workers", lambda: cores)
    for i, size in enumerate(sizes):
        (tmp_path / f"{i}.txt").write_bytes(b"a" * size)
    assert parallel.auto_workers([str(tmp_path)]) == expected
    assert parallel.auto_workers(["-"]) == 1  # standard input has no length to count


def test_auto_is_the_default_and_a_small_input_runs_in_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from derek import run

    seen: list[int] = []
    real = run.process_stream

    def spy(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        seen.append(int(kwargs["workers"]))  # type: ignore[call-overload]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(run, "process_stream", spy)
    (tmp_path / "a.txt").write_text(ARTICLE.format(day=1, title=TITLES[0], n=5), encoding="utf-8")
    assert main(["process", str(tmp_path)], out=io.StringIO()) == 0
    assert seen == [1]
