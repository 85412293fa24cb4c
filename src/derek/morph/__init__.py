"""Kazakh morphology: analyser, lemmatiser and search terms (UD Kazakh lemma conventions).

``analyse(word)`` lists readings best first; ``lemma(word)`` is the best context-free lemma;
``lemmatize_sentences`` ranks readings in context and makes a document's name forms agree;
``search_terms`` gives the lowercase lemma of every word, for indexing and for queries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from derek.morph.analyser import Analyser
from derek.morph.analysis import Analysis
from derek.morph.lexicon import load_lexicon
from derek.morph.sentences import analyse_sentences, lemmatize_with

__all__ = ["Analysis", "analyse", "analyse_sentences", "default_analyser", "lemma", "lemmatize_sentences",
           "search_terms"]

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_LEMMA_CACHE: dict[str, str] = {}
_SEARCH_CACHE: dict[str, str] = {}


@lru_cache(maxsize=1)
def default_analyser() -> Analyser:
    """The analyser with the shipped lexicon and weights (loaded once)."""
    return Analyser(load_lexicon())


def analyse(word: str) -> list[Analysis]:
    """Readings of ``word``, best first."""
    return default_analyser().analyse(word)


def lemma(word: str) -> str:
    """The best context-free lemma of ``word``, keeping its capitalisation."""
    hit = _LEMMA_CACHE.get(word)
    if hit is None:
        readings = default_analyser().analyse(word)
        hit = readings[0].lemma if readings else word
        if len(_LEMMA_CACHE) > 1_000_000:
            _LEMMA_CACHE.clear()
        _LEMMA_CACHE[word] = hit
    return hit


def lemmatize_sentences(sents: list[list[str]]) -> list[list[str]]:
    """Lemmas for pre-tokenised sentences (UD Kazakh conventions), chosen in context."""
    return lemmatize_with(default_analyser(), sents)


def search_terms(text: str) -> list[str]:
    """The lowercase lemma of every word of ``text`` (Украинаның, Украинаға → украина).

    Case-blind, so that a query typed in lowercase meets the capitalised text: a word the
    lexicon knows as a common word is lemmatised as one, any other word as a name.
    """
    return [_search_lemma(m.group()) for m in _WORD.finditer(text)]


def _search_lemma(word: str) -> str:
    hit = _SEARCH_CACHE.get(word)
    if hit is None:
        analyser = default_analyser()
        titled = word[:1].upper() + word[1:].lower() if word.islower() else word
        readings = analyser.analyse(titled, sentence_start=True)
        hit = (readings[0].lemma if readings else word).lower()
        if len(_SEARCH_CACHE) > 1_000_000:
            _SEARCH_CACHE.clear()
        _SEARCH_CACHE[word] = hit
    return hit


def sentence_analyses(sents: list[list[str]]) -> list[list[Analysis]]:
    """The chosen reading of every word of pre-tokenised sentences."""
    return analyse_sentences(default_analyser(), sents)
