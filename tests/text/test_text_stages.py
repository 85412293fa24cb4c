"""The normalize, tokenize and sentences stages on a Document."""

from __future__ import annotations

from derek.doc import Article, Document, text_id
from derek.pipeline import load_pipeline

TEXT_STAGES = ["normalize", "tokenize", "sentences"]


def _run(doc: Document) -> Document:
    return load_pipeline(TEXT_STAGES)(doc)


def test_normalize_recomputes_id_and_title() -> None:
    article = Article(body="Yкiмeт\u00a0отырысы өтті.", title="Үкiмет  отырысы")
    doc = article.to_document()
    old_id = doc.id
    doc = _run(doc)
    assert doc.text == "Үкімет отырысы\nҮкімет отырысы өтті."
    assert doc.title == "Үкімет отырысы"
    assert doc.id == text_id(doc.text) != old_id


def test_tokens_and_sentences_index_the_normalised_text() -> None:
    doc = _run(
        Article(
            body="АСТАНА. KAZINFORM — Сенат\u00ad заңды қабылдады. Ол 2026 ж. күшіне енеді.", title="Сенат шешімі"
        ).to_document()
    )
    assert [doc.span_text(s) for s in doc.sentences] == [
        "Сенат шешімі",
        "АСТАНА. KAZINFORM — Сенат заңды қабылдады.",
        "Ол 2026 ж. күшіне енеді.",
    ]
    for tok in doc.tokens:
        assert doc.span_text(tok) == tok.text
    grouped = doc.sentence_tokens()
    assert sum(len(g) for g in grouped) == len(doc.tokens)
    assert [t.text for t in grouped[0]] == ["Сенат", "шешімі"]


def test_empty_document() -> None:
    doc = _run(Document(text=""))
    assert doc.tokens == [] and doc.sentences == []


def test_stage_contracts() -> None:
    pipe = load_pipeline(TEXT_STAGES)
    by_name = {s.name: s for s in pipe.stages}
    assert by_name["normalize"].assigns == ("doc.text", "doc.title", "doc.id")
    assert by_name["tokenize"].requires == ("doc.text",) and by_name["tokenize"].assigns == ("doc.tokens",)
    assert by_name["sentences"].requires == ("doc.tokens",) and by_name["sentences"].assigns == ("doc.sentences",)
