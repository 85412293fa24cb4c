"""The quality gate: the recorded cross-validation result, and a fresh re-score with the valid-only model.

``eval/cv.json`` is written by ``scripts/train_ner.py cv`` (see docs/ner.md). The re-score tags a fixed slice
of KazNERD's test_a with ``ner-valid.crfsuite`` (trained on IOB2_valid.txt only, so test_a is unseen) and
fails when the score drops below what was recorded for that slice when the model was trained.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from derek.ner.corpus import entity_spans, read_iob2
from derek.ner.features import FEATURE_SETS
from derek.ner.model import MODEL_DIR, VALID_ONLY_MODEL, NerModel

EVAL = MODEL_DIR / "eval"
CV_FLOOR = 92.9  # micro-F1 the 5-fold cross-validation must reach (recorded: 93.14; the paper's CRF: 89.8 held out)
# just under the recorded CV of the shipped morph4 model (PERSON 95.34, GPE 95.21, POSITION 91.31, ORG 83.10)
TYPE_FLOORS = {"PERSON": 95.2, "GPE": 95.0, "POSITION": 91.0, "ORGANISATION": 83.0}
SLICE = 1000  # the first 1,000 sentences of test_a
SLICE_TOLERANCE = 0.3


def _micro(gold: list[list[str]], pred: list[list[str]]) -> float:
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(entity_spans(g)), set(entity_spans(p))
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    return 200 * tp / (2 * tp + fp + fn) if tp else 0.0


def test_recorded_cross_validation_clears_the_floor() -> None:
    report = json.loads((EVAL / "cv.json").read_text(encoding="utf-8"))
    assert report["folds"] == 5 and len(report["per_fold"]) == 5
    assert report["features"] in FEATURE_SETS
    official = float(re.findall(r"[\d.]+", report["official"])[-1])
    assert official == pytest.approx(report["scores"]["micro"]["f1"], abs=0.01)
    assert official >= CV_FLOOR
    for typ, floor in TYPE_FLOORS.items():
        assert report["scores"][typ]["f1"] >= floor, typ


@pytest.mark.shared
def test_valid_only_model_rescores_a_test_a_slice(shared: Path) -> None:
    recorded = json.loads((EVAL / "heldout.json").read_text(encoding="utf-8"))["slice_1000_micro_f1"]
    sents = read_iob2(shared / "data" / "kaznerd" / "IOB2_test_a.txt")[:SLICE]
    model = NerModel(VALID_ONLY_MODEL)
    pred = [model.tag(toks) for toks, _ in sents]
    score = _micro([labs for _, labs in sents], pred)
    assert score >= recorded - SLICE_TOLERANCE, f"slice micro-F1 {score:.2f} < recorded {recorded:.2f}"
