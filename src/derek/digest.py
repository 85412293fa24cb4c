"""A readable digest of a Document for `derek process --format text`: people with English-glossed posts and
Latin names, events with participants and attendance, quotes with speakers, numbers."""

from __future__ import annotations

from derek.doc import Document, Entity
from derek.extract.gazetteer import COUNTRY_EN, ORGANISATION_EN

_MODES = {"in_person": "in person", "online": "online", None: "attendance not stated"}


def _name(doc: Document, entity_id: str | None) -> str:
    e: Entity | None = doc.entity(entity_id)
    if e is None:
        return "(unnamed)"
    english = COUNTRY_EN.get(e.name) or ORGANISATION_EN.get(e.name) if e.type != "PERSON" else None
    shown = english or e.latin
    return f"{shown} ({e.name})" if shown and shown != e.name else e.name


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_digest(doc: Document) -> str:
    """Title and date, then people, events, quotes and numbers, one fact a line."""
    lines = [f"{doc.title or '(untitled)'} [{doc.date or 'no date'}]"]
    if doc.source.publisher or doc.source.dateline:
        lines.append(f"  source: {doc.source.publisher or '?'}, {doc.source.dateline or '?'}")
    people = [e for e in doc.entities if e.type == "PERSON"]
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
                how = "by phone" if v.type == "call" and p.mode is None else _MODES.get(p.mode, p.mode)
                lines.append(f"      · {_name(doc, p.entity)} ({how})")
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
