"""Kazakh morphology: analyser, lemmatiser (placeholder until the morphology work lands)."""

from __future__ import annotations


def lemmatize_sentences(sents: list[list[str]]) -> list[list[str]]:
    """Lemmas for pre-tokenised sentences (UD Kazakh conventions)."""
    return [[t for t in s] for s in sents]
