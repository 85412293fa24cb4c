"""Spans indexed by where they start, so "which span holds, or lies inside, [start, end)?" costs the spans nearby,
not every span of the document (the look-up extraction makes for every word)."""

from __future__ import annotations

from collections import defaultdict

_BUCKET = 64  # characters per bucket of start offsets

Key = tuple[int, int, int]  # what a span belongs to (its owner first); the lowest key wins, and orders ties


class SpanIndex:
    """Half-open spans ``[start, end)``, each with a key (its owner first)."""

    def __init__(self) -> None:
        self._buckets: defaultdict[int, list[tuple[int, int, Key]]] = defaultdict(list)
        self._longest = 0

    def add(self, start: int, end: int, key: Key) -> None:
        self._buckets[start // _BUCKET].append((start, end, key))
        self._longest = max(self._longest, end - start)

    def first_nested(self, start: int, end: int) -> Key | None:
        """The lowest key of a span that holds [start, end) or lies inside it; None when there is none.

        A span holding [start, end) starts at most ``longest`` characters before ``end``; one inside it starts
        by ``end``: only the buckets between are read.
        """
        best: Key | None = None
        for bucket in range(min(start, end - self._longest) // _BUCKET, max(start, end) // _BUCKET + 1):
            for s, e, key in self._buckets.get(bucket, ()):
                if (best is None or key < best) and ((s <= start and end <= e) or (start <= s and e <= end)):
                    best = key
        return best

    def any_nested(self, start: int, end: int) -> bool:
        """Whether a span holds [start, end) or lies inside it (:meth:`first_nested` is not None), reading the same
        buckets but stopping at the first such span."""
        for bucket in range(min(start, end - self._longest) // _BUCKET, max(start, end) // _BUCKET + 1):
            for s, e, _ in self._buckets.get(bucket, ()):
                if (s <= start and end <= e) or (start <= s and e <= end):
                    return True
        return False

    def holding(self, start: int, end: int) -> list[Key]:
        """The keys of every span that holds [start, end)."""
        return [
            key
            for bucket in range((end - self._longest) // _BUCKET, start // _BUCKET + 1)
            for s, e, key in self._buckets.get(bucket, ())
            if s <= start and end <= e
        ]

    def inside(self, start: int, end: int) -> list[tuple[int, int, Key]]:
        """Every ``(start, end, key)`` lying inside [start, end), ordered by start, then key."""
        out = [
            x
            for bucket in range(start // _BUCKET, end // _BUCKET + 1)
            for x in self._buckets.get(bucket, ())
            if start <= x[0] and x[1] <= end
        ]
        out.sort(key=lambda x: (x[0], x[2]))
        return out
