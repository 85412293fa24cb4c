#!/usr/bin/env python3
"""How often the lemma of a KazNERD PERSON / GPE / ORGANISATION token is a nominative form.

KazNERD has no lemmas, so two proxies are printed (JSON): ``idempotent`` — the lemma, analysed
on its own, is read as a bare nominative (no suffix left to strip); ``attested`` — the lemma
itself occurs as a token somewhere in KazNERD (a truncated stem such as "Кош" rarely does).
Sentences are lemmatised in context, 50 at a time treated as one document.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from derek.morph import analyse, lemmatize_sentences  # noqa: E402

KAZNERD = REPO.parent / "shared/data/kaznerd"
TYPES = ("PERSON", "GPE", "ORGANISATION")


def read(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            if cur:
                sents.append(cur)
            cur = []
            continue
        cur.append((parts[0], parts[1]))
    if cur:
        sents.append(cur)
    return sents


def main() -> int:
    sents = [s for name in ("IOB2_valid.txt", "IOB2_test_a.txt") for s in read(KAZNERD / name)]
    vocab = {w.lower() for s in sents for w, _ in s}
    n: Counter[str] = Counter()
    ok_idem: Counter[str] = Counter()
    ok_att: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    for i in range(0, len(sents), 50):
        chunk = sents[i: i + 50]
        lemmas = lemmatize_sentences([[w for w, _ in s] for s in chunk])
        for s, ls in zip(chunk, lemmas, strict=True):
            for (word, label), lem in zip(s, ls, strict=True):
                kind = label[2:]
                if kind not in TYPES:
                    continue
                n[kind] += 1
                best = analyse(lem)[0]
                ok_idem[kind] += best.lemma.lower() == lem.lower() and best.case in ("nom", None)
                ok_att[kind] += lem.lower() in vocab
                changed[kind] += lem != word
    total = sum(n.values())
    print(json.dumps({
        "tokens": dict(n),
        "idempotent_share": round(100 * sum(ok_idem.values()) / total, 2),
        "attested_share": round(100 * sum(ok_att.values()) / total, 2),
        "by_type_idempotent": {k: round(100 * ok_idem[k] / n[k], 2) for k in n},
        "by_type_attested": {k: round(100 * ok_att[k] / n[k], 2) for k in n},
        "lemma_differs_from_form": round(100 * sum(changed.values()) / total, 2),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
