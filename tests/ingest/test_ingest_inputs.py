"""Where inputs come from: directories, .gz, stdin, format sniffing, encodings on disk, size limits."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from derek.doc import Article, Document
from derek.errors import InputError
from derek.ingest.inputs import MAX_ARTICLE_BYTES

Items = list[Article | Document | InputError]

DATED = " date 2024-05-20 Қызылордада күріш егісі басталды\nҚЫЗЫЛОРДА. KAZINFORM — Облыста күріш егіледі.\n"
JSONL = json.dumps({"title": "Тақырып", "text": "Жамбыл облысында қант зауыты жөнделді."}, ensure_ascii=False) + "\n"
HTML = ("<html><head><title>Шу</title></head><body><article><p>Шу өзенінің арнасы тазартылды. Жұмыс 20 күнге "
        "созылды. Жергілікті тұрғындар мен еріктілер де көмектесті.</p></article></body></html>")
RSS = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Жаршы</title><item><title>Жаңалық</title>'
       "<description>Арқалықта жол жөнделді.</description></item></channel></rss>")


@pytest.mark.parametrize(
    ("name", "content", "title"),
    [
        ("a.txt", DATED, "Қызылордада күріш егісі басталды"),
        ("a", DATED, "Қызылордада күріш егісі басталды"),
        ("a.dat", JSONL, "Тақырып"),
        ("a", HTML, "Шу"),
        ("a", RSS, "Жаңалық"),
        ("a.xml", RSS, "Жаңалық"),
        ("a.txt.gz", DATED, "Қызылордада күріш егісі басталды"),
        ("a.jsonl.gz", JSONL, "Тақырып"),
        ("a.gz", HTML, "Шу"),
        ("a.rss.gz", RSS, "Жаңалық"),
    ],
)
def test_format_by_extension_or_content(
    tmp_path: Path, read_one: Callable[[Path], Article], name: str, content: str, title: str
) -> None:
    data = content.encode("utf-8")
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert read_one(path).title == title


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "kz1048"])
def test_dated_text_in_each_encoding(tmp_path: Path, read_one: Callable[[Path], Article], encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(DATED.encode(encoding))
    article = read_one(path)
    assert (article.title, article.date, article.source.dateline) == (
        "Қызылордада күріш егісі басталды", "2024-05-20", "Қызылорда")


def test_utf16_json_lines(tmp_path: Path, read_one: Callable[[Path], Article]) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(JSONL.encode("utf-16"))
    assert read_one(path).title == "Тақырып"


def test_directory_is_walked_in_order_skipping_hidden_and_docs(tmp_path: Path, read: Callable[..., Items]) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Екінші\nМәтін.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Бірінші\nМәтін.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Үшінші\nМәтін.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Жасырын\nМәтін.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Жасырын\nМәтін.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Түсініктеме\nБұл мақала емес.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# Жазба\nБұл да мақала емес.", encoding="utf-8")
    titles = [item.title for item in read(tmp_path) if isinstance(item, Article)]
    assert titles == ["Бірінші", "Екінші", "Үшінші"]


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch, read_one: Callable[[str], Article]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DATED.encode("utf-8")), encoding="utf-8"))
    article = read_one("-")
    assert (article.title, article.source.path) == ("Қызылордада күріш егісі басталды", "<stdin>")


def test_gzipped_stdin(monkeypatch: pytest.MonkeyPatch, read_one: Callable[[str], Article]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(JSONL.encode())), encoding="utf-8"))
    assert read_one("-").title == "Тақырып"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: None, "no such file"),
        (lambda p: os.symlink(p.parent / "nowhere", p), "broken symbolic link"),
        (lambda p: p.write_bytes(b""), "empty file"),
        (lambda p: p.write_text("  \n\t\r\n"), "empty file"),
        (lambda p: p.write_bytes(gzip.compress(DATED.encode())[:-12]), "truncated .gz"),
        (lambda p: p.write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate" * 3), ".gz"),
        (lambda p: p.write_bytes(bytes(range(256)) * 8), "binary"),
    ],
    ids=["missing", "dangling-symlink", "empty", "whitespace", "truncated-gz", "corrupt-gz", "binary"],
)
def test_bad_files_are_named_errors(
    tmp_path: Path, read: Callable[..., Items], make: Callable[[Path], object], reason: str
) -> None:
    path = tmp_path / "bad.txt"
    make(path)
    good = tmp_path / "good.txt"
    good.write_text(DATED, encoding="utf-8")
    err, article = read(path, good)
    assert isinstance(err, InputError) and err.source == str(path), err
    assert reason in err.reason
    assert isinstance(article, Article)


def test_fifo_in_a_directory_is_skipped_with_a_reason(tmp_path: Path, read: Callable[..., Items]) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever; the walk must not open it
    (tmp_path / "z.txt").write_text(DATED, encoding="utf-8")
    err, article = read(tmp_path)
    assert isinstance(err, InputError) and "not a regular file" in err.reason
    assert isinstance(article, Article)


def test_oversized_text_is_refused_without_reading_it_all(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (MAX_ARTICLE_BYTES + 1))
    (err,) = read(path)
    assert isinstance(err, InputError) and "MB limit" in err.reason


def test_oversized_json_line_is_skipped_and_the_next_line_read(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"text": "' + b"x" * (MAX_ARTICLE_BYTES + 10) + b'"}\n')
        fh.write(JSONL.encode("utf-8"))
    err, article = read(path)
    assert isinstance(err, InputError) and err.source == f"{path}:1" and "MB limit" in err.reason
    assert isinstance(article, Article) and article.source.path == f"{path}:2"
