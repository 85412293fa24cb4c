#!/usr/bin/env python3
"""Cross-validated lemma accuracy on UD Kazakh-KTB dev, scored with ../shared/tools/score_lemma.py.

Sentence i belongs to fold i % K. For each fold the UD part of the lexicon and the ranking
weights are built from the other folds only; KazNERD counts and the gazetteer are always used.
Prints one JSON line per fold and a final line with the mean.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from derek.morph.analyser import DEFAULT_WEIGHTS, Analyser  # noqa: E402
from derek.morph.lexicon import load_lexicon  # noqa: E402
from derek.morph.sentences import lemmatize_with  # noqa: E402
from derek.morph.train import train_weights, with_sentences  # noqa: E402

SHARED = REPO.parent / "shared"
UD_FILE = SHARED / "data/ud_kk/kk_ktb-dev.conllu"
SCORER = SHARED / "tools/score_lemma.py"


def read_blocks(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [b.strip("\n") + "\n" for b in re.split(r"\n\s*\n", text) if b.strip()]


def block_tokens(block: str) -> list[tuple[str, str, str]]:
    """(form, lemma, upos) of the words the scorer keeps: multiword tokens and their parts are left out."""
    rows: list[tuple[str, str, str]] = []
    skip: set[str] = set()
    for line in block.splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4 or "." in cols[0]:
            continue
        if "-" in cols[0]:
            a, b = cols[0].split("-")
            skip.update(str(i) for i in range(int(a), int(b) + 1))
            continue
        if cols[0] not in skip:
            rows.append((cols[1], cols[2], cols[3]))
    return rows


def run_fold(blocks: list[str], folds: int, k: int, train: bool, workdir: Path) -> dict[str, float]:
    test = [b for i, b in enumerate(blocks) if i % folds == k]
    train_sents = [block_tokens(b) for i, b in enumerate(blocks) if i % folds != k]
    base = load_lexicon(directory=workdir / "no-ud")
    lex = with_sentences(base, train_sents)
    weights = train_weights(base, train_sents) if train else dict(DEFAULT_WEIGHTS)
    analyser = Analyser(lex, weights)
    gold_path, pred_path = workdir / f"gold{k}.conllu", workdir / f"pred{k}.tsv"
    gold_path.write_text("\n".join(test) + "\n", encoding="utf-8")
    gold = [block_tokens(b) for b in test]
    sents = [[w for w, _, _ in g] for g in gold]
    predicted = lemmatize_with(analyser, sents)
    with pred_path.open("w", encoding="utf-8") as fh:
        for words, lemmas in zip(sents, predicted, strict=True):
            fh.write("".join(f"{w}\t{lem}\n" for w, lem in zip(words, lemmas, strict=True)) + "\n")
    propn = [(lem.lower() == p.lower()) for g, ps in zip(gold, predicted, strict=True)
             for (_, lem, upos), p in zip(g, ps, strict=True) if upos == "PROPN"]
    out = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path)],
                         capture_output=True, text=True, check=True).stdout
    allw = float(re.search(r"= ([\d.]+)%", out).group(1))  # type: ignore[union-attr]
    content = float(out.strip().splitlines()[-1].split()[-1])
    return {"fold": k, "all_words": allw, "content_words": content, "propn_n": len(propn), "propn_ok": sum(propn)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--only", type=int, nargs="*", help="run just these folds")
    parser.add_argument("--no-train", action="store_true", help="use the hand-set weights")
    parser.add_argument("--ud", type=Path, default=UD_FILE)
    args = parser.parse_args(argv)
    blocks = read_blocks(args.ud)
    results = []
    with tempfile.TemporaryDirectory(prefix="cv-") as tmp:
        for k in args.only if args.only is not None else range(args.folds):
            r = run_fold(blocks, args.folds, k, not args.no_train, Path(tmp))
            results.append(r)
            print(json.dumps(r), flush=True)
    mean = sum(r["content_words"] for r in results) / len(results)
    propn = 100 * sum(r["propn_ok"] for r in results) / max(1, sum(r["propn_n"] for r in results))
    print(json.dumps({"folds": len(results), "mean_content_words": round(mean, 2), "propn_pooled": round(propn, 2),
                      "mean_all_words": round(sum(r["all_words"] for r in results) / len(results), 2)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
