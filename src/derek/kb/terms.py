"""Text analysis shared by the index and the query: surface words, lemmas, folded keys.

Lemmas come from ``derek.morph.search_terms`` and keys from ``derek.text.translit.fold_key``.
Only when those modules cannot be imported (they are still being written) do we fall back to
lowercase surface words and lowercase keys; the fallback is visible in ``ANALYSER``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


def _fallback_search_terms(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def _fallback_fold_key(word: str) -> str:
    return word.lower()


_search_terms: Callable[[str], list[str]]
_fold_key: Callable[[str], str]
try:
    from derek.morph import search_terms as _search_terms
    _LEMMAS = "derek.morph.search_terms"
except ImportError:
    _search_terms = _fallback_search_terms
    _LEMMAS = "fallback: lowercase words"
try:
    from derek.text.translit import fold_key as _fold_key
    _KEYS = "derek.text.translit.fold_key"
except ImportError:
    _fold_key = _fallback_fold_key
    _KEYS = "fallback: lowercase"

ANALYSER = {"lemmas": _LEMMAS, "keys": _KEYS}


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, digits, inner hyphens and apostrophes)."""
    return WORD.findall(text)


def lemmas(text: str) -> list[str]:
    """Lowercase lemmas of every word of ``text``."""
    return [t for t in _search_terms(text) if t]


def fold(word: str) -> str:
    """The ASCII search key of one word (same for Cyrillic, 2021 Latin and English spellings)."""
    return _fold_key(word) if word else ""


@dataclass(frozen=True)
class IndexColumns:
    """What the FTS index stores for one article: lemmas and the folded keys of those lemmas."""

    lemmas: str
    keys: str


def index_columns(text: str) -> IndexColumns:
    lems = lemmas(text)
    keys = [k for k in (fold(x) for x in lems) if k]
    return IndexColumns(" ".join(lems), " ".join(keys))


@dataclass(frozen=True)
class QueryWord:
    """One word of a user query analysed the way articles are: surface, lemmas, keys."""

    surface: str
    lemmas: tuple[str, ...]
    keys: tuple[str, ...]


def analyse_query(query: str) -> list[QueryWord]:
    """Every word of ``query``; punctuation and search syntax are dropped, never interpreted."""
    out: list[QueryWord] = []
    for word in words(query):
        lems = tuple(dict.fromkeys(lemmas(word)))
        keys = tuple(dict.fromkeys(k for k in (fold(x) for x in (*lems, word.lower())) if k))
        out.append(QueryWord(word.lower(), lems, keys))
    return out
