"""``morph4``: a place word shortly before a position head, which KazNERD takes into the POSITION span."""

from __future__ import annotations

import pytest

from derek.ner.features import Featurizer

MINED = {"әкім": (">POSITION",), "орынбасар": (">POSITION",), "облыс": ("<GPE",)}


def _cues(tokens: list[str], kind: str = "morph4") -> list[set[str]]:
    feats = Featurizer(kind, {}, MINED).sentence(tokens)
    return [{f for f in fs if isinstance(f, str) and f.startswith("place>pos")} for fs in feats]


@pytest.mark.parametrize(
    ("tokens", "index", "expected"),
    [
        # a city two words before the head, and the genitive region word right before it
        (["Кеше", "Тараз", "қаласының", "әкімі", "келді"], 1, {"place>pos&hd=2", "place>pos&case=nom&ahead"}),
        (["Кеше", "Тараз", "қаласының", "әкімі", "келді"], 2, {"place>pos&hd=1", "place>pos&case=gen&next"}),
        # a genitive country before a deputy
        (["Жапонияның", "сыртқы", "істер", "министрінің", "орынбасары", "сөйледі"], 0,
         {"place>pos&hd=3", "place>pos&case=gen&ahead"}),
        # the head itself, a word that is no place, and the words after the head get nothing
        (["Кеше", "Тараз", "қаласының", "әкімі", "келді"], 0, set()),
        (["Кеше", "Тараз", "қаласының", "әкімі", "келді"], 3, set()),
        (["Кеше", "Тараз", "қаласының", "әкімі", "келді"], 4, set()),
    ],
)
def test_place_before_position_head(tokens: list[str], index: int, expected: set[str]) -> None:
    assert _cues(tokens)[index] == expected


def test_more_than_four_words_away_is_too_far() -> None:
    toks = ["Тараз", "қаласындағы", "жаңа", "ауруханаға", "барған", "әкім"]
    assert _cues(toks)[0] == set()


def test_a_comma_cuts_the_phrase() -> None:
    assert _cues(["Таразда", ",", "әкімі", "сөйледі"])[0] == set()


def test_no_cues_without_a_position_head() -> None:
    assert _cues(["Ғалым", "Таразға", "келді", "."]) == [set(), set(), set(), set()]


def test_morph3lean_has_no_position_cues() -> None:
    assert _cues(["Кеше", "Тараз", "қаласының", "әкімі", "келді"], "morph3lean") == [set()] * 5
