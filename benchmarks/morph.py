#!/usr/bin/env python3
"""Morphology speed and memory, one core: prints one JSON object.

Tokens come from KazNERD in ../shared when it is there, otherwise from the shipped form list.
Reported: ``lemma()`` tokens/s on a cold cache (first pass) and a warm one (second pass);
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
from derek.morph.lexicon import DATA_DIR  # noqa: E402
from derek.morph.stage import morph  # noqa: E402

KAZNERD = REPO.parent / "shared/data/kaznerd/IOB2_valid.txt"


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
        "lemma_tokens_per_s_cold": round(cold),
        "lemma_tokens_per_s_cached": round(warm),
        "stage_articles_per_s_cold": round(stage_cold, 1),
        "stage_articles_per_s_warm": round(len(docs) / stage_s, 1),
        "stage_tokens_per_s_warm": round(sum(len(d.tokens) for d in docs) / stage_s),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
