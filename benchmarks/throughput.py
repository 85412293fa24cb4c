#!/usr/bin/env python3
"""Whole-pipeline speed (normalise → morph → NER → extract), single process: articles/s and tokens/s.

Prints one JSON object. Corpus: the example articles, the extraction test articles, the reference article
(when ../shared is there) and KazNERD test_a sentences grouped into article-sized chunks of 12 sentences,
up to ``--articles`` articles (default 300). Always the full default pipeline (NER included), as
`derek process` runs it; the JSON also gives each stage's milliseconds per article.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from derek.collector import tune_for_batch
from derek.doc import Article
from derek.ingest import iter_articles
from derek.pipeline import load_pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def corpus(limit: int) -> list[Article]:
    files = sorted((REPO / "examples").glob("*.txt")) + sorted((REPO / "tests" / "extract" / "data").glob("*.txt"))
    seed = SHARED / "data" / "seed"
    if seed.is_dir():
        files += sorted(seed.glob("*.txt"))
    articles = [a for a in iter_articles([str(f) for f in files]) if isinstance(a, Article)]
    kaznerd = SHARED / "data" / "kaznerd" / "IOB2_test_a.txt"
    if kaznerd.exists():
        sentences, current = [], []
        for line in kaznerd.read_text(encoding="utf-8").splitlines():
            if line.strip():
                current.append(line.split(" ")[0])
            elif current:
                sentences.append(" ".join(current))
                current = []
        for i in range(0, len(sentences), 12):
            articles.append(Article(body=" ".join(sentences[i : i + 12]), title=sentences[i][:60], date="2025-01-01"))
            if len(articles) >= limit:
                break
    while len(articles) < limit and articles:
        articles.extend(articles[: limit - len(articles)])
    return articles[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    gc_threshold = tune_for_batch()  # as the CLI runs
    articles = corpus(args.articles)
    pipe = load_pipeline(lang="kk")  # the Kazakh pipeline `derek process` runs; a failing stage stops the benchmark
    pipe(articles[0].to_document())  # warm-up: loads the morphology lexicon and the NER model
    per_stage = dict.fromkeys(pipe.names, 0.0)
    tokens = 0
    facts = 0
    start = time.perf_counter()
    for article in articles:
        doc = article.to_document()
        for s in pipe.stages:
            t0 = time.perf_counter()
            doc = s.fn(doc)
            per_stage[s.name] += time.perf_counter() - t0
        tokens += len(doc.tokens)
        facts += len(doc.roles) + len(doc.quotes) + len(doc.events) + len(doc.claims)
    elapsed = time.perf_counter() - start
    print(json.dumps({"gc_threshold": gc_threshold,
        "benchmark": "throughput",
        "stages": " → ".join(pipe.names),
        "articles": len(articles),
        "tokens": tokens,
        "facts": facts,
        "seconds": round(elapsed, 3),
        "articles_per_s": round(len(articles) / elapsed, 1),
        "tokens_per_s": round(tokens / elapsed, 1),
        "ms_per_article_by_stage": {k: round(1000 * v / len(articles), 2) for k, v in per_stage.items()},
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
