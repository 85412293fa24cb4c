from __future__ import annotations

import pytest

from derek.doc import Document
from derek.errors import PipelineError
from derek.pipeline import Pipeline, Stage, load_pipeline


def _upper(doc: Document) -> Document:
    doc.text = doc.text.upper()
    return doc


def _boom(doc: Document) -> Document:
    raise ZeroDivisionError("division by zero")


def test_order_is_checked_when_built() -> None:
    needs = Stage("needs-tokens", _upper, requires=("tokens",))
    with pytest.raises(PipelineError, match=r"needs-tokens.*tokens"):
        Pipeline([needs])


def test_failing_stage_is_named() -> None:
    pipe = Pipeline([Stage("upper", _upper, provides=("x",)), Stage("boom", _boom, requires=("x",))])
    with pytest.raises(PipelineError) as info:
        pipe(Document(text="сәлем"))
    assert info.value.stage == "boom"
    assert "ZeroDivisionError" in str(info.value)


def test_pipe_batches_keep_order() -> None:
    pipe = Pipeline([Stage("upper", _upper)])
    docs = [Document(text=f"мәтін {i}") for i in range(10)]
    out = list(pipe.pipe(docs, batch_size=3))
    assert [d.text for d in out] == [f"МӘТІН {i}" for i in range(10)]
    with pytest.raises(ValueError):
        list(pipe.pipe(docs, batch_size=0))


def test_unknown_stage_is_named() -> None:
    with pytest.raises(PipelineError, match="no stage named 'nope'"):
        Pipeline(["nope"])


def test_default_pipeline_builds_in_order() -> None:
    pipe = load_pipeline()
    assert pipe.names[:3] == ["normalize", "tokenize", "sentences"]
    assert {"entities", "roles", "quotes", "events", "claims"} <= pipe.provides
