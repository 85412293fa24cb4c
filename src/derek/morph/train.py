"""Learn the ranking weights from lemma-annotated sentences (UD Kazakh) with an averaged perceptron.

The lexicon counts used as features must not come from the sentence being learnt from, or the
model learns to trust them blindly. So training is jackknifed: the sentences are cut into
``inner`` parts and each part is analysed with a lexicon built from the other parts.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Sequence

from derek.morph.analyser import DEFAULT_WEIGHTS, FIXED_FEATURES, Analyser
from derek.morph.context import best_tags, context_features, neighbours, sentence_starts
from derek.morph.lexicon import Lexicon

Sentence = Sequence[tuple[str, str, str]]  # (form, lemma, upos)


def with_sentences(base: Lexicon, sents: Sequence[Sentence]) -> Lexicon:
    """A copy of ``base`` with the lemma and form counts of ``sents`` added."""
    lex = copy.copy(base)
    lex.lemma_pos = {k: Counter(v) for k, v in base.lemma_pos.items()}
    lex.forms = {k: Counter(v) for k, v in base.forms.items()}
    for sent in sents:
        for form, lemma, upos in sent:
            if upos == "PUNCT" or not lemma or lemma == "_":
                continue
            lex.lemma_pos.setdefault(lemma.lower(), Counter())[upos] += 1
            lex.forms.setdefault(form.lower(), Counter())[(lemma.lower(), upos)] += 1
    return lex


Example = tuple[list[dict[str, float]], list[int]]


def _examples(base: Lexicon, sents: Sequence[Sentence], inner: int, weights: dict[str, float]) -> list[Example]:
    """Ranking problems (features of each candidate, indices of the gold ones), jackknifed."""
    examples: list[Example] = []
    for part in range(inner):
        held = [s for i, s in enumerate(sents) if i % inner == part]
        lex = with_sentences(base, [s for i, s in enumerate(sents) if i % inner != part])
        analyser = Analyser(lex, weights)
        for sent in held:
            words = [w for w, _, _ in sent]
            starts = sentence_starts(words)
            tags = best_tags(analyser, words, starts)
            for i, (form, lemma, upos) in enumerate(sent):
                if upos == "PUNCT":
                    continue
                cands = analyser.candidates(form, starts[i])
                if len(cands) < 2 or (not starts[i] and form[:1].isupper()):
                    continue
                gold = [j for j, c in enumerate(cands) if c.analysis.lemma.lower() == lemma.lower()]
                if not gold or len(gold) == len(cands):
                    continue
                near = neighbours(tags, i)
                examples.append(([dict(c.feats) | dict(context_features(words, i, c, near)) for c in cands], gold))
    return examples


def train_weights(base: Lexicon, sents: Sequence[Sentence], inner: int = 10, epochs: int = 10,
                  passes: int = 1) -> dict[str, float]:
    """Averaged-perceptron weights for ranking readings, starting from the hand-set defaults.

    Neighbour tags come from the current weights, so a second pass retrains with the tags the
    first model would give.
    """
    weights = dict(DEFAULT_WEIGHTS)
    for _ in range(passes):
        weights = _perceptron(_examples(base, sents, inner, weights), epochs) | {
            k: DEFAULT_WEIGHTS[k] for k in FIXED_FEATURES}
    return weights


def _perceptron(examples: list[Example], epochs: int) -> dict[str, float]:
    weights: dict[str, float] = dict(DEFAULT_WEIGHTS)
    total: dict[str, float] = {k: 0.0 for k in weights}
    stamp: dict[str, int] = {k: 0 for k in weights}
    step = 0

    def score(f: dict[str, float]) -> float:
        return sum(weights.get(k, 0.0) * v for k, v in f.items())

    def bump(k: str, delta: float) -> None:
        if k in FIXED_FEATURES:
            return
        total[k] = total.get(k, 0.0) + weights.get(k, 0.0) * (step - stamp.get(k, 0))
        stamp[k] = step
        weights[k] = weights.get(k, 0.0) + delta

    for _ in range(epochs):
        for fl, gold in examples:
            step += 1
            scores = [score(f) for f in fl]
            pred = max(range(len(fl)), key=lambda j: scores[j])
            if pred in gold:
                continue
            g = max(gold, key=lambda j: scores[j])
            for k, v in fl[g].items():
                bump(k, v)
            for k, v in fl[pred].items():
                bump(k, -v)
    for k in list(weights):
        total[k] = total.get(k, 0.0) + weights[k] * (step - stamp.get(k, 0))
    return {k: round(v / max(step, 1), 4) for k, v in total.items() if abs(v / max(step, 1)) > 1e-4}
