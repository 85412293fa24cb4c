"""Page furniture: photo captions, credits, bylines, sources and view counters are not article text.

Web pages bring them into the text (``… пен Y. Фото: akorda.kz``, ``Дереккөз: …``, ``Қаралым: 1520``). They yield
no facts: :func:`spans` finds them as character ranges of the text (offsets unchanged) and :func:`article_sentences`
leaves out the sentences inside them, so extraction never reads them. Markers are rows of
``lang/kk/data/furniture_markers.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from derek.doc import Span
from derek.lang import kk

_CAPTION_WORDS = 25  # a line ending in a photo credit is a caption when it is this short
_VIEWS = re.compile(r"^\s*(?:👁\s*)?\d[\d\s]*$")  # a line that is a bare counter


@cache
def _markers() -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = kk.table("furniture_markers", 2)
    return tuple((re.compile(r"(?<!\w)" + re.escape(marker), re.IGNORECASE), kind) for marker, kind in rows)


def spans(text: str) -> list[Span]:
    """The furniture in ``text``, one span per line (or per credit inside a longer line)."""
    out: list[Span] = []
    start = 0
    for line in text.split("\n"):
        found = _line_furniture(line)
        if found is not None:
            out.append(Span(start + found[0], start + found[1]))
        start += len(line) + 1
    return out


def _line_furniture(line: str) -> tuple[int, int] | None:
    if not line.strip():
        return None
    if _VIEWS.match(line):
        return 0, len(line)
    stripped = line.lstrip()
    lead = len(line) - len(stripped)
    for pattern, kind in _markers():
        m = pattern.search(line)
        if m is None:
            continue
        if kind != "credit":
            if m.start() == lead:  # "Дереккөз: …", "Қаралым: 1520" open the line
                return 0, len(line)
            continue
        if len(line.split()) <= _CAPTION_WORDS:
            return 0, len(line)  # "X пен Y. Фото: t.me/…": the whole caption
        return m.start(), len(line)  # a credit after a long paragraph: only the credit
    return None


def article_sentences(text: str, sentences: list[Span]) -> list[Span]:
    """The sentences that are article text: those not lying inside a furniture span."""
    found = spans(text)
    if not found:
        return sentences
    return [s for s in sentences if not any(f.start <= s.start and s.end <= f.end + 1 for f in found)]


def inside(span: Span, furniture: list[Span]) -> bool:
    """True when ``span`` lies inside one of the ``furniture`` spans."""
    return any(f.start <= span.start and span.end <= f.end for f in furniture)
