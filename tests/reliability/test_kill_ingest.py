"""Crash safety: `derek ingest` killed with SIGKILL at a random moment, then run again, loses nothing and
doubles nothing. The knowledge base passes SQLite's and FTS5's integrity checks, holds each article once,
and holds exactly the rows an uninterrupted run of the same articles stores.

``DEREK_KILL_SEED`` replays one moment; ``DEREK_KILL_ARTICLES`` changes the number of articles (default 1000).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from synthetic import dated_text

REPO = Path(__file__).resolve().parents[2]
ARTICLES = int(os.environ.get("DEREK_KILL_ARTICLES", "1000"))

# Every stored fact, keyed by what it means rather than by row numbers (which a re-run may assign anew).
FACTS = {
    "articles": "SELECT a.doc_id, a.title, a.date, a.publisher, a.path, a.dateline, g.doc_id "
                "FROM articles a LEFT JOIN articles g ON g.rowid = a.dup_group",
    "documents": "SELECT a.doc_id, d.doc_json FROM article_docs d JOIN articles a ON a.rowid = d.article",
    "entities": "SELECT type, name, latin, article_count, mention_count FROM entities",
    "aliases": "SELECT e.name, x.alias FROM entity_aliases x JOIN entities e ON e.id = x.entity_id",
    "doc_entities": "SELECT a.doc_id, d.local_id, e.name FROM doc_entities d JOIN articles a ON a.rowid = d.article "
                    "JOIN entities e ON e.id = d.entity_id",
    "mentions": "SELECT a.doc_id, e.name, m.start, m.end, m.text FROM mentions m "
                "JOIN articles a ON a.rowid = m.article JOIN entities e ON e.id = m.entity_id",
    "roles": "SELECT a.doc_id, e.name, r.position, r.position_en, o.name, r.date, r.start, r.end FROM roles r "
             "JOIN articles a ON a.rowid = r.article JOIN entities e ON e.id = r.entity_id "
             "LEFT JOIN entities o ON o.id = r.of_entity_id",
    "quotes": "SELECT a.doc_id, s.name, q.text, q.kind, q.verb, q.date, q.start, q.end FROM quotes q "
              "JOIN articles a ON a.rowid = q.article LEFT JOIN entities s ON s.id = q.speaker_id",
    "events": "SELECT a.doc_id, v.local_id, v.type, v.date, v.location_name, v.format, v.cameo, v.start, v.end "
              "FROM events v JOIN articles a ON a.rowid = v.article",
    "participants": "SELECT a.doc_id, v.local_id, e.name, p.mode FROM event_participants p "
                    "JOIN events v ON v.id = p.event_id JOIN articles a ON a.rowid = v.article "
                    "JOIN entities e ON e.id = p.entity_id",
    "claims": "SELECT a.doc_id, c.value, c.unit, c.kind, c.currency, c.text, c.start, c.end FROM claims c "
              "JOIN articles a ON a.rowid = c.article",
    "signatures": "SELECT a.doc_id, s.signature FROM minhash_signatures s JOIN articles a ON a.rowid = s.article",
    "bands": "SELECT a.doc_id, b.band, b.bucket FROM minhash_bands b JOIN articles a ON a.rowid = b.article",
    "search": "SELECT a.doc_id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
              "WHERE articles_fts MATCH 'text : \"кеңес\" OR keys : \"министр\"'",
}


def ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")])))
    # --no-embed: vectors are their own resumable step (tests/kb/test_english_semantic.py), not what is killed here
    return subprocess.Popen([sys.executable, "-m", "derek.cli", "ingest", str(folder), "--db", str(db), "--quiet",
                             "--no-embed"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_to_end(folder: Path, db: Path) -> str:
    process = ingest(folder, db)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return out


def facts(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {name: sorted(conn.execute(sql).fetchall(), key=repr) for name, sql in FACTS.items()}


def check_integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")  # raises when corrupt
        total, distinct, paths = conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT doc_id), COUNT(DISTINCT path) FROM articles").fetchone()
        assert total == distinct == paths, "an article stored twice"
        assert conn.execute("SELECT COUNT(*) FROM article_docs").fetchone()[0] == total
    finally:
        conn.close()


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kill") / "articles"
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"{i:05d}.txt").write_text(dated_text(i, 3), encoding="utf-8")
    return folder


def stored(db: Path) -> int:
    """Articles committed to ``db`` so far (0 while it is being created)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def kill_after(process: subprocess.Popen[str], db: Path, articles: int, jitter: float) -> None:
    """SIGKILL once ``articles`` are committed, ``jitter`` seconds later: in the middle of the next one."""
    deadline = time.monotonic() + 240
    while stored(db) < articles and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(jitter)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)


def test_sigkill_during_ingest_loses_and_doubles_nothing(articles: Path, tmp_path: Path) -> None:
    seed = int(os.environ.get("DEREK_KILL_SEED", str(random.SystemRandom().randrange(10**6))))
    rng = random.Random(seed)
    at, jitter = rng.randrange(0, ARTICLES - ARTICLES // 10), rng.uniform(0, 0.05)
    where = f"killed after {at} articles + {jitter * 1000:.0f} ms (DEREK_KILL_SEED={seed})"
    reference, db = tmp_path / "reference.db", tmp_path / "killed.db"
    uninterrupted = ingest(articles, reference)  # runs beside the one that is killed
    victim = ingest(articles, db)
    kill_after(victim, db, at, jitter)
    assert victim.returncode == -signal.SIGKILL, f"the ingest ended before the kill ({where})"
    out, err = uninterrupted.communicate(timeout=300)
    assert uninterrupted.returncode == 0, err
    assert out.startswith(f"{ARTICLES} added, 0 already present, 0 failed")

    if db.exists():
        check_integrity(db)  # sound before the re-run already: each article is one transaction
    summary = run_to_end(articles, db)
    added, present = (int(summary.split()[0]), int(summary.split(", ")[1].split()[0]))
    assert added + present == ARTICLES and present >= at, f"{summary} ({where})"
    check_integrity(db)
    got, want = facts(db), facts(reference)
    for table in FACTS:
        assert got[table] == want[table], f"{table} differs from an uninterrupted run ({where})"
    assert len(want["articles"]) == ARTICLES and want["roles"] and want["claims"] and want["search"]
