"""The same pipeline on Apache Spark, for corpora beyond one machine.

Input paths are spread over partitions; each partition loads the pipeline once and runs
:meth:`derek.pipeline.Pipeline.pipe` over the articles its paths hold. Documents are written
as ``derek.document/1`` JSON Lines (one part file per partition), which ``derek ingest`` loads
without processing them again. Inputs that cannot be read are collected and reported; they
never stop the job.

    python -m derek.scale.spark INPUT... --out DIR [--partitions N] [--master local[2]]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_DOC, _ERROR = "doc", "error"


@dataclass
class SparkRunSummary:
    documents: int
    failed: int
    output: str
    errors: list[str] = field(default_factory=list)


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """The input files under ``paths``, walked exactly as ``derek process`` walks them (so a README or a Spark
    marker in a folder is not taken for an article); a path that cannot be read stays, to be reported."""
    from derek.errors import InputError
    from derek.ingest.inputs import iter_input_paths

    return [item.source if isinstance(item, InputError) else item for item in iter_input_paths(paths)]


def process_partition(paths: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Run inside a Spark task: ``(kind, payload)`` pairs, a JSON document or an error line."""
    from derek.collector import tune_for_batch
    from derek.errors import InputError
    from derek.pipeline import load_pipeline
    from derek.run import process_stream

    tune_for_batch()  # the same collector setting as the CLI: workers hold the same long-lived caches
    pipeline = load_pipeline()  # once per partition
    for item in process_stream(list(paths), pipeline):
        if isinstance(item, InputError):
            yield _ERROR, str(item)
        else:
            yield _DOC, json.dumps(item.to_dict(), ensure_ascii=False, allow_nan=False)


def run(spark: Any, inputs: Sequence[str], output: str, partitions: int | None = None) -> SparkRunSummary:
    """Process ``inputs`` with ``spark`` (a SparkSession) and write JSON Lines under ``output``."""
    files = expand_inputs(inputs)
    sc = spark.sparkContext
    n = max(1, min(partitions or sc.defaultParallelism, len(files) or 1))
    results = sc.parallelize(files, n).mapPartitions(process_partition).cache()
    try:
        results.filter(lambda kv: kv[0] == _DOC).map(lambda kv: kv[1]).saveAsTextFile(output)
        errors = results.filter(lambda kv: kv[0] == _ERROR).map(lambda kv: kv[1]).collect()
        documents = results.filter(lambda kv: kv[0] == _DOC).count()
    finally:
        results.unpersist()
    return SparkRunSummary(documents=documents, failed=len(errors), output=output, errors=errors)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m derek.scale.spark",
        description="Run derek's pipeline on Spark and write derek.document/1 JSON Lines for `derek ingest`.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or directories")
    parser.add_argument("--out", required=True, help="output directory (must not exist)")
    parser.add_argument("--partitions", type=int, default=None, help="number of partitions")
    parser.add_argument("--master", default="local[*]", help="Spark master (default local[*])")
    args = parser.parse_args(argv)
    if Path(args.out).exists():
        print(f"derek: error: {args.out}: output directory already exists", file=sys.stderr)
        return 2

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master(args.master).appName("derek").getOrCreate()
    try:
        summary = run(spark, args.inputs, args.out, args.partitions)
    finally:
        spark.stop()
    for err in summary.errors:
        print(f"derek: error: {err}", file=sys.stderr)
    print(f"{summary.documents} documents, {summary.failed} failed → {summary.output}")
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
