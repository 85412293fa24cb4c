"""Everything the article page shows, prepared from a Document: highlighted paragraphs and the facts panel."""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.digest import EnglishDigest, english_beside, english_digest
from derek.doc import Document, Span
from derek.web.entity_types import TypeStyle, legend, type_style
from derek.web.highlight import Segment, anchor_at, paragraphs, segments


@dataclass(frozen=True)
class EntityRef:
    """An entity of this article as the page names it: its name, colour and (when stored) its KB id."""

    name: str
    css: str
    kb_id: int | None
    type: str | None = None
    mentions: int = 0
    english: str | None = None  # the English display name, when it differs from ``name``


@dataclass(frozen=True)
class RoleFact:
    person: EntityRef
    position: str
    position_en: str | None
    of: EntityRef | None
    evidence: str
    anchor: str | None = None


@dataclass(frozen=True)
class QuoteFact:
    speaker: EntityRef | None
    speaker_text: str | None
    text: str
    kind: str
    verb: str | None
    anchor: str | None = None


@dataclass(frozen=True)
class EventFact:
    type: str
    date: str | None
    location: EntityRef | None
    location_text: str | None
    format: str | None
    participants: list[tuple[EntityRef, str | None]]
    evidence: str
    anchor: str | None = None


@dataclass
class ArticleView:
    doc: Document
    title_segments: list[Segment] | None
    body: list[list[Segment]]
    legend: list[TypeStyle]
    entities: list[EntityRef] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    quotes: list[QuoteFact] = field(default_factory=list)
    events: list[EventFact] = field(default_factory=list)
    english: EnglishDigest | None = None
    english_anchors: list[str | None] = field(default_factory=list)  # one per digest line: its evidence


def _evidence(doc: Document, span: Span, limit: int = 240) -> str:
    text = " ".join(doc.text[max(0, span.start) : max(0, span.end)].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_article_view(doc: Document, kb_ids: dict[str, int]) -> ArticleView:
    """Cut the text into highlighted paragraphs (the title apart when the text opens with it) and list the facts."""
    starts = [r.evidence.start for r in doc.roles] + [q.evidence.start for q in doc.quotes]
    starts += [e.evidence.start for e in doc.events]
    digest = english_digest(doc)
    starts += [line.span.start for line in digest.lines if line.span is not None]
    segs, anchors = anchor_at(segments(doc, kb_ids), starts)
    paras = paragraphs(segs)
    title_segments = None
    if doc.title and paras and "".join(s.text for s in paras[0]).strip() == doc.title.strip():
        title_segments, paras = paras[0], paras[1:]

    refs: dict[str, EntityRef] = {}
    for ent in doc.entities:
        refs[ent.id] = EntityRef(ent.name, type_style(ent.type).css, kb_ids.get(ent.id), ent.type, len(ent.mentions),
                                 english_beside(ent.name, ent.latin, ent.type))

    def ref(local: str | None) -> EntityRef | None:
        if local is None:
            return None
        return refs.get(local) or EntityRef(local, type_style(None).css, None)

    view = ArticleView(doc, title_segments, paras, legend([s.type for p in paras for s in p if s.css]
                                                          + [s.type for s in title_segments or [] if s.css]))
    view.english = digest
    view.english_anchors = [anchors.get(line.span.start) if line.span else None for line in digest.lines]
    view.entities = sorted(refs.values(), key=lambda r: (r.css, -r.mentions, r.name))
    for role in doc.roles:
        person = ref(role.person)
        if person is not None:
            view.roles.append(RoleFact(person, role.position, role.position_en, ref(role.of),
                                       _evidence(doc, role.evidence), anchors.get(role.evidence.start)))
    for q in doc.quotes:
        view.quotes.append(QuoteFact(ref(q.speaker), q.speaker_mention.text if q.speaker_mention else None, q.text,
                                     q.kind, q.verb, anchors.get(q.evidence.start)))
    for ev in doc.events:
        location = ref(ev.location)
        view.events.append(EventFact(
            ev.type, ev.date, location if location and location.kb_id is not None else None,
            location.name if location else None, ev.format,
            [(r, p.mode) for p in ev.participants if (r := ref(p.entity)) is not None],
            _evidence(doc, ev.evidence), anchors.get(ev.evidence.start),
        ))
    return view
