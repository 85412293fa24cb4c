"""Snippets: a window of the article around the first match, each match marked."""

from __future__ import annotations

import re

from derek.kb.terms import WORD, QueryWord, fold


def _is_match(token: str, query_words: list[QueryWord]) -> bool:
    low = token.lower()
    for w in query_words:
        if low.startswith(w.surface) or any(low.startswith(x) for x in w.lemmas):
            return True
    key = fold(low)
    return bool(key) and any(key.startswith(x) for w in query_words for x in w.keys)


def snippet_body(text: str, title: str | None) -> str:
    """The part of ``text`` a snippet is cut from: all of it, less the first line when that line starts with
    the title (schema migration 7 fills older articles the same way, in SQL)."""
    if title and "\n" in text and text.startswith(title):
        return text.split("\n", 1)[1]
    return text


def snippet_parts(text: str, query_words: list[QueryWord], width: int = 200) -> list[tuple[str, bool]]:
    """A window of ``text`` around the first match, as (text, is_match) pieces.

    Kazakh is suffixing, so a word matches when its surface, or its folded key, starts with a
    query lemma or key (Украинаның matches украина).
    """
    spans: list[tuple[int, int]] = []
    for m in WORD.finditer(text):
        if spans and m.start() > spans[0][0] + width:
            break
        if _is_match(m.group(), query_words):
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
