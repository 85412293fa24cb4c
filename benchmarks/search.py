#!/usr/bin/env python3
"""Knowledge-base speed: build an N-article database from KazNERD sentences, then time 200 mixed queries.

Prints one JSON object: ingest rate (``KnowledgeBase.add_document``, one transaction per article), index size,
and query latency (p50/p95/max, overall and per query kind) through a read-only connection, as the web uses.
Articles are 3-8 random KazNERD sentences (CC BY 4.0; Yeshpanov, Khassanov, Varol, LREC 2022) with a date and a
publisher; without ../shared a built-in paragraph set is used. Never run by the tests.

    nice -n 10 .venv/bin/python benchmarks/search.py --articles 100000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from derek.collector import tune_for_batch
from derek.doc import Document, Source
from derek.kb import KnowledgeBase

REPO = Path(__file__).resolve().parents[1]
KAZNERD = REPO.parent / "shared" / "data" / "kaznerd"
PUBLISHERS = ("Kazinform", "Egemen Qazaqstan", "Aiqyn", "Ana tili", "Abai.kz", "Turkystan")
FALLBACK = [
    "Астанада халықаралық форум өтті.", "Форумға жиырма елдің өкілдері қатысты.",
    "Алматы облысында жаңа мектеп ашылды.", "Министр Ерлан Сәрсенов жиында сөз сөйледі.",
    "Шымкентте жол жөндеу жұмыстары басталды.", "Ақтөбеде ауа райы суытады.",
]
_NO_SPACE_BEFORE = re.compile(r" ([,.!?:;»)%])")
_NO_SPACE_AFTER = re.compile(r"([«(]) ")


def read_kaznerd() -> tuple[list[str], list[tuple[str, str]]]:
    """Sentences joined back into text, and (token, NER class) for every named-entity token."""
    sentences: list[str] = []
    named: list[tuple[str, str]] = []
    for path in sorted(KAZNERD.glob("IOB2_*.txt")):
        words: list[str] = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if parts:
                    words.append(parts[0])
                    if len(parts) > 1 and parts[1] != "O":
                        named.append((parts[0], parts[1][2:]))
                elif words:
                    sentences.append(_NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(words))))
                    words = []
    return sentences, named


def make_documents(n: int, sentences: list[str], rng: random.Random) -> list[Document]:
    docs = []
    for _ in range(n):
        body = " ".join(rng.choices(sentences, k=rng.randint(3, 8)))
        title = " ".join(body.split()[:7])
        date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        docs.append(Document(text=f"{title}\n{body}", title=title, date=date,
                             source=Source(publisher=rng.choice(PUBLISHERS))))
    return docs


def make_queries(
    sentences: list[str], named: list[tuple[str, str]], rng: random.Random
) -> list[tuple[str, dict[str, Any], str]]:
    """200 (query, filters, kind): single words, pairs, inflected names, Latin spellings, filters, search syntax."""
    try:
        from derek.text.translit import to_latin
    except ImportError:
        def to_latin(text: str) -> str:
            return text
    tokens = [w for s in sentences for w in re.findall(r"\w+", s)]
    names = [w for w, cls in named if cls in {"PERSON", "GPE", "ORGANISATION", "LOCATION"}] or tokens
    queries: list[tuple[str, dict[str, Any], str]] = []
    queries += [(rng.choice(tokens), {}, "word") for _ in range(70)]
    queries += [(f"{rng.choice(tokens)} {rng.choice(tokens)}", {}, "two words") for _ in range(30)]
    queries += [(" ".join(rng.choice(sentences).split()[:2]), {}, "phrase start") for _ in range(10)]
    queries += [(rng.choice(names), {}, "inflected name") for _ in range(30)]
    queries += [(to_latin(rng.choice(names)), {}, "latin name") for _ in range(20)]
    for _ in range(20):
        year = rng.randint(2019, 2025)
        filters = rng.choice([{"date_from": f"{year}-01-01", "date_to": f"{year}-06-30"},
                              {"publisher": rng.choice(PUBLISHERS)}])
        queries.append((rng.choice(tokens), filters, "word + filter"))
    noise = ['"{w} AND', "NEAR({w}", "{w}*", "{w} OR", "({w}", "-{w}", "{w}:"]
    queries += [(rng.choice(noise).format(w=rng.choice(tokens)), {}, "search syntax") for _ in range(20)]
    return queries


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(ms: list[float]) -> dict[str, float]:
    return {"p50": round(percentile(ms, 0.5), 2), "p95": round(percentile(ms, 0.95), 2),
            "max": round(max(ms), 2), "mean": round(statistics.fmean(ms), 2)}


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", help="database file to build (default: a temporary one, removed after)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="time queries on an existing --db built with the same "
                        "--articles and --seed, without building it again")
    args = parser.parse_args()
    gc_threshold = tune_for_batch()  # as the CLI runs
    rng = random.Random(args.seed)
    if KAZNERD.is_dir():
        source, (sentences, named) = "kaznerd", read_kaznerd()
    else:
        source, sentences, named = "built-in sentences", FALLBACK, []
    docs = make_documents(args.articles, sentences, rng)
    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    t0 = time.perf_counter()
    added = 0
    with KnowledgeBase(path) as kb:
        if not (args.reuse and path.exists()):
            for doc in docs:
                added += kb.add_document(doc).added
        ingest_s = time.perf_counter() - t0
        kb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size
    queries = make_queries(sentences, named, rng)
    with KnowledgeBase(path, readonly=True) as kb:
        for q, filters, _ in queries[:20]:  # warm the page cache the way a running server would be
            kb.search(q, **filters)
        runs = [(kind, *timed(lambda q=q, f=filters: kb.search(q, limit=10, **f))) for q, filters, kind in queries]
    all_ms = [ms for _, ms, _ in runs]
    kinds = sorted({k for k, _, _ in runs})
    report = {
        "benchmark": "kb search",
        "source": source,
        "articles": args.articles,
        "added": added,
        "ingest_seconds": None if args.reuse else round(ingest_s, 1),
        "ingest_articles_per_s": None if args.reuse else round(args.articles / ingest_s, 1),
        "db_bytes": size,
        "db_mib": round(size / 2**20, 1),
        "bytes_per_article": round(size / max(1, args.articles)),
        "queries": len(runs),
        "queries_with_hits": sum(1 for _, _, hits in runs if hits),
        "query_ms": summary(all_ms),
        "query_ms_by_kind": {k: summary([ms for kind, ms, _ in runs if kind == k]) for k in kinds},
        "sqlite": sqlite3.sqlite_version,
        "python": sys.version.split()[0],
    }
    print(json.dumps({**report, "gc_threshold": gc_threshold}, ensure_ascii=False))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
