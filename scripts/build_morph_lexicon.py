#!/usr/bin/env python3
"""Build the morphology lexicon files of ``src/derek/morph/data``.

    build_morph_lexicon.py ud   --out DIR [--folds K --skip-fold I]   UD lemma and form counts
    build_morph_lexicon.py kaznerd --out DIR                            KazNERD form and stem counts
    build_morph_lexicon.py gazetteer --out DIR                          kazakh-notes tables + own lists
    build_morph_lexicon.py weights --out DIR [--folds K --skip-fold I]  ranking weights learnt on UD

Sentence ``i`` of the UD file belongs to fold ``i % K``; ``--skip-fold I`` leaves fold I out, so a
lexicon for cross-validation never sees its test sentences. Without ``--folds`` all sentences are used.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
UD_FILE = SHARED / "data/ud_kk/kk_ktb-dev.conllu"
KAZNERD_FILES = (SHARED / "data/kaznerd/IOB2_valid.txt", SHARED / "data/kaznerd/IOB2_test_a.txt")
NOTES = SHARED / "docs/kazakh-notes.md"

UD_CREDIT = "# From UD Kazakh-KTB (Tyers, Washington, Makazhanov et al.), CC BY-SA 4.0"
KAZNERD_CREDIT = "# From KazNERD (Yeshpanov, Khassanov, Varol, LREC 2022), CC BY 4.0"


def read_ud(path: Path) -> list[list[tuple[str, str, str]]]:
    """Sentences of (form, lemma, upos), multiword-token lines and empty nodes left out."""
    sents: list[list[tuple[str, str, str]]] = []
    cur: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            cur.append((cols[1], cols[2], cols[3]))
    if cur:
        sents.append(cur)
    return sents


def select_folds(sents: list[list[tuple[str, str, str]]], folds: int | None, skip: int | None) -> list[
        list[tuple[str, str, str]]]:
    if not folds:
        return sents
    return [s for i, s in enumerate(sents) if i % folds != skip]


def write_tsv(path: Path, credit: str, rows: list[tuple[object, ...]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(credit + "\n")
        for row in rows:
            fh.write("\t".join(str(x) for x in row) + "\n")


def build_ud(out: Path, sents: list[list[tuple[str, str, str]]]) -> None:
    lemmas: Counter[tuple[str, str]] = Counter()
    forms: Counter[tuple[str, str, str]] = Counter()
    for sent in sents:
        for form, lemma, upos in sent:
            if upos == "PUNCT" or not lemma or lemma == "_":
                continue
            lemmas[(lemma.lower(), upos)] += 1
            forms[(form.lower(), lemma.lower(), upos)] += 1
    write_tsv(out / "ud_lemmas.tsv", UD_CREDIT, sorted((*k, c) for k, c in lemmas.items()))
    write_tsv(out / "ud_forms.tsv", UD_CREDIT, sorted((*k, c) for k, c in forms.items()))


def build_kaznerd(out: Path) -> None:
    sys.path.insert(0, str(REPO / "src"))
    from derek.morph.segment import segment

    counts: Counter[str] = Counter()
    for path in KAZNERD_FILES:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 2 and any(ch.isalpha() for ch in parts[0]):
                    counts[parts[0].lower()] += 1
    stems: Counter[tuple[str, str]] = Counter()
    for form in counts:
        for seg in {(s.stem, s.kind) for s in segment(form) if s.morphs and not s.disharmony}:
            stems[seg] += 1
    write_tsv(out / "kaznerd_forms.tsv", KAZNERD_CREDIT, sorted(counts.items()))
    write_tsv(out / "kaznerd_stems.tsv", KAZNERD_CREDIT, sorted((s, k, c) for (s, k), c in stems.items() if c >= 2))


def build_weights(out: Path, sents: list[list[tuple[str, str, str]]]) -> None:
    sys.path.insert(0, str(REPO / "src"))
    import json

    from derek.morph.lexicon import load_lexicon
    from derek.morph.train import train_weights

    base = load_lexicon(directory=out / "no-ud", gazetteer_dir=out)
    weights = train_weights(base, sents)
    (out / "weights.json").write_text(json.dumps(weights, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                      encoding="utf-8")


def _table_cells(section: str) -> list[list[str]]:
    rows = []
    for line in section.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows[1:]


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    nxt = text.find("\n#", start + len(heading))
    return text[start: nxt if nxt > 0 else len(text)]


_WORD = re.compile(r"[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІіЁё-]+")

OWN_WORDS = REPO / "src/derek/morph/data/gazetteer_own.tsv"


def build_gazetteer(out: Path) -> None:
    sys.path.insert(0, str(REPO / "src"))
    from derek.lang.kk.countries import capital_words, name_words

    # Countries and capitals are not written here: the lexicon reads them from the language layer's one table.
    from_language_layer = name_words() | capital_words()
    text = NOTES.read_text(encoding="utf-8")
    entries: dict[str, str] = {}
    for row in _table_cells(_section(text, "### 6.2 International organisations")):
        for i in (0, 3):
            if i < len(row) and _WORD.fullmatch(row[i] or "-") and row[i] != "—":
                entries.setdefault(row[i].lower(), "PROPN")
    for row in _table_cells(_section(text, "### 5.1 Position words")):
        for i in (0, 3):
            if i < len(row) and re.fullmatch(r"[а-яәғқңөұүһі-]+", row[i]):
                entries.setdefault(row[i], "NOUN")
    for row in _table_cells(_section(text, "### 3.4 Core news verbs")):
        for i in (0, 3):
            if i < len(row):
                for stem in re.findall(r"([а-яәғқңөұүһі]+)-(?:\s|$|,|/)", row[i] + " "):
                    entries.setdefault(stem, "VERB")
    for line in OWN_WORDS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, pos = line.split("\t")
            entries.setdefault(word.lower(), pos)
    rows = sorted((w, pos) for w, pos in entries.items() if not (pos == "PROPN" and w in from_language_layer))
    write_tsv(out / "gazetteer.tsv", "# Organisations, places, titles, news verbs; general knowledge (countries and "
              "capitals: src/derek/lang/kk/data/countries.tsv)",
              [tuple(r) for r in rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("ud", "kaznerd", "gazetteer", "weights", "all"))
    parser.add_argument("--out", type=Path, default=REPO / "src/derek/morph/data")
    parser.add_argument("--ud", type=Path, default=UD_FILE)
    parser.add_argument("--folds", type=int)
    parser.add_argument("--skip-fold", type=int)
    args = parser.parse_args(argv)
    if args.what in ("ud", "all"):
        build_ud(args.out, select_folds(read_ud(args.ud), args.folds, args.skip_fold))
    if args.what in ("gazetteer", "all"):
        build_gazetteer(args.out)
    if args.what in ("kaznerd", "all"):
        build_kaznerd(args.out)
    if args.what in ("weights", "all"):
        build_weights(args.out, select_folds(read_ud(args.ud), args.folds, args.skip_fold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
