"""The pipeline on real pyspark in local mode."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from derek.doc import Document

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install -e '.[dev]')")

if shutil.which("java") is None:  # pragma: no cover - depends on the machine
    pytest.skip("Spark needs a Java runtime (java not on PATH)", allow_module_level=True)

from derek.cli import main  # noqa: E402
from derek.collector import BATCH_GEN0_THRESHOLD  # noqa: E402
from derek.scale.spark import PARQUET_COLUMNS, expand_inputs, partition_settings, run  # noqa: E402

ARTICLES = {
    "a.txt": "Астанада форум өтті\nАстанада халықаралық инвестициялық форум өтті. Оған 40 елден қонақтар келді.",
    "b.txt": "Ташкентте келісімге қол қойылды\nҚазақстан мен Өзбекстан сауда туралы келісімге қол қойды.",
    "c.txt": "Алматыда жарыс болды\nАлматыда жеңіл атлетикадан жарыс болды. Жүлделі орындарды жастар алды.",
}


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("derek-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _corpus(tmp: Path) -> Path:
    corpus = tmp / "corpus"
    (corpus / "nested").mkdir(parents=True)
    for i, (name, text) in enumerate(ARTICLES.items()):
        folder = corpus / "nested" if i == 2 else corpus
        (folder / name).write_text(text, encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary")
    return corpus


def test_expand_inputs_walks_directories(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    files = expand_inputs([str(corpus)])
    assert len(files) == 4
    assert files == sorted(files) or len(set(files)) == 4


def test_spark_job_writes_documents_and_reports_bad_inputs(spark: object, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    summary = run(spark, [str(corpus)], str(out), partitions=2)
    assert summary.documents == 3
    assert summary.failed == 1 and "broken.txt" in summary.errors[0]

    lines = [ln for part in sorted(out.glob("part-*")) for ln in part.read_text(encoding="utf-8").splitlines()]
    docs = [Document.from_dict(json.loads(ln)) for ln in lines]
    assert sorted(d.title or "" for d in docs) == sorted(t.split("\n")[0] for t in ARTICLES.values())
    for d in docs:
        assert d.sentences, "each document went through the pipeline"
        assert d.id and len(d.id) == 16


def test_parquet_output_holds_one_row_a_document(spark: object, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed")
    corpus = _corpus(tmp_path)
    out = tmp_path / "parquet"
    summary = run(spark, [str(corpus)], str(out), partitions=2, format="parquet")
    assert (summary.documents, summary.failed) == (3, 1)
    table = pq.read_table(str(out))
    assert table.column_names == list(PARQUET_COLUMNS)
    rows = table.to_pylist()
    docs = [Document.from_dict(json.loads(r["document"])) for r in rows]
    assert sorted(r["title"] for r in rows) == sorted(d.title for d in docs) == sorted(
        t.split("\n")[0] for t in ARTICLES.values())
    assert all(r["id"] == d.id and r["path"] == d.source.path for r, d in zip(rows, docs, strict=True))


def test_ingest_of_the_spark_output_adds_every_article(spark: object, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    run(spark, [str(corpus)], str(out), partitions=3)
    assert (out / "_SUCCESS").exists() and list(out.glob(".part-*.crc"))  # Spark's markers are there
    log = io.StringIO()
    assert main(["ingest", str(out), "--db", str(tmp_path / "kb.db"), "--quiet"], out=log) == 0
    assert log.getvalue().startswith("3 added, 0 already present, 0 failed")


def test_the_workers_run_with_the_batch_collector_setting(spark: object, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    files = [f for f in expand_inputs([str(corpus)]) if not f.endswith("broken.txt")]
    sc = spark.sparkContext  # type: ignore[attr-defined]
    thresholds = sc.parallelize(files, 2).mapPartitions(partition_settings).collect()
    assert len(thresholds) == 2 and all(t[0] >= BATCH_GEN0_THRESHOLD for t in thresholds)
