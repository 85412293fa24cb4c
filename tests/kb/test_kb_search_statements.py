"""Search reads a page of hits in a fixed number of statements, from plain stored bodies (migration 7).

The texts are written for these tests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from derek.doc import Document
from derek.kb import KnowledgeBase
from derek.kb.search import Filters
from derek.kb.search_page import search_page
from derek.kb.snippets import fold_all, snippet_body
from derek.kb.terms import fold

Build = Callable[..., Document]


def _statements(kb: KnowledgeBase, query: str) -> int:
    count = [0]
    kb.conn.set_trace_callback(lambda sql: count.__setitem__(0, count[0] + (not sql.startswith("--"))))
    try:
        kb.search(query, limit=10)
    finally:
        kb.conn.set_trace_callback(None)
    return count[0]


def test_statements_do_not_grow_with_the_hits(kb: KnowledgeBase, build: Build) -> None:
    kb.add_document(build("Көрме ашылды\nҚалада көрме ашылды.", "2024-01-01", []))
    one = _statements(kb, "көрме")
    for i in range(8):
        kb.add_document(build(f"Көрме {i}\nЖаңа көрме туралы хабар {i}.", f"2024-02-{i + 1:02d}", []))
    assert len(kb.search("көрме", limit=10)) == 9
    assert _statements(kb, "көрме") == one


@pytest.mark.parametrize(("text", "title", "body"), [
    ("Тақырып\nМәтін осында.", "Тақырып", "Мәтін осында."),
    ("Тақырып жалғасы\nМәтін.", "Тақырып", "Мәтін."),  # the first line starts with the title
    ("Басқа жол\nМәтін.", "Тақырып", "Басқа жол\nМәтін."),
    ("Тақырып", "Тақырып", "Тақырып"),  # one line: nothing to cut
    ("Бір\nЕкі\nҮш", None, "Бір\nЕкі\nҮш"),
    ("Бір\nЕкі\nҮш", "", "Бір\nЕкі\nҮш"),
])
def test_migration_fills_the_bodies_as_ingest_does(db_path: Path, text: str, title: str | None, body: str) -> None:
    assert snippet_body(text, title) == body
    with KnowledgeBase(db_path) as kb:
        kb.add_document(Document(text=text, title=title, date="2024-01-01"))
        stored = kb.conn.execute("SELECT body FROM article_bodies").fetchone()[0]
    assert stored == body
    conn = sqlite3.connect(db_path)  # as a KB made before migration 7
    conn.execute("DROP TABLE article_bodies")
    conn.execute("DELETE FROM schema_migrations WHERE version = 7")
    conn.commit()
    conn.close()
    with KnowledgeBase(db_path) as kb:
        assert kb.conn.execute("SELECT body FROM article_bodies").fetchone()[0] == body


@pytest.mark.parametrize("tokens", [
    ["тоқаев", "астанада", "ұлттық"],
    ["toqaev", "macron", "o'zbek", "нұр-сұлтан"],
    ["0390817", "a", "_", "2024", "ёлка"],  # the separator itself, a token with no key
    ["шымкент", "шымкент", "щука"],
    [],
])
def test_fold_all_gives_each_key_fold_gives(tokens: list[str]) -> None:
    assert fold_all(tokens) == [fold(t) for t in tokens]


def test_common_words_rank_only_the_latest_matches(
    kb: KnowledgeBase, build: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    from derek.kb import search

    ids = [kb.add_document(build(f"Жиын {i}\nЖиын өтті, {i}.", "2024-03-01", [])).doc_id for i in range(5)]
    assert sorted(h.doc_id for h in kb.search("жиын")) == sorted(ids)
    monkeypatch.setattr(search, "RANK_ALL_LIMIT", 3)
    monkeypatch.setattr(search, "RECENT_WINDOW", 2)
    assert sorted(h.doc_id for h in kb.search("жиын")) == sorted(ids[-2:])
    monkeypatch.setattr(search, "RANK_ALL_LIMIT", 5)  # not past the limit: every match is ranked
    assert len(kb.search("жиын")) == 5


def test_page_total_and_facets_count_the_name_matches(
    kb: KnowledgeBase, process: Callable[..., Document]
) -> None:
    # Trump is not Трамп letter for letter: only the phonetic name tier finds these
    kb.add_document(process("АҚШ Президенті Дональд Трамп Астанаға келді.", "Сапар", "2024-05-10", "Kazinform"))
    kb.add_document(process("Тоқаев Трамппен Ақордада кездесті.", "Кездесу", "2024-06-11", "Aiqyn"))
    kb.add_document(process("Ақмола фермерлері егін жинауды аяқтады.", "Егін", "2024-06-12", "Aiqyn"))
    page = search_page(kb.conn, "Trump", Filters())
    assert page.total == len(page.hits) == 2
    assert sorted(page.facets["publisher"]) == [("Aiqyn", 1), ("Kazinform", 1)]
    assert dict(page.facets["month"]) == {"2024-05": 1, "2024-06": 1}
    by_date = search_page(kb.conn, "Trump", Filters(), "date")
    assert {h.doc_id for h in by_date.hits} == {h.doc_id for h in page.hits}
    assert all("[Трамп" in h.snippet for h in by_date.hits)  # the name marked as the text prints it


@pytest.mark.parametrize("token", ["yerlan", "ye", "chelsea", "xinjiang", "щучинск", "цзиньпин", "cambridge",
                                   "o'zbek", "ıstanbul", "әлем", "ёлка", "kazahstan", "2024ж", "wagner"])
def test_a_keys_first_letter_comes_from_the_words_first_three(token: str) -> None:
    # snippets fold only the words whose first three letters could begin a query key
    assert fold(token[:3])[:1] == fold(token)[:1]
