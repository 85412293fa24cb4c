"""Extraction time grows linearly with pathological input.

Each check times the function under test (CPU time, best of several runs) at size n and 4n and divides that
growth by the growth of a plain Python loop over the same number of characters, so the machine's own
non-linearities cancel out: linear code gives about 1, quadratic about 4. A growth exponent, never an absolute time.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from derek.doc import Document
from derek.extract import names, people, quote_marks, quotes, reported, segment

LIMIT = 3  # linear ≈ 1, quadratic ≈ 4


def _best(fn: Callable[[], object], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return max(best, 1e-6)


def _loop(size: int) -> Callable[[], object]:
    text = "а" * size
    return lambda: [c for c in text if c == "б"]


def _growth(make: Callable[[int], tuple[Callable[[], object], int]], n: int) -> float:
    """Growth of the function from n to 4n, relative to a linear loop's growth over as many characters."""
    (small, small_size), (large, large_size) = make(n), make(4 * n)
    small()  # warm caches
    fn = _best(large) / _best(small)
    base = _best(_loop(large_size)) / _best(_loop(small_size))
    return fn / base


def test_runs_of_initials_are_scanned_once() -> None:
    def make(n: int) -> tuple[Callable[[], object], int]:
        text = "А. Б. В. " * n
        sentence = segment.split(text)[0]
        return (lambda: names.find_initialled(sentence, frozenset(), set())), len(text)

    assert _growth(make, 1000) < LIMIT


def test_reported_speech_on_one_long_sentence_is_linear() -> None:
    def make(n: int) -> tuple[Callable[[], object], int]:
        text = "Ол " + "жаңа жолдарды салуды " * n + "айтты."
        return (lambda: reported.nominal(text)), len(text)

    assert _growth(make, 5000) < LIMIT


def test_a_line_of_opening_marks_is_linear() -> None:
    def make(n: int) -> tuple[Callable[[], object], int]:
        text = "«" * n
        return (lambda: quote_marks.find(text)), len(text)

    assert _growth(make, 50000) < LIMIT


def test_quote_extraction_on_a_long_sentence_is_linear() -> None:
    def make(n: int) -> tuple[Callable[[], object], int]:
        text = "Ол " + "«жаңа жолдар " * n + "деді."
        ctx = people.build(Document(text=text, date="2025-01-01"))
        return (lambda: quotes.extract(ctx)), len(text)

    assert _growth(make, 2000) < LIMIT
