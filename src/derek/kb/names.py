"""Latin query words read as names: phonetic tokens that meet Kazakh-script names (Macron → Макрон).

Articles index a phonetic token for each capitalised word (``derek.kb.terms.index_columns``). A query is
first matched as written; :func:`tiers` then gives looser readings, closest first: the word's own phonetic
keys, then keys one edit away (Guterres ~ Гутерриш). Only tokens present in the index are used, and a short Latin
word that nothing matches is dropped from a looser tier (``van`` in "van der Berg", where ван is lowercase).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from derek.kb.terms import PHONETIC_MARK, QueryWord, lemmas, phonetic_token, words

# The letters a phonetic key is written in ("a" stands for any run of vowels, "x" for sh/ch).
KEY_ALPHABET = "abdfgjklmnprstx"
PREFIX = "*"  # a name token matched as a prefix of the indexed ones (Kazakh names take case endings)
# A Latin query word whose key has this many consonants is a name part a looser tier may not leave out.
MIN_SUBSTANTIAL_CONSONANTS = 3
# Keys with fewer consonants than this have too many neighbours one edit away to be worth a looser tier.
MIN_NEIGHBOUR_CONSONANTS = 4


@dataclass(frozen=True)
class Tier:
    """One looser reading of the query: the words still required and, per word surface, its name tokens."""

    words: list[QueryWord]
    tokens: dict[str, tuple[str, ...]]


class Vocabulary:
    """Document counts from the FTS vocabulary, each term looked up once, many terms in one statement."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._counts: dict[str, dict[str, int]] = {}

    def load(self, terms: Iterable[str]) -> None:
        missing = [t for t in dict.fromkeys(terms) if t not in self._counts]
        for i in range(0, len(missing), 500):  # well under SQLite's limit on bound parameters
            part = missing[i : i + 500]
            for t in part:
                self._counts[t] = {}
            marks = ", ".join("?" for _ in part)
            for term, col, doc in self.conn.execute(
                f"SELECT term, col, doc FROM temp.articles_vocab WHERE term IN ({marks})", part
            ):
                self._counts[str(term)][str(col)] = int(doc)

    def count(self, column: str, term: str) -> int:
        self.load([term])
        return self._counts[term].get(column, 0)

    def prefix_present(self, token: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM temp.articles_vocab WHERE col = 'keys' AND term >= ? AND term < ? AND doc > 0 LIMIT 1",
            (token, token + "{"),  # "{" follows "z": every term that starts with the token
        ).fetchone()
        return row is not None


def _consonants(token: str) -> int:
    return len(token[len(PHONETIC_MARK) :].replace("a", ""))


def _present(vocab: Vocabulary, tokens: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The tokens the index holds; a substantial one also as a prefix (``0xarlapaf*`` meets the inflected
    Шарлапаевтың, ``0xarlapaftan``), written with a trailing ``*``."""
    out = []
    for t in dict.fromkeys(tokens):
        if _consonants(t) >= MIN_SUBSTANTIAL_CONSONANTS and vocab.prefix_present(t):
            out.append(t + PREFIX)
        elif vocab.count("keys", t):
            out.append(t)
    return tuple(out)


def _is_latin(w: QueryWord) -> bool:
    return bool(w.surface) and all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in w.surface)


def _written(w: QueryWord) -> list[tuple[str, str]]:
    return [("text", w.surface), *(("lemmas", x) for x in w.lemmas), *(("keys", x) for x in w.keys)]


def _matches_as_written(vocab: Vocabulary, w: QueryWord) -> bool:
    return any(vocab.count(column, term) for column, term in _written(w))


def neighbours(key: str) -> list[str]:
    """Every key one deletion, substitution or insertion away from ``key`` (without the index mark)."""
    out: list[str] = []
    for i in range(len(key)):
        out.append(key[:i] + key[i + 1 :])
        out += [key[:i] + c + key[i + 1 :] for c in KEY_ALPHABET if c != key[i]]
    for i in range(len(key) + 1):
        out += [key[:i] + c + key[i:] for c in KEY_ALPHABET]
    return [k for k in dict.fromkeys(out) if k and k != key]


def _droppable(w: QueryWord) -> bool:
    """A Latin word a looser tier may leave out when nothing matches it: a particle of a name (von, der, al) or a
    short lowercase word, never a substantial name part (Jinping in "Xi Jinping" must be there too)."""
    if not _is_latin(w):
        return False
    keys = [t[len(PHONETIC_MARK) :] for t in w.phonetic]
    return all(len(k.replace("a", "")) < MIN_SUBSTANTIAL_CONSONANTS for k in keys)


def _tier(vocab: Vocabulary, query_words: list[QueryWord], tokens: dict[str, tuple[str, ...]]) -> Tier | None:
    if not tokens:
        return None
    kept = [w for w in query_words if w.surface in tokens or not _droppable(w) or _matches_as_written(vocab, w)]
    return Tier(kept, tokens)


def tiers(conn: sqlite3.Connection, query_words: list[QueryWord]) -> Iterator[Tier]:
    """The looser readings of ``query_words``, closest first (none when no word is Latin)."""
    if not any(w.phonetic for w in query_words):
        return
    vocab = Vocabulary(conn)
    # only Latin words are ever looked up (a count reads the term's postings: costly for common words)
    vocab.load(t for w in query_words if w.phonetic for t in (*(term for _, term in _written(w)), *w.phonetic))
    exact = {w.surface: found for w in query_words if w.phonetic and (found := _present(vocab, w.phonetic))}
    tier = _tier(vocab, query_words, exact)
    if tier is not None:
        yield tier
    near: dict[str, tuple[str, ...]] = {}
    wanted: dict[str, list[str]] = {}
    for w in query_words:
        if w.surface in exact or not w.phonetic or _matches_as_written(vocab, w):
            if w.surface in exact:
                near[w.surface] = exact[w.surface]
            continue  # found already: only a word nothing matches is worth looking one sound away for
        keys = [t[len(PHONETIC_MARK) :] for t in w.phonetic]
        long_keys = [k for k in keys if len(k.replace("a", "")) >= MIN_NEIGHBOUR_CONSONANTS]
        wanted[w.surface] = [c for c in (PHONETIC_MARK + n for k in long_keys for n in neighbours(k))
                             if c not in w.phonetic]
    vocab.load(c for candidates in wanted.values() for c in candidates)
    for surface, candidates in wanted.items():
        found = tuple(c for c in dict.fromkeys(candidates) if vocab.count("keys", c))
        if found:
            near[surface] = found
    if any(w.surface in near and near[w.surface] != exact.get(w.surface) for w in query_words):
        tier = _tier(vocab, query_words, near)
        if tier is not None:
            yield tier


def as_written(text: str, query_words: list[QueryWord], used: dict[str, tuple[str, ...]]) -> list[QueryWord]:
    """``query_words`` with, for each word matched as a name, the lemmas it matched in ``text`` (so that a
    snippet marks Макронның for the query Macron: the name as it stands in the text)."""
    if not used:
        return query_words
    wanted = {t for tokens in used.values() for t in tokens}
    found: dict[str, list[str]] = {}
    # A name's case endings follow its lemma, so a word whose own phonetic token does not begin like a wanted
    # one (its first letters) cannot hold it: only the others are lemmatised.
    starts = tuple({t.rstrip(PREFIX)[: len(PHONETIC_MARK) + 2] for t in wanted})
    for word in dict.fromkeys(w for w in words(text) if w[:1].isupper()):  # only names carry a token
        if not phonetic_token(word.lower()).startswith(starts):
            continue
        for lemma in lemmas(word):
            token = phonetic_token(lemma)
            for want in wanted:
                if token and (token == want or (want.endswith(PREFIX) and token.startswith(want[:-1]))):
                    found.setdefault(want, []).append(lemma)
    out = []
    for w in query_words:
        extra = [lem for t in used.get(w.surface, ()) for lem in found.get(t, [])]
        out.append(replace(w, lemmas=tuple(dict.fromkeys((*w.lemmas, *extra)))) if extra else w)
    return out
