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
