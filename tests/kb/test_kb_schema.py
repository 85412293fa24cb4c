from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from derek.errors import StoreError
from derek.kb import KnowledgeBase
from derek.kb.schema import LATEST, MIGRATIONS


def _versions(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()


def test_new_file_is_wal_with_every_migration_recorded(db_path: Path) -> None:
    with KnowledgeBase(db_path) as kb:
        assert kb.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [v for v, _ in _versions(db_path)] == [v for v, _, _ in MIGRATIONS]
    assert _versions(db_path)[-1][0] == LATEST


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    KnowledgeBase(db_path).close()
    first = _versions(db_path)
    KnowledgeBase(db_path).close()
    assert _versions(db_path) == first


def test_readonly_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    with pytest.raises(StoreError, match=r"nowhere\.db"):
        KnowledgeBase(missing, readonly=True)
    assert not missing.exists()


@pytest.mark.parametrize("readonly", [False, True])
def test_a_file_that_is_not_sqlite_names_the_file(tmp_path: Path, readonly: bool) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("Бұл дерекқор емес, жай мәтін.\n" * 50, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.db"):
        KnowledgeBase(bogus, readonly=readonly)


def test_readonly_refuses_to_write(db_path: Path) -> None:
    KnowledgeBase(db_path).close()
    from derek.doc import Document

    with KnowledgeBase(db_path, readonly=True) as kb, pytest.raises(StoreError, match="read-only"):
        kb.add_document(Document(text="Алматыда жаңбыр жауды."))


def test_readonly_on_an_unrelated_sqlite_file(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match=r"other\.db.*not a derek knowledge base"):
        KnowledgeBase(other, readonly=True)


def test_an_older_database_is_brought_up_to_date(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from derek.doc import Document
    from derek.kb import schema

    old = Document(text="Семейде жаңа театр ашылды.", title="Театр", date="2023-05-05")
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", MIGRATIONS[:3])  # before the document JSON moved out
        KnowledgeBase(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO articles (doc_id, title, date, added_at, doc_json) VALUES (?, ?, ?, ?, ?)",
                     (old.id, old.title, old.date, "2023-05-05T00:00:00", json.dumps(old.to_dict())))
    assert [v for v, _ in _versions(db_path)] == [v for v, _, _ in MIGRATIONS[:3]]
    with pytest.raises(StoreError, match="older"):
        KnowledgeBase(db_path, readonly=True)
    KnowledgeBase(db_path).close()
    assert [v for v, _ in _versions(db_path)] == [v for v, _, _ in MIGRATIONS]
    with KnowledgeBase(db_path, readonly=True) as kb:
        stored = kb.get_document(old.id)
        assert stored is not None and stored.text == old.text


@pytest.mark.parametrize("readonly", [False, True])
def test_a_database_from_a_newer_derek_is_refused(db_path: Path, readonly: bool) -> None:
    KnowledgeBase(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', '2030-01-01')", (LATEST + 1,))
    with pytest.raises(StoreError, match=r"kb\.db.*newer derek"):
        KnowledgeBase(db_path, readonly=readonly)
