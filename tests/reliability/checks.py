"""What every document derek makes must satisfy, whatever the input: spans that index the text, mentions that
are the text they span, strict JSON that reads back as a valid document."""

from __future__ import annotations

import json
import re

from derek.doc import Document, Mention, Span
from derek.ingest.validate import problems

_SURROGATE = re.compile("[\ud800-\udfff]")


def strict_loads(line: str) -> object:
    """``json.loads`` that refuses NaN and Infinity (which strict JSON does not have)."""

    def refuse(name: str) -> object:
        raise ValueError(f"non-strict JSON constant {name}")

    return json.loads(line, parse_constant=refuse)


def spans(doc: Document) -> list[tuple[str, Span | Mention]]:
    out: list[tuple[str, Span | Mention]] = [("sentence", s) for s in doc.sentences]
    out += [("mention", m) for m in doc.mentions]
    out += [("entity mention", m) for e in doc.entities for m in e.mentions]
    out += [("role", r.evidence) for r in doc.roles]
    for q in doc.quotes:
        out.append(("quote", q.evidence))
        if q.speaker_mention is not None:
            out.append(("speaker mention", q.speaker_mention))
    for ev in doc.events:
        out.append(("event", ev.evidence))
        if ev.trigger is not None:
            out.append(("trigger", ev.trigger))
    out += [("claim", c.evidence) for c in doc.claims]
    return out


def offset_violations(doc: Document) -> list[str]:
    """Every span outside the text, every mention or token that is not the text it spans."""
    bad = []
    for what, span in spans(doc):
        if not 0 <= span.start <= span.end <= len(doc.text):
            bad.append(f"{what} [{span.start}, {span.end}) outside a text of {len(doc.text)}")
        elif isinstance(span, Mention) and doc.text[span.start : span.end] != span.text:
            bad.append(f"{what} {span.text!r} != text[{span.start}:{span.end}] {doc.text[span.start:span.end]!r}")
    for t in doc.tokens:
        if doc.text[t.start : t.end] != t.text:
            bad.append(f"token {t.text!r} != text[{t.start}:{t.end}]")
    return bad


def assert_sound(doc: Document) -> None:
    """Spans index the text; the JSON is strict, has no lone surrogate, and reads back as a valid document."""
    assert offset_violations(doc) == []
    line = json.dumps(doc.to_dict(), ensure_ascii=False, allow_nan=False)
    assert not _SURROGATE.search(line), "a lone surrogate reached the output"
    line.encode("utf-8")
    back = Document.from_dict(strict_loads(line))  # type: ignore[arg-type]
    assert problems(back, id_given=True) == []
