#!/usr/bin/env python3
"""Cost per token as an article grows: the whole pipeline (and extraction alone) at 25, 100 and 400 sentences.

Linear code keeps the cost per token flat; a quadratic step makes it grow with the size. Prints one JSON
object: for each shape of article (``--shapes``; default the invented news of tests/reliability/synthetic.py),
CPU microseconds per token at each size (``--sizes``), extraction's share, and the growth exponent
(the slope of log time over log tokens: 1 is linear, 2 quadratic).

    python benchmarks/extract_scaling.py
    python benchmarks/extract_scaling.py --sizes 25 100 400 1600 --shapes news one_sentence one_long_word
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))

from scaling import SHAPES, exponent, sweep


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 100, 400], help="sentences per article")
    parser.add_argument("--shapes", nargs="+", default=["news"], choices=sorted(SHAPES), help="kinds of article")
    parser.add_argument("--repeats", type=int, default=3, help="runs per size; the fastest counts")
    args = parser.parse_args()
    report: dict[str, object] = {}
    for shape in args.shapes:
        points = sweep(SHAPES[shape], args.sizes, args.repeats)
        report[shape] = {
            "sizes": [
                {"sentences": p.sentences, "tokens": p.tokens, "us_per_token": round(p.us_per_token, 1),
                 "extract_us_per_token": round(1e6 * p.stage_seconds.get("extract", 0.0) / max(p.tokens, 1), 1)}
                for p in points
            ],
            "growth_exponent": round(exponent(points), 2),
        }
    print(json.dumps(report, ensure_ascii=False, allow_nan=False))


if __name__ == "__main__":
    main()
