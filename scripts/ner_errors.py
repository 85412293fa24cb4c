#!/usr/bin/env python3
"""Error analysis of pooled CV predictions for one entity type (what ``train_ner.py cv --pred-dir`` wrote).

    ner_errors.py --pred-dir /tmp/ner_cv --type ORGANISATION [--examples 15]

Each gold span that was not found exactly is counted as: wrong type (same boundaries), boundary (an overlapping
span with other boundaries; ``longer``/``shorter``/``shifted``), or missed (nothing overlaps). Predicted spans that
match nothing are counted as spurious or boundary. Prints JSON counts, then examples.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from derek.ner.corpus import entity_spans, read_iob2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_ner import _folds


def _kind(gold: tuple[int, int], pred: tuple[int, int]) -> str:
    if pred[0] <= gold[0] and pred[1] >= gold[1]:
        return "longer"
    if pred[0] >= gold[0] and pred[1] <= gold[1]:
        return "shorter"
    return "shifted"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred-dir", required=True)
    ap.add_argument("--type", required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--examples", type=int, default=12)
    args = ap.parse_args()
    sents, folds = _folds(argparse.Namespace(blocked=False, folds=args.folds, seed=args.seed))
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    present = [k for k in range(args.folds) if (Path(args.pred_dir) / f"fold{k}.pred.iob2").exists()]
    for k in present:  # the folds written so far
        for i, (toks, labs) in zip(folds[k], read_iob2(Path(args.pred_dir) / f"fold{k}.pred.iob2"), strict=True):
            gold = entity_spans(sents[i][1])
            pred = entity_spans(labs)
            for s, e, t in gold:
                if t != args.type or (s, e, t) in pred:
                    continue
                over = [(ps, pe, pt) for ps, pe, pt in pred if ps < e and pe > s]
                if any((ps, pe) == (s, e) for ps, pe, _ in over):
                    kind = "wrong type: " + next(pt for ps, pe, pt in over if (ps, pe) == (s, e))
                elif over:
                    kind = "boundary " + _kind((s, e), (min(p[0] for p in over), max(p[1] for p in over)))
                else:
                    kind = "missed"
                counts["gold " + kind] += 1
                shown = " | ".join(f"{' '.join(toks[ps:pe])}/{pt}" for ps, pe, pt in over)
                examples.setdefault("gold " + kind, []).append(f"{' '.join(toks[s:e])}  →  {shown or '-'}")
            for s, e, t in pred:
                if t == args.type and (s, e, t) not in gold:
                    kind = "boundary" if any(gs < e and ge > s for gs, ge, _ in gold) else "spurious"
                    counts["pred " + kind] += 1
                    examples.setdefault("pred " + kind, []).append(" ".join(toks[s:e]))
    print(json.dumps({"folds": present, **dict(counts.most_common())}, ensure_ascii=False, indent=1))
    for kind, rows in sorted(examples.items()):
        print(f"\n## {kind}")
        print("\n".join(rows[: args.examples]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
