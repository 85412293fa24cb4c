"""Every fact's evidence lies inside the text and contains the words it claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from derek.doc import Document
from derek.extract.stage import extract_facts

DATA = Path(__file__).parent / "data"


def _doc(path: Path) -> Document:
    from derek.ingest import iter_articles
    from derek.pipeline import load_pipeline

    article = next(a for a in iter_articles([str(path)]) if not isinstance(a, Exception))
    return extract_facts(load_pipeline(["normalize", "tokenize", "sentences"])(article.to_document()))


@pytest.mark.parametrize("path", sorted(DATA.glob("*.txt")), ids=lambda p: p.stem)
def test_evidence_spans(path: Path) -> None:
    doc = _doc(path)
    n = len(doc.text)
    assert doc.entities and doc.quotes and doc.events
    for e in doc.entities:
        for m in e.mentions:
            assert 0 <= m.start < m.end <= n and doc.text[m.start : m.end] == m.text
    for r in doc.roles:
        assert 0 <= r.evidence.start < r.evidence.end <= n
        span = doc.text[r.evidence.start : r.evidence.end].lower()
        head = r.position.split()[-1][:5].lower()
        assert head in span or "басшы" in span  # "Мемлекет басшысы X" is recorded as president
        person = next(e for e in doc.entities if e.id == r.person)
        assert person.name.split()[-1][:4].lower() in span
    for q in doc.quotes:
        span = doc.text[q.evidence.start : q.evidence.end]
        assert q.text.split()[0] in span and q.text.split()[-1] in span
    for v in doc.events:
        assert 0 <= v.evidence.start < v.evidence.end <= n
        assert v.trigger is not None and doc.text[v.trigger.start : v.trigger.end] == v.trigger.text
    for c in doc.claims:
        assert doc.text[c.evidence.start : c.evidence.end] == c.text
