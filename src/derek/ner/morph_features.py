"""Morphological features of one word form for the NER CRF, from derek's analyser (``derek.morph``).

The best context-free reading gives the lemma, the part of speech, the case and whether the word carries a
3rd-person possessive (``министрлігі``, ``университетінің``: the head of a Kazakh compound name).
"""

from __future__ import annotations

from derek.morph import default_analyser


def morph_tags(word: str, sentence_start: bool = False) -> tuple[str, str, str, bool]:
    """``(lemma, pos, case, poss3)`` for ``word``: lowercase lemma, UPOS or ``-``, case or ``-``.

    ``sentence_start`` asks for the reading of a sentence-opening word, as the morph stage ranks it.
    """
    if not any(ch.isalpha() for ch in word):
        return word.lower(), "-", "-", False
    readings = default_analyser().scored(word, sentence_start)  # cached (score, analysis) pairs, best first
    if not readings:
        return word.lower(), "-", "-", False
    best = readings[0][1]
    poss3 = ("Person[psor]", "3") in best.feats
    return best.lemma.lower(), best.pos or "-", best.case or "-", poss3
