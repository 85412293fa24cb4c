"""The CLI's garbage-collector setting for batch work."""

from __future__ import annotations

import gc
import io
from collections.abc import Iterator

import pytest

from derek.cli import main
from derek.collector import BATCH_GEN0_THRESHOLD, tune_for_batch


@pytest.fixture()
def default_thresholds() -> Iterator[None]:
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_the_cli_raises_the_young_generation_threshold(default_thresholds: None,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert gc.get_threshold()[0] == 700
    assert main(["tag", "/nonexistent/derek-test-file"], io.StringIO()) == 1  # a bad file: the run still starts
    assert "derek-test-file" in capsys.readouterr().err
    assert gc.get_threshold() == (BATCH_GEN0_THRESHOLD, 10, 10)


def test_a_higher_threshold_is_left_alone(default_thresholds: None) -> None:
    gc.set_threshold(50_000, 5, 5)
    assert tune_for_batch() == (50_000, 5, 5)
