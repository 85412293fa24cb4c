"""`derek search`: ranked hits with a bracketed snippet, or one JSON object per hit."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from derek.cli import main
from derek.doc import Document
from derek.kb import KnowledgeBase


@pytest.fixture
def db(db_path: Path, build: Callable[..., Document]) -> Path:
    with KnowledgeBase(db_path) as kb:
        kb.add_document(build("Көкшетаудағы форум\nКөкшетауда жастар форумы өтті. Форумға мың адам келді.",
                              "2024-08-08", []))
    return db_path


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_plain_output_brackets_the_match(db: Path) -> None:
    code, text = _run("search", "форумы", "--db", str(db))
    assert code == 0
    first, snippet = text.splitlines()[:2]
    assert first.startswith(" 1. 2024-08-08 Көкшетаудағы форум")
    assert "[форумы]" in snippet


def test_json_output_one_object_per_hit(db: Path) -> None:
    code, text = _run("search", "форумы", "--db", str(db), "--json")
    [line] = text.splitlines()
    hit = json.loads(line)
    assert code == 0 and hit["date"] == "2024-08-08" and "[форумы]" in hit["snippet"]
    assert hit["snippet_parts"][1] == ["форумы", True]


@pytest.mark.parametrize("query", ['"Көкшетау AND', "NEAR(", "*"])
def test_fts_syntax_on_the_command_line(db: Path, query: str) -> None:
    code, _ = _run("search", query, "--db", str(db))
    assert code == 0


def test_missing_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run("search", "форум", "--db", str(tmp_path / "absent.db"))
    assert code == 1
    assert "absent.db" in capsys.readouterr().err
