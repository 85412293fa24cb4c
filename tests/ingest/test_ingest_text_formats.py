"""Dated text (`` date YYYY-MM-DD Title``) and plain text, read from files and from strings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from derek.doc import Article
from derek.errors import InputError
from derek.ingest import read_text_article

BODY = "Биыл облыста 12 жаңа мектеп салынады."


@pytest.mark.parametrize(
    ("text", "title", "date", "body", "dateline", "publisher"),
    [
        # the dated-text format, with and without its leading space, and with other date spellings
        (f" date 2024-04-02 Павлодарда мектеп ашылды\n{BODY}", "Павлодарда мектеп ашылды", "2024-04-02", BODY, None,
         None),
        (f"date 2024-04-02 Павлодарда мектеп ашылды\n{BODY}", "Павлодарда мектеп ашылды", "2024-04-02", BODY, None,
         None),
        (f"  DATE 02.04.2024 Павлодарда мектеп ашылды\r\n{BODY}\r\n", "Павлодарда мектеп ашылды", "2024-04-02", BODY,
         None, None),
        (f" date 2024-04-02 Тақырып\nПАВЛОДАР. KAZINFORM — {BODY}", "Тақырып", "2024-04-02", BODY, "Павлодар",
         "Kazinform"),
        (f" date 2024-04-02 Тақырып\nАҚТӨБЕ. 2 сәуір. ҚазАқпарат – {BODY}", "Тақырып", "2024-04-02", BODY, "Ақтөбе",
         "Kazinform"),
        (f" date 2024-04-02\n{BODY}", None, "2024-04-02", BODY, None, None),
        # plain text: the first non-empty line is the title
        (f"\n\nПавлодарда мектеп ашылды\n\n{BODY}\n", "Павлодарда мектеп ашылды", None, BODY, None, None),
        (f"\ufeffТақырып\nТАРАЗ. Tengrinews.kz — {BODY}", "Тақырып", None, BODY, "Тараз", "Tengrinews"),
        # no title: one line only, or a first line that opens with a dateline
        (BODY, None, None, BODY, None, None),
        (f"ТҮРКІСТАН. KAZINFORM — {BODY}\nЕкінші абзац.", None, None, f"{BODY}\nЕкінші абзац.", "Түркістан",
         "Kazinform"),
        # a date line that is not a date is ordinary text
        (f"date жоқ тақырып\n{BODY}", "date жоқ тақырып", None, BODY, None, None),
    ],
)
def test_text_articles(
    text: str, title: str | None, date: str | None, body: str, dateline: str | None, publisher: str | None
) -> None:
    article = read_text_article(text, "a.txt")
    assert (article.title, article.date, article.body) == (title, date, body)
    assert (article.source.dateline, article.source.publisher, article.source.path) == (dateline, publisher, "a.txt")


def test_dateline_year_fills_a_missing_date() -> None:
    article = read_text_article(f"Тақырып\nСЕМЕЙ, 5 мамыр 2023 ж. ҚазАқпарат — {BODY}")
    assert article.date == "2023-05-05"


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\ufeff\n"])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="empty file"):
        read_text_article(text, "e.txt")


def test_title_and_body_make_the_document_text() -> None:
    doc = read_text_article(f" date 2024-04-02 Тақырып\nПАВЛОДАР. KAZINFORM — {BODY}").to_document()
    assert doc.text == f"Тақырып\n{BODY}"


def test_reference_article_document_fields(shared: Path, read_one: Callable[[Path], Article]) -> None:
    import json

    expected = json.loads((shared / "data/seed/expected.json").read_text(encoding="utf-8"))
    article = read_one(shared / "data/seed" / expected["doc"])
    got = {"date": article.date, "publisher": article.source.publisher, "dateline": article.source.dateline,
           "title": article.title}
    assert got == expected["document"]
    assert not article.body.startswith(("АСТАНА", "KAZINFORM"))
