#!/usr/bin/env python3
"""Speed of the text layer on one core: normalise + tokenise + split sentences.

Prints one JSON object. Text: a few hundred KB of KazNERD sentences (CC BY 4.0; Yeshpanov, Khassanov, Varol,
LREC 2022), detokenised into news-like paragraphs and ~3 KB articles, when ../shared is there; else a built-in
Kazakh paragraph repeated. Each step is timed apart (best of three rounds).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from derek.text.normalize import normalize_text
from derek.text.sentences import split_sentences
from derek.text.tokenize import tokenize

REPO = Path(__file__).resolve().parents[1]
KAZNERD = REPO.parent / "shared" / "data" / "kaznerd" / "IOB2_valid.txt"
TARGET_CHARS = 400_000
ARTICLE_CHARS = 3_000
FALLBACK = (
    "АСТАНА. KAZINFORM — Мемлекет басшысы Ақордада Жапония Сыртқы істер министрін қабылдады. "
    "«Екі ел арасындағы сауда көлемі 2024 жылы 15,3%-ға артып, 1 250 000 доллардан асты. Бұл — жақсы нәтиже», "
    "— деді Қ.Тоқаев. Кездесуге ҚР Ұлттық Банкінің төрағасы, т.б. қатысты. "
    "Келесі жиын 05.09.2025 сағат 10:00-де өтеді.\n"
)
_NO_SPACE_BEFORE = re.compile(r" ([,.!?:;»)%])")
_NO_SPACE_AFTER = re.compile(r"([«(]) ")


def kaznerd_sentences(path: Path) -> list[str]:
    """KazNERD sentences (one token a line) joined back into running text."""
    out: list[str] = []
    words: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                words.append(line.split(" ")[0])
            elif words:
                out.append(_NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(words))))
                words = []
    return out


def articles() -> tuple[str, list[str]]:
    """The text source and the articles built from it."""
    if KAZNERD.exists():
        source = "kaznerd:IOB2_valid.txt"
        sents = kaznerd_sentences(KAZNERD)
        paragraphs = [" ".join(sents[i : i + 5]) for i in range(0, len(sents), 5)]
    else:
        source = "built-in paragraph"
        paragraphs = [FALLBACK.strip()] * 400
    out: list[str] = []
    current: list[str] = []
    size = total = 0
    for p in paragraphs:
        current.append(p)
        size += len(p) + 1
        if size >= ARTICLE_CHARS:
            out.append("\n".join(current))
            total += size
            current, size = [], 0
            if total >= TARGET_CHARS:
                break
    return source, out


def best_of(rounds: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    source, docs = articles()
    normalised = [normalize_text(d) for d in docs]
    tokens = [tokenize(t) for t in normalised]
    n_tokens = sum(len(t) for t in tokens)
    n_chars = sum(len(t) for t in normalised)
    t_norm = best_of(3, lambda: [normalize_text(d) for d in docs])
    t_tok = best_of(3, lambda: [tokenize(t) for t in normalised])
    t_sent = best_of(3, lambda: [split_sentences(t, k) for t, k in zip(normalised, tokens, strict=True)])
    n_sents = sum(len(split_sentences(t, k)) for t, k in zip(normalised, tokens, strict=True))
    total = t_norm + t_tok + t_sent
    result = {
        "benchmark": "text",
        "source": source,
        "articles": len(docs),
        "chars": n_chars,
        "tokens": n_tokens,
        "sentences": n_sents,
        "seconds": {"normalize": round(t_norm, 4), "tokenize": round(t_tok, 4), "sentences": round(t_sent, 4)},
        "tokens_per_s": round(n_tokens / total),
        "chars_per_s": round(n_chars / total),
        "articles_per_s": round(len(docs) / total, 1),
        "tokens_per_s_by_step": {
            "normalize": round(n_tokens / t_norm),
            "tokenize": round(n_tokens / t_tok),
            "sentences": round(n_tokens / t_sent),
        },
        "python": sys.version.split()[0],
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
