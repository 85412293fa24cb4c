"""The text digest: a reader with no Kazakh gets people, posts, events and quotes."""

from __future__ import annotations

from derek.digest import render_digest
from derek.doc import Document
from derek.extract.stage import extract_facts


def test_digest_glosses_posts_and_shows_modes() -> None:
    text = ("Саммит Бакуде өтті\nЖиынға Грузия премьер-министрі Леван Абашидзе онлайн қатысты. "
            "«Біз бейбітшілікті қолдаймыз», – деді Грузия премьер-министрі. Форумға 12 ел қатысты.")
    digest = render_digest(extract_facts(Document(text=text, title="Саммит Бакуде өтті", date="2025-04-01")))
    assert "Саммит Бакуде өтті [2025-04-01]" in digest
    assert "prime minister of Georgia" in digest
    assert "(online)" in digest
    assert "[direct]" in digest and "Біз бейбітшілікті қолдаймыз" in digest
    assert "12 ел" in digest


def test_digest_of_an_empty_document() -> None:
    assert render_digest(Document(text="")).startswith("(untitled) [no date]")
