"""The stem lexicon: what derek knows about Kazakh lemmas and word forms, read from ``morph/data``.

Files (all tab-separated, lowercase, built by ``scripts/build_morph_lexicon.py``):
``ud_lemmas.tsv`` (lemma, UPOS, count), ``ud_forms.tsv`` (form, lemma, UPOS, count) — from UD
Kazakh-KTB, CC BY-SA 4.0; ``kaznerd_forms.tsv`` (form, count) and ``kaznerd_stems.tsv`` (stem, kind,
forms) — from KazNERD, CC BY 4.0; ``gazetteer.tsv`` (lemma, UPOS) — general knowledge and kazakh-notes tables.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from derek.lang.kk.countries import capital_words
from derek.lang.kk.countries import name_words as country_name_words

DATA_DIR = Path(__file__).parent / "data"
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "PRON", "NUM", "DET", "ADP", "CCONJ", "SCONJ", "PART", "INTJ"})
VERBAL_POS = frozenset({"VERB", "AUX"})


@dataclass
class Lexicon:
    """Counts of lemmas and forms; an empty Lexicon is valid (the rules still work)."""

    lemma_pos: dict[str, Counter[str]] = field(default_factory=dict)
    forms: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)
    corpus_forms: dict[str, int] = field(default_factory=dict)
    corpus_stems: dict[tuple[str, str], int] = field(default_factory=dict)
    gazetteer: dict[str, str] = field(default_factory=dict)

    def lemma_count(self, lemma: str, kind: str) -> int:
        """How often ``lemma`` was seen with a part of speech of ``kind`` (N nominal, V verbal)."""
        counts = self.lemma_pos.get(lemma)
        if not counts:
            return 0
        allowed = VERBAL_POS if kind == "V" else NOMINAL_POS
        return sum(c for pos, c in counts.items() if pos in allowed)

    def best_pos(self, lemma: str, kind: str) -> str | None:
        counts = self.lemma_pos.get(lemma)
        allowed = VERBAL_POS if kind == "V" else NOMINAL_POS
        if counts:
            fitting = [(c, pos) for pos, c in counts.items() if pos in allowed]
            if fitting:
                return max(fitting)[1]
        gaz = self.gazetteer.get(lemma)
        if gaz is not None and gaz in allowed:
            return gaz
        return "VERB" if kind == "V" else None

    def in_gazetteer(self, lemma: str, kind: str) -> bool:
        pos = self.gazetteer.get(lemma)
        return pos is not None and (pos in VERBAL_POS) == (kind == "V")


def _rows(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]


def load_lexicon(directory: Path | str | None = None, gazetteer_dir: Path | str | None = None) -> Lexicon:
    """Read a lexicon from ``directory`` (default: the shipped data); the gazetteer always ships."""
    d = Path(directory) if directory is not None else DATA_DIR
    g = Path(gazetteer_dir) if gazetteer_dir is not None else DATA_DIR
    lex = Lexicon()
    for lemma, pos, count in _rows(d / "ud_lemmas.tsv"):
        lex.lemma_pos.setdefault(lemma, Counter())[pos] += int(count)
    for form, lemma, pos, count in _rows(d / "ud_forms.tsv"):
        lex.forms.setdefault(form, Counter())[(lemma, pos)] += int(count)
    for form, count in _rows(g / "kaznerd_forms.tsv"):
        lex.corpus_forms[form] = int(count)
    for stem, kind, count in _rows(g / "kaznerd_stems.tsv"):
        lex.corpus_stems[(stem, kind)] = int(count)
    for lemma, pos in _rows(g / "gazetteer.tsv"):
        lex.gazetteer.setdefault(lemma, pos)
    for word in country_name_words() | capital_words():  # the language layer's table: no rebuild for a new row
        lex.gazetteer.setdefault(word, "PROPN")
    return lex
