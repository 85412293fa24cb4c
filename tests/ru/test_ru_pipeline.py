"""The Russian pipeline end to end on short texts written for these tests."""

from __future__ import annotations

import json

import pytest

from derek.doc import Document
from derek.lang.ru.pipeline import stages
from derek.pipeline import Pipeline


@pytest.fixture(scope="module")
def run() -> Pipeline:
    return Pipeline(stages())


def _names(doc: Document, kind: str = "PERSON") -> list[str]:
    return [e.name for e in doc.entities if e.type == kind]


def _name(doc: Document, entity_id: str | None) -> str | None:
    ent = doc.entity(entity_id)
    return ent.name if ent else None


def test_stage_names_are_prefixed_and_the_order_checks(run: Pipeline) -> None:
    assert run.names == ["ru.normalize", "ru.tokenize", "ru.sentences", "ru.ner", "ru.extract"]
    assert {"doc.roles", "doc.quotes", "doc.events", "doc.claims", "doc.entities"} <= run.assigns


def test_the_default_pipeline_routes_russian_text_here() -> None:
    from derek import load_pipeline

    doc = next(load_pipeline().pipe(["Президент Казахстана Касым-Жомарт Токаев провёл встречу в Астане."]))
    assert doc.language == "ru"
    assert any(e.name == "Касым-Жомарт Токаев" for e in doc.entities)


def test_macron_survives_and_names_are_nominative(run: Pipeline) -> None:
    doc = run(Document(text="Токаев встретился с Макроном в Париже. Президент Франции Эммануэль Макрон "
                            "поблагодарил Касым-Жомарта Токаева.", language="ru"))
    people = _names(doc)
    assert "Эммануэль Макрон" in people
    assert "Касым-Жомарт Токаев" in people
    assert len(people) == 2  # Токаев and Токаева are one person, Макроном and Макрон another
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
    macron = next(e for e in doc.entities if e.name == "Эммануэль Макрон")
    assert {r.position for r in doc.roles if r.person == macron.id} == {"президент"}
    assert _name(doc, next(r.of for r in doc.roles if r.person == macron.id)) == "Франция"
    json.dumps(doc.to_dict(), allow_nan=False, ensure_ascii=False)


def test_tokens_carry_lemma_case_and_pos(run: Pipeline) -> None:
    doc = run(Document(text="Министр прибыл на заседание правительства.", language="ru"))
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["Министр"].lemma == "министр"
    assert by_text["Министр"].case == "nom"
    assert by_text["правительства"].case == "gen"
    assert by_text["прибыл"].pos == "VERB"
    assert by_text["."].pos == "PUNCT"
    assert len(doc.sentences) == 1


def test_quote_closed_by_a_pronoun_goes_to_the_last_named_person(run: Pipeline) -> None:
    doc = run(Document(text="Министр энергетики Алмасадам Саткалиев провёл брифинг.\n"
                            "«Цены на бензин не вырастут до конца года», — сказал он.", language="ru"))
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].text.startswith("Цены на бензин")
    assert _name(doc, direct[0].speaker) == "Алмасадам Саткалиев"


def test_title_only_speaker_resolves_to_the_president_named_in_the_article(run: Pipeline) -> None:
    doc = run(Document(text="Президент Казахстана Касым-Жомарт Токаев провел совещание в Акорде.\n"
                            "— Мы должны работать быстрее, — заявил глава государства.", language="ru"))
    quote = next(q for q in doc.quotes if q.kind == "direct")
    assert _name(doc, quote.speaker) == "Касым-Жомарт Токаев"


def test_title_only_speaker_without_a_holder_gets_a_position_entity(run: Pipeline) -> None:
    doc = run(Document(text="«Работа будет продолжена», — подчеркнул глава государства.", language="ru"))
    quote = doc.quotes[0]
    speaker = doc.entity(quote.speaker)
    assert speaker is not None and speaker.type == "POSITION"
    assert _names(doc) == []  # a title alone is not a person


def test_event_with_place_participants_and_online_mode(run: Pipeline) -> None:
    doc = run(Document(text="Президент Казахстана Касым-Жомарт Токаев провел переговоры с Эммануэлем Макроном в режиме "
                            "видеоконференции.", language="ru", date="2025-03-04"))
    event = doc.events[0]
    assert event.type == "meeting"
    assert event.date == "2025-03-04"
    names = {_name(doc, p.entity): p.mode for p in event.participants}
    assert names == {"Касым-Жомарт Токаев": "online", "Эммануэль Макрон": "online"}


def test_event_place_is_nominative(run: Pipeline) -> None:
    doc = run(Document(text="Во Дворце Независимости состоялась встреча Касым-Жомарта Токаева и "
                            "Ильхама Алиева.", language="ru"))
    assert _name(doc, doc.events[0].location) == "Дворец Независимости"


def test_caption_names_the_speaker_of_the_dash_paragraph(run: Pipeline) -> None:
    doc = run(Document(text="Новости дня\nАйгуль Серикова, министр просвещения РК:\n\n"
                            "– Учебный год начнётся вовремя.", language="ru"))
    quote = next(q for q in doc.quotes if q.kind == "direct")
    assert _name(doc, quote.speaker) == "Айгуль Серикова"
    assert any(r.position.startswith("министр просвещения") for r in doc.roles)


def test_body_title_speaker_resolves_to_the_holder_of_the_office(run: Pipeline) -> None:
    doc = run(Document(text="Премьер-министр Роман Склярин провёл заседание правительства. "
                            "Глава Кабмина напомнил, что бюджет исполнен полностью.", language="ru"))
    reported = [q for q in doc.quotes if q.kind == "indirect"]
    assert [(_name(doc, q.speaker), q.text[:6]) for q in reported] == [("Роман Склярин", "бюджет")]


def test_quote_after_a_colon_is_the_subjects(run: Pipeline) -> None:
    doc = run(Document(text="Министр финансов Ерлан Жаксылыков заявил журналистам: «Дефицит бюджета "
                            "сократится». Затем он уехал.", language="ru"))
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [(_name(doc, q.speaker), q.text) for q in direct] == [("Ерлан Жаксылыков", "Дефицит бюджета сократится")]


def test_dash_paragraph_closed_by_a_bare_title_goes_to_its_holder(run: Pipeline) -> None:
    doc = run(Document(text="Аким Карагандинской области Серик Бекмуханов посетил завод.\n"
                            "— Мы построим новую школу, — сказал аким.", language="ru"))
    direct = [q for q in doc.quotes if q.kind == "direct"]
    assert [_name(doc, q.speaker) for q in direct] == ["Серик Бекмуханов"]


def test_the_received_visitor_came_in_person_and_the_host_is_unmarked(run: Pipeline) -> None:
    doc = run(Document(text="Президент Казахстана Касым-Жомарт Токаев принял в Акорде министра иностранных дел "
                            "Турции Хакана Фидана.", language="ru"))
    event = doc.events[0]
    modes = {_name(doc, p.entity): p.mode for p in event.participants}
    assert modes == {"Касым-Жомарт Токаев": None, "Хакан Фидан": "in_person"}
    assert _name(doc, event.location) == "Акорда"


def test_reported_speech_by_title_after_po_slovam(run: Pipeline) -> None:
    doc = run(Document(text="Президент Казахстана Касым-Жомарт Токаев выступил на форуме. По словам Президента "
                            "Казахстана, экономика растёт.", language="ru"))
    reported = [q for q in doc.quotes if q.text.startswith("экономика")]
    assert [_name(doc, q.speaker) for q in reported] == ["Касым-Жомарт Токаев"]


def test_a_meeting_sentence_naming_two_people_keeps_to_them(run: Pipeline) -> None:
    doc = run(Document(text="Генеральный секретарь ООН Антониу Гутерриш встретился с Председателем Мажилиса "
                            "Ерланом Кошановым 5 мая. Аким Алматинской области Марат Султангазиев сообщил, что "
                            "построят 15 школ.", language="ru", date="2025-06-10"))
    event = doc.events[0]
    assert event.date == "2025-05-05"
    assert {_name(doc, p.entity) for p in event.participants} == {"Антониу Гутерриш", "Ерлан Кошанов"}
