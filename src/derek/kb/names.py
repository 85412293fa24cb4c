"""Latin query words read as names: phonetic tokens that meet Kazakh-script names (Macron → Макрон).

Articles index a phonetic token for each capitalised word (``derek.kb.terms.index_columns``). A query is
first matched as written; :func:`tiers` then gives looser readings, closest first: the word's own phonetic
keys, then keys one edit away (Guterres ~ Гутерриш). Only tokens present in the index are used, and a short Latin
word that nothing matches is dropped from a looser tier (``van`` in "van der Berg", where ван is lowercase).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
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


def _doc_count(conn: sqlite3.Connection, column: str, term: str) -> int:
    row = conn.execute("SELECT doc FROM temp.articles_vocab WHERE term = ? AND col = ?", (term, column)).fetchone()
    return int(row[0]) if row else 0


def _prefix_present(conn: sqlite3.Connection, token: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM temp.articles_vocab WHERE col = 'keys' AND term >= ? AND term < ? AND doc > 0 LIMIT 1",
        (token, token + "{"),  # "{" follows "z": every term that starts with the token
    ).fetchone()
    return row is not None


def _consonants(token: str) -> int:
    return len(token[len(PHONETIC_MARK) :].replace("a", ""))


def _present(conn: sqlite3.Connection, tokens: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The tokens the index holds; a substantial one also as a prefix (``0xarlapaf*`` meets the inflected
    Шарлапаевтың, ``0xarlapaftan``), written with a trailing ``*``."""
    out = []
    for t in dict.fromkeys(tokens):
        if _consonants(t) >= MIN_SUBSTANTIAL_CONSONANTS and _prefix_present(conn, t):
            out.append(t + PREFIX)
        elif _doc_count(conn, "keys", t):
            out.append(t)
    return tuple(out)


def _is_latin(w: QueryWord) -> bool:
    return bool(w.surface) and all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in w.surface)


def _matches_as_written(conn: sqlite3.Connection, w: QueryWord) -> bool:
    pairs = [("text", w.surface), *(("lemmas", x) for x in w.lemmas), *(("keys", x) for x in w.keys)]
    return any(_doc_count(conn, column, term) for column, term in pairs)


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


def _tier(conn: sqlite3.Connection, query_words: list[QueryWord], tokens: dict[str, tuple[str, ...]]) -> Tier | None:
    if not tokens:
        return None
    kept = [w for w in query_words if w.surface in tokens or not _droppable(w) or _matches_as_written(conn, w)]
    return Tier(kept, tokens)


def tiers(conn: sqlite3.Connection, query_words: list[QueryWord]) -> Iterator[Tier]:
    """The looser readings of ``query_words``, closest first (none when no word is Latin)."""
    if not any(w.phonetic for w in query_words):
        return
    exact = {w.surface: found for w in query_words if w.phonetic and (found := _present(conn, w.phonetic))}
    tier = _tier(conn, query_words, exact)
    if tier is not None:
        yield tier
    near: dict[str, tuple[str, ...]] = {}
    for w in query_words:
        if w.surface in exact or not w.phonetic or _matches_as_written(conn, w):
            if w.surface in exact:
                near[w.surface] = exact[w.surface]
            continue  # found already: only a word nothing matches is worth looking one sound away for
        keys = [t[len(PHONETIC_MARK) :] for t in w.phonetic]
        long_keys = [k for k in keys if len(k.replace("a", "")) >= MIN_NEIGHBOUR_CONSONANTS]
        candidates = [PHONETIC_MARK + n for k in long_keys for n in neighbours(k)]
        found = tuple(c for c in candidates if c not in w.phonetic and _doc_count(conn, "keys", c))
        if found:
            near[w.surface] = found
    if any(w.surface in near and near[w.surface] != exact.get(w.surface) for w in query_words):
        tier = _tier(conn, query_words, near)
        if tier is not None:
            yield tier


def as_written(text: str, query_words: list[QueryWord], used: dict[str, tuple[str, ...]]) -> list[QueryWord]:
    """``query_words`` with, for each word matched as a name, the lemmas it matched in ``text`` (so that a
    snippet marks Макронның for the query Macron: the name as it stands in the text)."""
    if not used:
        return query_words
    wanted = {t for tokens in used.values() for t in tokens}
    found: dict[str, list[str]] = {}
    for word, lemma in zip(words(text), lemmas(text), strict=False):
        token = phonetic_token(lemma) if word[:1].isupper() else ""
        for want in wanted:
            if token and (token == want or (want.endswith(PREFIX) and token.startswith(want[:-1]))):
                found.setdefault(want, []).append(lemma)
    out = []
    for w in query_words:
        extra = [lem for t in used.get(w.surface, ()) for lem in found.get(t, [])]
        out.append(replace(w, lemmas=tuple(dict.fromkeys((*w.lemmas, *extra)))) if extra else w)
    return out
