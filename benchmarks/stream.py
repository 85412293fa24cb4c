#!/usr/bin/env python3
"""A realistic stream: `derek process` and `derek ingest` on real-length articles, one and more workers.

Articles of 400–900 words are built from KazNERD and UD Kazakh sentences (``../shared/data``; measured here,
never stored in the repository): consecutive sentences, each used once, so every article brings new words and
each article's first pass is what is counted. Each configuration runs in a fresh interpreter (so the caches are
cold and the peak RSS is its own); start-up (imports, models, the pool) is excluded by timing from the first
article out to the last. Prints one JSON object: articles/s, tokens/s and peak RSS per configuration (the range
over ``--repeat`` runs), the speed-up of N workers over one measured in the same round, and the milliseconds per
article of each stage (one process, first pass).

``--check`` adds the issue's check: 400 articles of 20 KazNERD test_a sentences (then valid), `derek process`.
``--baseline SRC`` runs every configuration a second time on the code in ``SRC`` (another checkout's ``src``
folder, e.g. an older commit's ``git archive``), right after the run on this checkout, and adds the ratios
(this checkout over the baseline) of each round, so a before/after comparison shares the machine's load.

    .venv/bin/python benchmarks/stream.py [--articles 120] [--workers 2] [--repeat 3] [--check] [--baseline SRC]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DEREK_SHARED", REPO.parent / "shared"))
KAZNERD = SHARED / "data" / "kaznerd"
UD = SHARED / "data" / "ud_kk" / "kk_ktb-dev.conllu"
CITIES = ["АСТАНА", "АЛМАТЫ", "ШЫМКЕНТ", "АҚТӨБЕ", "ҚАРАҒАНДЫ", "ТАРАЗ", "ОРАЛ", "АТЫРАУ"]

_NO_SPACE_BEFORE = re.compile(r" ([.,!?:;»)%])")
_NO_SPACE_AFTER = re.compile(r"([«(]) ")


def _detokenize(tokens: list[str]) -> str:
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(tokens)))


def kaznerd_sentences(names: tuple[str, ...] = ("IOB2_test_a.txt", "IOB2_valid.txt")) -> Iterator[str]:
    for name in names:
        current: list[str] = []
        for line in (KAZNERD / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                current.append(line.split(" ")[0])
            elif current:
                yield _detokenize(current)
                current = []


def ud_sentences() -> Iterator[str]:
    for line in UD.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            yield line[len("# text = "):].strip()


def _interleave() -> Iterator[str]:
    ud = list(ud_sentences())
    for i, sentence in enumerate(kaznerd_sentences()):
        yield sentence
        if ud and i % 30 == 29:
            yield ud[(i // 30) % len(ud)]


def _article(i: int, sentences: list[str]) -> str:
    paragraphs = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
    title = " ".join(sentences[0].split()[:8]).rstrip(",.:;")
    head = f"{CITIES[i % len(CITIES)]}. KAZINFORM — "
    return f" date 2025-{1 + i % 12:02d}-{1 + i % 28:02d} {title}\n{head}" + "\n".join(paragraphs) + "\n"


def realistic_articles(n: int, length: tuple[int, int] = (400, 900)) -> list[str]:
    """``n`` articles of 400–900 words (the length cycles through that range), sentences never reused."""
    low, high = length
    out: list[str] = []
    it = _interleave()
    for i in range(n):
        target = low + (i * 137) % (high - low + 1)
        sentences: list[str] = []
        words = 0
        for sentence in it:
            sentences.append(sentence)
            words += len(sentence.split())
            if words >= target:
                break
        if words < low:
            break
        out.append(_article(i, sentences))
    return out


def check_articles(n: int = 400, per: int = 20) -> list[str]:
    it = kaznerd_sentences()
    out = []
    for i in range(n):
        sentences = [s for _, s in zip(range(per), it, strict=False)]
        if len(sentences) < per:
            break
        out.append(_article(i, sentences))
    return out


def write_corpus(folder: Path, texts: list[str]) -> Path:
    folder.mkdir(parents=True)
    for i, text in enumerate(texts):
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


# --- one configuration, in its own interpreter ---------------------------------------------------------------


def _rss_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"parent": round(own, 1), "largest_worker": round(children, 1)}


def child(mode: str, workers: int, corpus: str) -> dict[str, Any]:
    from derek.collector import tune_for_batch

    tune_for_batch()
    stamps: list[float] = []
    tokens = failed = 0
    t0 = time.perf_counter()
    if mode == "process":
        from derek.cli import strict_json
        from derek.doc import Document
        from derek.run import process_stream

        for item in process_stream([corpus], workers=workers):
            if isinstance(item, Document):
                strict_json(item.to_dict())  # what `derek process` prints
                tokens += len(item.tokens)
                stamps.append(time.perf_counter())
            else:
                failed += 1
    else:
        from derek.kb import KnowledgeBase

        with tempfile.TemporaryDirectory() as tmp, KnowledgeBase(Path(tmp) / "kb.db") as kb:
            summary = kb.ingest([corpus], on_article=lambda _: stamps.append(time.perf_counter()), workers=workers)
            from derek.text.tokenize import tokenize

            tokens = sum(len(tokenize(json.loads(r[0])["text"]))
                         for r in kb.conn.execute("SELECT doc_json FROM article_docs"))
            failed = summary.failed
    total = time.perf_counter() - t0
    steady = stamps[-1] - stamps[0]
    n = len(stamps)
    per_token = tokens / n
    return {
        "mode": mode, "workers": workers, "articles": n, "failed": failed, "tokens": tokens,
        "start_up_s": round(stamps[0] - t0, 2), "seconds": round(total, 2),
        "articles_per_s": round((n - 1) / steady, 2),  # start-up excluded: first article out → last
        "tokens_per_s": round((n - 1) * per_token / steady, 1),
        "articles_per_s_with_start_up": round(n / total, 2),
        "peak_rss_mb": _rss_mb(),
    }


def stages(corpus: str) -> dict[str, Any]:
    """Milliseconds per article for each stage, one process, each article's first pass."""
    from derek.collector import tune_for_batch
    from derek.doc import Article
    from derek.ingest import iter_articles
    from derek.pipeline import language_pipeline

    tune_for_batch()
    pipe = language_pipeline("kk")
    pipe("Астанада жиын өтті. Оған министр қатысты.")  # loads the models
    per_stage = dict.fromkeys(pipe.names, 0.0)
    articles = [a for a in iter_articles([corpus]) if isinstance(a, Article)]
    for article in articles:
        doc = article.to_document()
        for s in pipe.stages:
            t = time.perf_counter()
            doc = s.fn(doc)
            per_stage[s.name] += time.perf_counter() - t
    n = len(articles)
    return {"articles": n, "ms_per_article": {k: round(1000 * v / n, 2) for k, v in per_stage.items()},
            "total_ms_per_article": round(1000 * sum(per_stage.values()) / n, 2)}


def _run_child(*args: str, src: Path = REPO / "src") -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, env=env,
                         timeout=1800, check=False)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child {args} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    rates = [r["articles_per_s"] for r in runs]
    return {
        "articles": runs[0]["articles"], "failed": runs[0]["failed"], "tokens": runs[0]["tokens"],
        "articles_per_s": {"median": statistics.median(rates), "range": [min(rates), max(rates)]},
        "tokens_per_s_median": statistics.median(r["tokens_per_s"] for r in runs),
        "start_up_s_median": statistics.median(r["start_up_s"] for r in runs),
        "peak_rss_mb_max": {k: max(r["peak_rss_mb"][k] for r in runs) for k in runs[0]["peak_rss_mb"]},
    }


def measure(corpus: Path, modes: list[str], workers: list[int], repeat: int,
            baseline: Path | None = None) -> dict[str, Any]:
    runs: dict[str, list[dict[str, Any]]] = {}
    speedups: dict[str, list[float]] = {}
    versus: dict[str, list[float]] = {}
    for _ in range(repeat):  # each round runs every configuration, so a ratio compares runs of one moment
        for mode in modes:
            base = None
            for w in workers:
                r = _run_child(mode, str(w), str(corpus))
                runs.setdefault(f"{mode}_w{w}", []).append(r)
                if baseline is not None:
                    old = _run_child(mode, str(w), str(corpus), src=baseline)
                    runs.setdefault(f"baseline_{mode}_w{w}", []).append(old)
                    versus.setdefault(f"{mode}_w{w}", []).append(round(r["articles_per_s"] / old["articles_per_s"], 2))
                if base is None:
                    base = r["articles_per_s"]
                else:
                    speedups.setdefault(f"{mode}_w{w}_vs_w{workers[0]}", []).append(round(r["articles_per_s"] / base,
                                                                                          2))
    out: dict[str, Any] = {
        "configurations": {k: _summary(v) for k, v in runs.items()},
        "speed_up": {k: {"median": statistics.median(v), "range": [min(v), max(v)], "runs": v}
                     for k, v in speedups.items()},
    }
    if baseline is not None:
        out["vs_baseline"] = {k: {"median": statistics.median(v), "range": [min(v), max(v)], "runs": v}
                              for k, v in versus.items()}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--workers", type=int, default=2, help="compare 1 worker with this many (default 2)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--modes", default="process,ingest")
    parser.add_argument("--check", action="store_true", help="also 400 articles of 20 KazNERD sentences")
    parser.add_argument("--no-stages", action="store_true")
    parser.add_argument("--baseline", type=Path, metavar="SRC",
                        help="also run each configuration on the code in this src folder (before/after)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = stages(args.child[1]) if args.child[0] == "stages" else child(args.child[0], int(args.child[1]),
                                                                                 args.child[2])
        print(json.dumps(result, ensure_ascii=False, allow_nan=False))
        return
    if not KAZNERD.is_dir():
        raise SystemExit(f"needs KazNERD under {KAZNERD}")
    workers = [1] if args.workers <= 1 else [1, args.workers]
    if args.baseline is not None and not (args.baseline / "derek").is_dir():
        raise SystemExit(f"--baseline {args.baseline}: no derek package in it")
    report: dict[str, Any] = {"benchmark": "stream", "cpu_count": os.cpu_count(),
                              "baseline": str(args.baseline) if args.baseline else None,
                              "load_average_at_start": [round(x, 1) for x in os.getloadavg()]}
    with tempfile.TemporaryDirectory() as tmp:
        texts = realistic_articles(args.articles)
        corpus = write_corpus(Path(tmp) / "realistic", texts)
        report["realistic"] = {"words_per_article": round(statistics.mean(len(t.split()) for t in texts)),
                               **measure(corpus, args.modes.split(","), workers, args.repeat, args.baseline)}
        if not args.no_stages:
            report["realistic"]["stages_one_process"] = _run_child("stages", str(corpus))
        if args.check:
            check = write_corpus(Path(tmp) / "check", check_articles())
            report["check_400x20_kaznerd"] = measure(check, ["process"], workers, args.repeat, args.baseline)
    report["load_average_at_end"] = [round(x, 1) for x in os.getloadavg()]
    print(json.dumps(report, ensure_ascii=False, allow_nan=False))


if __name__ == "__main__":
    main()
