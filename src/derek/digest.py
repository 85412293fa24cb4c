"""Digests of a Document for readers with no Kazakh, built from its facts only (no machine translation).

:func:`english_digest` gives the article page's "In English" panel: who, what, where, when, quotes with their
speakers and numbers, each line with the evidence span it comes from. :func:`render_digest` is the plain-text
form of `derek process --format text`. Names are shown in English where derek knows an English name (Париж →
Paris, Ұлттық банк → National Bank of Kazakhstan), else in Latin letters; posts as ``position_en``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.doc import Document, Entity, Span
from derek.extract.gazetteer import COUNTRY_EN, ORGANISATION_EN
from derek.text.exonyms import english_name
from derek.text.posts import english_post
from derek.text.translit import romanize

_MODES = {"in_person": "in person", "online": "online", None: "attendance not stated"}
_PERSON = "PERSON"


def english_display(name: str, latin: str | None = None, type: str | None = None) -> str:
    """How an English reader sees ``name``: its English name where one is known, else Latin letters."""
    if type != _PERSON:
        known = english_name(name) or COUNTRY_EN.get(name) or ORGANISATION_EN.get(name) or english_post(name)
        if known:
            return known
    return latin or romanize(name)


def english_beside(name: str, latin: str | None = None, type: str | None = None) -> str | None:
    """The English display of ``name`` when it differs from the name itself (for "Париж · Paris")."""
    shown = english_display(name, latin, type)
    return shown if shown and shown.casefold() != name.casefold() else None


def _name(doc: Document, entity_id: str | None) -> str:
    e: Entity | None = doc.entity(entity_id)
    if e is None:
        return "(unnamed)"
    shown = english_display(e.name, e.latin, e.type)
    return f"{shown} ({e.name})" if shown and shown != e.name else e.name


def _english(doc: Document, entity_id: str | None) -> str:
    e = doc.entity(entity_id)
    return english_display(e.name, e.latin, e.type) if e is not None else "(unnamed)"


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _amount(value: float, kind: str, unit: str | None, currency: str | None) -> str:
    number = int(value) if float(value).is_integer() else value
    amount = f"{number:,}".replace(",", " ")
    if kind == "percent":
        return f"{amount}%"
    return " ".join(x for x in (amount, unit or "", currency or "") if x)


@dataclass(frozen=True)
class DigestLine:
    """One line of the English digest and the evidence span it comes from (None: the article as a whole)."""

    label: str
    text: str
    span: Span | None = None


@dataclass
class EnglishDigest:
    title: str
    lines: list[DigestLine] = field(default_factory=list)


def _who(doc: Document) -> list[DigestLine]:
    out = []
    for e in doc.entities:
        if e.type != _PERSON:
            continue
        posts = [(r.position_en or romanize(r.position)) + (f" of {_english(doc, r.of)}" if r.of else "")
                 for r in doc.roles if r.person == e.id]
        first = next((r.evidence for r in doc.roles if r.person == e.id), None)
        span = first or (Span(e.mentions[0].start, e.mentions[0].end) if e.mentions else None)
        out.append(DigestLine("Who", english_display(e.name, e.latin, e.type)
                              + (f", {'; '.join(posts)}" if posts else ""), span))
    return out


def _how(event_type: str, mode: str | None) -> str:
    return "by phone" if event_type == "call" and mode is None else str(_MODES.get(mode, mode))


def _what(doc: Document) -> list[DigestLine]:
    out = []
    for v in doc.events:
        who = [f"{_english(doc, p.entity)} ({_how(v.type, p.mode)})" for p in v.participants]
        text = v.type + (f" in {_english(doc, v.location)}" if v.location else "")
        text += f" on {v.date}" if v.date else ""
        text += f", {v.format} format" if v.format else ""
        text += f": {', '.join(who)}" if who else ""
        out.append(DigestLine("What", text, v.evidence))
    return out


def _where(doc: Document) -> list[DigestLine]:
    places = [e for e in doc.entities if e.type in ("GPE", "LOC", "LOCATION")]
    return [DigestLine("Where", english_display(e.name, e.latin, e.type),
                       Span(e.mentions[0].start, e.mentions[0].end) if e.mentions else None) for e in places[:6]]


def english_digest(doc: Document) -> EnglishDigest:
    """The article's facts as English lines, each with its evidence span."""
    digest = EnglishDigest(doc.title or "(untitled)")
    digest.lines += _who(doc) + _what(doc) + _where(doc)
    if doc.date:
        digest.lines.append(DigestLine("When", doc.date))
    for q in doc.quotes:
        who = _english(doc, q.speaker) if q.speaker else "unattributed"
        digest.lines.append(DigestLine("Quote", f"{who} ({q.kind}): «{_clip(q.text)}»", q.evidence))
    for c in doc.claims:
        digest.lines.append(DigestLine("Number", f"{_amount(c.value, c.kind, c.unit, c.currency)} ({c.kind}): "
                                       f"{_clip(c.text, 80)}", c.evidence))
    orgs = [e for e in doc.entities if e.type in ("ORG", "ORGANISATION", "ORGANIZATION")]
    for e in orgs[:6]:
        digest.lines.append(DigestLine("Organisation", english_display(e.name, e.latin, e.type),
                                       Span(e.mentions[0].start, e.mentions[0].end) if e.mentions else None))
    return digest


def render_digest(doc: Document) -> str:
    """Title and date, then people, events, quotes and numbers, one fact a line."""
    lines = [f"{doc.title or '(untitled)'} [{doc.date or 'no date'}]"]
    if doc.source.publisher or doc.source.dateline:
        lines.append(f"  source: {doc.source.publisher or '?'}, {doc.source.dateline or '?'}")
    people = [e for e in doc.entities if e.type == _PERSON]
    if people:
        lines.append("People:")
        for e in people:
            posts = [
                f"{r.position_en or r.position}" + (f" of {_name(doc, r.of)}" if r.of else "")
                for r in doc.roles if r.person == e.id
            ]
            lines.append(f"  - {_name(doc, e.id)}" + (f": {'; '.join(posts)}" if posts else ""))
    if doc.events:
        lines.append("Events:")
        for v in doc.events:
            where = f" in {_name(doc, v.location)}" if v.location else ""
            when = f" on {v.date}" if v.date else ""
            fmt = f", {v.format} format" if v.format else ""
            lines.append(f"  - {v.type}{where}{when}{fmt}")
            for p in v.participants:
                lines.append(f"      · {_name(doc, p.entity)} ({_how(v.type, p.mode)})")
    if doc.quotes:
        lines.append("Quotes:")
        for q in doc.quotes:
            who = _name(doc, q.speaker) if q.speaker else "unattributed"
            lines.append(f"  - {who} [{q.kind}]: «{_clip(q.text)}»")
    if doc.claims:
        lines.append("Numbers:")
        for c in doc.claims:
            value = int(c.value) if float(c.value).is_integer() else c.value
            extra = f" {c.currency}" if c.currency else ""
            amount = f"{value:,}".replace(",", " ")
            what = "%" if c.kind == "percent" else f" {c.unit or ''}{extra}"
            lines.append(f"  - {amount}{what} ({c.kind}): {c.text}")
    return "\n".join(lines) + "\n"
