#!/usr/bin/env python3
"""Search speed beside other engines: derek, a plain SQLite FTS5 table and tantivy over the same N articles.

Builds an N-article knowledge base (``KnowledgeBase.add_document``, one transaction per article), a plain FTS5
table (``benchmarks/search_engines.py``) and, when the ``tantivy`` package is installed (``pip install
'derek[bench]'``), a tantivy index of the same texts; then times 200 mixed queries, each engine in turn on
every query (so load on the machine falls on all alike), derek through ``KnowledgeBase.search`` on a read-only
connection as the web uses it. Also measures recall on articles that hold a name only in inflected forms (the
query is the name's lemma and the rarest other word of the article; found = in the top 10).

Prints one strict JSON object: p50/p95/max per engine and query kind, derek/plain ratios, recall, index sizes
(MiB per 100k articles) and SQL statements per derek query. Articles are 3-8 random KazNERD sentences (CC BY
4.0; Yeshpanov, Khassanov, Varol, LREC 2022) with a date and a publisher; without ../shared a built-in
paragraph set is used. Never run by the tests.

    nice -n 5 .venv/bin/python benchmarks/search.py --articles 100000 --db /tmp/search-100k.db
    nice -n 5 .venv/bin/python benchmarks/search.py --articles 100000 --db /tmp/search-100k.db --reuse
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from search_engines import PlainFts, Tantivy

from derek.collector import tune_for_batch
from derek.doc import Document, Source
from derek.kb import KnowledgeBase
from derek.kb.terms import lemmas, may_be_name, words

REPO = Path(__file__).resolve().parents[1]
KAZNERD = REPO.parent / "shared" / "data" / "kaznerd"
PUBLISHERS = ("Kazinform", "Egemen Qazaqstan", "Aiqyn", "Ana tili", "Abai.kz", "Turkystan")
FALLBACK = [
    "Астанада халықаралық форум өтті.", "Форумға жиырма елдің өкілдері қатысты.",
    "Алматы облысында жаңа мектеп ашылды.", "Министр Ерлан Сәрсенов жиында сөз сөйледі.",
    "Шымкентте жол жөндеу жұмыстары басталды.", "Ақтөбеде ауа райы суытады.",
]
_NO_SPACE_BEFORE = re.compile(r" ([,.!?:;»)%])")
_NO_SPACE_AFTER = re.compile(r"([«(]) ")


def read_kaznerd() -> tuple[list[str], list[tuple[str, str]]]:
    """Sentences joined back into text, and (token, NER class) for every named-entity token."""
    sentences: list[str] = []
    named: list[tuple[str, str]] = []
    for path in sorted(KAZNERD.glob("IOB2_*.txt")):
        words: list[str] = []
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if parts:
                    words.append(parts[0])
                    if len(parts) > 1 and parts[1] != "O":
                        named.append((parts[0], parts[1][2:]))
                elif words:
                    sentences.append(_NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(words))))
                    words = []
    return sentences, named


def make_documents(n: int, sentences: list[str], rng: random.Random) -> list[Document]:
    docs = []
    for _ in range(n):
        body = " ".join(rng.choices(sentences, k=rng.randint(3, 8)))
        title = " ".join(body.split()[:7])
        date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        docs.append(Document(text=f"{title}\n{body}", title=title, date=date,
                             source=Source(publisher=rng.choice(PUBLISHERS))))
    return docs


def make_queries(
    sentences: list[str], named: list[tuple[str, str]], rng: random.Random
) -> list[tuple[str, dict[str, Any], str]]:
    """200 (query, filters, kind): single words, pairs, inflected names, Latin spellings, filters, search syntax."""
    try:
        from derek.text.translit import to_latin
    except ImportError:
        def to_latin(text: str) -> str:
            return text
    tokens = [w for s in sentences for w in re.findall(r"\w+", s)]
    names = [w for w, cls in named if cls in {"PERSON", "GPE", "ORGANISATION", "LOCATION"}] or tokens
    queries: list[tuple[str, dict[str, Any], str]] = []
    queries += [(rng.choice(tokens), {}, "word") for _ in range(70)]
    queries += [(f"{rng.choice(tokens)} {rng.choice(tokens)}", {}, "two words") for _ in range(30)]
    queries += [(" ".join(rng.choice(sentences).split()[:2]), {}, "phrase start") for _ in range(10)]
    queries += [(rng.choice(names), {}, "inflected name") for _ in range(30)]
    queries += [(to_latin(rng.choice(names)), {}, "latin name") for _ in range(20)]
    for _ in range(20):
        year = rng.randint(2019, 2025)
        filters = rng.choice([{"date_from": f"{year}-01-01", "date_to": f"{year}-06-30"},
                              {"publisher": rng.choice(PUBLISHERS)}])
        queries.append((rng.choice(tokens), filters, "word + filter"))
    noise = ['"{w} AND', "NEAR({w}", "{w}*", "{w} OR", "({w}", "-{w}", "{w}:"]
    queries += [(rng.choice(noise).format(w=rng.choice(tokens)), {}, "search syntax") for _ in range(20)]
    return queries


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(ms: list[float]) -> dict[str, float]:
    return {"p50": round(percentile(ms, 0.5), 2), "p95": round(percentile(ms, 0.95), 2),
            "max": round(max(ms), 2), "mean": round(statistics.fmean(ms), 2)}


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result


def inflected_only_targets(
    docs: list[Document], named: set[str], plain: PlainFts, rng: random.Random, want: int = 50
) -> list[tuple[int, str]]:
    """(article index, query): a name (a KazNERD entity token) the article holds only inflected (its lemma never
    stands alone there), with the article's rarest uninflected other word (by the plain index's document counts),
    so that the article can rank first in any engine that meets the name."""
    plain.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, docs, 'row')")
    targets: list[tuple[int, str]] = []
    order = list(range(len(docs)))
    rng.shuffle(order)
    for i in order[: want * 200]:
        body = docs[i].text
        ws, lems = words(body), lemmas(body)
        lower = {w.lower() for w in ws}
        names = [lem for w, lem in zip(ws, lems, strict=False)
                 if w in named and len(lem) > 3 and may_be_name(w) and lem != w.lower() and lem not in lower]
        others = [w.lower() for w, lem in zip(ws, lems, strict=False)
                  if len(w) > 3 and w.isalpha() and w.lower() == lem and w not in named]
        if not names or not others:
            continue
        counts = dict(plain.conn.execute(
            f"SELECT term, doc FROM temp.v WHERE term IN ({', '.join('?' for _ in others)})", others).fetchall())
        rare = min(others, key=lambda w: counts.get(w, 0) or 10**9)
        targets.append((i, f"{names[0][:1].upper()}{names[0][1:]} {rare}"))
        if len(targets) >= want:
            break
    return targets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", help="derek database file to build (default: a temporary one, removed after); "
                        "the plain FTS5 file and the tantivy folder go beside it (DB.plain, DB.tantivy)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="time queries on the indexes at --db built before with "
                        "the same --articles and --seed, without building them again")
    args = parser.parse_args()
    gc_threshold = tune_for_batch()  # as the CLI runs
    rng = random.Random(args.seed)
    if KAZNERD.is_dir():
        source, (sentences, named) = "kaznerd", read_kaznerd()
    else:
        source, sentences, named = "built-in sentences", FALLBACK, []
    docs = make_documents(args.articles, sentences, rng)
    tmp = tempfile.TemporaryDirectory()
    path = Path(args.db) if args.db else Path(tmp.name) / "bench.db"
    reuse = args.reuse and path.exists()
    t0 = time.perf_counter()
    added = 0
    with KnowledgeBase(path) as kb:  # opening it for writing applies any newer migration (timed here too)
        migrate_s = time.perf_counter() - t0
        if not reuse:
            for doc in docs:
                added += kb.add_document(doc).added
        ingest_s = time.perf_counter() - t0
        kb.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        fts_bytes = kb.conn.execute("SELECT SUM(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'").fetchone()[0]
    plain = PlainFts(path.with_name(path.name + ".plain"), docs, reuse)
    try:
        engines: dict[str, Any] = {"tantivy": Tantivy(path.with_name(path.name + ".tantivy"), docs, reuse)}
    except ImportError:
        engines = {}
    queries = make_queries(sentences, named, rng)
    entity_tokens = {w for w, cls in named if cls in {"PERSON", "GPE", "ORGANISATION", "LOCATION"}}
    targets = inflected_only_targets(docs, entity_tokens, plain, rng)
    with KnowledgeBase(path, readonly=True) as kb:
        ids = {doc.id: i for i, doc in enumerate(docs)}

        def derek(query: str, filters: dict[str, Any], limit: int = 10) -> list[int]:
            hits = kb.search(query, limit=limit, **filters)
            return [ids[x] for h in hits for x in (h.doc_id, *h.duplicates) if x in ids]

        engines = {"derek": derek, "plain_fts5": plain.search, **{k: e.search for k, e in engines.items()}}
        for q, filters, _ in queries[:20]:  # warm the page cache the way a running server would be
            for search in engines.values():
                search(q, filters)
        runs: dict[str, list[tuple[str, float]]] = {name: [] for name in engines}
        for q, filters, kind in queries:
            for name, search in engines.items():
                ms, _ = timed(lambda s=search, q=q, f=filters: s(q, f))
                runs[name].append((kind, ms))
        recall = {name: round(sum(i in search(q, {}) for i, q in targets) / max(1, len(targets)), 3)
                  for name, search in engines.items()}
        statements: list[int] = []
        for q, filters, _ in queries:
            count = [0]
            kb.conn.set_trace_callback(lambda sql, c=count: c.__setitem__(0, c[0] + (not sql.startswith("--"))))
            kb.search(q, limit=10, **filters)
            statements.append(count[0])
        kb.conn.set_trace_callback(None)
    per_100k = 100_000 / max(1, args.articles) / 2**20
    sizes = {"derek": path.stat().st_size, "derek_fts_only": int(fts_bytes or 0), "plain_fts5": plain.size(),
             **{k: e.__self__.size() for k, e in engines.items() if k not in ("derek", "plain_fts5")}}
    latency = {name: summary([ms for _, ms in r]) for name, r in runs.items()}
    kinds = sorted({kind for _, _, kind in queries})
    report = {
        "benchmark": "kb search beside plain FTS5 and tantivy",
        "source": source,
        "articles": args.articles,
        "added": added,
        "reused": reuse,
        "ingest_seconds": None if reuse else round(ingest_s, 1),
        "ingest_articles_per_s": None if reuse else round(args.articles / ingest_s, 1),
        "open_and_migrate_seconds": round(migrate_s, 2),
        "queries": len(queries),
        "query_ms": latency,
        "ratio_derek_to_plain": {q: round(latency["derek"][q] / latency["plain_fts5"][q], 3) for q in ("p50", "p95")},
        "query_ms_by_kind": {name: {k: summary([ms for kind, ms in r if kind == k]) for k in kinds}
                             for name, r in runs.items()},
        "inflected_only_targets": len(targets),
        "inflected_only_recall_at_10": recall,
        "index_mib_per_100k": {k: round(v * per_100k, 1) for k, v in sizes.items()},
        "derek_statements_per_query": {"mean": round(statistics.fmean(statements), 2), "max": max(statements)},
        "sqlite": sqlite3.sqlite_version,
        "python": sys.version.split()[0],
        "gc_threshold": list(gc_threshold) if gc_threshold else None,
    }
    print(json.dumps(report, ensure_ascii=False, allow_nan=False))
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
