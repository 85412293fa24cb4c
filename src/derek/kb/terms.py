"""Text analysis shared by the index and the query: surface words, lemmas, folded keys.

Lemmas come from :func:`derek.morph.search_terms` and keys from :func:`derek.text.translit.fold_key`: the same
analysis the pipeline uses, imported directly, so a broken installation fails loudly instead of quietly
searching lowercase words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from derek.morph import search_terms as _search_terms
from derek.text.translit import fold_key as _fold_key
from derek.text.translit import from_latin as _from_latin
from derek.text.translit import romanize as _romanize

WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’-]+")


def words(text: str) -> list[str]:
    """The words of ``text`` (letters, digits, inner hyphens and apostrophes)."""
    return WORD.findall(text)


def lemmas(text: str) -> list[str]:
    """Lowercase lemmas of every word of ``text``."""
    return [str(t) for t in _search_terms(text) if t]


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The ASCII search key of one word (same for Cyrillic, 2021 Latin and English spellings); cached."""
    return str(_fold_key(word)) if word else ""


def romanized(name: str) -> str | None:
    """``name`` spelt for English readers (None for a name with no letters to spell)."""
    out = _romanize(name)
    return str(out) if out else None


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
        found = lemmas(word)
        if _LATIN_WORD.fullmatch(word):  # Toqaevtyñ: lemmatise its Cyrillic reading too
            found += lemmas(str(_from_latin(word)))
        lems = tuple(dict.fromkeys(found))
        keys = tuple(dict.fromkeys(k for k in (fold(x) for x in (*lems, word.lower())) if k))
        out.append(QueryWord(word.lower(), lems, keys))
    return out
