"""User text is never FTS5 syntax: odd queries give results or nothing, never an error."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derek.doc import Document
from derek.kb import KnowledgeBase
from derek.kb.search import match_expression, phrase
from derek.kb.terms import analyse_query

TEXT = "Павлодарда жаңа көпір\nПавлодарда Ертіс өзенінің үстінен жаңа көпір ашылды. Құрылыс екі жылға созылды."

SYNTAX = [
    '"Украина AND',
    "NEAR(",
    "*",
    ")",
    "(",
    "-",
    "^",
    ":",
    '"',
    '""',
    "'",
    "AND",
    "OR NOT",
    "NEAR(көпір Ертіс, 2)",
    "text : көпір",
    "{text lemmas}: көпір",
    "lemmas:*",
    "көпір\"",
    "+көпір",
    "көпір OR",
    "\\",
    "%_",
    "ертіс -өзен",
    "\x00",
    "   ",
    "",
]


@pytest.fixture
def filled(kb: KnowledgeBase, build: Callable[..., Document]) -> KnowledgeBase:
    kb.add_document(build(TEXT, "2023-09-01", []))
    return kb


@pytest.mark.parametrize("query", SYNTAX)
def test_syntax_never_errors(filled: KnowledgeBase, query: str) -> None:
    hits = filled.search(query)
    assert isinstance(hits, list)
    assert len(hits) <= 1


@pytest.mark.parametrize("query", ['"көпір', "көпір*", "көпір)", "(көпір", "^көпір", "көпір:", "-көпір", "«көпір»"])
def test_syntax_around_a_real_word_still_finds_it(filled: KnowledgeBase, query: str) -> None:
    hits = filled.search(query)
    assert [h.title for h in hits] == ["Павлодарда жаңа көпір"]


def test_every_term_is_a_quoted_phrase() -> None:
    assert phrase('a"b') == '"a""b"'
    expression = match_expression(analyse_query("NEAR( көпір"))
    assert "NEAR(" not in expression
    assert '"near"' in expression and '"көпір"' in expression


def test_operators_are_plain_words(filled: KnowledgeBase) -> None:
    # "OR" is a word the article lacks, so "көпір OR сарай" finds nothing rather than everything with көпір.
    assert filled.search("көпір OR сарай") == []
