"""Agreement with UD Kazakh-KTB (CC BY-SA 4.0; Tyers, Washington, Makazhanov et al.): a floor, not a target.

UD splits hyphenated compounds and keeps ``5%`` whole, where derek's conventions differ (see tokenize.py), so
token agreement cannot reach 1; sentence ends are measured on the treebank's sentences joined with spaces.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derek.text.sentences import split_sentences
from derek.text.tokenize import tokenize

pytestmark = pytest.mark.shared


def _read_conllu(path: Path) -> list[tuple[str, list[str]]]:
    """(text, surface tokens) per sentence; a multiword token counts once, by its surface form."""
    out: list[tuple[str, list[str]]] = []
    text: str | None = None
    forms: list[str] = []
    inside: set[int] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif not line:
            if text is not None:
                out.append((text, forms))
            text, forms, inside = None, [], set()
        elif line[0].isdigit():
            cols = line.split("\t")
            if "-" in cols[0]:
                first, last = (int(x) for x in cols[0].split("-"))
                inside.update(range(first, last + 1))
                forms.append(cols[1])
            elif "." not in cols[0] and int(cols[0]) not in inside:
                forms.append(cols[1])
    return out


def _gold_spans(text: str, forms: list[str]) -> set[tuple[int, int]] | None:
    spans, pos = set(), 0
    for form in forms:
        at = text.find(form, pos)
        if at < 0:
            return None
        spans.add((at, at + len(form)))
        pos = at + len(form)
    return spans


@pytest.fixture(scope="module")
def treebank(shared: Path) -> list[tuple[str, list[str]]]:
    return _read_conllu(shared / "data" / "ud_kk" / "kk_ktb-dev.conllu")


def test_token_agreement(treebank: list[tuple[str, list[str]]]) -> None:
    hit = pred_n = gold_n = 0
    for text, forms in treebank:
        gold = _gold_spans(text, forms)
        if gold is None:
            continue
        pred = {(t.start, t.end) for t in tokenize(text)}
        hit += len(pred & gold)
        pred_n += len(pred)
        gold_n += len(gold)
    f1 = 2 * hit / (pred_n + gold_n)
    assert f1 >= 0.98, f"token F1 {f1:.4f}"


def test_sentence_ends(treebank: list[tuple[str, list[str]]]) -> None:
    joined, gold = "", set()
    for text, _ in treebank:
        joined = f"{joined} {text}" if joined else text
        gold.add(len(joined))
    pred = {s.end for s in split_sentences(joined, tokenize(joined))}
    f1 = 2 * len(pred & gold) / (len(pred) + len(gold))
    assert f1 >= 0.99, f"sentence-end F1 {f1:.4f}"
