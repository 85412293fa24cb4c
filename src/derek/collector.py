"""Garbage-collector settings for batch work.

derek keeps large caches that live as long as the process: the analyser's readings, the NER's per-word features,
the lexicons. With CPython's default thresholds a young-generation collection runs every 700 allocations, and the
older generations, which hold those caches, are walked again and again while a batch runs. Raising the first
threshold makes collections fewer and larger; reference counting still frees almost everything at once, so memory
hardly changes. On KazNERD's test_a the morphological stage runs about 40 % faster and the NER about 10 % faster
(``benchmarks/ner.py``). The CLI and the benchmarks call :func:`tune_for_batch`; a program that imports derek as
a library decides for itself.
"""

from __future__ import annotations

import gc

BATCH_GEN0_THRESHOLD = 10_000


def tune_for_batch() -> tuple[int, int, int]:
    """Raise the young-generation threshold to :data:`BATCH_GEN0_THRESHOLD` (never lower it); returns the thresholds."""
    gen0, gen1, gen2 = gc.get_threshold()
    if gen0 < BATCH_GEN0_THRESHOLD:
        gc.set_threshold(BATCH_GEN0_THRESHOLD, gen1, gen2)
    return gc.get_threshold()
