"""Pre-processed ``derek.document/1`` lines are checked like any input (issue 12, item 5): each bad one is a
named InputError (file:line and what is wrong), and the good lines of the same file still come through."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from derek.api import process_article
from derek.doc import Article, Document
from derek.errors import InputError
from derek.ingest import iter_articles
from derek.ingest.validate import problems

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def good() -> Doc:
    doc = process_article(Article(body="Энергетика министрі Ерлан Сабетов Астанада кеңес өткізді. Жиынға 40 адам "
                                  "қатысты. «Жұмыс жалғасады», – деді Сабетов.", title="Астанада кеңес өтті",
                                  date="2025-03-04"))
    d = doc.to_dict()
    assert d["entities"] and d["claims"] and d["sentences"], "the fixture must exercise entities, claims, sentences"
    return d


def _set(path: str, value: object) -> Callable[[Doc], None]:
    def change(d: Doc) -> None:
        *steps, last = path.split(".")
        target: Any = d
        for step in steps:
            target = target[int(step)] if step.isdigit() else target[step]
        target[int(last) if last.isdigit() else last] = value
    return change


BROKEN: list[tuple[str, Callable[[Doc], None], str]] = [
    ("sentence past the end", _set("sentences.0.end", 10**6), "not inside the text"),
    ("negative start", _set("sentences.0.start", -3), "not inside the text"),
    ("start after end", _set("claims.0.evidence.start", 10**5), "not inside the text"),
    ("offset as a fraction", _set("sentences.0.end", 4.5), "whole number"),
    ("offset as a bool", _set("sentences.0.start", True), "whole number"),
    ("offset as a string", _set("sentences.0.start", "0"), "whole number"),
    ("mention text that is not the span", _set("entities.0.mentions.0.text", "Басқа"), "is not what the span"),
    ("an id of another text", _set("id", "0123456789abcdef"), "is not the id of this text"),
    ("an id that is no id", _set("id", "<script>"), "is not the id of this text"),
    ("a title that is a list", _set("title", ["a"]), "not a string"),
    ("a date that is no date", _set("date", "2025-13-45"), "not a date"),
    ("a role for a missing entity", lambda d: d["roles"].append(
        {"person": "E99", "position": "министр", "evidence": {"start": 0, "end": 1}}), "not the id of an entity"),
    ("two entities with one id", lambda d: d["entities"].append(copy.deepcopy(d["entities"][0])), "used twice"),
    ("text that is not a string", _set("text", 42), '"text"'),
    ("a claim of no finite value", _set("claims.0.value", 1e309), "not a finite number"),
]


@pytest.mark.parametrize(("what", "change", "reason"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_document_is_a_named_input_error(
    tmp_path: Path, good: Doc, what: str, change: Callable[[Doc], None], reason: str
) -> None:
    bad = copy.deepcopy(good)
    change(bad)
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps(bad, ensure_ascii=False) + "\n" + json.dumps(good, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    first, second = list(iter_articles([str(path)]))
    assert isinstance(first, InputError), what
    assert first.source == f"{path}:1" and reason in first.reason
    assert isinstance(second, Document) and second.id == good["id"]


def test_a_good_document_without_an_id_gets_the_id_of_its_text(tmp_path: Path, good: Doc) -> None:
    d = dict(good)
    del d["id"]
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps(d, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = iter_articles([str(path)])
    assert isinstance(doc, Document) and doc.id == good["id"]


@pytest.mark.filterwarnings("ignore:.*updated_parsed:DeprecationWarning")  # feedparser, on a date it cannot parse
@pytest.mark.parametrize("stamp", ["Tue, 04 Mar a025 10:00:00 +0500", "Thu, 04 Mar 0500 10:00:00 +0500"])
def test_a_feed_date_before_the_year_1000_is_still_written_yyyy_mm_dd(tmp_path: Path, stamp: str) -> None:
    """Found by scripts/fuzz.py: strftime("%Y") writes year 500 as "500", which no reader reads back."""
    feed = tmp_path / "feed.xml"
    feed.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title><item><title>Кеңес өтті"
                    f"</title><description>Ерлан Сабетов кеңес өткізді.</description><pubDate>{stamp}</pubDate>"
                    f"</item></channel></rss>", encoding="utf-8")
    (item,) = iter_articles([str(feed)])
    assert isinstance(item, Article) and item.date == "0500-03-04"
    assert problems(process_article(item), id_given=True) == []
