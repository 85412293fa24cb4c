"""An article in a language derek has no pipeline for is named with its language; the rest of the batch goes on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from derek.lang import SUPPORTED
from derek.pipeline import LanguageRouter, Pipeline

ENGLISH = "Talks in Astana\nThe foreign ministers of both countries met in Astana and signed a trade agreement.\n"


@pytest.fixture
def light_router(monkeypatch: pytest.MonkeyPatch, light_pipeline: Pipeline) -> LanguageRouter:
    """The default router, with the light pipeline for Kazakh; other languages as they really are."""
    router = LanguageRouter({"kk": light_pipeline})
    monkeypatch.setattr("derek.pipeline.load_pipeline", lambda: router)
    return router


def test_an_english_article_is_refused_by_name_and_the_batch_goes_on(
    tmp_path: Path, good_file: Path, light_router: LanguageRouter, derek: Callable[..., Any]
) -> None:
    assert "en" not in SUPPORTED, "English now has a pipeline: this test must check its output instead"
    english = good_file.parent / "a_english.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    run = derek("process", str(good_file.parent))
    assert run.code == 1
    assert "a_english.txt" in run.err and "language 'en'" in run.err and "does not process yet" in run.err
    assert run.out.count('"language": "kk"') == 1


def test_a_stated_language_in_json_lines_is_kept(tmp_path: Path, derek: Callable[..., Any]) -> None:
    lines = tmp_path / "mixed.jsonl"
    lines.write_text('{"title": "Жиын", "text": "Астанада жиын өтті.", "language": "kk"}\n', encoding="utf-8")
    run = derek("process", str(lines))
    assert run.code == 0 and '"language": "kk"' in run.out
