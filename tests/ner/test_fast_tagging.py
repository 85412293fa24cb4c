"""What makes tagging fast must not change a label: the attribute filter, the bytes cache, the attribute list."""

from __future__ import annotations

import pycrfsuite
import pytest

from derek.morph.context import sentence_starts
from derek.ner.features import Featurizer
from derek.ner.model import DEFAULT_MODEL, VALID_ONLY_MODEL, NerModel, model_attributes, read_attributes
from derek.ner.morph_features import morph_tags

# Sentences written for these tests: names, places, organisations, numbers, quotes, a Latin word.
SENTENCES = [
    "Сенат төрағасы Маулен Әшімбаев Ақтөбе облысының әкімдігінде кездесу өткізді .",
    "«Қазақстан темір жолы» ұлттық компаниясы 2025 жылы 12 пайызға көп жүк тасыды .",
    "Президент Астанада Германия канцлерін қабылдап , екі ел арасындағы сауданы талқылады .",
    "Ұлттық Банк базалық мөлшерлемені 15,25 пайыз деңгейінде қалдырды .",
    "Әл-Фараби атындағы Қазақ ұлттық университетінің ректоры студенттермен жүздесті .",
    "Samsung компаниясы Алматыда жаңа зауыт ашатынын хабарлады .",
    "— Біз бұл жобаны келесі жылы аяқтаймыз , — деді министр .",
]


@pytest.fixture(scope="module")
def model() -> NerModel:
    return NerModel(DEFAULT_MODEL)


def _unfiltered(model: NerModel) -> Featurizer:
    f = model.featurizer
    return Featurizer(f.kind, f.clusters, f.mined)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_attribute_filter_changes_no_label(model: NerModel, sentence: str) -> None:
    toks = sentence.split()
    everything = _unfiltered(model).sentence(toks)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DEFAULT_MODEL))
    assert model.tag(toks) == tagger.tag(everything)


def test_filtered_features_hold_only_weighted_attributes(model: NerModel) -> None:
    known = model.featurizer.known
    assert known is not None
    toks = SENTENCES[1].split()
    filtered = model.featurizer.sentence(toks)
    everything = _unfiltered(model).sentence(toks)
    for got, full in zip(filtered, everything, strict=True):
        names = {a.decode() if isinstance(a, bytes) else a for a in got}
        assert names <= set(full)  # nothing new
        assert {a for a in full if isinstance(a, str) and a in known} <= names  # nothing weighted lost
        assert any(isinstance(a, bytes) for a in got)  # the cached part is pre-encoded for crfsuite
    dropped = sum(len(full) - len(got) for got, full in zip(filtered, everything, strict=True))
    assert dropped > 0  # the sentence has words the model never saw, so some attributes go


@pytest.mark.parametrize("path", [DEFAULT_MODEL, VALID_ONLY_MODEL])
def test_the_attribute_list_beside_each_model_matches_the_model(path: object) -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    listed = read_attributes(path)  # type: ignore[arg-type]
    assert listed is not None, f"{path}: no attribute list; run write_sidecars (scripts/train_ner.py) again"
    assert listed == model_attributes(tagger)


def test_a_model_without_an_attribute_list_reads_it_from_the_model(tmp_path: object) -> None:
    import shutil
    from pathlib import Path

    copy = Path(str(tmp_path)) / "copy.crfsuite"
    shutil.copy(DEFAULT_MODEL, copy)
    shutil.copy(DEFAULT_MODEL.with_suffix(".json"), copy.with_suffix(".json"))
    assert read_attributes(copy) is None
    loaded = NerModel(copy)
    assert loaded.featurizer.known == read_attributes(DEFAULT_MODEL)


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Президент елшілерді қабылдады .", "Президент"),
        ("Министрлік жаңа ереже жариялады .", "Министрлік"),
        ("« Астана » клубы жеңіске жетті .", "Астана"),
    ],
)
def test_morph3_reads_a_sentence_opening_word_as_the_morph_stage_does(sentence: str, first: str) -> None:
    toks = sentence.split()
    i = toks.index(first)
    assert sentence_starts(toks)[i]
    feats = Featurizer("morph3").sentence(toks)[i]
    assert "lm=" + morph_tags(first, True)[0] in feats
    later = Featurizer("morph3").sentence(["Бүгін", *toks])[i + 1]  # not opening the sentence any more
    assert "lm=" + morph_tags(first, False)[0] in later


def test_morph3lean_drops_the_weightless_templates_that_morph2_has() -> None:
    toks = ["Бүгін", "Ерлан", "Қарин", "Таразда", "болды", "."]
    m2 = Featurizer("morph2").sentence(toks)[2]
    m3 = Featurizer("morph3lean").sentence(toks)[2]
    for gone in ("s1=н", "-1T", "1T", "-2pc=ADV|-", "2pc=AUX|-"):
        assert gone in m2 and gone not in m3
    assert set(m3) < set(m2)  # otherwise the same features for a word inside the sentence
