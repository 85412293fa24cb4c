"""The names an English reader types for states, organisations and leaders in Kazakh news find the articles.

Short Kazakh texts written for these tests go through the real pipeline: other English names of a country
or organisation (Turkey for Түркия, UN for БҰҰ) come from lang/kk/data/english_aliases.tsv; leaders' names
meet their Kazakh spellings through the phonetic keys.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derek.kb import KnowledgeBase

ARTICLES = {
    "turkey": ("Сапар", "Түркия Президенті Режеп Тайып Ердоған Астанаға келді."),
    "britain": ("Келіссөз", "Ұлыбритания үкіметі жаңа сауда келісіміне қол қойды."),
    "usa": ("Елші", "АҚШ елшісі министрмен кездесті."),
    "un": ("Мінбер", "БҰҰ Бас хатшысы Антониу Гутерриш сөз сөйледі."),
    "who": ("Денсаулық", "Дүниежүзілік денсаулық сақтау ұйымы жаңа ұсыныс жариялады."),
    "sco": ("Саммит", "ШЫҰ саммитіне Си Цзиньпин мен Нарендра Моди қатысты."),
    "csto": ("Кеңес", "ҰҚШҰ кеңесінде Александр Лукашенко мен Никол Пашинян сөйледі."),
    "cis": ("Кездесу", "ТМД басшылары кездесті. Шавкат Мирзиёев пен Садыр Жапаров пікір алмасты."),
    "korea": ("Инвестиция", "Оңтүстік Корея компаниялары зауыт салады."),
    "holland": ("Гүл", "Нидерланды гүл экспортын арттырды."),
    "emirates": ("Әуе", "Біріккен Араб Әмірліктері жаңа рейс ашты."),
    "ivory": ("Какао", "Кот-д'Ивуар биыл какао экспортын көбейтті."),
    "congo": ("Кен", "Конго Демократиялық Республикасы мыс өндіруді көбейтті."),
    "greenland": ("Арал", "Гренландия аралының мұзы еріп жатыр."),
    "leaders": ("Телефон", "Нұрсұлтан Назарбаев Владимир Путинмен және Ильхам Әлиевпен сөйлесті. "
                "Олаф Шольц пен Энтони Блинкен құттықтады."),
}


@pytest.fixture
def filled(store: Callable[..., dict[str, str]]) -> dict[str, str]:
    return store(ARTICLES)


@pytest.mark.parametrize(
    ("query", "article"),
    [
        ("Turkey", "turkey"), ("Britain", "britain"), ("UK", "britain"), ("Great Britain", "britain"),
        ("US", "usa"), ("USA", "usa"), ("America", "usa"), ("UN", "un"), ("WHO", "who"), ("SCO", "sco"),
        ("CSTO", "csto"), ("CIS", "cis"), ("Korea", "korea"), ("South Korea", "korea"), ("Holland", "holland"),
        ("UAE", "emirates"), ("Emirates", "emirates"),
        ("Ivory Coast", "ivory"), ("Côte d'Ivoire", "ivory"), ("DR Congo", "congo"), ("DRC", "congo"),
        ("Greenland", "greenland"),
        ("Erdogan", "turkey"), ("Guterres", "un"), ("Xi Jinping", "sco"), ("Modi", "sco"),
        ("Lukashenko", "csto"), ("Pashinyan", "csto"), ("Mirziyoyev", "cis"), ("Japarov", "cis"),
        ("Nazarbayev", "leaders"), ("Nazarbaev", "leaders"), ("Putin", "leaders"), ("Aliyev", "leaders"),
        ("Scholz", "leaders"), ("Blinken", "leaders"),
    ],
)
def test_an_english_name_finds_its_article(kb: KnowledgeBase, filled: dict[str, str], query: str,
                                           article: str) -> None:
    assert filled[article] in [h.doc_id for h in kb.search(query, limit=5)]


def test_an_abbreviation_counts_only_in_capitals(kb: KnowledgeBase, filled: dict[str, str]) -> None:
    assert filled["who"] not in [h.doc_id for h in kb.search("who", limit=5)]
    assert filled["usa"] not in [h.doc_id for h in kb.search("us", limit=5)]
