"""Properties of the text stages and of ``derek.process`` on hostile text: only DerekError escapes, every span
indexes the text, the JSON is strict and reads back as a valid document."""

from __future__ import annotations

import pytest
from checks import assert_sound, offset_violations
from hypothesis import given
from strategies import texts

import derek
from derek.doc import Article
from derek.errors import DerekError
from derek.pipeline import Pipeline
from derek.unicode_guard import scrub

TEXT_STAGES = Pipeline(["normalize", "tokenize", "sentences"])


@given(texts)
def test_text_stages_keep_every_offset(text: str) -> None:
    doc = TEXT_STAGES(Article(body=scrub(text), title=None).to_document())
    assert offset_violations(doc) == []
    assert all(a.end <= b.start for a, b in zip(doc.sentences, doc.sentences[1:], strict=False))


@given(texts)
def test_process_gives_a_sound_document_or_a_derek_error(text: str) -> None:
    try:
        doc = derek.process(text)
    except DerekError:
        return
    assert_sound(doc)


@pytest.mark.parametrize("text", ["\ud800", "Астана\udcff қаласы", "\udfff\ud800 Ерлан Сабетов Астанаға барды."])
def test_lone_surrogates_become_replacement_characters(text: str) -> None:
    doc = derek.process(text)
    assert "\ufffd" in doc.text
    assert_sound(doc)
