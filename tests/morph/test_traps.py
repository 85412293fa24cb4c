"""Common words whose endings look like suffixes (docs/language.md §2.12) and the harmony/class rules."""

from __future__ import annotations

import pytest

from derek.lang.kk.phonology import final_class, harmony
from derek.morph import analyse, lemma
from derek.morph.segment import segment

WHOLE_WORDS = ["басшы", "хатшы", "елші", "тілші", "сарапшы", "бірге", "маңызды", "тәуелсіз", "қауіпсіздік",
               "ынтымақтастық", "халықаралық", "сапар", "адам", "жиын", "түрікмен"]


@pytest.mark.parametrize("word", WHOLE_WORDS)
def test_stems_ending_like_suffixes_stay_whole(word: str) -> None:
    assert lemma(word) == word


@pytest.mark.parametrize(("stem", "expected"), [
    ("президент", "front"), ("Лиссабон", "back"), ("Италия", "back"), ("Семей", "front"), ("кітап", "back"),
    ("Брюссель", "front"), ("жиын", "back"), ("Сочи", None), ("Ирак", None),
])
def test_harmony(stem: str, expected: str | None) -> None:
    assert harmony(stem) == expected


@pytest.mark.parametrize(("stem", "expected"), [
    ("Астана", "V"), ("министр", "R"), ("Атырау", "R"), ("ел", "L"), ("адам", "N"), ("сөз", "Z"), ("Шольц", "K"),
    ("Тоқаев", "K"), ("такси", "R"),
])
def test_final_class(stem: str, expected: str) -> None:
    assert final_class(stem) == expected


@pytest.mark.parametrize(("word", "stem", "morphs"), [
    ("басшысына", "басшы", ("P3", "dat")), ("елдерінің", "ел", ("PL", "P3", "gen")),
    ("Қазақстандағы", "қазақстан", ("loc", "gy")), ("кездесуімен", "кездесу", ("P3", "ins")),
])
def test_segmentation_offers_the_right_chain(word: str, stem: str, morphs: tuple[str, ...]) -> None:
    assert any(s.stem == stem and s.morphs == morphs for s in segment(word.lower()))


@pytest.mark.parametrize(("word", "stem"), [("ауылта", "ауыл"), ("мектепге", "мектеп"), ("сөзмен", "сөз"),
                                            ("қалада", "қал"), ("адамның", "адамн")])
def test_wrong_allomorphs_are_not_offered(word: str, stem: str) -> None:
    # -та after л, -ге after п, -мен after з are not Kazakh; nor is -ада or a genitive -ың after н
    cases = ("loc", "dat", "ins", "gen")
    assert all(not (s.stem == stem and s.morphs and s.morphs[-1] in cases) for s in segment(word))


def test_dat_after_possessive_needs_the_possessive() -> None:
    # -на is a dative only after a 3rd-person possessive: Астана is not Аста + на.
    assert not any(s.stem == "аста" and s.morphs == ("dat",) for s in segment("астана"))


def test_digits_and_hyphen() -> None:
    best = analyse("2025-ке")[0]
    assert (best.lemma, best.case) == ("2025", "dat")


@pytest.mark.parametrize(("word", "expected"), [("COVID-19-ға", "COVID-19"), ("G20-ның", "G20"), ("ЕО-ға", "ЕО"),
                                                ("Reuters-тің", "Reuters"), ("100-ден", "100")])
def test_suffixes_after_a_hyphen(word: str, expected: str) -> None:
    assert lemma(word) == expected


def test_pathological_input_is_fast_and_unchanged() -> None:
    assert lemma("а" * 300) == "а" * 300
    assert lemma("https://example.com/a-b") == "https://example.com/a-b"
