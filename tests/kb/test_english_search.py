"""An English-only reader finds Kazakh articles by the Latin spelling of the names they print in Cyrillic.

Articles go through the real pipeline; the texts are written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derek.kb import KnowledgeBase

ARTICLES = {
    "macron": ("Франция президенті Астанаға келді",
               "Франция Президенті Эммануэль Макрон Астанаға ресми сапармен келді. Тоқаев Макронмен "
               "Ақордада кездесті."),
    "trump": ("Сауда туралы мәлімдеме", "АҚШ Президенті Дональд Трамп баспасөз мәслихатын өткізді. Трамптың "
              "айтуынша, жаңа баж салығы енгізіледі."),
    "leyen": ("Жаңа жоспар", "Еуропалық комиссияның төрайымы Урсула фон дер Ляйен климат жөніндегі жаңа "
              "жоспарды таныстырды."),
    "guterres": ("Бейбітшілікке шақыру", "Бас хатшы Антониу Гутерриш отырыста сөз сөйледі. Гутерриш "
                 "тараптарды келіссөзге шақырды."),
    "farm": ("Егін жинау", "Ақмола облысының фермерлері егін жинауды аяқтады. Марат Бекенов жиында сөйледі."),
    # only inflected forms of the surname, which the lemmatiser may leave whole: the name token is a prefix
    "deputy": ("Депутат сауалы", "Депутат Ғалым Сарлапаевтың сауалына министрлік жауап берді. Су тапшылығы "
               "Сарлапаевқа жеткізілді."),
}


@pytest.fixture
def filled(store: Callable[..., dict[str, str]]) -> dict[str, str]:
    return store(ARTICLES)


def _ranked(kb: KnowledgeBase, query: str) -> list[str]:
    return [h.doc_id for h in kb.search(query, limit=5)]


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("Macron", "macron"),
        ("Emmanuel Macron", "macron"),
        ("macron", "macron"),
        ("Trump", "trump"),
        ("Donald Trump", "trump"),
        ("Ursula von der Leyen", "leyen"),  # фон and дер are lowercase in the text
        ("von der Leyen", "leyen"),
        ("Tokayev", "macron"),
        ("Guterres", "guterres"),  # Гутерриш: one sound away, found by the nearer tier
        ("Galym Sarlapayev", "deputy"),
    ],
)
def test_english_spelling_finds_the_kazakh_name(kb: KnowledgeBase, filled: dict[str, str], query: str,
                                                article: str) -> None:
    assert _ranked(kb, query)[:1] == [filled[article]]


def test_a_name_nobody_has_finds_nothing(kb: KnowledgeBase, filled: dict[str, str]) -> None:
    assert _ranked(kb, "Stoltenberg") == []
    # Xi alone would sound like the capitalised common word Су, but Jinping is a name part that must be there too
    assert _ranked(kb, "Xi Jinping") == []


def test_snippet_marks_the_name_as_it_stands_in_the_text(kb: KnowledgeBase, filled: dict[str, str]) -> None:
    hit = kb.search("Trump", limit=1)[0]
    marked = [text for text, is_match in hit.snippet_parts if is_match]
    assert marked and all(text.startswith("Трамп") for text in marked)


def test_kazakh_queries_still_rank_as_before(kb: KnowledgeBase, filled: dict[str, str]) -> None:
    assert _ranked(kb, "Трамптың")[:1] == [filled["trump"]]
    assert _ranked(kb, "фермерлер") == [filled["farm"]]
