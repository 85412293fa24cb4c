"""The shipped model on sentences written for these tests (not from KazNERD, not from the seed article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from derek.errors import ModelError
from derek.ner import tag_sentences
from derek.ner.corpus import entity_spans
from derek.ner.model import NerModel


def _entities(sentence: str) -> set[tuple[str, str]]:
    toks = sentence.split()
    labels = tag_sentences([toks])[0]
    return {(" ".join(toks[s:e]), typ) for s, e, typ in entity_spans(labels)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Қазақстан Президенті Қасым-Жомарт Тоқаев Бейжіңге ресми сапармен барды .",
         {("Қасым-Жомарт Тоқаев", "PERSON"), ("Бейжіңге", "GPE")}),
        ("Премьер-министр Олжас Бектенов Шымкентте кәсіпкерлермен кездесті .",
         {("Олжас Бектенов", "PERSON"), ("Шымкентте", "GPE")}),
        ("Бүгін Алматыда Ерлан Қарин журналистердің сұрақтарына жауап берді .",
         {("Алматыда", "GPE"), ("Ерлан Қарин", "PERSON")}),
        ("Түркия Президенті Режеп Тайып Ердоған Анкарада баспасөз мәслихатын өткізді .",
         {("Анкарада", "GPE")}),
    ],
)
def test_people_and_places(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _entities(sentence)


def test_a_title_before_a_name_is_a_position() -> None:
    found = _entities("Денсаулық сақтау министрі Ақмарал Әлназарова Қызылордаға барды .")
    assert any(typ == "POSITION" and "министрі" in text for text, typ in found)
    assert ("Ақмарал Әлназарова", "PERSON") in found


def test_labels_follow_the_sentences() -> None:
    sents = [["Ол", "келді", "."], [], ["Астана"]]
    labels = tag_sentences(sents)
    assert [len(x) for x in labels] == [3, 0, 1]
    assert all(lab == "O" or lab[:2] in ("B-", "I-") for x in labels for lab in x)


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="NER model missing"):
        NerModel(tmp_path / "none.crfsuite")


def test_a_corrupt_model_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="unreadable"):
        NerModel(bad)
