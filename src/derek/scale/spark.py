"""The same pipeline on Apache Spark, for corpora beyond one machine.

Input paths are spread over partitions; each partition applies the batch GC setting, loads the pipeline once
(a Python worker keeps it for the partitions that follow) and runs :func:`derek.run.process_stream` over the
articles its paths hold. Documents are written as ``derek.document/1`` JSON Lines (one part file per partition),
which ``derek ingest`` loads without processing them again, or as Parquet (``--format parquet``: one row per
document, its JSON in ``document`` beside the columns to filter on). The job makes one pass over its inputs;
inputs that cannot be read are gathered in an accumulator and reported; they never stop the job.

    python -m derek.scale.spark INPUT... --out DIR [--partitions N] [--master local[2]] [--format parquet]
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
FORMATS = ("jsonl", "parquet")
PARTITIONS_PER_CORE = 4  # small partitions even out their lengths; the pipeline stays loaded in each worker
PARQUET_COLUMNS = ("id", "title", "date", "language", "publisher", "url", "path", "document")


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
    pipeline = load_pipeline()  # once per partition; cached in the Python worker, which Spark reuses
    for item in process_stream(list(paths), pipeline):
        if isinstance(item, InputError):
            yield _ERROR, str(item)
        else:
            yield _DOC, json.dumps(item.to_dict(), ensure_ascii=False, allow_nan=False)


def partition_settings(paths: Iterable[str]) -> Iterator[tuple[int, int, int]]:
    """Run inside a Spark task: process the partition as :func:`process_partition` does, then give the collector
    thresholds it ran with (to check that the batch setting is in effect in the workers)."""
    import gc

    for _ in process_partition(paths):
        pass
    yield gc.get_threshold()


def parquet_row(document: str) -> tuple[str | None, ...]:
    """One Parquet row (:data:`PARQUET_COLUMNS`) for a document's JSON."""
    d = json.loads(document)
    source = d.get("source") or {}
    return (d.get("id"), d.get("title"), d.get("date"), d.get("language"), source.get("publisher"),
            source.get("url"), source.get("path"), document)


def _split(acc_errors: Any, acc_docs: Any) -> Any:
    def keep_documents(pairs: Iterator[tuple[str, str]]) -> Iterator[str]:
        for kind, payload in pairs:
            if kind == _ERROR:
                acc_errors.add([payload])
            else:
                acc_docs.add(1)
                yield payload

    return keep_documents


def run(
    spark: Any, inputs: Sequence[str], output: str, partitions: int | None = None, format: str = "jsonl"
) -> SparkRunSummary:
    """Process ``inputs`` with ``spark`` (a SparkSession) and write JSON Lines (or Parquet) under ``output``.

    One pass: the documents are written as they come, the errors and the count gathered in accumulators.
    """
    from pyspark.accumulators import AccumulatorParam

    if format not in FORMATS:
        raise ValueError(f"format is one of {', '.join(FORMATS)}, not {format!r}")

    class _Lines(AccumulatorParam):
        def zero(self, value: list[str]) -> list[str]:
            return []

        def addInPlace(self, a: list[str], b: list[str]) -> list[str]:
            a.extend(b)
            return a

    files = expand_inputs(inputs)
    sc = spark.sparkContext
    n = max(1, min(partitions or sc.defaultParallelism * PARTITIONS_PER_CORE, len(files) or 1))
    errors, documents = sc.accumulator([], _Lines()), sc.accumulator(0)
    docs = sc.parallelize(files, n).mapPartitions(process_partition).mapPartitions(_split(errors, documents))
    if format == "parquet":
        from pyspark.sql.types import StringType, StructField, StructType

        schema = StructType([StructField(c, StringType(), nullable=c != "document") for c in PARQUET_COLUMNS])
        spark.createDataFrame(docs.map(parquet_row), schema).write.parquet(output)
    else:
        docs.saveAsTextFile(output)
    return SparkRunSummary(documents=documents.value, failed=len(errors.value), output=output,
                           errors=sorted(errors.value))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m derek.scale.spark",
        description="Run derek's pipeline on Spark and write derek.document/1 JSON Lines for `derek ingest`.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or directories")
    parser.add_argument("--out", required=True, help="output directory (must not exist)")
    parser.add_argument("--partitions", type=int, default=None, help="number of partitions")
    parser.add_argument("--master", default="local[*]", help="Spark master (default local[*])")
    parser.add_argument("--format", choices=FORMATS, default="jsonl",
                        help="jsonl: derek.document/1 JSON Lines for `derek ingest` (default); parquet: one row a "
                        "document")
    args = parser.parse_args(argv)
    if Path(args.out).exists():
        print(f"derek: error: {args.out}: output directory already exists", file=sys.stderr)
        return 2

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.master(args.master).appName("derek").getOrCreate()
    try:
        summary = run(spark, args.inputs, args.out, args.partitions, args.format)
    finally:
        spark.stop()
    for err in summary.errors:
        print(f"derek: error: {err}", file=sys.stderr)
    print(f"{summary.documents} documents, {summary.failed} failed → {summary.output}")
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
