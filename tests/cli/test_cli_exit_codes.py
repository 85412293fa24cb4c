"""Exit codes of process, ingest, tag and lemmatize: 0 all good, 1 some input failed, 2 bad usage."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from derek.cli import main
from derek.doc import Article
from derek.errors import ModelError
from derek.pipeline import Pipeline

TITLE = "Маңғыстауда жел электр станциясы іске қосылды"


def test_process_good_file_exits_0(derek: Callable[..., Any], good_file: Path) -> None:
    run = derek("process", good_file)
    assert (run.code, run.err) == (0, "")
    (doc,) = [json.loads(line) for line in run.out.splitlines()]
    assert doc["schema"] == "derek.document/1"
    assert (doc["title"], doc["date"]) == (TITLE, "2024-09-18")
    assert (doc["source"]["publisher"], doc["source"]["dateline"]) == ("Kazinform", "Ақтау")
    assert doc["text"].startswith(f"{TITLE}\nМаңғыстау облысында")


def test_process_text_format_exits_0(derek: Callable[..., Any], good_file: Path) -> None:
    run = derek("process", good_file.parent, "--format", "text")
    assert run.code == 0 and TITLE in run.out


def test_process_reads_stdin(derek: Callable[..., Any], good_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(good_file.read_bytes()), encoding="utf-8"))
    run = derek("process", "-")
    assert run.code == 0
    assert json.loads(run.out)["source"]["path"] == "<stdin>"


def test_missing_file_exits_1(derek: Callable[..., Any], good_file: Path, tmp_path: Path) -> None:
    run = derek("process", tmp_path / "nope.txt", good_file)
    assert run.code == 1
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in run.err
    assert TITLE in run.out


@pytest.mark.parametrize(
    "argv",
    [[], ["process"], ["frobnicate", "x"], ["process", "a.txt", "--format", "xml"], ["ingest"], ["tag"],
     ["search", "x", "--limit", "many"]],
)
def test_bad_usage_exits_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2


def test_console_script_bad_usage_exits_2() -> None:
    exe = shutil.which("derek") or str(Path(sys.executable).with_name("derek"))
    if not Path(exe).exists():
        pytest.skip("the derek console script is not installed")
    done = subprocess.run([exe, "process"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and "usage:" in done.stderr


def test_ingest_twice_adds_nothing_the_second_time(
    derek: Callable[..., Any], good_file: Path, tmp_path: Path, stored_titles: Callable[[Path], list[str | None]]
) -> None:
    db = tmp_path / "kb.sqlite"
    first = derek("ingest", good_file, "--db", db, "--quiet")
    second = derek("ingest", good_file, "--db", db, "--quiet")
    assert (first.code, second.code) == (0, 0)
    assert first.out.startswith("1 added") and second.out.startswith("0 added")
    assert stored_titles(db) == [TITLE]


def test_processed_documents_are_passed_through_without_the_pipeline(
    derek: Callable[..., Any],
    good_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stored_titles: Callable[[Path], list[str | None]],
) -> None:
    first = derek("process", good_file)
    processed = tmp_path / "processed.jsonl"
    processed.write_text(first.out, encoding="utf-8")

    def no_pipeline() -> Pipeline:
        raise AssertionError("a processed document must not be processed again")

    monkeypatch.setattr("derek.pipeline.load_pipeline", no_pipeline)
    again = derek("process", processed)
    assert again.code == 0 and json.loads(again.out) == json.loads(first.out)
    db = tmp_path / "kb.sqlite"
    assert derek("ingest", processed, "--db", db, "--quiet").code == 0
    assert stored_titles(db) == [TITLE]


@pytest.mark.parametrize("command", ["tag", "lemmatize"])
def test_token_commands_name_a_bad_file_and_exit_1(derek: Callable[..., Any], tmp_path: Path, command: str) -> None:
    missing = derek(command, tmp_path / "absent.conll")
    assert missing.code == 1 and f"{tmp_path / 'absent.conll'}: no such file" in missing.err
    folder = derek(command, tmp_path)
    assert folder.code == 1 and "is a directory" in folder.err
    broken = tmp_path / "broken.conll"
    broken.write_bytes("Қала\n".encode() + b"\xff\xfe\n")
    undecodable = derek(command, broken)
    assert undecodable.code == 1 and f"{broken}: " in undecodable.err and "UTF-8" in undecodable.err


def test_process_with_the_full_pipeline(good_file: Path) -> None:
    """End to end, in a subprocess, with the real models (skipped while a bundled model is not yet built)."""
    from derek.pipeline import load_pipeline  # the real one: the fixture replaces only derek.api's

    try:
        load_pipeline()(Article(body="Астанада жиын өтті.", title="Жиын").to_document())
    except ModelError as exc:
        pytest.skip(f"a bundled model is missing: {exc}")
    done = subprocess.run([sys.executable, "-m", "derek.cli", "process", str(good_file)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["title"] == TITLE


def test_lemmatize_token_file_with_a_bom(derek: Callable[..., Any], tmp_path: Path) -> None:
    path = tmp_path / "tokens.conll"
    path.write_bytes("\ufeffОралда\nжәрмеңке\nашылды\n.\n".encode())
    run = derek("lemmatize", path)
    assert run.code == 0
    assert [line.split("\t")[0] for line in run.out.splitlines() if line] == ["Оралда", "жәрмеңке", "ашылды", "."]
