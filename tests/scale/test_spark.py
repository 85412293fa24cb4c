"""The pipeline on real pyspark in local mode."""

from __future__ import annotations

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

from derek.scale.spark import expand_inputs, run  # noqa: E402

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
