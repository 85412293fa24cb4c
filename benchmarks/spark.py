#!/usr/bin/env python3
"""Spark scaling: the same corpus through ``derek.scale.spark`` on ``local[1]`` and then ``local[2]``.

Builds ``--articles`` plain-text articles of ``--sentences`` KazNERD sentences each (CC BY 4.0; Yeshpanov,
Khassanov, Varol, LREC 2022), drawn at random so that articles differ (with ~17k sentences, 20,000 articles
reuse sentences in new combinations), as one ``.txt`` file an article. For each master it times the session
start (JVM and context) and the job (every partition processed and written as JSON Lines) separately, and
counts the documents written. Prints one JSON object with the speed-up of the job and of the whole run.
Without ../shared a small built-in sentence set is used (the figures then say little). Never run by the tests.

    nice -n 5 .venv/bin/python benchmarks/spark.py --articles 6000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
KAZNERD = REPO.parent / "shared" / "data" / "kaznerd"
FALLBACK = [
    "Астанада халықаралық форум өтті.", "Форумға жиырма елдің өкілдері қатысты.",
    "Алматы облысында жаңа мектеп ашылды.", "Министр Ерлан Сәрсенов жиында сөз сөйледі.",
]


def sentences() -> list[str]:
    out: list[str] = []
    for path in sorted(KAZNERD.glob("IOB2_*.txt")):
        words: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.append(line.split()[0])
            elif words:
                out.append(" ".join(words))
                words = []
    return out or FALLBACK


def write_corpus(folder: Path, n: int, per_article: int, seed: int) -> int:
    """``n`` articles as ``folder/NNNNNN.txt`` (title line, blank line, body); returns the token count."""
    rng = random.Random(seed)
    pool = sentences()
    tokens = 0
    for i in range(n):
        body = " ".join(rng.choices(pool, k=per_article))
        tokens += len(body.split())
        (folder / f"{i:06d}.txt").write_text(" ".join(body.split()[:8]) + "\n\n" + body + "\n", encoding="utf-8")
    return tokens


def run_master(master: str, corpus: Path, out: Path, partitions: int | None) -> dict[str, Any]:
    from pyspark.sql import SparkSession

    from derek.scale.spark import run

    t0 = time.perf_counter()
    spark = (
        SparkSession.builder.master(master).appName(f"derek-bench-{master}")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    t1 = time.perf_counter()
    try:
        summary = run(spark, [str(corpus)], str(out), partitions)
    finally:
        t2 = time.perf_counter()
        spark.stop()
    documents = sum(1 for part in out.glob("part-*") for line in part.open(encoding="utf-8") if line.strip())
    return {
        "master": master,
        "session_start_s": round(t1 - t0, 2),
        "job_s": round(t2 - t1, 2),
        "total_s": round(t2 - t0, 2),
        "documents": summary.documents,
        "documents_in_output": documents,
        "failed": summary.failed,
        "failures_sample": summary.errors[:3],
        "articles_per_s": round(summary.documents / (t2 - t1), 2) if t2 > t1 else None,
    }


def _run_in_own_process(master: str, corpus: Path, out: Path, partitions: int | None) -> dict[str, Any]:
    """One master in a fresh Python (and so a fresh JVM): the second run must not reuse the first one's JVM."""
    command = [sys.executable, __file__, "--one", master, "--corpus", str(corpus), "--out", str(out)]
    if partitions:
        command += ["--partitions", str(partitions)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=6000)
    parser.add_argument("--sentences", type=int, default=20, help="sentences an article (default 20)")
    parser.add_argument("--partitions", type=int, default=None, help="default: 4 a core of the master")
    parser.add_argument("--masters", default="local[1],local[2]")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--one", metavar="MASTER", help=argparse.SUPPRESS)  # internal: one run, in this process
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if args.one:
        print(json.dumps(run_master(args.one, args.corpus, args.out, args.partitions), allow_nan=False))
        return
    work = Path(tempfile.mkdtemp(prefix="derek-spark-bench-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        tokens = write_corpus(corpus, args.articles, args.sentences, args.seed)
        runs = [_run_in_own_process(m, corpus, work / f"out-{i}", args.partitions)
                for i, m in enumerate(args.masters.split(","))]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result: dict[str, Any] = {
        "benchmark": "spark",
        "articles": args.articles,
        "sentences_per_article": args.sentences,
        "tokens": tokens,
        "cpu_count": os.cpu_count(),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "runs": runs,
    }
    if len(runs) >= 2:
        first, last = runs[0], runs[-1]
        result["speedup_job"] = round(first["job_s"] / last["job_s"], 3)
        result["speedup_total"] = round(first["total_s"] / last["total_s"], 3)
    print(json.dumps(result, ensure_ascii=False, allow_nan=False))


if __name__ == "__main__":
    main()
