"""Sentence splitting for Kazakh news (docs/language.md §9.1–9.3, 9.8).

A sentence ends at a line break, always, and after . ! ? … (with any closing quotes or brackets that follow)
unless the next token shows the sentence goes on:

* the next token starts with a lowercase letter, or is , ; : or a dash followed by a lowercase word
  (``«S1. S2.», – деді X.`` and ``«…» деп`` stay one unit);
* the break is inside a «…» quote that follows a colon or is followed by such an attribution, or inside a dialogue line
  ``— S1. S2, — деді X.`` before its attribution dash, or inside a dateline ``АСТАНА. KAZINFORM — …``;
* the dot belongs to an abbreviation: т.б., ж., млн. end a sentence only before a capitalised word that is
  not a month, a number or an initial; initials and проф., қ., обл. never do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from derek.doc import Span, Token
from derek.text.abbreviations import AFTER_NUMBER, MAY_END_SENTENCE, MONTHS, capitalised_variants

_TERMINAL = re.compile(r"[.!?…]+")
_CLOSERS = frozenset({"»", "”", '"', ")", "]", "’", "“"})
_OPENERS = {"«": "»", "„": "“", "“": "”", '"': '"'}
_DASHES = frozenset({"—", "–", "‒", "―", "−", "-", "--"})
_CONTINUING_PUNCT = frozenset({",", ";", ":"})
_INITIAL = re.compile(r"[^\W\d_](?:\.-?|-)(?:[^\W\d_]\.)?")
_MAY_END = capitalised_variants(MAY_END_SENTENCE)
_MAX_MONTH_SUFFIX = 6


def _starts_lower(word: str) -> bool:
    """A lowercase word, but not a brand such as iPhone or eGov that is capitalised inside."""
    return word[:1].islower() and not any(c.isupper() for c in word[1:])


def _is_month(word: str) -> bool:
    low = word.lower()
    return any(low.startswith(m) and len(low) - len(m) <= _MAX_MONTH_SUFFIX for m in MONTHS)


def _ends_at_abbreviation(texts: Sequence[str], i: int, nxt: int) -> bool:
    """After т.б., ж., млн.: only before a capitalised word that is not a month, an initial or an acronym,
    and never after ж./ғ. that follow a number."""
    word = texts[nxt]
    if not word[:1].isupper() or _is_month(word) or _INITIAL.fullmatch(word):
        return False
    if len(word) > 1 and word.split("-")[0].isupper():
        return False  # "млрд. АҚШ доллары", "ж. ҚР Үкіметі"
    return not (texts[i].lower() in AFTER_NUMBER and i > 0 and texts[i - 1][:1].isdigit())


def _continues(texts: Sequence[str], j: int, end: int) -> bool:
    """Whether the token at ``j`` (before paragraph end ``end``) continues the sentence before it."""
    if j >= end:
        return False
    word = texts[j]
    if _starts_lower(word) or word in _CONTINUING_PUNCT:
        return True
    return word in _DASHES and j + 1 < end and _starts_lower(texts[j + 1])


def _paragraphs(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token index ranges ``[start, end)`` of the lines of ``text``."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(tokens)):
        prev_end = tokens[i - 1].end
        if tokens[i].start > prev_end and "\n" in text[prev_end : tokens[i].start]:
            out.append((start, i))
            start = i
    if tokens:
        out.append((start, len(tokens)))
    return out


def _quoted_attributions(
    texts: Sequence[str], tokens: Sequence[Token], start: int, end: int, quiet: list[bool]
) -> None:
    """Silence breaks inside «…» (and „…“, “…”, "…") quotes that a colon introduces or an attribution follows."""
    stack: list[tuple[int, str]] = []
    depth = [0] * (end - start + 1)  # +1 where a silenced range opens, -1 where it closes: linear for any nesting
    after_closers = [end] * (end - start + 1)  # the first index at or after k that is not a closing mark
    for k in range(end - 1, start - 1, -1):
        after_closers[k - start] = after_closers[k + 1 - start] if texts[k] in _CLOSERS else k
    for i in range(start, end):
        t = texts[i]
        if t == '"':
            # A straight quote opens when it touches the next token and not the previous one.
            touches_prev = i > start and tokens[i - 1].end == tokens[i].start
            if not touches_prev and not tokens[i].space_after and (not stack or stack[-1][1] != '"'):
                stack.append((i, '"'))
                continue
            if not stack or stack[-1][1] != '"' or not touches_prev:
                continue
        if stack and t == stack[-1][1]:
            open_i, _ = stack.pop()
            j = after_closers[i + 1 - start]
            introduced = open_i > start and texts[open_i - 1] == ":"
            if introduced or _continues(texts, j, end):
                depth[open_i - start] += 1
                depth[i - start] -= 1
        elif t in _OPENERS:
            stack.append((i, _OPENERS[t]))
    level = 0
    for k in range(start, end):
        level += depth[k - start]
        if level > 0:
            quiet[k] = True


def _dialogue_line(texts: Sequence[str], start: int, end: int, quiet: list[bool]) -> None:
    """Silence breaks in ``— S1. S2, — деді X.`` before the attribution dash."""
    if texts[start] not in _DASHES:
        return
    for j in range(start + 2, end - 1):
        if texts[j] in _DASHES and (texts[j - 1] in _CONTINUING_PUNCT or _TERMINAL.fullmatch(texts[j - 1])):
            if _starts_lower(texts[j + 1]):
                for k in range(start, j):
                    quiet[k] = True
            return


def _looks_like_agency(word: str) -> bool:
    """KAZINFORM, Kazinform, ҚазАқпарат, KazTAG: all capitals, Latin, or a capital inside the word."""
    return word.isupper() or word.isascii() or any(c.isupper() for c in word[1:])


def _dateline(texts: Sequence[str], start: int, end: int, quiet: list[bool]) -> None:
    """Silence the dot of ``АСТАНА. KAZINFORM — …`` and ``АСТАНА. 5 қыркүйек. ҚазАқпарат – …``."""
    i = start
    while i < end and texts[i].isupper() and len(texts[i]) > 1:
        i += 1
    if i == start or i >= end or texts[i] != ".":
        return
    limit = min(end, i + 7)
    for j in range(i + 1, limit):
        if texts[j] in _DASHES:
            if j > i + 1 and _looks_like_agency(texts[j - 1]):
                for k in range(start, j):
                    quiet[k] = True
            return


def split_sentences(text: str, tokens: Sequence[Token]) -> list[Span]:
    """Sentence spans of ``text``; each runs from its first token's start to its last token's end."""
    texts = [t.text for t in tokens]
    quiet = [False] * len(tokens)
    spans: list[Span] = []
    for p_start, p_end in _paragraphs(text, tokens):
        _dateline(texts, p_start, p_end, quiet)
        _dialogue_line(texts, p_start, p_end, quiet)
        _quoted_attributions(texts, tokens, p_start, p_end, quiet)
        first = p_start
        i = p_start
        while i < p_end:
            t = texts[i]
            is_terminal = _TERMINAL.fullmatch(t) is not None
            if (not is_terminal and t not in _MAY_END) or quiet[i]:
                i += 1
                continue
            last = i
            while last + 1 < p_end and texts[last + 1] in _CLOSERS and tokens[last + 1].start == tokens[last].end:
                last += 1
            nxt = last + 1
            if nxt < p_end and (
                _continues(texts, nxt, p_end) or (not is_terminal and not _ends_at_abbreviation(texts, i, nxt))
            ):
                i = nxt
                continue
            spans.append(Span(tokens[first].start, tokens[last].end))
            first = i = nxt
        if first < p_end:
            spans.append(Span(tokens[first].start, tokens[p_end - 1].end))
    return spans
