"""Lemmas for whole sentences: in-context ranking, then document-level agreement of names."""

from __future__ import annotations

from derek.morph.analyser import Analyser
from derek.morph.analysis import Analysis
from derek.morph.consolidate import consolidate
from derek.morph.context import ranked_in_context


def analyse_sentences(analyser: Analyser, sents: list[list[str]]) -> list[list[Analysis]]:
    """The chosen reading of every word; all sentences are treated as one document."""
    words = [w for s in sents for w in s]
    readings = [r for s in sents for r in ranked_in_context(analyser, s)]
    chosen = consolidate(words, readings)
    out: list[list[Analysis]] = []
    pos = 0
    for s in sents:
        out.append(chosen[pos: pos + len(s)])
        pos += len(s)
    return out


def lemmatize_with(analyser: Analyser, sents: list[list[str]]) -> list[list[str]]:
    return [[a.lemma for a in s] for s in analyse_sentences(analyser, sents)]
