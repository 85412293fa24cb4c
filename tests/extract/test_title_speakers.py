"""Speakers named only by a title: the holder in the article, the post a bare title stands for, the holder of the
office on the article's date (office_holders.tsv), else the title itself; never no one."""

from __future__ import annotations

from datetime import date

import pytest

from derek.doc import Document
from derek.extract import office_holders
from derek.extract.stage import extract_facts
from derek.lang import kk


def speakers(text: str, day: str = "2025-03-10") -> list[tuple[str, str] | None]:
    """(name, entity type) of the speaker of every direct quote."""
    doc = extract_facts(Document(text=text, date=day))
    ents = {e.id: (e.name, e.type) for e in doc.entities}
    return [ents.get(q.speaker or "") for q in doc.quotes if q.kind == "direct"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a bare title naming the post the article gave him under another name
    ("Премьер-министрдің орынбасары Талғат Жұмабеков жиын өткізді.\n«Бюджетте 2 трлн теңге қарастырылған, "
     "бұл жеткілікті», – деді вице-премьер.", "Талғат Жұмабеков"),
    ("Сенат төрағасы Марат Оспанов палатада сөйледі.\n«Заң жобасы келесі айда қаралады», – деді Сенат спикері.",
     "Марат Оспанов"),
    ("Әділет министрі Серік Қапаров брифинг өткізді.\n— Заң күшіне енді, — деді министр.", "Серік Қапаров"),
    # a title the article never uses with a name, where the person quoted just before has no other post
    ("«Баға тұрақтанады», – деді Бақыт Омаров.\nОл инфляцияның баяулағанын атап өтті.\n"
     "«Бізде азық-түлік қоры жеткілікті», – деді әкім.", "Бақыт Омаров"),
    # a representative of an organisation: its one person in the article
    ("Азия даму банкінің вице-президенті Анна Россини форумға келді.\n— Біз жаңа жобаларды қаржыландырамыз, — "
     "деді банк өкілі.", "Анна Россини"),
])
def test_title_resolves_to_the_person_in_the_article(text: str, speaker: str) -> None:
    found = speakers(text)
    assert found and set(found) == {(speaker, "PERSON")}


@pytest.mark.parametrize(("title", "day", "holder"), [
    ("Мемлекет басшысы", "2021-05-04", "Қасым-Жомарт Тоқаев"),
    ("Мемлекет басшысы", "2018-05-04", "Нұрсұлтан Назарбаев"),
    ("Сенат спикері", "2019-06-01", "Дариға Назарбаева"),
    ("Сенат спикері", "2023-06-01", "Мәулен Әшімбаев"),
    ("Ресей президенті", "2010-01-15", "Дмитрий Медведев"),
    ("Ресей президенті", "2024-01-15", "Владимир Путин"),
])
def test_title_never_paired_with_a_name_is_the_office_holder_that_day(title: str, day: str, holder: str) -> None:
    text = f"Астанада жиын өтті.\n«Біз реформаларды жалғастырамыз, бұл басты мақсат», – деді {title}."
    assert speakers(text, day) == [(holder, "POSITION")]


def test_holder_named_in_the_article_is_that_person() -> None:
    text = ("Кеше Мемлекет басшысы Қасым-Жомарт Тоқаев жиын өткізді.\nҮкімет мүшелері есеп берді.\n"
            "«Жұмыс жалғасады», – деді Мемлекет басшысы.")
    assert speakers(text, "2024-05-04") == [("Қасым-Жомарт Тоқаев", "PERSON")]


def test_title_with_no_holder_anywhere_is_the_title_itself() -> None:
    text = "Кеше жиын өтті.\n«Біз жаңа ауруханалар саламыз, жоспар дайын», – деді вице-министр."
    assert speakers(text) == [("вице-министр", "POSITION")]


def test_office_holder_dates_are_inclusive_and_an_undated_office_needs_one_holder() -> None:
    kz = office_holders.country_key("Қазақстан")
    assert office_holders.holder("prime_minister", kz, date(2024, 2, 5)) == "Әлихан Смайылов"
    assert office_holders.holder("prime_minister", kz, date(2024, 2, 6)) == "Олжас Бектенов"
    assert office_holders.holder("president", kz, None) is None  # two presidents in the table: no guess
    assert office_holders.holder("president", office_holders.country_key("Тәжікстан"), None) == "Эмомали Рахмон"


@pytest.mark.parametrize(("head", "owner", "office"), [
    ("президент", None, ("president", "Kazakhstan")),
    ("президент", "Ресей Федерациясы", ("president", "Russia")),
    ("спикер", "Мәжіліс", ("mazhilis_chair", "Kazakhstan")),
    ("төраға", "Сенат", ("senate_chair", "Kazakhstan")),
    ("министр", None, None),
])
def test_office_a_title_names(head: str, owner: str | None, office: tuple[str, str] | None) -> None:
    assert office_holders.office_of(head, owner) == office


def test_office_holder_rows_are_well_formed() -> None:
    offices = {row[2] for row in kk.table("speaker_offices", 4)}
    for office, country, holder, start, end, source in kk.table("office_holders", 6):
        assert office in offices and country and len(holder.split()) >= 2 and source
        assert end == "" or date.fromisoformat(start) <= date.fromisoformat(end)


@pytest.mark.parametrize("title", ["Мемлекет басшысы", "Президент"])
def test_a_top_office_is_its_holder_not_the_one_minister_of_that_country(title: str) -> None:
    """The article names one Kazakh minister and, apart, the president that day: a head-of-state title alone
    is the president, never "that country's one person"."""
    text = (f"{title} Ханойға кеше келді.\n«Сапар нәтижелі болады», – деді {title}.\n"
            "Келісімге Қазақстанның Сауда министрі Арман Ерланұлы қол қойды.\n"
            "Қасым-Жомарт Тоқаев баспасөзге мәлімдеме жасады.")
    assert speakers(text) == [("Қасым-Жомарт Тоқаев", "PERSON")]


def test_a_counterpart_holds_the_subjects_post_in_that_country() -> None:
    """ "Вьетнам Президенті X қазақстандық әріптесін қарсы алды": Kazakhstan's president, not the one Kazakh
    minister the article names."""
    text = ("Вьетнам Президенті Лыонг Кыонг қазақстандық әріптесін ресми қарсы алды.\n"
            "Сапарға Қазақстанның Сауда министрі Арман Ерланұлы да қатысты. Қасым-Жомарт Тоқаев сөз сөйледі.")
    doc = extract_facts(Document(text=text, date="2025-03-10"))
    holders = {e.name for e in doc.entities for m in e.mentions if m.text == "қазақстандық әріптесін"}
    assert holders == {"Қасым-Жомарт Тоқаев"}


def test_a_profession_alone_after_a_quote_is_the_subject_before_it() -> None:
    text = ("Шаруа қожалығының басшысы Бауыржан Серікбаев жанармай бағасы алаңдататынын айтты.\n"
            "— Біз көмек күтеміз, — деді фермер.")
    assert speakers(text) == [("Бауыржан Серікбаев", "PERSON")]
