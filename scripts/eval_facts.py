#!/usr/bin/env python3
"""Score derek's fact extractor on the evaluation corpus in eval/.

Runs ``derek process --format json`` on every ``eval/articles/*.txt`` (one process for the whole
batch), scores each article against ``eval/gold/<same name>.json`` with
``../shared/tools/score_facts.py`` and prints a per-article table, the mean overall figure and,
last, a JSON line ``{"mean_overall": ..., "articles": N}``. An article derek fails on is scored
as an empty prediction and its error is printed, so the figure stays comparable.

Usage: scripts/eval_facts.py [--misses] [--save-pred DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SCORER = REPO.parent / "shared/tools/score_facts.py"
COLUMNS = ("overall", "persons", "roles", "quotes", "participants", "modes", "claims")


def load_scorer() -> ModuleType:
    """Import score_facts.py from the shared folder, or exit with a clear message."""
    if not SCORER.is_file():
        sys.exit(f"eval_facts: the scorer {SCORER} is missing; check out the shared data beside the repository")
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    if spec is None or spec.loader is None:
        sys.exit(f"eval_facts: cannot import {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def derek_command() -> list[str]:
    """The derek executable of this checkout's venv, else the one on PATH via the current Python."""
    venv = REPO / ".venv/bin/derek"
    return [str(venv)] if venv.is_file() else [sys.executable, "-m", "derek.cli"]


def run_derek(paths: list[Path]) -> tuple[dict[str, dict[str, Any]], str]:
    """Process all articles in one run; returns predictions keyed by file name (and by title), and derek's stderr."""
    proc = subprocess.run(
        [*derek_command(), "process", "--format", "json", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    preds: dict[str, dict[str, Any]] = {}
    for line in proc.stdout.splitlines():
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError:
            continue
        source = (doc.get("source") or {}).get("path") or ""
        preds[Path(source.split(":")[0]).name] = doc
        if doc.get("title"):
            preds.setdefault(f"title:{doc['title']}", doc)
    return preds, proc.stderr


def cell(result: dict[str, Any], column: str) -> float:
    """The one figure of a scorer part shown in the table."""
    if column == "overall":
        return float(result["overall"])
    part = result[column]
    if column == "modes":
        return float(part["accuracy"])
    if column == "claims":
        return float(part["r"])
    return float(part["f1"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=REPO / "eval",
                        help="folder with articles/*.txt and gold/*.json (default eval/; eval/heldout: the blind set), "
                             "or a flat folder of X.txt beside X.gold.json (../shared/data/news)")
    parser.add_argument("--misses", action="store_true", help="print what each article missed")
    parser.add_argument("--save-pred", type=Path, help="write derek's JSON for each article into this folder")
    args = parser.parse_args(argv)

    scorer = load_scorer()
    articles_dir, gold_dir = args.corpus / "articles", args.corpus / "gold"
    flat = not articles_dir.is_dir()  # ../shared/data/news: X.txt beside X.gold.json
    if flat:
        articles_dir = gold_dir = args.corpus
    articles = sorted(articles_dir.glob("*.txt"))
    if not articles:
        sys.exit(f"eval_facts: no articles in {articles_dir}")
    preds, stderr = run_derek(articles)
    if stderr.strip():
        print(f"derek reported:\n{stderr.strip()}\n", file=sys.stderr, flush=True)
    print(f"{'article':34s} " + " ".join(f"{c[:8]:>8s}" for c in COLUMNS))
    overalls: list[float] = []
    no_output = 0
    for path in articles:
        gold_path = gold_dir / (f"{path.stem}.gold.json" if flat else f"{path.stem}.json")
        if not gold_path.is_file():
            print(f"{path.name:34s} no gold file {gold_path.name}; skipped", file=sys.stderr)
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pred = preds.get(path.name) or preds.get(f"title:{gold.get('document', {}).get('title')}", {})
        if args.save_pred and pred:
            args.save_pred.mkdir(parents=True, exist_ok=True)
            (args.save_pred / f"{path.stem}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        try:
            result = scorer.score(gold, pred)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:  # a malformed document from derek
            print(f"{path.name}: derek's output does not fit the contract ({exc!r}); scored as empty", file=sys.stderr)
            pred = {}
            result = scorer.score(gold, pred)
        overalls.append(float(result["overall"]))
        no_output += not pred
        flag = "" if pred else "  (no output)"
        print(f"{path.stem[:34]:34s} " + " ".join(f"{cell(result, c):8.3f}" for c in COLUMNS) + flag)
        if args.misses:
            for part in ("persons", "roles", "quotes"):
                if result[part].get("missed"):
                    print(f"    {part} missed: {result[part]['missed']}")
            if result["events"]["missed"]:
                print(f"    events missed: {result['events']['missed']}")

    if no_output:
        print(f"derek gave no output for {no_output} article(s); each is scored as an empty prediction")
    mean = round(sum(overalls) / len(overalls), 3) if overalls else 0.0
    print(f"mean overall {mean:.3f} over {len(overalls)} articles")
    print(json.dumps({"mean_overall": mean, "articles": len(overalls)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
