from __future__ import annotations

import pytest

from derek.ner.features import Featurizer, word_shape


@pytest.mark.parametrize(
    ("word", "shape"),
    [("Астана", "Xx"), ("ҚР", "X"), ("2024", "d"), ("АҚШ-тың", "X-x"), ("5,2", "d,d"), ("«", "«"), ("iPhone", "xXx")],
)
def test_word_shape(word: str, shape: str) -> None:
    assert word_shape(word) == shape


@pytest.mark.parametrize("kind", ["paper", "rich", "morph"])
def test_one_feature_list_per_token_with_context(kind: str) -> None:
    toks = ["Ерлан", "Қарин", "Таразға", "барды", "."]
    feats = Featurizer(kind).sentence(toks)
    assert len(feats) == len(toks)
    assert "BOS" in feats[0] and "EOS" in feats[-1]
    assert "1w=қарин" in feats[0]  # the next word, seen from the first
    assert "-2w=ерлан" in feats[2]


def test_rich_features_see_stem_and_gazetteer() -> None:
    feats = Featurizer("rich").sentence(["Таразға", "келді"])[0]
    assert "st=тараз" in feats and "sf=ға" in feats and "g=city" in feats


def test_clusters_become_features() -> None:
    feats = Featurizer("rich", {"тараз": ("k8:3",)}).sentence(["Таразда"])[0]
    assert "c=k8:3" in feats


def test_unknown_feature_set_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown feature set"):
        Featurizer("deep")


def test_the_word_cache_stays_bounded_and_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import derek.ner.features as features

    monkeypatch.setattr(features, "_CACHE_LIMIT", 3)
    toks = ["Ақтөбеде", "бес", "жаңа", "мектеп", "ашылды", "."]
    small = Featurizer("rich")
    got = small.sentence(toks)
    assert len(small._cache) <= 3
    monkeypatch.setattr(features, "_CACHE_LIMIT", 1000)
    assert got == Featurizer("rich").sentence(toks)
