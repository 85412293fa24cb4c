"""SpanIndex.any_nested answers what first_nested answers, yes or no, for spans of every length and place."""

from __future__ import annotations

import random

from derek.extract.spanindex import SpanIndex


def test_any_nested_agrees_with_first_nested() -> None:
    rng = random.Random(7)
    index = SpanIndex()
    for n in range(200):
        start = rng.randrange(0, 5000)
        index.add(start, start + rng.choice((1, 5, 30, 200)), (n, 0, 0))
    asked = found = 0
    for _ in range(3000):
        start = rng.randrange(0, 5200)
        end = start + rng.choice((1, 4, 12, 90, 400))
        expected = index.first_nested(start, end) is not None
        assert index.any_nested(start, end) == expected, (start, end)
        asked += 1
        found += expected
    assert 0 < found < asked  # both answers were exercised
