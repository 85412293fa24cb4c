"""Article text cut into plain and highlighted segments, from the mentions' character offsets.

Nothing here builds HTML: templates escape each segment's text.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from itertools import pairwise

from derek.doc import Document
from derek.web.entity_types import type_style


@dataclass(frozen=True)
class Segment:
    """A piece of the text; ``css`` is set when it is a mention, ``kb_id`` when it links to an entity page."""

    text: str
    start: int
    css: str | None = None
    label: str | None = None
    type: str | None = None
    local_id: str | None = None
    kb_id: int | None = None
    in_quote: bool = False
    anchor: str | None = None


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    type: str | None
    local_id: str | None
    kb_id: int | None


def _spans(doc: Document, kb_ids: dict[str, int]) -> list[_Span]:
    """Non-overlapping mention spans: entity mentions first, then bare NER mentions; earlier and longer win."""
    candidates: list[tuple[int, _Span]] = []
    for ent in doc.entities:
        for m in ent.mentions:
            candidates.append((0, _Span(m.start, m.end, ent.type or m.type, ent.id, kb_ids.get(ent.id))))
    for m in doc.mentions:
        candidates.append((1, _Span(m.start, m.end, m.type, None, None)))
    n = len(doc.text)
    valid = [(rank, s) for rank, s in candidates if 0 <= s.start < s.end <= n]
    valid.sort(key=lambda rs: (rs[0], rs[1].start, -(rs[1].end - rs[1].start)))
    taken: list[_Span] = []
    for _, span in valid:
        if all(span.end <= t.start or span.start >= t.end for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s.start)


def _plain(text: str, start: int, end: int, cuts: list[int]) -> list[Segment]:
    """``text[start:end]`` as plain segments, cut at every offset in ``cuts`` (sorted) inside it."""
    inner = [c for c in cuts if start < c < end]
    bounds = [start, *inner, end]
    return [Segment(text[a:b], a) for a, b in pairwise(bounds) if b > a]


def _quote_ranges(doc: Document) -> list[tuple[int, int]]:
    return [(q.evidence.start, q.evidence.end) for q in doc.quotes if q.evidence.start < q.evidence.end]


def segments(doc: Document, kb_ids: dict[str, int] | None = None) -> list[Segment]:
    """The whole text as consecutive segments; joined, their texts give back ``doc.text``.

    Plain text is also cut where a role, quote or event's evidence starts or a quote ends, so
    those places can be linked to; segments inside a quote's evidence have ``in_quote`` set.
    """
    quotes = _quote_ranges(doc)
    evidence = [r.evidence.start for r in doc.roles] + [e.evidence.start for e in doc.events]
    cuts = sorted({*evidence, *(a for a, _ in quotes), *(b for _, b in quotes)})
    out: list[Segment] = []
    cursor = 0
    for span in _spans(doc, kb_ids or {}):
        out += _plain(doc.text, cursor, span.start, cuts)
        style = type_style(span.type)
        out.append(
            Segment(doc.text[span.start : span.end], span.start, style.css, style.label, span.type,
                    span.local_id, span.kb_id)
        )
        cursor = span.end
    out += _plain(doc.text, cursor, len(doc.text), cuts)
    return [replace(s, in_quote=True) if any(a <= s.start < b for a, b in quotes) else s for s in out]


def anchor_at(segs: list[Segment], offsets: list[int]) -> tuple[list[Segment], dict[int, str]]:
    """Give an ``id`` to the first segment starting at or after each offset; return the segments and
    offset -> id (offsets past the end get none)."""
    starts = [s.start for s in segs]
    ids: dict[int, str] = {}
    chosen: dict[int, str] = {}
    for offset in offsets:
        i = bisect_left(starts, offset)
        if i < len(segs):
            chosen[i] = ids[offset] = f"at-{segs[i].start}"
    return [replace(s, anchor=chosen[i]) if i in chosen else s for i, s in enumerate(segs)], ids


def paragraphs(segs: list[Segment]) -> list[list[Segment]]:
    """Segments regrouped into paragraphs at newlines (a mention never spans a newline in practice; if it
    does, it stays whole in the paragraph where it starts)."""
    paras: list[list[Segment]] = [[]]
    for seg in segs:
        if seg.css is not None or "\n" not in seg.text:
            paras[-1].append(seg)
            continue
        pieces = seg.text.split("\n")
        offset = seg.start
        for i, piece in enumerate(pieces):
            if i > 0:
                paras.append([])
            if piece:
                paras[-1].append(replace(seg, text=piece, start=offset, anchor=seg.anchor if i == 0 else None))
            offset += len(piece) + 1
    return [p for p in paras if any(s.text.strip() for s in p)]
