"""Context-free analysis: segment a word, turn each reading into candidate lemmas, rank them.

Ranking is a linear model over features of a reading (is the stem a known lemma, how often the
stem occurs in KazNERD, the suffix chain, harmony, capitalisation). The weights are learnt from
UD Kazakh by ``derek.morph.train`` and shipped in ``data/weights.json``; without them the
hand-set defaults below are used.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from pathlib import Path

from derek.morph.analysis import Analysis, case_of
from derek.morph.lexicon import DATA_DIR, Lexicon
from derek.morph.names import NAME_WEIGHTS, name_features
from derek.morph.segment import Segmentation, segment

DEFAULT_WEIGHTS: dict[str, float] = {
    "known": 4.0, "known_log": 1.0, "gaz": 3.0, "corpus_bare": 0.8, "corpus_stem": 0.6, "memory": 8.0,
    "memory_log": 1.0, "unknown": -2.0, "morphs": -0.4, "disharmony": -2.0, "altered_voicing": -1.0,
    "altered_vowel": -4.0, "altered_vowel_known": 3.0, "verb": -0.5, "short": -2.0, "bare": 0.5, "hyphen_suffix": 8.0,
    **NAME_WEIGHTS,
}
FIXED_FEATURES = frozenset({*NAME_WEIGHTS, "hyphen_suffix"})

Features = dict[str, float]
_CASED_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@dataclass(frozen=True)
class Candidate:
    """A reading before ranking: the Analysis it would give and its features."""

    analysis: Analysis
    feats: tuple[tuple[str, float], ...]
    tag: str = "X"  # kind and last suffix, e.g. "V:past" or "N:-", for context features


def load_weights(path: Path | None = None) -> dict[str, float]:
    p = path or DATA_DIR / "weights.json"
    if p.exists():
        data: dict[str, float] = json.loads(p.read_text(encoding="utf-8"))
        return data | {k: DEFAULT_WEIGHTS[k] for k in FIXED_FEATURES}
    return dict(DEFAULT_WEIGHTS)


class Analyser:
    """Ranks the readings of words against one Lexicon; results are cached per (word, position)."""

    def __init__(self, lexicon: Lexicon, weights: dict[str, float] | None = None) -> None:
        self.lexicon = lexicon
        self.weights = weights if weights is not None else load_weights()
        self._cache: dict[tuple[str, bool], list[Candidate]] = {}
        self._ranked: dict[tuple[str, bool], list[tuple[float, Candidate]]] = {}
        self._scored: dict[tuple[str, bool], list[tuple[float, Analysis]]] = {}

    def candidates(self, word: str, sentence_start: bool = False) -> list[Candidate]:
        """Every candidate reading of ``word``, features attached, unranked."""
        key = (word, sentence_start)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._make_candidates(word, sentence_start)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def ranked(self, word: str, sentence_start: bool = False) -> list[tuple[float, Candidate]]:
        """Candidates with their context-free scores, best first (cached)."""
        key = (word, sentence_start)
        hit = self._ranked.get(key)
        if hit is None:
            pairs = [(self.score(c), c) for c in self.candidates(word, sentence_start)]
            hit = [pairs[i] for i in sorted(range(len(pairs)), key=lambda i: (-pairs[i][0], i))]
            if len(self._ranked) > 200_000:
                self._ranked.clear()
            self._ranked[key] = hit
        return hit

    def scored(self, word: str, sentence_start: bool = False) -> list[tuple[float, Analysis]]:
        """Like :meth:`ranked` but (score, Analysis) pairs (cached)."""
        key = (word, sentence_start)
        hit = self._scored.get(key)
        if hit is None:
            hit = [(s, c.analysis) for s, c in self.ranked(word, sentence_start)]
            if len(self._scored) > 200_000:
                self._scored.clear()
            self._scored[key] = hit
        return hit

    def score(self, cand: Candidate) -> float:
        w = self.weights
        return sum(w.get(name, 0.0) * value for name, value in cand.feats)

    def analyse(self, word: str, sentence_start: bool = False) -> list[Analysis]:
        """Readings of ``word``, best first, each with its score."""
        return [with_score(c.analysis, s) for s, c in self.ranked(word, sentence_start)]

    # --- building candidates -------------------------------------------------------------
    def _make_candidates(self, word: str, sentence_start: bool) -> list[Candidate]:
        if " " in word.strip() and word.lower() not in self.lexicon.forms:  # Ле Пеннің: only the last word inflects
            head, last = word.strip().rsplit(" ", 1)
            return [dataclasses.replace(c, analysis=dataclasses.replace(c.analysis, lemma=f"{head} {c.analysis.lemma}"))
                    for c in self._make_candidates(last, False)]
        low = word.lower()
        if not any(ch.isalpha() for ch in word):
            return [Candidate(Analysis(word, _non_word_pos(word), None, ()), (), "P:-")]
        memory = self.lexicon.forms.get(low)
        segs = segment(low)
        capital = word[:1].isupper() and (not sentence_start or not self._known_lowercase(low, segs))
        seen: set[tuple[str, str | None]] = set()
        out: list[Candidate] = []
        for seg in segs:
            pos = self.lexicon.best_pos(seg.stem, seg.kind) or ("PROPN" if capital else "NOUN")
            if (seg.stem, pos) in seen:
                continue
            seen.add((seg.stem, pos))
            if capital:
                named = name_features(word, seg, self.lexicon)
                if memory and any(lem == seg.stem for lem, _ in memory):
                    named["memory"] = 1.0
                feats = tuple(named.items())
            else:
                feats = self._features(seg, pos, memory)
            lemma = _recase(word, seg.stem)
            if sentence_start and not capital and pos != "PROPN" and not word.isupper():
                lemma = lemma.lower()
            case = case_of(seg.morphs, seg.kind)
            if case == "nom" and pos not in _CASED_POS:
                case = None  # a bare adjective, adverb or conjunction has no case to speak of
            analysis = Analysis(lemma, pos, case, seg.surfaces, seg.feats)
            out.append(Candidate(analysis, feats, f"{seg.kind}:{seg.morphs[-1] if seg.morphs else '-'}"))
        if memory:
            for (lemma, pos), count in memory.items():
                if capital and pos != "PROPN" and lemma[:1] != low[:1]:
                    continue  # a name spelt like a suppletive common word (Пен, not мен) keeps its own reading
                if (lemma, pos) not in seen and not any(c.analysis.lemma.lower() == lemma for c in out):
                    feats = (("memory", 1.0), ("memory_log", math.log1p(count)), (f"pos={pos}", 1.0))
                    kind = "V" if pos in ("VERB", "AUX") else "N"
                    shown = lemma if sentence_start and pos != "PROPN" else _recase(word, lemma)
                    out.append(Candidate(Analysis(shown, pos, None, ()), feats, f"{kind}:mem"))
        return out

    def _known_lowercase(self, low: str, segs: list[Segmentation]) -> bool:
        """Whether a sentence-initial word reads as a known common word (else it is treated as a name)."""
        lex = self.lexicon
        if low in lex.forms:
            return True
        for seg in segs:
            if seg.disharmony:
                continue
            gaz = lex.gazetteer.get(seg.stem)
            if (gaz is not None and gaz != "PROPN") or any(
                    pos != "PROPN" for pos in lex.lemma_pos.get(seg.stem, ())):
                return True
        return False

    def _features(self, seg: Segmentation, pos: str | None, memory: object) -> tuple[tuple[str, float], ...]:
        lex = self.lexicon
        f: Features = {}
        count = lex.lemma_count(seg.stem, seg.kind)
        if count:
            f["known"] = 1.0
            f["known_log"] = math.log1p(count)
        if lex.in_gazetteer(seg.stem, seg.kind):
            f["gaz"] = 1.0
        bare = lex.corpus_forms.get(seg.stem, 0) if seg.kind == "N" and seg.morphs else 0
        if bare:
            f["corpus_bare"] = math.log1p(bare)
        elif not seg.morphs and lex.corpus_forms.get(seg.stem, 0):
            f["corpus_self"] = math.log1p(lex.corpus_forms[seg.stem])
        stem_support = lex.corpus_stems.get((seg.stem, seg.kind), 0)
        if stem_support:
            f["corpus_stem"] = math.log1p(stem_support)
        if not (count or bare or stem_support or "gaz" in f or "corpus_self" in f):
            f["unknown"] = 1.0
            f["unknown_len"] = min(len(seg.stem), 12) / 12
        if isinstance(memory, dict):
            for (lemma, _pos), c in memory.items():
                if lemma == seg.stem:
                    f["memory"] = 1.0
                    f["memory_log"] = math.log1p(c)
                    break
        if seg.hyphen:
            f["hyphen_suffix"] = 1.0
        if not seg.morphs:
            f["bare"] = 1.0
            f[f"bare_end={seg.stem[-2:]}"] = 1.0
        else:
            f[f"stem_end={seg.kind}:{seg.stem[-2:]}"] = 1.0
        f["morphs"] = float(len(seg.morphs))
        if seg.disharmony:
            f["disharmony"] = float(seg.disharmony)
        if seg.altered:
            f[f"altered_{seg.altered}"] = 1.0
            if count or "gaz" in f:
                f[f"altered_{seg.altered}_known"] = 1.0
        if seg.kind == "V" and seg.stem[-1:] in "ыі":
            f["verb_stem_high_vowel"] = 1.0
        if seg.kind == "V":
            f["verb"] = 1.0
        if len(seg.stem) <= 2:
            f["short"] = 1.0
        f[f"stem_len={min(len(seg.stem), 7)}:{seg.kind}"] = 1.0
        if seg.morphs:
            # count of stem + suffixes written plainly: the word itself, or 0 when an alternation was undone
            own = lex.corpus_forms.get(seg.stem + "".join(seg.surfaces), 0)
            f["ratio"] = math.log1p(bare) - math.log1p(own)
        chain = "+".join(seg.morphs) or "-"
        f[f"chain={seg.kind}:{chain}"] = 1.0
        if seg.morphs:
            f[f"last={seg.kind}:{seg.morphs[-1]}"] = 1.0
            f[f"first={seg.kind}:{seg.morphs[0]}"] = 1.0
        if pos:
            f[f"pos={pos}"] = 1.0
        return tuple(f.items())


def with_score(a: Analysis, score: float) -> Analysis:
    return Analysis(a.lemma, a.pos, a.case, a.suffixes, a.feats, score)


def _recase(word: str, lemma: str) -> str:
    """``lemma`` with the capitalisation of ``word`` letter by letter (АҚШ-тың → АҚШ)."""
    if word.islower():
        return lemma
    if word[:1].isupper() and word[1:].islower():
        return lemma[:1].upper() + lemma[1:]
    out = []
    for i, ch in enumerate(lemma):
        src = word[i] if i < len(word) else ""
        out.append(ch.upper() if src.isupper() else ch)
    return "".join(out)


def _non_word_pos(word: str) -> str:
    if any(ch.isdigit() for ch in word):
        return "NUM"
    return "PUNCT"
