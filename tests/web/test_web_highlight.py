"""Cutting article text into highlighted segments from character offsets."""

from __future__ import annotations

import pytest

from derek.doc import Document, Entity, Event, Mention, Quote, Role, Span
from derek.web.article_view import build_article_view
from derek.web.highlight import paragraphs, segments


def _doc(text: str, spans: list[tuple[str, str, str]], bare: list[tuple[str, str]] | None = None) -> Document:
    """Entities from (local id, type, surface) (first occurrence of each surface); bare NER mentions likewise."""
    doc = Document(text=text, title=text.split("\n", 1)[0])
    by_id: dict[str, Entity] = {}
    for local, etype, surface in spans:
        start = text.index(surface)
        by_id.setdefault(local, Entity(local, etype, surface)).mentions.append(
            Mention(start, start + len(surface), surface, etype))
    doc.entities = list(by_id.values())
    for etype, surface in bare or []:
        start = text.index(surface)
        doc.mentions.append(Mention(start, start + len(surface), surface, etype))
    return doc


CASES = [
    # (text, entity spans, expected highlighted surfaces in order)
    ("Бүгін Ақтөбеде жиын өтті", [("a", "GPE", "Ақтөбеде")], ["Ақтөбеде"]),
    ("Марат Оспанов пен Айгүл Серікова кездесті", [("a", "PERSON", "Марат Оспанов"), ("b", "PERSON", "Айгүл Серікова")],
     ["Марат Оспанов", "Айгүл Серікова"]),
    # overlapping spans: the earlier, longer one wins
    ("Түркия Сыртқы істер министрлігі мәлімдеді", [("o", "ORGANISATION", "Түркия Сыртқы істер министрлігі"),
                                                 ("g", "GPE", "Түркия")], ["Түркия Сыртқы істер министрлігі"]),
    # a mention at the very start and at the very end
    ("Ресей\nкеше мәлімдеді Қытай", [("r", "GPE", "Ресей"), ("c", "GPE", "Қытай")], ["Ресей", "Қытай"]),
]


@pytest.mark.parametrize(("text", "spans", "expected"), CASES)
def test_segments_rebuild_the_text_and_mark_mentions(text: str, spans: list[tuple[str, str, str]],
                                                     expected: list[str]) -> None:
    segs = segments(_doc(text, spans), {"a": 7})
    assert "".join(s.text for s in segs) == text
    assert [s.text for s in segs if s.css] == expected
    assert all(text[s.start : s.start + len(s.text)] == s.text for s in segs)


def test_entity_mentions_link_and_bare_mentions_do_not() -> None:
    doc = _doc("Нұрсұлтан Әлиев Бакуде сөз сөйледі", [("p", "PERSON", "Нұрсұлтан Әлиев")], [("GPE", "Бакуде"),
                                                                                            ("PERSON", "Әлиев")])
    marked = [(s.text, s.css, s.kb_id) for s in segments(doc, {"p": 42}) if s.css]
    assert marked == [("Нұрсұлтан Әлиев", "t-person", 42), ("Бакуде", "t-gpe", None)]


def test_out_of_range_offsets_are_ignored() -> None:
    doc = _doc("Орал қаласы", [("g", "GPE", "Орал")])
    doc.entities[0].mentions.append(Mention(5, 500, "қаласы", "GPE"))
    assert [s.text for s in segments(doc) if s.css] == ["Орал"]


def test_paragraphs_split_at_newlines_and_drop_blank_ones() -> None:
    doc = _doc("Тақырып\n\nБірінші абзац Таразда.\nЕкінші абзац.", [("t", "GPE", "Таразда")])
    paras = paragraphs(segments(doc))
    assert ["".join(s.text for s in p) for p in paras] == ["Тақырып", "Бірінші абзац Таразда.", "Екінші абзац."]
    assert [s.text for s in paras[1] if s.css] == ["Таразда"]


def test_article_view_takes_the_title_apart_and_builds_a_legend() -> None:
    doc = _doc("Семейде форум өтті\nФорумға Моңғолия делегациясы келді.", [("s", "GPE", "Семейде"),
                                                                          ("m", "NORP", "Моңғолия делегациясы")])
    view = build_article_view(doc, {"s": 3})
    assert view.title_segments is not None and [s.text for s in view.title_segments if s.css] == ["Семейде"]
    assert ["".join(s.text for s in p) for p in view.body] == ["Форумға Моңғолия делегациясы келді."]
    assert [item.css for item in view.legend] == ["t-norp", "t-gpe"]
    assert {(e.name, e.kb_id) for e in view.entities} == {("Семейде", 3), ("Моңғолия делегациясы", None)}


def test_quote_evidence_is_marked_and_every_fact_gets_an_anchor() -> None:
    text = "Тақырып\nӘкім Серік Жұмабаев: «Көпір жазда ашылады», — деді. Ол Ақсуда тұрғындармен кездесті."
    doc = _doc(text, [("p", "PERSON", "Серік Жұмабаев"), ("g", "GPE", "Ақсуда")])
    quote = "Көпір жазда ашылады"
    q_start = text.index(quote)
    doc.quotes = [Quote(quote, "direct", Span(q_start, q_start + len(quote)), "p")]
    r_start = text.index("Әкім")
    doc.roles = [Role("p", "әкім", Span(r_start, r_start + 4))]
    e_start = text.index("Ақсуда")  # starts exactly on a mention
    doc.events = [Event("v", "meeting", Span(e_start, text.index("кездесті") + 8))]
    view = build_article_view(doc, {})
    segs = [s for para in view.body for s in para]
    assert [s.text for s in segs if s.in_quote] == [quote]
    ids = {s.anchor: s for s in segs if s.anchor}
    assert view.quotes[0].anchor == f"at-{q_start}" and ids[view.quotes[0].anchor].text == quote
    assert view.roles[0].anchor == f"at-{r_start}" and ids[view.roles[0].anchor].text.startswith("Әкім")
    assert view.events[0].anchor == f"at-{e_start}" and ids[view.events[0].anchor].css == "t-gpe"
    assert "".join(s.text for s in segs) == text.split("\n", 1)[1]
