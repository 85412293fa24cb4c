"""Document-level agreement of proper-noun lemmas (kazakh-notes §2.13 step 3).

All forms of one name in a document should share one lemma: the stem that explains the most
distinct capitalised forms, with a bonus when the stem itself occurs bare. {Кошта, Коштаның,
Коштамен} → Кошта explains all three, so Кошта beats Кош (which explains only the first).
"""

from __future__ import annotations

from collections import defaultdict

from derek.morph.analysis import Analysis

BARE_BONUS = 2.0
MAX_SCORE_LOSS = 8.0


def consolidate(words: list[str], readings: list[list[Analysis]], chosen: list[Analysis]) -> list[Analysis]:
    """``chosen`` with capitalised words' lemmas replaced by the document-wide best stem."""
    explains: dict[str, set[str]] = defaultdict(set)
    bare: set[str] = set()
    for word, cands in zip(words, readings, strict=True):
        if not _is_name(word):
            continue
        low = word.lower()
        bare.add(low)
        for a in cands:
            if a.pos not in ("VERB", "AUX"):
                explains[a.lemma.lower()].add(low)
    out = list(chosen)
    for i, (word, cands) in enumerate(zip(words, readings, strict=True)):
        if not _is_name(word) or len(cands) < 2:
            continue
        top = chosen[i]
        own = word.lower()

        def support(a: Analysis, own: str = own) -> float:
            key = a.lemma.lower()
            others = explains.get(key, set()) - {own}
            return len(others) + (BARE_BONUS if key in bare and key != own else 0.0)

        best = max((a for a in cands if a.pos not in ("VERB", "AUX")), key=support, default=top)
        if support(best) > support(top) and top.score - best.score <= MAX_SCORE_LOSS:
            out[i] = best
    return out


def _is_name(word: str) -> bool:
    return word[:1].isupper() and any(ch.islower() for ch in word[1:])
