"""Bad input never stops a batch: it is named on stderr with its reason, the good files are still
processed (and stored, for ``derek ingest``), and the exit status is 1."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

GOOD_LINE = json.dumps({"title": "Жезқазғанда мыс өндірісі артты", "text": "Мыс өндірісі 7 пайызға өсті."},
                       ensure_ascii=False)


def empty_file(d: Path) -> tuple[Path, str, str]:
    (d / "empty.txt").write_bytes(b"")
    return d / "empty.txt", str(d / "empty.txt"), "empty file"


def binary_file(d: Path) -> tuple[Path, str, str]:
    (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16)
    return d / "photo.txt", str(d / "photo.txt"), "binary file"


def truncated_gz(d: Path) -> tuple[Path, str, str]:
    data = gzip.compress(("Тақырып\n" + "Ақмола облысында егін орағы басталды. " * 200).encode())
    (d / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    return d / "cut.txt.gz", str(d / "cut.txt.gz"), "truncated .gz"


def invalid_json_line(d: Path) -> tuple[Path, str, str]:
    (d / "feed.jsonl").write_text(f'{GOOD_LINE}\n{{"text": "жабылмаған\n', encoding="utf-8")
    return d / "feed.jsonl", f"{d / 'feed.jsonl'}:2", "invalid JSON"  # the error names file:line


def html_without_text(d: Path) -> tuple[Path, str, str]:
    (d / "blank.html").write_text("<html><head><title>Бос</title></head><body><nav>Мәзір</nav></body></html>")
    return d / "blank.html", str(d / "blank.html"), "no article text"


def fifty_megabyte_line(d: Path) -> tuple[Path, str, str]:
    with (d / "huge.txt").open("wb") as fh:
        fh.write("ұзын жол ".encode() * (50 * 1024 * 1024 // 16))
    return d / "huge.txt", str(d / "huge.txt"), "MB limit"


def undecodable_bytes(d: Path) -> tuple[Path, str, str]:
    text = "Ақтөбеде жаңа аурухана ашылды. ".encode() * 10
    (d / "broken.txt").write_bytes(b"\xd2\x9a\xd0\xb0\xd1\x80\n" + text + b"\xff\xfe\xc0\x80" + text)
    return d / "broken.txt", str(d / "broken.txt"), "undecodable bytes"


def directory_with_unreadable_entries(d: Path) -> tuple[Path, str, str]:
    # Tests run as root, and chmod 000 does not stop root from reading. What root cannot read is a
    # symbolic link to nothing; a FIFO in the same folder would block a reader forever, so the walk
    # must skip it (with a reason) without opening it.
    folder = d / "folder"
    folder.mkdir()
    os.symlink(folder / "gone.txt", folder / "a_dangling.txt")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "b_pipe.txt")
    (folder / "c_fine.txt").write_text("Жаңа кітапхана\nКітапханада 20 мың кітап бар.", encoding="utf-8")
    return folder, str(folder / "a_dangling.txt"), "broken symbolic link"


BAD_INPUTS = [empty_file, binary_file, truncated_gz, invalid_json_line, html_without_text, fifty_megabyte_line,
              undecodable_bytes, directory_with_unreadable_entries]


@pytest.mark.parametrize("make_bad", BAD_INPUTS, ids=[f.__name__ for f in BAD_INPUTS])
def test_process_reports_bad_input_and_goes_on(
    tmp_path: Path, derek: Callable[..., Any], good_file: Path, make_bad: Callable[[Path], tuple[Path, str, str]]
) -> None:
    target, named, reason = make_bad(tmp_path)
    run = derek("process", target, good_file)
    assert run.code == 1
    assert f"{named}: " in run.err and reason in run.err
    titles = [json.loads(line)["title"] for line in run.out.splitlines()]
    assert "Маңғыстауда жел электр станциясы іске қосылды" in titles


@pytest.mark.parametrize("make_bad", BAD_INPUTS, ids=[f.__name__ for f in BAD_INPUTS])
def test_ingest_stores_the_good_files_despite_bad_input(
    tmp_path: Path,
    derek: Callable[..., Any],
    good_file: Path,
    stored_titles: Callable[[Path], list[str | None]],
    make_bad: Callable[[Path], tuple[Path, str, str]],
) -> None:
    target, named, reason = make_bad(tmp_path)
    db = tmp_path / "kb.sqlite"
    run = derek("ingest", target, good_file, "--db", db, "--quiet")
    assert run.code == 1
    assert f"{named}: " in run.err and reason in run.err
    titles = stored_titles(db)
    assert "Маңғыстауда жел электр станциясы іске қосылды" in titles
    if make_bad is invalid_json_line:
        assert "Жезқазғанда мыс өндірісі артты" in titles  # the good line of the same file
    if make_bad is directory_with_unreadable_entries:
        assert "Жаңа кітапхана" in titles  # the readable file of the same folder
        if hasattr(os, "mkfifo"):
            assert "b_pipe.txt: not a regular file" in run.err
