"""Document-level agreement of proper-noun lemmas (docs/language.md §2.13 step 3).

All forms of one name in a document should share one lemma: the stem that explains the most
distinct capitalised forms, with a bonus when the stem itself occurs bare. {Корта, Кортаның,
Кортамен} → Корта explains all three, so Корта beats Кор (which explains only the first).
"""

from __future__ import annotations

from collections import defaultdict

from derek.morph.analysis import Analysis

BARE_BONUS = 2.0
MAX_SCORE_LOSS = 8.0


def consolidate(words: list[str], readings: list[list[tuple[float, Analysis]]]) -> list[Analysis]:
    """The best reading of every word, capitalised words' lemmas made to agree across the document."""
    names = [i for i, w in enumerate(words) if _is_name(w)]
    explains: dict[str, set[str]] = defaultdict(set)
    bare: set[str] = set()
    for i in names:
        low = words[i].lower()
        bare.add(low)
        for _, a in readings[i]:
            if a.pos not in ("VERB", "AUX"):
                explains[a.lemma.lower()].add(low)
    out = [r[0][1] for r in readings]
    for i in names:
        cands = readings[i]
        if len(cands) < 2:
            continue
        own = words[i].lower()

        def support(a: Analysis, own: str = own) -> float:
            key = a.lemma.lower()
            others = explains.get(key, set()) - {own}
            return len(others) + (BARE_BONUS if key in bare and key != own else 0.0)

        top_score, top = cands[0]
        nominal = [(s, a) for s, a in cands if a.pos not in ("VERB", "AUX")]
        if not nominal:
            continue
        best_score, best = max(nominal, key=lambda sa: support(sa[1]))
        if support(best) > support(top) and top_score - best_score <= MAX_SCORE_LOSS:
            out[i] = best
    return out


def _is_name(word: str) -> bool:
    return word[:1].isupper() and word[1:] != word[1:].upper()
