"""The CLI refuses what it cannot do, saying why: bad dates, types and limits (exit 2), token lines with
spaces, inputs that do not exist (no database created), a port already taken (exit 3); and `derek export`."""

from __future__ import annotations

import csv
import io
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from derek.cli import _article_count, main


@pytest.fixture
def db(derek: Callable[..., Any], good_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "kb.db"
    assert derek("ingest", good_file, "--db", path, "--quiet").code == 0
    return path


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [("--from", "2020-13-45", "month must be in 1..12"), ("--to", "2024-02-30", "day is out of range"),
     ("--from", "yesterday", "is not a date"), ("--limit", "-5", "between 1 and 500"),
     ("--limit", "0", "between 1 and 500"), ("--limit", "5000", "between 1 and 500")],
)
def test_bad_search_options_exit_2_with_a_message(db: Path, option: str, value: str, says: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search", "жел", "--db", str(db), option, value])
    assert exc.value.code == 2
    assert says in capsys.readouterr().err


def test_unknown_event_type_exits_2_and_lists_the_known_ones(derek: Callable[..., Any], db: Path) -> None:
    run = derek("search", "жел", "--db", db, "--type", "bogus")
    assert run.code == 2 and "unknown event type 'bogus'" in run.err and "meeting" in run.err


def test_event_type_is_case_insensitive_and_a_partial_date_is_a_date(derek: Callable[..., Any], db: Path) -> None:
    assert derek("search", "жел", "--db", db, "--type", "MEETING").code == 0
    run = derek("search", "жел", "--db", db, "--from", "2024-09", "--to", "2024")
    assert run.code == 0 and "Маңғыстауда" in run.out


def test_an_empty_date_range_is_refused(derek: Callable[..., Any], db: Path) -> None:
    run = derek("search", "жел", "--db", db, "--from", "2025-01-01", "--to", "2024-12-31")
    assert run.code == 2 and "empty" in run.err


def test_ingest_of_nothing_creates_no_database(derek: Callable[..., Any], tmp_path: Path) -> None:
    target = tmp_path / "x.db"
    run = derek("ingest", tmp_path / "nonexistent", "--db", target)
    assert run.code == 1 and "nonexistent: no such file or directory" in run.err
    assert not target.exists() and not list(tmp_path.iterdir())


def test_ingest_with_one_missing_input_still_stores_the_rest(derek: Callable[..., Any], good_file: Path,
                                                            tmp_path: Path) -> None:
    run = derek("ingest", tmp_path / "nonexistent", good_file, "--db", tmp_path / "x.db", "--quiet")
    assert run.code == 1 and "1 added" in run.out


def test_progress_total_is_known_only_for_one_article_files(tmp_path: Path, good_file: Path) -> None:
    assert _article_count([str(good_file.parent)]) == 1
    (tmp_path / "many.jsonl").write_text('{"text": "Бір"}\n{"text": "Екі"}\n', encoding="utf-8")
    assert _article_count([str(good_file), str(tmp_path / "many.jsonl")]) is None
    assert _article_count(["-"]) is None


@pytest.mark.parametrize("command", ["tag", "lemmatize"])
def test_a_token_and_label_split_by_a_space_is_refused_with_its_line(derek: Callable[..., Any], tmp_path: Path,
                                                                     command: str) -> None:
    src = tmp_path / "tokens.txt"
    src.write_text("Ол\nАстана B-GPE\nқаласына\n", encoding="utf-8")
    run = derek(command, src)
    assert run.code == 1 and f"{src}:2: 'Астана B-GPE' reads as a token and a label" in run.err and run.out == ""


@pytest.mark.parametrize("command", ["tag", "lemmatize"])
def test_a_token_with_a_space_inside_keeps_its_line(derek: Callable[..., Any], tmp_path: Path, command: str) -> None:
    src = tmp_path / "tokens.txt"
    src.write_text("Ол\nайтқан екен\n\nНұр Сұлтан\n", encoding="utf-8")  # UD writes a few forms with a space
    run = derek(command, src)
    lines = run.out.split("\n")
    assert run.code == 0 and lines[1].startswith("айтқан екен") and lines[2] == "" and lines[3].startswith("Нұр Сұлтан")


def test_extra_columns_after_a_tab_are_ignored(tmp_path: Path) -> None:
    from derek.ingest.conll import read_token_file

    src = tmp_path / "tokens.tsv"
    src.write_text("Астанада\tB-GPE\nжиын\tO\n\nөтті\n", encoding="utf-8")
    assert read_token_file(str(src)) == [["Астанада", "жиын"], ["өтті"]]


def test_serve_on_a_taken_port_exits_3_before_saying_it_serves(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        assert main(["serve", "--db", str(db), "--port", str(port)]) == 3
    captured = capsys.readouterr()
    assert f"cannot listen on 127.0.0.1:{port}" in captured.err and "serving" not in captured.out


@pytest.mark.parametrize("port", ["0", "70000", "http"])
def test_serve_refuses_a_port_that_is_no_port(port: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["serve", "--port", port])
    assert exc.value.code == 2


def test_export_writes_each_table_and_says_how_many_rows(derek: Callable[..., Any], db: Path,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = derek("export", "--db", db, "--format", "csv", "--to", out)
    assert run.code == 0
    assert "articles: 1 rows" in run.out and "claims: " in run.out
    with (out / "articles.csv").open(encoding="utf-8", newline="") as fh:
        (article,) = list(csv.DictReader(fh))
    assert article["title"] == "Маңғыстауда жел электр станциясы іске қосылды"
    assert derek("export", "--db", db, "--format", "events-tsv", "--to", out).code == 0
    assert (out / "events.tsv").read_text(encoding="utf-8").startswith("event_id\tdate\ttype\t")


def test_export_needs_an_existing_database(derek: Callable[..., Any], tmp_path: Path) -> None:
    run = derek("export", "--db", tmp_path / "none.db", "--to", tmp_path / "out")
    assert run.code == 1 and "derek ingest" in run.err and not (tmp_path / "none.db").exists()


def test_export_refuses_an_unknown_format() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export", "--format", "xlsx", "--to", "x"], out=io.StringIO())
    assert exc.value.code == 2
