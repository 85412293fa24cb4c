"""The one data model: a Document owns its text; everything else is a span into it.

Offsets are Python code-point indices into ``Document.text`` (the normalised text).
``to_dict()`` / ``from_dict()`` implement the public schema ``derek.document/1``
(see docs/contract.md). Tokens are kept in memory only; they are not part of the JSON.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "derek.document/1"


def text_id(text: str) -> str:
    """A stable id for a normalised text: the first 16 hex digits of its SHA-256 (of its UTF-8 bytes).

    Never raises: a lone surrogate (which readers replace before this) is hashed as its own code unit.
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def offset(value: object) -> int:
    """A character offset read from JSON: a whole number (not a bool, a fraction or a string of digits)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"an offset must be a whole number, not {value!r}")
    return value


def finite(value: float) -> bool:
    """True for a number strict JSON can hold (not NaN, not ±Infinity, not an int past the float range)."""
    try:
        return math.isfinite(value)
    except (OverflowError, TypeError):
        return False


@dataclass
class Span:
    """A half-open character range ``[start, end)`` of the document text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(offset(d["start"]), offset(d["end"]))


@dataclass
class Token:
    """One token. ``lemma``/``pos``/``case``/``feats`` come from morph, ``ner`` from the NER stage."""

    start: int
    end: int
    text: str
    lemma: str | None = None
    pos: str | None = None
    case: str | None = None
    feats: dict[str, str] = field(default_factory=dict)
    ner: str = "O"
    space_after: bool = True


@dataclass
class Mention:
    """A stretch of text that names something. ``type`` is a KazNERD class when known."""

    start: int
    end: int
    text: str
    type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.type is not None:
            d["type"] = self.type
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        return cls(offset(d["start"]), offset(d["end"]), str(d.get("text", "")), d.get("type"))


@dataclass
class Entity:
    """A real-world thing, with every mention of it in this document."""

    id: str
    type: str
    name: str
    latin: str | None = None
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "name": self.name,
            "latin": self.latin,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=str(d["id"]),
            type=str(d["type"]),
            name=str(d["name"]),
            latin=d.get("latin"),
            mentions=[Mention.from_dict(m) for m in d.get("mentions", [])],
        )


@dataclass
class Role:
    """``person`` holds ``position`` (nominative lemma) of ``of`` (an entity id or None).

    ``position`` is the post as written ("мемлекет басшысы"); ``office`` is the office it names, normalised
    ("президент"), or None when the written post is already the office.
    """

    person: str
    position: str
    evidence: Span
    position_en: str | None = None
    of: str | None = None
    office: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "position": self.position,
            "office": self.office,
            "position_en": self.position_en,
            "of": self.of,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Role:
        return cls(
            person=str(d["person"]),
            position=str(d["position"]),
            evidence=Span.from_dict(d["evidence"]),
            position_en=d.get("position_en"),
            of=d.get("of"),
            office=d.get("office"),
        )


@dataclass
class Quote:
    """Words attributed to ``speaker`` (an entity id, or None when the text names nobody)."""

    text: str
    kind: str  # "direct" | "indirect"
    evidence: Span
    speaker: str | None = None
    speaker_mention: Mention | None = None
    verb: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_dict() if self.speaker_mention else None,
            "text": self.text,
            "kind": self.kind,
            "verb": self.verb,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        sm = d.get("speaker_mention")
        return cls(
            text=str(d["text"]),
            kind=str(d["kind"]),
            evidence=Span.from_dict(d["evidence"]),
            speaker=d.get("speaker"),
            speaker_mention=Mention.from_dict(sm) if sm else None,
            verb=d.get("verb"),
        )


@dataclass
class Participant:
    """An entity taking part in an event; ``mode`` is in_person, online or None."""

    entity: str
    mode: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "mode": self.mode}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Participant:
        return cls(entity=str(d["entity"]), mode=d.get("mode"))


@dataclass
class Event:
    """Something that happened (or is planned), with where, when, how and who.

    ``status`` is ``happened`` (the news reports it), ``planned`` (announced, proposed or expected) or
    ``background`` (an earlier event the article recalls: "Бұдан бұрын …").
    """

    id: str
    type: str
    evidence: Span
    trigger: Mention | None = None
    date: str | None = None
    location: str | None = None
    format: str | None = None
    participants: list[Participant] = field(default_factory=list)
    cameo: str | None = None
    status: str = "happened"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "trigger": self.trigger.to_dict() if self.trigger else None,
            "date": self.date,
            "location": self.location,
            "format": self.format,
            "participants": [p.to_dict() for p in self.participants],
            "cameo": self.cameo,
            "status": self.status,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        trig = d.get("trigger")
        return cls(
            id=str(d["id"]),
            type=str(d["type"]),
            evidence=Span.from_dict(d["evidence"]),
            trigger=Mention.from_dict(trig) if trig else None,
            date=d.get("date"),
            location=d.get("location"),
            format=d.get("format"),
            participants=[Participant.from_dict(p) for p in d.get("participants", [])],
            cameo=d.get("cameo"),
            status=str(d.get("status") or "happened"),
        )


@dataclass
class Claim:
    """A number the text states: ``value`` of ``unit`` (``kind``: count, money, percent)."""

    value: float
    text: str
    evidence: Span
    unit: str | None = None
    kind: str = "count"
    currency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The claim as JSON; ``value`` is null when it is not a finite number (strict JSON has no Infinity)."""
        value: float | int | None = None
        if finite(self.value):
            value = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "value": value,
            "unit": self.unit,
            "kind": self.kind,
            "currency": self.currency,
            "text": self.text,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        return cls(
            value=float(d["value"]),
            text=str(d.get("text", "")),
            evidence=Span.from_dict(d["evidence"]),
            unit=d.get("unit"),
            kind=str(d.get("kind", "count")),
            currency=d.get("currency"),
        )


@dataclass
class Source:
    """Where an article came from."""

    path: str | None = None
    url: str | None = None
    publisher: str | None = None
    dateline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "publisher": self.publisher, "dateline": self.dateline}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Source:
        d = d or {}
        return cls(d.get("path"), d.get("url"), d.get("publisher"), d.get("dateline"))


@dataclass
class Document:
    """An article and everything derek knows about it.

    ``text`` is the normalised text (title, a newline, then the body); every offset indexes it.
    ``mentions`` holds the raw NER spans (in memory and in JSON); ``entities`` groups them.
    """

    text: str
    title: str | None = None
    date: str | None = None
    language: str = "kk"
    source: Source = field(default_factory=Source)
    id: str = ""
    sentences: list[Span] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)

    # --- views -----------------------------------------------------------
    def span_text(self, span: Span | Mention | Token) -> str:
        return self.text[span.start : span.end]

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def sentence_tokens(self) -> list[list[Token]]:
        """Tokens grouped by sentence (tokens outside every sentence are dropped)."""
        out: list[list[Token]] = [[] for _ in self.sentences]
        si = 0
        for tok in self.tokens:
            while si < len(self.sentences) and tok.start >= self.sentences[si].end:
                si += 1
            if si == len(self.sentences):
                break
            if tok.start >= self.sentences[si].start:
                out[si].append(tok)
        return out

    # --- the public JSON ---------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "source": self.source.to_dict(),
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "mentions": [m.to_dict() for m in self.mentions],
            "entities": [e.to_dict() for e in self.entities],
            "roles": [r.to_dict() for r in self.roles],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims if finite(c.value)],  # strict JSON: no Infinity
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        schema = d.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported document schema {schema!r}; expected {SCHEMA!r}")
        return cls(
            text=str(d["text"]),
            title=d.get("title"),
            date=d.get("date"),
            language=str(d.get("language", "kk")),
            source=Source.from_dict(d.get("source")),
            id=str(d.get("id") or ""),
            sentences=[Span.from_dict(s) for s in d.get("sentences", [])],
            mentions=[Mention.from_dict(m) for m in d.get("mentions", [])],
            entities=[Entity.from_dict(e) for e in d.get("entities", [])],
            roles=[Role.from_dict(r) for r in d.get("roles", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            claims=[Claim.from_dict(c) for c in d.get("claims", [])],
        )


@dataclass
class Article:
    """What a reader hands over: a title, a body and where it came from (before any analysis)."""

    body: str
    title: str | None = None
    date: str | None = None
    source: Source = field(default_factory=Source)
    language: str | None = None  # ISO 639-1; the readers set it (stated by the input, else detected)

    def to_document(self) -> Document:
        """A Document whose text is the title, a newline, then the body (not yet normalised).

        Its language is the Article's, or detected from the text when the Article does not say.
        """
        text = f"{self.title}\n{self.body}" if self.title else self.body
        language = self.language
        if language is None:
            from derek.lang.detect import detect_language

            language = detect_language(text)
        return Document(text=text, title=self.title, date=self.date, source=self.source, language=language)
