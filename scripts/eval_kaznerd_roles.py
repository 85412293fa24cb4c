#!/usr/bin/env python3
"""How many KazNERD "POSITION PERSON" pairs derek reads as a role of that person.

Over the sentences of a KazNERD IOB2 file (default ``../shared/data/kaznerd/IOB2_test_a.txt``), every POSITION span
immediately followed by a PERSON span is a pair ("Сенат төрағасы Мәулен Әшімбаев"). derek runs on each such sentence
on its own; a pair is found when derek gives a role whose person has a mention overlapping the PERSON span and whose
evidence overlaps the POSITION span. Prints one JSON line: pairs, found, share, and with ``--misses`` the pairs
missed (to stderr).

Usage: scripts/eval_kaznerd_roles.py [FILE] [--misses] [--limit N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from derek.doc import Article, Document  # noqa: E402
from derek.pipeline import load_pipeline  # noqa: E402

DEFAULT = REPO.parent / "shared/data/kaznerd/IOB2_test_a.txt"
_NO_SPACE_BEFORE = frozenset(",.!?:;)»%")
_NO_SPACE_AFTER = frozenset("(«")


@dataclass(frozen=True)
class Pair:
    """A POSITION span and the PERSON span right after it, as character ranges of the sentence text."""

    position: tuple[int, int]
    person: tuple[int, int]
    text: str


def read(path: Path) -> list[list[tuple[str, str]]]:
    """The sentences of an IOB2 file: (token, label) lists, a blank line between sentences."""
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


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as text (no space before closing punctuation) and each token's character range."""
    out = ""
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        if i and tok not in _NO_SPACE_BEFORE and tokens[i - 1] not in _NO_SPACE_AFTER:
            out += " "
        spans.append((len(out), len(out) + len(tok)))
        out += tok
    return out, spans


def entity_spans(labels: list[str]) -> list[tuple[str, int, int]]:
    """(type, first token, last token + 1) for every IOB2 span."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(labels):
        if labels[i].startswith("B-"):
            kind = labels[i][2:]
            j = i + 1
            while j < len(labels) and labels[j] == f"I-{kind}":
                j += 1
            out.append((kind, i, j))
            i = j
        else:
            i += 1
    return out


def pairs_of(sentence: list[tuple[str, str]]) -> tuple[str, list[Pair]]:
    text, spans = detokenize([t for t, _ in sentence])
    found = entity_spans([lab for _, lab in sentence])
    pairs = [
        Pair((spans[a][0], spans[b - 1][1]), (spans[c][0], spans[d - 1][1]), text[spans[a][0] : spans[d - 1][1]])
        for (k1, a, b), (k2, c, d) in itertools.pairwise(found)
        if k1 == "POSITION" and k2 == "PERSON" and b == c
    ]
    return text, pairs


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def found_as_role(doc: Document, pair: Pair) -> bool:
    for role in doc.roles:
        if not overlaps((role.evidence.start, role.evidence.end), pair.position):
            continue
        person = doc.entity(role.person)
        if person is not None and any(overlaps((m.start, m.end), pair.person) for m in person.mentions):
            return True
    return False


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true", help="print each missed pair to stderr")
    parser.add_argument("--limit", type=int, default=0, help="stop after this many sentences with pairs")
    args = parser.parse_args(argv)
    if not args.file.is_file():
        sys.exit(f"eval_kaznerd_roles: {args.file} is missing; check out the shared data beside the repository")
    pipeline = load_pipeline()
    total = hits = sentences = 0
    for sentence in read(args.file):
        text, pairs = pairs_of(sentence)
        if not pairs:
            continue
        sentences += 1
        if args.limit and sentences > args.limit:
            break
        doc = pipeline(Article(body=text).to_document())
        if doc.text != text:  # normalisation changed the text: the ranges no longer apply
            print(f"eval_kaznerd_roles: normalised text differs, pairs skipped: {text!r}", file=sys.stderr)
            continue
        for pair in pairs:
            total += 1
            ok = found_as_role(doc, pair)
            hits += ok
            if not ok and args.misses:
                got = [(e.name if (e := doc.entity(r.person)) else r.person, r.position) for r in doc.roles]
                print(f"MISS {pair.text!r} in {text!r}; roles: {got}", file=sys.stderr)
    share = round(hits / total, 3) if total else 0.0
    print(json.dumps({"file": args.file.name, "pairs": total, "found": hits, "share": share}, allow_nan=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
