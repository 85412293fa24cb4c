#!/usr/bin/env python3
"""Markdown per-type F1 table from train_ner.py JSON reports: ner_report.py NAME=report.json ..."""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    reports = []
    for arg in argv:
        name, _, path = arg.partition("=")
        with open(path, encoding="utf-8") as fh:
            reports.append((name, json.load(fh)["scores"]))
    first = reports[0][1]
    types = sorted((t for t in first if t != "micro"), key=lambda t: -first[t]["n"])
    print("| type | n | " + " | ".join(f"{name} F1" for name, _ in reports) + " |")
    print("|---|---:|" + "---:|" * len(reports))
    for t in ["micro", *types]:
        cells = [f"{r[t]['f1']:.2f}" if t in r else "–" for _, r in reports]
        label = "**micro**" if t == "micro" else t
        print(f"| {label} | {first[t]['n']} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
