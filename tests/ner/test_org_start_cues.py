from __future__ import annotations

import pytest

from derek.ner.features import Featurizer

MINED = {"университет": (">ORGANISATION",), "комитет": (">ORGANISATION",)}


def _cues(tokens: list[str]) -> list[set[str]]:
    feats = Featurizer("morph2", {}, MINED).sentence(tokens)
    return [{f for f in fs if f.startswith(("place", "capToHead"))} for fs in feats]


@pytest.mark.parametrize(
    ("tokens", "index", "expected"),
    [
        # a genitive country two words before a head noun
        (["Жапонияның", "Киото", "университеті", "ашылды"], 0,
         {"place&hd=2", "place&case=gen&ahead", "capToHead=2|place"}),
        # a nominative city right before the head
        (["Павлодар", "университеті", "жабылды"], 0, {"place&hd=1", "place&case=nom&next", "capToHead=1|place"}),
        # a word that is no place gets nothing, nor do the head and the words after it
        (["Жапонияның", "Киото", "университеті", "ашылды"], 1, set()),
        (["Павлодар", "университеті", "жабылды"], 1, set()),
        (["Павлодар", "университеті", "жабылды"], 2, set()),
    ],
)
def test_place_before_org_head(tokens: list[str], index: int, expected: set[str]) -> None:
    assert _cues(tokens)[index] == expected


def test_a_comma_cuts_the_phrase() -> None:
    assert _cues(["Мысырда", ",", "университеті", "ашылды"])[0] == set()


def test_no_cues_without_a_head_ahead() -> None:
    assert _cues(["Ғалым", "Қытайға", "келді", "."]) == [set(), set(), set(), set()]


def test_morph_set_is_unchanged_by_the_new_cues() -> None:
    toks = ["Жапонияның", "Киото", "университеті", "ашылды"]
    assert not any(f.startswith("place&") for fs in Featurizer("morph", {}, MINED).sentence(toks) for f in fs)
