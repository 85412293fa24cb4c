"""English names for places, organisations and posts: the tables in the language layer, and search with them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from derek.kb import KnowledgeBase
from derek.text.exonyms import kazakh_spellings
from derek.text.posts import english_post
from derek.text.translit import romanize


@pytest.mark.parametrize(
    ("kazakh", "english"),
    [
        ("Париж", "Paris"),
        ("Бейжің", "Beijing"),
        ("Брюссель", "Brussels"),
        ("БҰҰ", "United Nations"),
        ("Еуропалық комиссия", "European Commission"),
        ("Ұлттық банк", "National Bank of Kazakhstan"),
        ("Таяу Шығыс", "Middle East"),
        ("Маңғыстау облысы", "Mangghystau Region"),  # a known head after an unknown name
        ("Жапония", "Japan"),  # countries still come from derek.text.exonyms
        ("Энергетика министрлігі", "Ministry of Energy"),
        ("Тоқаев", "Tokaev"),  # no English name: letters only
    ],
)
def test_romanize_gives_the_english_name(kazakh: str, english: str) -> None:
    assert romanize(kazakh) == english


@pytest.mark.parametrize(
    ("post", "english"),
    [
        ("су ресурстары және ирригация министрі", "minister of water resources and irrigation"),
        ("оқу-ағарту министрі", "minister of education"),
        ("Сыртқы істер министрі", "minister of foreign affairs"),
        ("энергетика вице-министрі", "deputy minister of energy"),
        ("қаржы министрінің орынбасары", "deputy minister of finance"),
        ("төтенше және өкілетті елші", "ambassador extraordinary and plenipotentiary"),
        ("қала әкімі", "akim (mayor) of the city"),
        ("Ұлттық банк төрағасы", "governor of the National Bank"),
        ("мәжіліс депутаты", "member of the Mazhilis"),
    ],
)
def test_posts_are_translated_not_transliterated(post: str, english: str) -> None:
    assert english_post(post) == english


@pytest.mark.parametrize("post", ["бас бапкер", "ғарыш министрі", "", "министр министрі"])
def test_unknown_posts_are_left_to_the_caller(post: str) -> None:
    assert english_post(post) is None


def test_english_names_lead_back_to_every_kazakh_spelling() -> None:
    assert {"бұұ", "біріккен ұлттар ұйымы"} <= set(kazakh_spellings("United Nations"))
    assert "париж" in kazakh_spellings("paris")
    assert kazakh_spellings("Atlantis") == ()


ARTICLES = {
    "paris": ("Көрме", "Парижде жаңа спорт кешені ашылды. Қазақстан спортшылары сонда жаттығады."),
    "un": ("Отырыс", "БҰҰ Бас хатшысы Нью-Йоркте сөз сөйледі. Тараптар келіссөзге шақырылды."),
    "ec": ("Жоспар", "Еуропалық комиссияның төрайымы климат жөніндегі жоспарды таныстырды."),
    "japan": ("Инвестиция", "Жапонияның сыртқы істер министрі Орталық Азия елдерімен кездесті."),
}


@pytest.fixture
def filled(store: Callable[..., dict[str, str]]) -> dict[str, str]:
    return store(ARTICLES)


@pytest.mark.parametrize(
    ("query", "article"),
    [("Paris", "paris"), ("United Nations", "un"), ("New York", "un"), ("European Commission", "ec"),
     ("Japan", "japan"), ("Central Asia", "japan")],
)
def test_english_place_and_organisation_names_find_the_article(
    kb: KnowledgeBase, filled: dict[str, str], query: str, article: str
) -> None:
    assert [h.doc_id for h in kb.search(query, limit=3)][:1] == [filled[article]]
