"""Each article gets its own language: Kazakh by its letters, other languages by the shipped model."""

from __future__ import annotations

import pytest

from derek.doc import Article
from derek.ingest import read_text_article
from derek.lang.detect import detect_language

KAZAKH = [
    "Мемлекет басшысы Ақордада Жапония сыртқы істер министрін қабылдады.",
    "Үкімет отырысында егін жинау науқаны талқыланды.",
    "Бүгін Астанада",  # short, but with Kazakh letters
    "ЖИЫН ӨТТІ",  # capitals
]
RUSSIAN = [
    "Президент Казахстана провёл встречу с министром иностранных дел Японии в Акорде.",
    "На заседании правительства обсудили ход уборочной кампании и цены на топливо.",
    # a Russian article that quotes a Kazakh name keeps its language
    "Глава государства Қасым-Жомарт Токаев провёл совещание по вопросам экономики и бюджета страны.",
]
ENGLISH = ["The President of Kazakhstan received the foreign minister of Japan in Astana on Monday."]


@pytest.mark.parametrize("text", KAZAKH)
def test_kazakh(text: str) -> None:
    assert detect_language(text) == "kk"


@pytest.mark.parametrize("text", RUSSIAN)
def test_russian(text: str) -> None:
    assert detect_language(text) == "ru"


@pytest.mark.parametrize("text", ENGLISH)
def test_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_mixed_text_goes_by_the_majority_of_its_paragraphs() -> None:
    kazakh = "Мемлекет басшысы өңірлердегі әлеуметтік нысандардың құрылысы туралы баяндама тыңдады."
    russian = "«Мы продолжим работу», — сказал он."
    assert detect_language("\n".join([kazakh, kazakh, russian])) == "kk"
    assert detect_language("\n".join([RUSSIAN[0], RUSSIAN[1], "Ол келді."])) == "ru"


@pytest.mark.parametrize("text", [
    "Кот-д'Ивуар какао экспортын арттырды.",  # no letter of Kazakh's own; the model alone says Kyrgyz
    "Кот-д'Ивуар какао экспортын арттырды. Бразилия кофе экспортын арттырды.",
])
def test_kazakh_without_its_own_letters_is_not_taken_for_a_neighbour(text: str) -> None:
    assert detect_language(text) == "kk"


@pytest.mark.parametrize("text", ["", "   ", "2025", "— — —"])
def test_nothing_to_tell_from_is_kazakh(text: str) -> None:
    assert detect_language(text) == "kk"


def test_the_readers_set_the_language() -> None:
    assert read_text_article(RUSSIAN[0]).language == "ru"
    assert read_text_article(" date 2025-05-05 Жиын\n" + KAZAKH[1]).language == "kk"


def test_a_stated_language_is_kept_and_a_missing_one_detected() -> None:
    assert Article(body=RUSSIAN[0], language="kk").to_document().language == "kk"
    assert Article(body=RUSSIAN[0]).to_document().language == "ru"
