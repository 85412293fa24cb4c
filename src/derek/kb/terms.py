"""Text analysis shared by the index and the query: surface words, lemmas, folded keys.

Lemmas come from :func:`derek.morph.search_terms` and keys from :func:`derek.text.translit.fold_key`: the same
analysis the pipeline uses, imported directly, so a broken installation fails loudly instead of quietly
searching lowercase words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from derek.morph import lemma as _cased_lemma
from derek.morph import search_terms as _search_terms
from derek.text.exonyms import LONGEST_ENGLISH_NAME
from derek.text.exonyms import kazakh_spellings as _kazakh_spellings
from derek.text.translit import fold_key as _fold_key
from derek.text.translit import from_latin as _from_latin
from derek.text.translit import phonetic_key as _phonetic_key
from derek.text.translit import phonetic_keys as _phonetic_keys
from derek.text.translit import romanize as _romanize

WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_LONGEST_EXONYM = LONGEST_ENGLISH_NAME  # words in the longest English name of derek.text.exonyms
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


# Phonetic name keys share the ``keys`` column with the folded keys; this mark keeps them apart there
# (no folded key starts with a digit followed by letters).
PHONETIC_MARK = "0"


@lru_cache(maxsize=200_000)
def phonetic_token(lemma: str) -> str:
    """The indexed phonetic token of a name's lemma (Макрон → ``0makran``), "" when it has none."""
    key = str(_phonetic_key(lemma)) if lemma else ""
    return PHONETIC_MARK + key if key else ""


def phonetic_tokens(word: str) -> tuple[str, ...]:
    """The phonetic tokens a query word may match (William → ``0falam``, ``0alam``)."""
    return tuple(PHONETIC_MARK + str(k) for k in _phonetic_keys(word) if k)


@lru_cache(maxsize=200_000)
def may_be_name(word: str) -> bool:
    """A capitalised word the lexicon does not read as a common word (Макронмен, not Президент or Су)."""
    return word[:1].isupper() and str(_cased_lemma(word))[:1].isupper()


def name_lemmas(text: str) -> list[str]:
    """The lemma of every word of ``text`` that may be a name."""
    return [lem for word, lem in zip(words(text), lemmas(text), strict=False) if lem and may_be_name(word)]


@dataclass(frozen=True)
class IndexColumns:
    """What the FTS index stores for one article: lemmas, and the folded keys of those lemmas followed by
    the phonetic keys of its capitalised words (so that Macron finds Макрон)."""

    lemmas: str
    keys: str


def index_columns(text: str) -> IndexColumns:
    lems = lemmas(text)
    keys = [k for k in (fold(x) for x in lems) if k]
    names = [p for p in (phonetic_token(x) for x in name_lemmas(text)) if p]
    return IndexColumns(" ".join(lems), " ".join(keys + names))


@dataclass(frozen=True)
class QueryWord:
    """One word of a user query analysed the way articles are: surface, lemmas, keys."""

    surface: str
    lemmas: tuple[str, ...]
    keys: tuple[str, ...]
    phonetic: tuple[str, ...] = ()  # phonetic tokens of a Latin word, for the looser name tiers of search


def _exonym_word(english: list[str], spellings: tuple[str, ...]) -> QueryWord:
    """One query word standing for an English name and every Kazakh spelling of it (each a phrase)."""
    lems = [" ".join(lemmas(k)) for k in spellings]
    # an abbreviation's key would be a common short word (ООН → "on", like он "ten"): lemmas only
    keys = [" ".join(fold(x) for x in lemmas(k)) for k in spellings if " " in k or len(k) > 4]
    return QueryWord(" ".join(w.lower() for w in english), tuple(dict.fromkeys(x for x in lems if x)),
                     tuple(dict.fromkeys(x for x in keys if x)))


def _english_names(ws: list[str]) -> dict[int, tuple[int, tuple[str, ...]]]:
    """Where an English name of a place or organisation starts in ``ws``: start → (words, Kazakh spellings)."""
    found: dict[int, tuple[int, tuple[str, ...]]] = {}
    i = 0
    while i < len(ws):
        for n in range(min(_LONGEST_EXONYM, len(ws) - i), 0, -1):
            part = ws[i : i + n]
            if all(_LATIN_WORD.fullmatch(w) for w in part) and (spellings := _kazakh_spellings(" ".join(part))):
                found[i] = (n, tuple(spellings))
                break
        i += found[i][0] if i in found else 1
    return found


def _query_word(word: str) -> QueryWord:
    found = lemmas(word)
    if _LATIN_WORD.fullmatch(word):  # Toqaevtyñ: lemmatise its Cyrillic reading too
        found += lemmas(str(_from_latin(word)))
    lems = tuple(dict.fromkeys(found))
    keys = tuple(dict.fromkeys(k for k in (fold(x) for x in (*lems, word.lower())) if k))
    # a Latin word may be a name spelt in English; short lowercase words (of, to, in) are not read so
    maybe_name = _LATIN_WORD.fullmatch(word) and (word[:1].isupper() or len(word) > 3)
    phonetic = phonetic_tokens(word) if maybe_name else ()
    return QueryWord(word.lower(), lems, keys, phonetic)


def analyse_query(query: str) -> list[QueryWord]:
    """Every word of ``query``; punctuation and search syntax are dropped, never interpreted.

    An English name of a place or organisation (Paris, United Nations) becomes one word that also matches
    its Kazakh spellings (Париж; Біріккен Ұлттар Ұйымы, БҰҰ).
    """
    ws = words(query)
    names = _english_names(ws)
    out: list[QueryWord] = []
    i = 0
    while i < len(ws):
        if i in names:
            n, spellings = names[i]
            name = _exonym_word(ws[i : i + n], spellings)
            if n == 1:
                own = _query_word(ws[i])
                name = QueryWord(own.surface, tuple(dict.fromkeys((*own.lemmas, *name.lemmas))),
                                 tuple(dict.fromkeys((*own.keys, *name.keys))), own.phonetic)
            out.append(name)
            i += n
            continue
        out.append(_query_word(ws[i]))
        i += 1
    return out
