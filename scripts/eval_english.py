#!/usr/bin/env python3
"""English queries against Kazakh articles: how many find their article near the top.

Runs every query of eval/english/names.tsv (found when one of its articles is in the top 5) and
eval/english/descriptions.tsv (top 3) through ``derek search --json`` as a user would (in this process,
so the model loads once), against a knowledge base made with a plain ``derek ingest`` of the real-news
folder. Prints one strict JSON line per query set, and ``--misses`` lists each query that failed.

    derek ingest ../shared/data/news --db /tmp/news.db
    python scripts/eval_english.py --db /tmp/news.db
"""

from __future__ import annotations

import argparse
import io
import json
import sqlite3
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from derek.cli import main as derek  # noqa: E402

SETS = (("names", REPO / "eval/english/names.tsv", 5), ("descriptions", REPO / "eval/english/descriptions.tsv", 3))


def read_queries(path: Path) -> list[tuple[str, set[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, articles = line.split("\t")
        rows.append((query, set(articles.split(","))))
    return rows


def stems(db: str) -> dict[str, str]:
    """doc_id → the file stem it was ingested from."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT doc_id, path FROM articles").fetchall()
    return {doc: Path(path).name.removesuffix(".txt") for doc, path in rows}


def search(db: str, query: str, limit: int) -> list[str]:
    out = io.StringIO()
    code = derek(["search", "--json", "--limit", str(limit), "--db", db, query], out=out)
    if code != 0:
        raise SystemExit(f"derek search {query!r} exited {code}")
    return [json.loads(line)["doc_id"] for line in out.getvalue().splitlines()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--misses", action="store_true", help="name each query that missed (stderr)")
    args = parser.parse_args()
    by_doc = stems(args.db)
    for name, path, top in SETS:
        queries = read_queries(path)
        found = 0
        for query, wanted in queries:
            ranked = [by_doc.get(doc, doc) for doc in search(args.db, query, top)]
            if wanted & set(ranked):
                found += 1
            elif args.misses:
                print(f"{name}: {query!r} → {ranked}", file=sys.stderr)
        print(json.dumps({"set": name, "top": top, "found": found, "queries": len(queries),
                          "db": args.db}, allow_nan=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
