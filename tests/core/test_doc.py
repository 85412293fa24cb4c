from __future__ import annotations

import json

import pytest

from derek.doc import (
    SCHEMA,
    Article,
    Claim,
    Document,
    Entity,
    Event,
    Mention,
    Participant,
    Quote,
    Role,
    Source,
    Span,
    text_id,
)


def _rich_document() -> Document:
    text = "Астана сапары\nТоқаев Макронмен кездесті. «Біз дайынбыз», – деді Франция президенті."
    doc = Document(text=text, title="Астана сапары", date="2025-09-05",
                   source=Source(path="a.txt", publisher="Kazinform", dateline="Астана"))
    doc.sentences = [Span(0, 13), Span(14, 40), Span(41, len(text))]
    doc.entities = [
        Entity("E1", "PERSON", "Тоқаев", "Tokaev", [Mention(14, 20, "Тоқаев", "PERSON")]),
        Entity("E2", "PERSON", "Макрон", "Makron", [Mention(21, 29, "Макронмен", "PERSON")]),
        Entity("E3", "GPE", "Франция", "Frantsiia", [Mention(65, 72, "Франция", "GPE")]),
    ]
    doc.roles = [Role("E2", "президент", Span(65, 83), "president", "E3")]
    doc.quotes = [Quote("Біз дайынбыз", "direct", Span(41, 84), "E2", Mention(65, 83, "Франция президенті"), "деді")]
    doc.events = [Event("V1", "meeting", Span(14, 40), Mention(30, 39, "кездесті"), "2025-09-05", None,
                        "in_person", [Participant("E1", "in_person"), Participant("E2", None)], "04")]
    doc.claims = [Claim(26.0, "26 ел", Span(0, 5), "ел")]
    return doc


def test_round_trip_keeps_every_field() -> None:
    doc = _rich_document()
    d = doc.to_dict()
    again = Document.from_dict(json.loads(json.dumps(d, ensure_ascii=False)))
    assert again.to_dict() == d
    assert again.entities[1].mentions[0].text == "Макронмен"
    assert again.quotes[0].speaker_mention is not None


def test_schema_and_id() -> None:
    d = _rich_document().to_dict()
    assert d["schema"] == SCHEMA
    assert d["id"] == text_id(d["text"]) and len(d["id"]) == 16
    assert d["claims"][0]["value"] == 26 and isinstance(d["claims"][0]["value"], int)


def test_other_schema_is_refused() -> None:
    with pytest.raises(ValueError, match="schema"):
        Document.from_dict({"schema": "derek.document/99", "text": "x"})


def test_article_text_is_title_newline_body() -> None:
    doc = Article(body="Мәтін.", title="Тақырып").to_document()
    assert doc.text == "Тақырып\nМәтін."
    assert doc.title == "Тақырып"


def test_sentence_tokens_groups_by_sentence() -> None:
    from derek.doc import Token

    doc = Document(text="Бір екі. Үш.")
    doc.sentences = [Span(0, 8), Span(9, 12)]
    doc.tokens = [Token(0, 3, "Бір"), Token(4, 7, "екі"), Token(7, 8, "."), Token(9, 11, "Үш"), Token(11, 12, ".")]
    assert [[t.text for t in s] for s in doc.sentence_tokens()] == [["Бір", "екі", "."], ["Үш", "."]]
