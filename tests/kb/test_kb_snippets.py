"""Snippets: a window around the first match, each match marked, safe pieces for HTML."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derek.doc import Document
from derek.kb import KnowledgeBase
from derek.kb.snippets import plain_snippet, snippet_parts
from derek.kb.terms import analyse_query

FILLER = "Ауа райы бұлтты болады, түнде жаңбыр жаууы мүмкін. " * 8
TEXT = FILLER + "Ақсу қаласында жаңа аурухана салынды. Аурухананың құрылысы бір жылға созылды. " + FILLER


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("аурухана", ["аурухана", "Аурухананың"]),  # a suffixed form is marked too
        ("Ақсу", ["Ақсу"]),
        ("құрылысы", ["құрылысы"]),
    ],
)
def test_matches_are_marked(query: str, marked: list[str]) -> None:
    parts = snippet_parts(TEXT, analyse_query(query))
    assert [t for t, is_match in parts if is_match] == marked
    text = plain_snippet(parts)
    for word in marked:
        assert f"[{word}]" in text


def test_window_is_around_the_match_and_elided() -> None:
    parts = snippet_parts(TEXT, analyse_query("аурухана"), width=120)
    text = plain_snippet(parts)
    assert text.startswith("…") and text.endswith("…")
    assert len(text) < 180
    assert "[аурухана]" in text


def test_no_match_gives_the_opening() -> None:
    parts = snippet_parts("Қысқа мәтін.", analyse_query("теңіз"))
    assert parts == [("Қысқа мәтін.", False)]


def test_hit_carries_snippet_without_the_title(kb: KnowledgeBase, build: Callable[..., Document]) -> None:
    kb.add_document(build("Аурухана ашылды\n" + TEXT, "2024-02-02", []))
    [hit] = kb.search("аурухана")
    assert hit.title == "Аурухана ашылды"
    assert "[аурухана]" in hit.snippet and "Аурухана ашылды" not in hit.snippet
    assert plain_snippet(hit.snippet_parts) == hit.snippet
    assert hit.score > 0
