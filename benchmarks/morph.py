#!/usr/bin/env python3
"""Morphology speed and memory, one core: prints one JSON object.

Tokens come from KazNERD in ../shared when it is there, otherwise from the shipped form list.
Reported: ``cold_forms_per_s``, a fresh analyser (every cache empty) ranking the readings of distinct word forms
it has never met in this process (test_a's forms that are not among the tokens timed below, analysed first of
all), which is what new text costs; ``lemma()`` tokens/s on a cold cache (first pass) and a warm one (second
pass);
the ``morph`` stage in articles/s (500-token articles, in-context ranking and name agreement)
in a fresh process (cold) and once its caches hold the vocabulary (warm); peak resident memory.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from derek.collector import tune_for_batch  # noqa: E402
from derek.doc import Document, Span, Token  # noqa: E402
from derek.morph import default_analyser, lemma  # noqa: E402
from derek.morph.analyser import Analyser  # noqa: E402
from derek.morph.lexicon import DATA_DIR  # noqa: E402
from derek.morph.stage import morph  # noqa: E402

KAZNERD = REPO.parent / "shared/data/kaznerd/IOB2_valid.txt"
KAZNERD_NEW = REPO.parent / "shared/data/kaznerd/IOB2_test_a.txt"


def load_tokens(limit: int = 200_000) -> list[str]:
    words: list[str] = []
    if KAZNERD.exists():
        with KAZNERD.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 2:
                    words.append(parts[0])
                if len(words) >= limit:
                    break
        return words
    with (DATA_DIR / "kaznerd_forms.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                form, count = line.rstrip("\n").split("\t")
                words.extend([form] * min(int(count), 50))
    return words[:limit]


def new_forms(seen: set[str], limit: int = 10_000) -> list[str]:
    """Distinct forms of test_a that are not in ``seen`` (none of them analysed before in this process)."""
    out: dict[str, None] = {}
    if KAZNERD_NEW.exists():
        with KAZNERD_NEW.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 2 and parts[0] not in seen:
                    out[parts[0]] = None
                    if len(out) >= limit:
                        break
    return list(out)


def cold_forms_per_s(forms: list[str], repeats: int = 3) -> float:
    """Distinct never-seen forms per second through a fresh analyser (its caches empty), fastest of ``repeats``."""
    if not forms:
        return 0.0
    shipped = default_analyser()
    best = float("inf")
    for _ in range(repeats):
        analyser = Analyser(shipped.lexicon, shipped.weights)
        t0 = time.perf_counter()
        for w in forms:
            analyser.ranked(w)
        best = min(best, time.perf_counter() - t0)
    return len(forms) / best


def article(words: list[str]) -> Document:
    text, tokens, pos = [], [], 0
    for w in words:
        tokens.append(Token(pos, pos + len(w), w))
        text.append(w)
        pos += len(w) + 1
    body = " ".join(text)
    sents = [Span(tokens[i].start, tokens[min(i + 19, len(tokens) - 1)].end) for i in range(0, len(tokens), 20)]
    return Document(text=body, tokens=tokens, sentences=sents)


def main() -> int:
    gc_threshold = tune_for_batch()  # as the CLI runs
    words = load_tokens()
    t0 = time.perf_counter()
    default_analyser()
    load_s = time.perf_counter() - t0
    forms = new_forms(set(words))
    cold_forms = cold_forms_per_s(forms)  # first, before anything else has warmed a cache
    docs = [article(words[i: i + 500]) for i in range(0, min(len(words), 50_000), 500)]
    t0 = time.perf_counter()
    for d in docs:
        morph(d)
    stage_cold = len(docs) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for w in words:
        lemma(w)
    cold = len(words) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for w in words:
        lemma(w)
    warm = len(words) / (time.perf_counter() - t0)
    docs = [article(words[i: i + 500]) for i in range(0, min(len(words), 50_000), 500)]
    t0 = time.perf_counter()
    for d in docs:
        morph(d)
    stage_s = time.perf_counter() - t0
    print(json.dumps({"gc_threshold": gc_threshold,
        "tokens": len(words),
        "load_seconds": round(load_s, 3),
        "cold_forms": len(forms),
        "cold_forms_per_s": round(cold_forms),
        "lemma_tokens_per_s_cold": round(cold),
        "lemma_tokens_per_s_cached": round(warm),
        "stage_articles_per_s_cold": round(stage_cold, 1),
        "stage_articles_per_s_warm": round(len(docs) / stage_s, 1),
        "stage_tokens_per_s_warm": round(sum(len(d.tokens) for d in docs) / stage_s),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }, allow_nan=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
