"""The example articles in examples/: all readable, the right length, and showing what they promise."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from derek.doc import Article
from derek.ingest import iter_articles

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    items = list(iter_articles([str(EXAMPLES)]))
    errors = [item for item in items if not isinstance(item, Article)]
    assert not errors, errors
    return [item for item in items if isinstance(item, Article)]


def test_at_least_six_articles_in_three_formats(articles: list[Article]) -> None:
    assert len(articles) >= 6
    suffixes = {Path((a.source.path or "").rsplit(":", 1)[0]).suffix for a in articles}
    assert {".txt", ".html", ".jsonl"} <= suffixes


def test_each_article_is_a_short_dated_news_item(articles: list[Article]) -> None:
    for article in articles:
        words = len(article.body.split())
        assert 120 <= words <= 300, (article.source.path, words)
        assert article.title and article.date, article.source.path


def test_the_examples_show_quotes_attendance_and_numbers(articles: list[Article]) -> None:
    bodies = "\n".join(a.body for a in articles)
    assert re.search(r"»,? [–—] деді", bodies)  # «…», – деді
    assert re.search(r"^[–—] .+, [–—] деді", bodies, re.MULTILINE)  # – …, – деді ол.
    assert "бейнебайланыс арқылы" in bodies or "онлайн" in bodies
    assert "жеке қатысты" in bodies
    assert re.search(r"\d+,\d+ пайыз", bodies) and "теңге" in bodies and "доллар" in bodies
    assert "қол қойды" in bodies


def test_the_readme_is_not_read_as_an_article(articles: list[Article]) -> None:
    assert (EXAMPLES / "README.md").is_file()
    assert all(not (a.source.path or "").endswith(".md") for a in articles)


def test_no_person_from_the_reference_article(shared: Path) -> None:
    expected = json.loads((shared / "data/seed/expected.json").read_text(encoding="utf-8"))
    surnames = {name.split()[-1] for name in expected["persons"]}
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.iterdir()) if p.is_file())
    assert not [s for s in surnames if s in text]
