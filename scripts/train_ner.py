#!/usr/bin/env python3
"""Train, cross-validate and evaluate derek's CRF NER models on KazNERD.

    # k-fold cross-validation over valid + test_a (pooled predictions scored with ../shared/tools/score_ner.py)
    train_ner.py cv --features rich --folds 5 --json docs/ner-cv-rich.json
    # train on valid, test on test_a
    train_ner.py heldout --features rich --json docs/ner-heldout.json --model src/derek/ner/model/ner-valid.crfsuite
    # the shipped model: valid + test_a
    train_ner.py final --model src/derek/ner/model/ner.crfsuite

Deterministic: folds come from a seeded shuffle and L-BFGS has no randomness. Distributional clusters are
learnt from the training part's tokens only (labels ignored), inside each fold too, so CV stays honest.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from derek.ner.corpus import Sentence, entity_spans, read_iob2, write_iob2
from derek.ner.features import FEATURE_SETS, Featurizer
from derek.ner.mined import mine_span_edges
from derek.ner.model import read_clusters, write_attributes, write_clusters
from derek.ner.morph_features import morph_tags

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
KAZNERD = SHARED / "data" / "kaznerd"
SCORER = SHARED / "tools" / "score_ner.py"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ner_clusters import build_clusters  # noqa: E402


def featurizer_for(kind: str, train: list[Sentence], n_clusters: str) -> Featurizer:
    """A featurizer whose clusters and mined lemmas (if any) come from ``train`` only."""
    clusters = build_clusters([t for t, _ in train], sizes=_sizes(n_clusters)) if n_clusters and kind != "paper" else {}
    mined = mine_span_edges(train, lambda w: morph_tags(w)[0]) if kind.startswith("morph") else {}
    return Featurizer(kind, clusters, mined)


def _sizes(spec: str) -> tuple[int, ...]:
    return tuple(int(x) for x in spec.split(",") if x)


def train_crf(feat: Featurizer, train: list[Sentence], model_path: Path, args: argparse.Namespace) -> float:
    """Train one CRF; returns the seconds it took."""
    t0 = time.perf_counter()
    if args.algorithm == "lbfgs":
        trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
        trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                            "feature.possible_transitions": True})
    else:
        trainer = pycrfsuite.Trainer(algorithm=args.algorithm, verbose=False)
        trainer.set_params({"max_iterations": args.iterations, "feature.possible_transitions": True})
    for toks, labs in train:
        trainer.append(feat.sentence(toks), labs)
    trainer.train(str(model_path))
    return time.perf_counter() - t0


def write_sidecars(model: Path, feat: Featurizer, args: argparse.Namespace) -> None:
    """The files the runtime reads beside the model: its feature set, clusters, mined lemmas and attributes."""
    write_attributes(model)
    meta = {"features": feat.kind, **_settings(args), "data": "KazNERD (CC BY 4.0)"}
    model.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    for suffix, table in ((".clusters.tsv", feat.clusters), (".mined.tsv", feat.mined)):
        if table:
            write_clusters(model.with_suffix(suffix), table)
        else:
            model.with_suffix(suffix).unlink(missing_ok=True)


def tag_all(feat: Featurizer, model_path: Path, sents: list[Sentence]) -> tuple[list[list[str]], float]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    t0 = time.perf_counter()
    out = [tagger.tag(feat.sentence(toks)) for toks, _ in sents]
    return out, time.perf_counter() - t0


def per_type(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Entity-level P/R/F1 per type and ``micro`` (the same rules as score_ner.py)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(entity_spans(g)), set(entity_spans(p))
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict[str, float]:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"p": round(100 * p, 2), "r": round(100 * r, 2),
                "f1": round(200 * p * r / (p + r), 2) if p + r else 0.0, "n": t + f_n}

    out = {typ: prf(tp[typ], fp[typ], fn[typ]) for typ in sorted(set(tp) | set(fn) | set(fp))}
    out["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def official_score(sents: list[Sentence], pred: list[list[str]], workdir: Path) -> str:
    """The last line of ../shared/tools/score_ner.py on these predictions."""
    gold_path, pred_path = workdir / "gold.iob2", workdir / "pred.iob2"
    write_iob2(gold_path, [t for t, _ in sents], [g for _, g in sents])
    write_iob2(pred_path, [t for t, _ in sents], pred)
    res = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path)],
                         capture_output=True, text=True, check=False)
    return res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()


def load(names: list[str]) -> list[Sentence]:
    sents: list[Sentence] = []
    for n in names:
        sents += read_iob2(KAZNERD / n)
    return sents


def _folds(args: argparse.Namespace) -> tuple[list[Sentence], list[list[int]]]:
    sents = load(["IOB2_valid.txt", "IOB2_test_a.txt"])
    n = len(sents)
    if args.blocked:  # contiguous blocks: neighbouring sentences (often one story) stay on one side
        return sents, [list(range(k * n // args.folds, (k + 1) * n // args.folds)) for k in range(args.folds)]
    order = list(range(n))
    random.Random(args.seed).shuffle(order)
    return sents, [order[i :: args.folds] for i in range(args.folds)]


def _chosen_folds(args: argparse.Namespace) -> list[int]:
    if args.fold_list:
        return [int(k) for k in args.fold_list.split(",")]
    return list(range(args.max_folds or args.folds))


def run_cv(args: argparse.Namespace) -> dict[str, object]:
    sents, folds = _folds(args)
    pred: dict[int, list[str]] = {}
    fold_reports = []
    pred_dir = Path(args.pred_dir) if args.pred_dir else None
    if pred_dir:
        pred_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for k in _chosen_folds(args):
            test_idx = folds[k]
            test_set = set(test_idx)
            train = [sents[i] for i in range(len(sents)) if i not in test_set]
            test = [sents[i] for i in test_idx]
            feat = featurizer_for(args.features, train, args.clusters)
            model = Path(tmp) / f"fold{k}.crfsuite"
            secs = train_crf(feat, train, model, args)
            labels, tag_secs = tag_all(feat, model, test)
            for i, lab in zip(test_idx, labels, strict=True):
                pred[i] = lab
            if pred_dir:
                write_iob2(pred_dir / f"fold{k}.pred.iob2", [t for t, _ in test], labels)
            scores = per_type([g for _, g in test], labels)
            ntok = sum(len(t) for t, _ in test)
            fold_reports.append({"fold": k, "train_s": round(secs, 1), "micro_f1": scores["micro"]["f1"],
                                 "tokens_per_s": round(ntok / tag_secs)})
            print(json.dumps(fold_reports[-1]), flush=True)
        done = sorted(pred)
        official = official_score([sents[i] for i in done], [pred[i] for i in done], Path(tmp))
    return {"mode": "cv", **_settings(args), "folds": args.folds, "folds_run": [r["fold"] for r in fold_reports],
            "seed": args.seed, "official": official, "per_fold": fold_reports,
            "scores": per_type([sents[i][1] for i in done], [pred[i] for i in done])}


def run_merge(args: argparse.Namespace) -> dict[str, object]:
    """Pool the per-fold predictions that ``cv --pred-dir`` wrote (folds may have run in separate processes)."""
    sents, folds = _folds(args)
    pred: dict[int, list[str]] = {}
    per_fold = []
    for k in range(args.folds):
        labelled = read_iob2(Path(args.pred_dir) / f"fold{k}.pred.iob2")
        for i, (toks, labs) in zip(folds[k], labelled, strict=True):
            assert toks == sents[i][0], f"fold {k} predictions do not match the data"
            pred[i] = labs
        fold_scores = per_type([sents[i][1] for i in folds[k]], [pred[i] for i in folds[k]])
        per_fold.append({"fold": k, "micro_f1": fold_scores["micro"]["f1"]})
    done = sorted(pred)
    with tempfile.TemporaryDirectory() as tmp:
        official = official_score([sents[i] for i in done], [pred[i] for i in done], Path(tmp))
    return {"mode": "cv", **_settings(args), "folds": args.folds, "seed": args.seed, "official": official,
            "per_fold": per_fold, "scores": per_type([sents[i][1] for i in done], [pred[i] for i in done])}


def _settings(args: argparse.Namespace) -> dict[str, object]:
    return {"blocked": args.blocked, "features": args.features, "clusters": args.clusters,
            "algorithm": args.algorithm, "c1": args.c1, "c2": args.c2, "iterations": args.iterations}


def run_heldout(args: argparse.Namespace) -> dict[str, object]:
    train, test = load(["IOB2_valid.txt"]), load(["IOB2_test_a.txt"])
    feat = featurizer_for(args.features, train, args.clusters)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(args.model) if args.model else Path(tmp) / "valid.crfsuite"
        secs = train_crf(feat, train, model, args)
        if args.model:
            write_sidecars(model, feat, args)
        labels, tag_secs = tag_all(feat, model, test)
        official = official_score(test, labels, Path(tmp))
    ntok = sum(len(t) for t, _ in test)
    slice_f1 = per_type([g for _, g in test[:1000]], labels[:1000])["micro"]["f1"]
    return {"mode": "heldout", "train": "IOB2_valid.txt", "test": "IOB2_test_a.txt", "features": args.features,
            "clusters": args.clusters, "algorithm": args.algorithm, "c1": args.c1, "c2": args.c2,
            "iterations": args.iterations, "train_s": round(secs, 1), "tokens_per_s": round(ntok / tag_secs),
            "official": official, "slice_1000_micro_f1": slice_f1, "scores": per_type([g for _, g in test], labels)}


def run_final(args: argparse.Namespace) -> dict[str, object]:
    train = load(["IOB2_valid.txt", "IOB2_test_a.txt"])
    feat = featurizer_for(args.features, train, args.clusters)
    model = Path(args.model or REPO / "src/derek/ner/model/ner.crfsuite")
    secs = train_crf(feat, train, model, args)
    write_sidecars(model, feat, args)
    # a round trip, so a broken cluster file shows up here rather than at tagging time
    assert read_clusters(model.with_suffix(".clusters.tsv")) == feat.clusters or not args.clusters
    return {"mode": "final", "train": ["IOB2_valid.txt", "IOB2_test_a.txt"], "features": args.features,
            "clusters": args.clusters, "algorithm": args.algorithm, "c1": args.c1, "c2": args.c2,
            "iterations": args.iterations, "train_s": round(secs, 1), "model_bytes": model.stat().st_size}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("cv", "merge", "heldout", "final"))
    ap.add_argument("--features", choices=FEATURE_SETS, default="rich")
    ap.add_argument("--clusters", default="64,256", help="cluster counts, comma-separated; '' for none")
    ap.add_argument("--algorithm", default="lbfgs", choices=("lbfgs", "ap", "arow", "pa"))
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=200)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--max-folds", type=int, default=0, help="run only the first N folds (quick comparisons)")
    ap.add_argument("--fold-list", default="", help="run only these folds, e.g. 0,2,4 (to split CV over processes)")
    ap.add_argument("--pred-dir", default="", help="cv: write each fold's predictions here; merge: read them")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--blocked", action="store_true", help="cv folds as contiguous blocks instead of a shuffle")
    ap.add_argument("--model", default="", help="where to write the trained model")
    ap.add_argument("--json", default="", help="write the report here as well as to stdout")
    args = ap.parse_args()
    t0 = time.perf_counter()
    report = {"cv": run_cv, "merge": run_merge, "heldout": run_heldout, "final": run_final}[args.mode](args)
    report["wall_s"] = round(time.perf_counter() - t0, 1)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
