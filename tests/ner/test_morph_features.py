"""The ``morph`` feature set: analyser tags, mined entity edges and the sentence cues built on them."""

from __future__ import annotations

import pytest

from derek.ner.features import Featurizer
from derek.ner.mined import mine_span_edges
from derek.ner.morph_features import morph_tags


@pytest.mark.parametrize(
    ("word", "lemma", "case", "poss3"),
    [
        ("академиясының", "академия", "gen", True),
        ("қорына", "қор", "dat", True),
        ("Ташкентте", "ташкент", "loc", False),
        ("директоры", "директор", "nom", True),
        ("кітаптан", "кітап", "abl", False),
    ],
)
def test_morph_tags_of_inflected_words(word: str, lemma: str, case: str, poss3: bool) -> None:
    got_lemma, _pos, got_case, got_poss3 = morph_tags(word)
    assert (got_lemma, got_case, got_poss3) == (lemma, case, poss3)


@pytest.mark.parametrize("token", [",", "«", "2024", "%"])
def test_tokens_without_letters_get_no_analysis(token: str) -> None:
    assert morph_tags(token) == (token.lower(), "-", "-", False)


LEMMAS = {"академиясы": "академия", "директоры": "директор"}


def _lemma(word: str) -> str:
    return LEMMAS.get(word.lower(), word.lower())


TRAIN = [
    (["Ұлттық", "ғылым", "академиясы", "жиналды"], ["B-ORGANISATION", "I-ORGANISATION", "I-ORGANISATION", "O"]),
    (["Тарих", "академиясы", "ашылды"], ["B-ORGANISATION", "I-ORGANISATION", "O"]),
    (["Өнер", "академиясы", "жабылды"], ["B-ORGANISATION", "I-ORGANISATION", "O"]),
    (["Ол", "академия", "туралы", "айтты"], ["O", "O", "O", "O"]),
    (["Банк", "директоры", "келді"], ["B-POSITION", "I-POSITION", "O"]),
]


def test_mined_edges_need_enough_evidence() -> None:
    mined = mine_span_edges(TRAIN, _lemma, min_count=3, min_share=0.5)
    assert mined == {"академия": (">ORGANISATION",)}  # 3 of its 4 occurrences end an organisation
    assert "директор" not in mined  # one example is too few
    assert mine_span_edges(TRAIN, _lemma, min_count=3, min_share=0.8) == {}


def test_mined_lemmas_become_features_for_the_word_and_ahead() -> None:
    feat = Featurizer("morph", mined={"академия": (">ORGANISATION",)})
    feats = feat.sentence(["Медицина", "ғылымдары", "академиясының", "мүшесі"])
    assert "m=>ORGANISATION" in feats[2]
    assert "-1m=>ORGANISATION" in feats[3]
    assert "ahead=>ORGANISATION" in feats[0] and "ahead=>ORGANISATION" not in feats[3]


def test_a_quoted_name_before_an_organisation_head_is_marked() -> None:
    feats = Featurizer("morph").sentence(["Ол", "«", "Самұрық", "»", "қорының", "басшысы", "."])
    assert all("Q>orghead" in feats[i] for i in range(1, 5))
    assert "Q>orghead" not in feats[0] and "Q>orghead" not in feats[5]


def test_capitalised_runs_and_lemma_features() -> None:
    feats = Featurizer("morph").sentence(["Біріккен", "Араб", "Әмірліктерінің", "елшісі", "келді"])
    assert all("caprun=3" in feats[i] for i in range(3))
    assert not any(f.startswith("caprun") for f in feats[3])
    assert "lm=елші" in feats[3] and "P3" in feats[3] and "1lm=елші" in feats[2]


def test_morph_set_keeps_the_rich_features() -> None:
    rich = Featurizer("rich").sentence(["Таразға", "келді"])[0]
    morph = Featurizer("morph").sentence(["Таразға", "келді"])[0]
    assert set(rich) <= set(morph) and "case=dat" in morph
