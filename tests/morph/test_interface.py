"""The public interface other packages code against (docs/interfaces.md)."""

from __future__ import annotations

import dataclasses

import pytest

from derek.doc import Document
from derek.morph import Analysis, analyse, lemma, lemmatize_sentences, search_terms
from derek.pipeline import get_stage


def test_analysis_is_a_frozen_dataclass_with_the_agreed_fields() -> None:
    a = analyse("кітаптарымызда")[0]
    assert isinstance(a, Analysis)
    assert (a.lemma, a.pos, a.case) == ("кітап", "NOUN", "loc")
    assert a.suffixes == ("тар", "ымыз", "да")
    assert ("Number", "Plur") in a.feats
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.lemma = "x"  # type: ignore[misc]


def test_readings_are_best_first() -> None:
    scores = [a.score for a in analyse("мектептерде")]
    assert scores == sorted(scores, reverse=True)


def test_non_words_pass_through() -> None:
    assert lemma("2025") == "2025"
    assert lemma("«") == "«"
    assert lemmatize_sentences([]) == []
    assert lemmatize_sentences([["—", "5", "%"]]) == [["—", "5", "%"]]


def test_search_terms_are_lowercase_lemmas_of_words_only() -> None:
    assert search_terms("Мектептерде, ауылдарда!") == ["мектеп", "ауыл"]
    assert search_terms("") == []


def test_stage_is_registered_with_its_contract() -> None:
    st = get_stage("morph")
    assert st.requires == ("doc.tokens", "doc.sentences")
    assert st.assigns == ("token.lemma", "token.pos", "token.case", "token.feats")


def test_stage_accepts_an_empty_document() -> None:
    doc = get_stage("morph").fn(Document(text=""))
    assert doc.tokens == []
