"""Snippets: a window of the article around the first match, each match marked."""

from __future__ import annotations

import re
from functools import lru_cache

from derek.kb.terms import WORD, QueryWord, fold
from derek.text.translit import fold_key

# Words are folded in one call, joined by this digit string (folding keeps digits and never joins words).
_SEPARATOR = "0390817"


_LEAD = 3  # letters enough to fix the first letter of a word's key (a glide or digraph looks one letter on)
_KEYS: dict[str, str] = {}  # token → key, for fold_all
_KEYS_MAX = 200_000


def fold_all(tokens: list[str]) -> list[str]:
    """``fold`` of each of ``tokens``: the ones not seen before in one call over them all (same keys, fewer calls)."""
    new = list(dict.fromkeys(t for t in tokens if t not in _KEYS))
    if new:
        if len(_KEYS) + len(new) > _KEYS_MAX:
            _KEYS.clear()
        groups: list[list[str]] = [[]]
        for part in fold_key(f" {_SEPARATOR} ".join(new)).split(" "):
            if part == _SEPARATOR:
                groups.append([])
            elif part:
                groups[-1].append(part)
        if len(groups) == len(new):
            _KEYS.update(zip(new, (" ".join(g) for g in groups), strict=True))
        else:  # a token that folds to the separator itself: fold one by one
            _KEYS.update((t, fold(t)) for t in new)
    return [_KEYS[t] if t in _KEYS else fold(t) for t in tokens]


def _matches(tokens: list[str], query_words: list[QueryWord]) -> list[bool]:
    """For each (lowercase) token: does it start with a query surface or lemma, or its key with a query key?"""
    prefixes = tuple(x for w in query_words for x in (w.surface, *w.lemmas))
    keys = tuple(x for w in query_words for x in w.keys)
    direct = [t.startswith(prefixes) for t in tokens]
    if not keys:
        return direct
    # a key's first letter comes from a word's first letters: fold those (cached, few) before the whole word
    initials = {k[:1] for k in keys}
    check = [not d and fold(t[:_LEAD])[:1] in initials for t, d in zip(tokens, direct, strict=True)]
    folded = fold_all([t for t, c in zip(tokens, check, strict=True) if c])
    by_key = iter(bool(k) and k.startswith(keys) for k in folded)
    return [d or (c and next(by_key)) for d, c in zip(direct, check, strict=True)]


def snippet_body(text: str, title: str | None) -> str:
    """The part of ``text`` a snippet is cut from: all of it, less the first line when that line starts with
    the title (schema migration 7 fills older articles the same way, in SQL)."""
    if title and "\n" in text and text.startswith(title):
        return text.split("\n", 1)[1]
    return text


@lru_cache(maxsize=1024)
def _direct_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(set(prefixes), key=len, reverse=True))
    return re.compile(rf"(?<![\w\-'’])(?:{alternatives})", re.IGNORECASE)


def _first_direct(text: str, prefixes: tuple[str, ...]) -> int | None:
    """Where the first word of ``text`` that starts with one of ``prefixes`` (any case) begins."""
    if not prefixes:
        return None
    if "" in prefixes:
        return 0
    m = _direct_pattern(prefixes).search(text)
    return m.start() if m else None


def snippet_parts(text: str, query_words: list[QueryWord], width: int = 200) -> list[tuple[str, bool]]:
    """A window of ``text`` around the first match, as (text, is_match) pieces.

    Kazakh is suffixing, so a word matches when its surface, or its folded key, starts with a
    query lemma or key (Украинаның matches украина). The window starts at the first word that starts with a
    query surface or lemma; only when there is none does a folded key alone choose where it starts.
    """
    prefixes = tuple(x for w in query_words for x in (w.surface, *w.lemmas))
    direct = _first_direct(text, prefixes)
    # from the first word that starts with a surface or lemma (else from the start, looking for keys alone)
    begin = direct if direct is not None else 0
    found: list[re.Match[str]] = []
    for m in WORD.finditer(text, begin):
        if direct is not None and m.start() > direct + width:
            break
        found.append(m)
    lower = [m.group().lower() for m in found]
    spans: list[tuple[int, int]] = []
    for m, is_match in zip(found, _matches(lower, query_words), strict=True):
        if spans and m.start() > spans[0][0] + width:
            break
        if is_match:
            spans.append((m.start(), m.end()))
    first = spans[0][0] if spans else 0
    lo = max(0, first - width // 3)
    if lo > 0:
        space = text.rfind(" ", 0, lo)
        lo = space + 1 if space >= 0 and lo - space < 20 else lo
    hi = min(len(text), lo + width)
    if hi < len(text):
        space = text.find(" ", hi)
        hi = space if 0 <= space - hi < 20 else hi
    parts: list[tuple[str, bool]] = []
    if lo > 0:
        parts.append(("…", False))
    cursor = lo
    for s, e in spans:
        if e <= lo or s >= hi:
            continue
        s, e = max(s, lo), min(e, hi)
        if s > cursor:
            parts.append((text[cursor:s], False))
        parts.append((text[s:e], True))
        cursor = e
    if cursor < hi:
        parts.append((text[cursor:hi], False))
    if hi < len(text):
        parts.append(("…", False))
    return [(re.sub(r"\s+", " ", t), m) for t, m in parts if t]


def plain_snippet(parts: list[tuple[str, bool]]) -> str:
    """The snippet as plain text, each match wrapped in ``[ ]``."""
    return "".join(f"[{t}]" if m else t for t, m in parts)
