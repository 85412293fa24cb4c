"""Features cached per stem and per suffix chain: a reading's features do not depend on what was analysed first."""

from __future__ import annotations

import pytest

from derek.morph import default_analyser
from derek.morph.analyser import Analyser

# Forms written for this test: one stem under many endings, one ending under many stems, names, verbs, loans.
FORMS = [
    "кітаптарымыздың", "кітаптарымызға", "кітабымыз", "кітап", "мектептеріміздің", "қалаларымыздың",
    "министрлігінің", "министрлігі", "оқиды", "оқыды", "оқушылардың", "Астанадағы", "Астанаға", "АҚШ-тың",
    "2025-ке", "халқының", "мүлкінен", "жазылды", "жазылған", "Нью-Йоркте", "университеттерінде",
]


def _readings(analyser: Analyser, word: str) -> list[tuple[float, object, str, tuple[tuple[str, float], ...]]]:
    return [(s, c.analysis, c.tag, c.feats) for s, c in analyser.ranked(word)]


@pytest.mark.parametrize("word", FORMS)
def test_a_word_reads_the_same_in_a_fresh_analyser_and_after_the_others(word: str) -> None:
    shipped = default_analyser()
    warm = Analyser(shipped.lexicon, shipped.weights)
    for other in reversed(FORMS):  # stems and chains of the other forms are in the caches first
        warm.ranked(other)
    fresh = Analyser(shipped.lexicon, shipped.weights)
    assert _readings(fresh, word) == _readings(warm, word)


def test_one_ending_after_two_stems_gives_each_stem_its_own_lexical_features() -> None:
    analyser = Analyser(default_analyser().lexicon, default_analyser().weights)
    book = dict(next(c.feats for _, c in analyser.ranked("кітаптарымыздың") if c.analysis.lemma == "кітап"))
    school = dict(next(c.feats for _, c in analyser.ranked("мектептеріміздің") if c.analysis.lemma == "мектеп"))
    assert book["chain=N:PL+P1P+gen"] == school["chain=N:PL+P1P+gen"] == 1.0
    assert "stem_end=N:ап" in book and "stem_end=N:еп" in school
    assert "stem_end=N:еп" not in book
