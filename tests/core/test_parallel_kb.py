"""`derek ingest --workers 2` stores exactly the rows one process stores (the index built in the workers)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from derek.kb import KnowledgeBase

ARTICLES = {
    "01.txt": " date 2025-03-04 Астанада форум өтті\nАСТАНА. KAZINFORM — Астанада халықаралық инвестициялық форум "
              "өтті. Форумға 40 елден 1 200 қонақ келді. «Біз жаңа жобаларға дайынбыз», — деді министр Ерлан "
              "Қарин.",
    "02.txt": " date 2025-03-05 Алматыда кездесу болды\nАлматы қаласының әкімі Ерболат Досаев кәсіпкерлермен "
              "кездесті. Кездесуде бағалардың 12 пайызға өскені айтылды.",
    "03.txt": " date 2025-03-06 Келісімге қол қойылды\nҚазақстан мен Өзбекстан сауда туралы келісімге қол қойды. "
              "Құжатқа сыртқы істер министрлері қол қойды.",
    "04.txt": " date 2025-03-06 Келісімге қол қойылды\nҚазақстан мен Өзбекстан сауда туралы келісімге қол қойды. "
              "Құжатқа сыртқы істер министрлері қол қойды бүгін.",  # a near-duplicate: the same dup group
    "05.txt": "",  # an empty file: counted as failed by both
}
SKIP_COLUMNS = {"added_at", "applied_at"}  # the clock, not the content


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'articles_fts_%' ORDER BY name")]
    out = {}
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in SKIP_COLUMNS]
        if table == "articles_fts":
            columns = ["rowid", *columns]
        out[table] = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2").fetchall()
    conn.close()
    return out


def test_two_workers_store_the_rows_one_stores(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    summaries = []
    for workers in (1, 2):
        with KnowledgeBase(tmp_path / f"w{workers}.db") as kb:
            summaries.append(kb.ingest([str(corpus)], workers=workers))
    assert [(s.added, s.present, s.failed) for s in summaries] == [(4, 0, 1), (4, 0, 1)]
    one, two = _rows(tmp_path / "w1.db"), _rows(tmp_path / "w2.db")
    assert one["articles"] and one["articles_fts"] and one["article_docs"]
    assert one == two
    with KnowledgeBase(tmp_path / "w2.db") as kb:  # and a second run skips every stored article
        again = kb.ingest([str(corpus)], workers=2)
    assert (again.added, again.present, again.failed) == (0, 4, 1)
