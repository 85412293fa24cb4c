from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from derek import api
from derek.doc import Document
from derek.errors import StoreError
from derek.kb import KnowledgeBase
from derek.kb import store as store_module
from derek.pipeline import load_pipeline

TABLES = (
    "articles", "article_docs", "entities", "mentions", "roles", "quotes", "events", "event_participants",
    "minhash_bands",
)

BODY = "Ерлан Сәрсенов Павлодарда жаңа мектептің ашылуына қатысты. Ол оқушылармен кездесті."


def _counts(kb: KnowledgeBase) -> dict[str, int]:
    return {t: kb.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def _fts_rows(kb: KnowledgeBase, word: str) -> int:
    return int(kb.conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?",
                               (f'"{word}"',)).fetchone()[0])


def _person_doc(build: Callable[..., Document], text: str) -> Document:
    return build(text, "2024-04-02", [("E1", "PERSON", "Ерлан Сәрсенов", ["Ерлан Сәрсенов"])],
                 roles=[("E1", "әкім", None)], quotes=[("E1", "Мектеп салынады")],
                 events=[("meeting", [("E1", "in_person")], None)])


def test_same_text_again_adds_nothing(kb: KnowledgeBase, build: Callable[..., Document]) -> None:
    first = kb.add_document(_person_doc(build, BODY))
    before = _counts(kb)
    again = kb.add_document(_person_doc(build, BODY))
    assert first.added and not again.added
    assert first.doc_id == again.doc_id
    assert _counts(kb) == before
    assert before["articles"] == 1 and before["roles"] == 1


def test_document_round_trips(kb: KnowledgeBase, build: Callable[..., Document]) -> None:
    doc = _person_doc(build, BODY)
    kb.add_document(doc)
    stored = kb.get_document(doc.id)
    assert stored is not None and stored.to_dict() == doc.to_dict()
    assert kb.get_document("0000000000000000") is None


@pytest.mark.parametrize("failure", ["sql", "python"])
def test_a_failing_article_rolls_back_alone(
    kb: KnowledgeBase, build: Callable[..., Document], monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    good = _person_doc(build, BODY)
    bad = _person_doc(build, "Ерлан Сәрсенов Шымкентте көпір салуды тапсырды.")
    real = store_module.store_facts

    def failing(conn: Any, doc: Document, article: int, id_map: dict[str, int]) -> None:
        if "көпір" in doc.text and failure == "sql":
            conn.execute("INSERT INTO no_such_table VALUES (1)")
        if "көпір" in doc.text:
            raise ValueError("a bug while storing facts")
        real(conn, doc, article, id_map)

    monkeypatch.setattr(store_module, "store_facts", failing)
    kb.add_document(good)
    before = _counts(kb)
    with pytest.raises(StoreError, match=bad.id):
        kb.add_document(bad)
    assert _counts(kb) == before
    assert _fts_rows(kb, "көпір") == 0
    third = build("Астанада жаңа саябақ ашылды.", "2024-04-03", [])
    assert kb.add_document(third).added
    assert _counts(kb)["articles"] == 2


def test_ingest_counts_and_names_bad_files(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Counting is what is tested here, so the text stages stand in for the full pipeline.
    light = load_pipeline(["normalize", "tokenize", "sentences"])
    monkeypatch.setattr(api, "process_article", lambda article: light(article.to_document()))
    good = tmp_path / "good.txt"
    good.write_text("Ақтөбеде ауа райы\nАқтөбеде қатты жел соқты. Жол жабылды.\n", encoding="utf-8")
    broken = tmp_path / "missing.txt"
    with KnowledgeBase(db_path) as kb:
        summary = kb.ingest([str(good), str(broken), str(good)])
    assert (summary.added, summary.present, summary.failed) == (1, 1, 1)
    assert "missing.txt" in str(summary.errors[0])
    with KnowledgeBase(db_path) as kb:
        again = kb.ingest(good)  # one path, not a list of characters
    assert (again.added, again.present, again.failed) == (0, 1, 0)


def test_list_articles_newest_first(kb: KnowledgeBase, build: Callable[..., Document]) -> None:
    for day in ("2024-01-05", "2024-03-01", "2024-02-11"):
        kb.add_document(build(f"Хабар {day}\nОралда жиын өтті, күні {day}.", day, []))
    assert [a.date for a in kb.list_articles()] == ["2024-03-01", "2024-02-11", "2024-01-05"]
    assert [a.date for a in kb.list_articles(limit=1, offset=1)] == ["2024-02-11"]
    assert kb.stats()["articles"] == 3
