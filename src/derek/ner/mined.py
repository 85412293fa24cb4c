"""Lemmas that begin or end entity spans, mined from labelled training sentences.

``mine_span_edges`` counts, for each lemma, how often it is the last (``>TYPE``) or first (``<TYPE``) word of an
entity of each type and how often it occurs at all. A lemma keeps a tag when it holds that edge at least
``min_count`` times and in at least ``min_share`` of its occurrences. Inside cross-validation this must see the
training folds only. The result is a data-driven list of organisation head nouns (``>ORGANISATION``: комитет,
академия), position words (``>POSITION``) and the like.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from derek.ner.corpus import entity_spans

MINED_TYPES = ("ORGANISATION", "POSITION", "GPE", "LOCATION", "FACILITY", "EVENT", "PERSON", "NORP")


def mine_span_edges(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]],
    lemma_of: Callable[[str], str],
    min_count: int = 3,
    min_share: float = 0.3,
) -> dict[str, tuple[str, ...]]:
    """Lowercase lemma → its edge tags (``>ORGANISATION``, ``<POSITION`` ...), sorted."""
    seen: Counter[str] = Counter()
    edges: Counter[tuple[str, str]] = Counter()
    for tokens, labels in sentences:
        lemmas = [lemma_of(t) for t in tokens]
        seen.update(lemmas)
        for start, end, typ in entity_spans(list(labels)):
            if typ not in MINED_TYPES:
                continue
            edges[(lemmas[end - 1], ">" + typ)] += 1
            edges[(lemmas[start], "<" + typ)] += 1
    out: dict[str, list[str]] = {}
    for (lem, tag), n in edges.items():
        if n >= min_count and n >= min_share * seen[lem]:
            out.setdefault(lem, []).append(tag)
    return {lem: tuple(sorted(tags)) for lem, tags in sorted(out.items())}
