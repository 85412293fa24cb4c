"""In-sentence disambiguation: rank a word's readings with its neighbours in view.

The same linear model as the analyser, plus features that look at the neighbouring words
(the word before and after, the end of the sentence). Weights come from ``derek.morph.train``.
"""

from __future__ import annotations

from derek.morph.analyser import Analyser, Candidate
from derek.morph.analysis import Analysis

_PUNCT_END = frozenset(".!?…")
CONTEXT_MARGIN = 8.0


def context_features(words: list[str], i: int, cand: Candidate,
                     neighbour_tags: tuple[str, str] = ("", "")) -> list[tuple[str, float]]:
    """Features of ``cand`` (a reading of ``words[i]``) that depend on the sentence.

    ``neighbour_tags`` are the context-free best tags of the words before and after.
    """
    tag = cand.tag
    kind = tag[:1]
    feats: list[tuple[str, float]] = []
    if neighbour_tags[1]:
        feats.append((f"ctx_nexttag:{tag}:{neighbour_tags[1]}", 1.0))
    if neighbour_tags[0]:
        feats.append((f"ctx_prevtag:{tag}:{neighbour_tags[0]}", 1.0))
    nxt = words[i + 1].lower() if i + 1 < len(words) else "</s>"
    if nxt == "</s>" or nxt in _PUNCT_END:
        feats.append((f"ctx_end:{tag}", 1.0))
    elif not any(ch.isalnum() for ch in nxt):
        feats.append((f"ctx_punct_next:{tag}", 1.0))
    feats.append((f"ctx_next:{nxt}:{kind}", 1.0))
    return feats


def context_score(analyser: Analyser, words: list[str], i: int, cand: Candidate,
                  neighbour_tags: tuple[str, str] = ("", "")) -> float:
    w = analyser.weights
    return sum(w.get(n, 0.0) * v for n, v in context_features(words, i, cand, neighbour_tags))


def sentence_starts(words: list[str]) -> list[bool]:
    """Which words open the sentence: the first word, and any before the first real word («, —)."""
    out = []
    seen_word = False
    for w in words:
        out.append(not seen_word)
        if not seen_word and any(ch.isalnum() for ch in w):
            seen_word = True
    return out


def best_tags(analyser: Analyser, words: list[str], starts: list[bool] | None = None) -> list[str]:
    """The context-free best tag (kind and last suffix) of every word."""
    starts = starts if starts is not None else sentence_starts(words)
    out = []
    for word, start in zip(words, starts, strict=True):
        ranked = analyser.ranked(word, start)
        out.append(ranked[0][1].tag if ranked else "X")
    return out


def neighbours(tags: list[str], i: int) -> tuple[str, str]:
    return (tags[i - 1] if i > 0 else "<s>", tags[i + 1] if i + 1 < len(tags) else "</s>")


Scored = list[tuple[float, Analysis]]


def ranked_in_context(analyser: Analyser, words: list[str]) -> list[Scored]:
    """Every word's readings with their scores, best first, scored with the sentence in view.

    A word whose best context-free reading leads by ``CONTEXT_MARGIN`` or more keeps that order,
    and so does a capitalised word inside the sentence.
    """
    out: list[Scored] = []
    starts = sentence_starts(words)
    tags = best_tags(analyser, words, starts)
    for i, word in enumerate(words):
        scored_free = analyser.scored(word, starts[i])
        named = not starts[i] and word[:1].isupper()  # names are settled by name rules and the document
        if named or len(scored_free) == 1 or scored_free[0][0] - scored_free[1][0] >= CONTEXT_MARGIN:
            out.append(scored_free)
            continue
        ranked = analyser.ranked(word, starts[i])
        near = neighbours(tags, i)
        scored = [(s + context_score(analyser, words, i, c, near), c.analysis) for s, c in ranked]
        order = sorted(range(len(scored)), key=lambda j: (-scored[j][0], j))
        out.append([scored[j] for j in order])
    return out
