"""Extraction time grows linearly with pathological input: time at n and 4n, ratio well under 16 (quadratic).

Each check times the function under test on inputs of size n and 4n (best of a few runs) and asserts the growth
ratio, never an absolute time, so that a slow machine does not fail it and a quadratic rescan does.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from derek.doc import Document
from derek.extract import context, names, quote_marks, quotes, reported, segment

LIMIT = 10  # linear gives about 4, quadratic 16; the margin absorbs a busy machine


def _best(fn: Callable[[], object], runs: int = 5) -> float:
    """The fastest of ``runs`` timings, with the cyclic collector held off (a full collection of a long test
    session's objects landing in one timing is not the function's growth)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
    finally:
        gc.enable()
    return best


def _ratio(make: Callable[[int], Callable[[], object]], n: int) -> float:
    small, large = make(n), make(4 * n)
    small()  # warm caches
    return _best(large) / max(_best(small), 1e-6)


def test_runs_of_initials_are_scanned_once() -> None:
    def make(n: int) -> Callable[[], object]:
        sentence = segment.split("А. Б. В. " * n)[0]
        return lambda: names.find_initialled(sentence, frozenset(), set())

    assert _ratio(make, 500) < LIMIT


def test_reported_speech_on_one_long_sentence_is_linear() -> None:
    def make(n: int) -> Callable[[], object]:
        text = "Ол " + "жаңа жолдарды салуды " * n + "айтты."
        return lambda: reported.nominal(text)

    assert _ratio(make, 5000) < LIMIT


def test_a_line_of_opening_marks_is_linear() -> None:
    def make(n: int) -> Callable[[], object]:
        text = "«" * n
        return lambda: quote_marks.find(text)

    assert _ratio(make, 20000) < LIMIT


def test_quote_extraction_on_a_long_sentence_is_linear() -> None:
    def make(n: int) -> Callable[[], object]:
        ctx = context.build(Document(text="Ол " + "«жаңа жолдар " * n + "деді.", date="2025-01-01"))
        return lambda: quotes.extract(ctx)

    assert _ratio(make, 2000) < LIMIT
