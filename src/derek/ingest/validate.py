"""A pre-processed ``derek.document/1`` is checked like any input before it is printed or stored.

What must hold: the id is the id of the text; every span lies inside the text and every mention's ``text``
is the text it spans; every field that holds text holds a string (or null where that is allowed); the date
is a real ISO date; entity ids are unique and every fact names an entity that is there; numbers are finite.
:func:`problems` lists what is wrong, in words, the first few only.
"""

from __future__ import annotations

from collections.abc import Iterator

from derek.doc import Document, Mention, Span, finite, text_id
from derek.ingest.dates import normalize_date

_MAX_PROBLEMS = 3


def problems(doc: Document, id_given: bool) -> list[str]:
    """What is wrong with ``doc`` (empty when nothing is); ``id_given``: the JSON named an id of its own."""
    out: list[str] = []
    for problem in _all_problems(doc, id_given):
        out.append(problem)
        if len(out) == _MAX_PROBLEMS:
            break
    return out


def _all_problems(doc: Document, id_given: bool) -> Iterator[str]:
    if not isinstance(doc.text, str):
        yield '"text" is not a string'
        return
    if id_given and doc.id != text_id(doc.text):
        yield f'"id" {doc.id!r} is not the id of this text (expected {text_id(doc.text)!r})'
    yield from _strings(
        ("title", doc.title), ("language", doc.language), ("source.path", doc.source.path),
        ("source.url", doc.source.url), ("source.publisher", doc.source.publisher),
        ("source.dateline", doc.source.dateline),
    )
    if not doc.language:
        yield '"language" is empty'
    if doc.date is not None and (not isinstance(doc.date, str) or normalize_date(doc.date) != doc.date):
        yield f'"date" {doc.date!r} is not a date written YYYY-MM-DD'
    length = len(doc.text)
    for i, s in enumerate(doc.sentences):
        yield from _span(f"sentences[{i}]", s, length)
    for i, m in enumerate(doc.mentions):
        yield from _mention(f"mentions[{i}]", m, doc.text)
    yield from _entities(doc)
    ids = {e.id for e in doc.entities}
    yield from _facts(doc, ids)


def _entities(doc: Document) -> Iterator[str]:
    seen: set[str] = set()
    for i, e in enumerate(doc.entities):
        where = f"entities[{i}]"
        yield from _strings((f"{where}.type", e.type), (f"{where}.name", e.name), (f"{where}.latin", e.latin))
        if e.id in seen:
            yield f'{where}: the id {e.id!r} is used twice'
        seen.add(e.id)
        for j, m in enumerate(e.mentions):
            yield from _mention(f"{where}.mentions[{j}]", m, doc.text)


def _facts(doc: Document, ids: set[str]) -> Iterator[str]:
    length = len(doc.text)
    for i, r in enumerate(doc.roles):
        where = f"roles[{i}]"
        yield from _span(f"{where}.evidence", r.evidence, length)
        yield from _refs(where, ids, ("person", r.person), ("of", r.of))
        yield from _strings((f"{where}.position", r.position), (f"{where}.position_en", r.position_en))
    for i, q in enumerate(doc.quotes):
        where = f"quotes[{i}]"
        yield from _span(f"{where}.evidence", q.evidence, length)
        yield from _refs(where, ids, ("speaker", q.speaker))
        yield from _strings((f"{where}.text", q.text), (f"{where}.kind", q.kind), (f"{where}.verb", q.verb))
        if q.speaker_mention is not None:
            yield from _mention(f"{where}.speaker_mention", q.speaker_mention, doc.text)
    for i, ev in enumerate(doc.events):
        where = f"events[{i}]"
        yield from _span(f"{where}.evidence", ev.evidence, length)
        yield from _strings((f"{where}.type", ev.type), (f"{where}.date", ev.date),
                            (f"{where}.location", ev.location), (f"{where}.format", ev.format),
                            (f"{where}.cameo", ev.cameo))
        if ev.trigger is not None:
            yield from _mention(f"{where}.trigger", ev.trigger, doc.text)
        for j, p in enumerate(ev.participants):
            yield from _refs(f"{where}.participants[{j}]", ids, ("entity", p.entity))
            yield from _strings((f"{where}.participants[{j}].mode", p.mode))
    for i, c in enumerate(doc.claims):
        where = f"claims[{i}]"
        yield from _span(f"{where}.evidence", c.evidence, length)
        if not finite(c.value):
            yield f"{where}.value is not a finite number"
        yield from _strings((f"{where}.text", c.text), (f"{where}.unit", c.unit), (f"{where}.kind", c.kind),
                            (f"{where}.currency", c.currency))


def _span(where: str, span: Span | Mention, length: int) -> Iterator[str]:
    if not 0 <= span.start <= span.end <= length:
        yield f"{where}: the span [{span.start}, {span.end}) is not inside the text (length {length})"


def _mention(where: str, m: Mention, text: str) -> Iterator[str]:
    problems = list(_span(where, m, len(text)))
    yield from problems
    if not problems and m.text != text[m.start : m.end]:
        yield f"{where}: the text {m.text!r} is not what the span [{m.start}, {m.end}) holds"
    yield from _strings((f"{where}.type", m.type))


def _refs(where: str, ids: set[str], *fields: tuple[str, object]) -> Iterator[str]:
    for name, value in fields:
        if value is not None and value not in ids:
            yield f"{where}.{name}: {value!r} is not the id of an entity of this document"


def _strings(*fields: tuple[str, object]) -> Iterator[str]:
    for name, value in fields:
        if value is not None and not isinstance(value, str):
            yield f'"{name}" is a {type(value).__name__}, not a string'
