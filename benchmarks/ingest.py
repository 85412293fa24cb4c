#!/usr/bin/env python3
"""How fast derek's readers turn files into articles, per input format (one core, no analysis).

Prints one JSON object: articles/s and MB/s for dated text files, JSON Lines, HTML pages (trafilatura),
an RSS feed (feedparser) and gzipped text, each built in a temporary folder from one Kazakh paragraph.

    .venv/bin/python benchmarks/ingest.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from derek.collector import tune_for_batch
from derek.errors import InputError
from derek.ingest import iter_articles

BODY = (
    "АСТАНА. KAZINFORM — Қазақстан Премьер-министрі үкімет отырысында өңірлердегі жылу маусымына дайындықты "
    "талқылады. Министрдің айтуынша, биыл 1 250 шақырым жылу желісі жөнделіп, 51,3 пайызы ауыстырылған. "
    "«Барлық жұмыс қазан айына дейін аяқталады», — деді министр."
)


def _dated(i: int) -> str:
    return f" date 2025-10-{1 + i % 28:02d} Жылу маусымына дайындық №{i}\n{BODY}\n"


def _html(i: int) -> str:
    return (f"<html><head><title>Жылу маусымы №{i}</title><meta name='date' content='2025-10-01'></head>"
            f"<body><article><h1>Жылу маусымы №{i}</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>")


def _write_formats(root: Path, n: int) -> dict[str, list[str]]:
    formats: dict[str, list[str]] = {}
    text_dir = root / "text"
    text_dir.mkdir()
    for i in range(n):
        (text_dir / f"{i:05d}.txt").write_text(_dated(i), encoding="utf-8")
    formats["dated_text"] = [str(text_dir)]
    jsonl = root / "articles.jsonl"
    jsonl.write_text("".join(json.dumps({"title": f"№{i}", "date": "2025-10-01", "text": BODY},
                                        ensure_ascii=False) + "\n" for i in range(n)), encoding="utf-8")
    formats["jsonl"] = [str(jsonl)]
    html_dir = root / "html"
    html_dir.mkdir()
    for i in range(max(1, n // 10)):  # trafilatura is the slow reader; fewer pages keep the run short
        (html_dir / f"{i:05d}.html").write_text(_html(i), encoding="utf-8")
    formats["html"] = [str(html_dir)]
    items = "".join(f"<item><title>№{i}</title><link>https://example.kz/{i}</link>"
                    f"<pubDate>Wed, 01 Oct 2025 10:00:00 +0500</pubDate><description>{BODY}</description></item>"
                    for i in range(n))
    feed = root / "feed.rss"
    feed.write_text(f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Жаңалықтар"
                    f"</title>{items}</channel></rss>", encoding="utf-8")
    formats["rss"] = [str(feed)]
    gz_dir = root / "gz"
    gz_dir.mkdir()
    for i in range(n):
        (gz_dir / f"{i:05d}.txt.gz").write_bytes(gzip.compress(_dated(i).encode("utf-8")))
    formats["gzip_text"] = [str(gz_dir)]
    return formats


def _size(paths: list[str]) -> int:
    total = 0
    for p in paths:
        path = Path(p)
        total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() else path.stat().st_size
    return total


def _time(read: Callable[[], list[object]]) -> tuple[float, list[object]]:
    t0 = time.perf_counter()
    items = read()
    return time.perf_counter() - t0, items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=2000, help="articles per format (HTML: a tenth)")
    args = parser.parse_args(argv)
    gc_threshold = tune_for_batch()  # as the CLI runs
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="derek-bench-ingest-") as tmp:
        for name, paths in _write_formats(Path(tmp), args.articles).items():
            seconds, items = _time(lambda paths=paths: list(iter_articles(paths)))
            errors = [x for x in items if isinstance(x, InputError)]
            if errors:
                print(f"benchmark: {name}: {errors[0]}", file=sys.stderr)
                return 1
            results[name] = {
                "articles": len(items),
                "seconds": round(seconds, 3),
                "articles_per_s": round(len(items) / seconds, 1),
                "mb_per_s": round(_size(paths) / seconds / 1e6, 2),
            }
    print(json.dumps({"benchmark": "ingest", "gc_threshold": gc_threshold, "formats": results}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
