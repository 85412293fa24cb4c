"""The ranking features of one reading (stem + suffix chain), built from cached parts.

A reading's features split into what depends on its stem alone (lexicon counts, stem shape, part of speech),
what depends on its suffix chain alone (the chain, its first and last suffix, its length), and a few that
depend on the word itself (form memory, harmony mismatches, restored alternations, the written-form ratio).
The stem and chain parts are computed once per stem and once per chain, so the ending ``-ларымыздың`` is
described once for every stem it follows, and a stem once for every ending. The parts are joined in a fixed
order, so a reading gets exactly the features (and the same sum) as when they were built in one go.
"""

from __future__ import annotations

import math

from derek.morph.lexicon import Lexicon
from derek.morph.segment import Segmentation

Feats = tuple[tuple[str, float], ...]
_LIMIT = 200_000


class ReadingFeatures:
    """Feature tuples of readings against one Lexicon, with per-stem and per-chain caches."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # (stem, kind, has suffixes, pos) -> (features before memory, shape features, late stem features,
        #                                     count-or-gazetteer flag, bare count)
        self._stems: dict[tuple[str, str, bool, str | None], tuple[Feats, Feats, Feats, bool, int]] = {}
        self._chains: dict[tuple[str, tuple[str, ...]], tuple[Feats, Feats]] = {}
        self._pos: dict[tuple[str, str], str | None] = {}

    def best_pos(self, stem: str, kind: str) -> str | None:
        key = (stem, kind)
        try:
            return self._pos[key]
        except KeyError:
            if len(self._pos) > _LIMIT:
                self._pos.clear()
            pos = self._pos[key] = self.lexicon.best_pos(stem, kind)
            return pos

    def features(self, seg: Segmentation, pos: str | None, memory: object) -> Feats:
        """Every ranking feature of ``seg`` read with part of speech ``pos``; ``memory`` is the form's UD entry."""
        has_morphs = bool(seg.morphs)
        skey = (seg.stem, seg.kind, has_morphs, pos)
        stem_part = self._stems.get(skey)
        if stem_part is None:
            if len(self._stems) > _LIMIT:
                self._stems.clear()
            stem_part = self._stems[skey] = self._stem_part(seg.stem, seg.kind, has_morphs, pos)
        ckey = (seg.kind, seg.morphs)
        chain_part = self._chains.get(ckey)
        if chain_part is None:
            chain_part = self._chains[ckey] = _chain_part(seg.kind, seg.morphs)
        lexical, shape, late, known, bare = stem_part
        count_feats, chain_feats = chain_part
        word: list[tuple[str, float]] = []
        if isinstance(memory, dict):
            for (lemma, _pos), c in memory.items():
                if lemma == seg.stem:
                    word += [("memory", 1.0), ("memory_log", math.log1p(c))]
                    break
        if seg.hyphen:
            word.append(("hyphen_suffix", 1.0))
        mixed: list[tuple[str, float]] = []
        if seg.disharmony:
            mixed.append(("disharmony", float(seg.disharmony)))
        if seg.altered:
            mixed.append((f"altered_{seg.altered}", 1.0))
            if known:
                mixed.append((f"altered_{seg.altered}_known", 1.0))
        ratio: Feats = ()
        if has_morphs:
            # count of stem + suffixes written plainly: the word itself, or 0 when an alternation was undone
            own = self.lexicon.corpus_forms.get(seg.stem + "".join(seg.surfaces), 0)
            ratio = (("ratio", math.log1p(bare) - math.log1p(own)),)
        return lexical + tuple(word) + shape + count_feats + tuple(mixed) + late + ratio + chain_feats + (
            ((f"pos={pos}", 1.0),) if pos else ())

    def _stem_part(self, stem: str, kind: str, has_morphs: bool,
                   pos: str | None) -> tuple[Feats, Feats, Feats, bool, int]:
        lex = self.lexicon
        f: dict[str, float] = {}
        count = lex.lemma_count(stem, kind)
        if count:
            f["known"] = 1.0
            f["known_log"] = math.log1p(count)
        gaz = lex.in_gazetteer(stem, kind)
        if gaz:
            f["gaz"] = 1.0
        bare = lex.corpus_forms.get(stem, 0) if kind == "N" and has_morphs else 0
        self_count = lex.corpus_forms.get(stem, 0) if not has_morphs else 0
        if bare:
            f["corpus_bare"] = math.log1p(bare)
        elif self_count:
            f["corpus_self"] = math.log1p(self_count)
        stem_support = lex.corpus_stems.get((stem, kind), 0)
        if stem_support:
            f["corpus_stem"] = math.log1p(stem_support)
        if not (count or bare or stem_support or gaz or self_count):
            f["unknown"] = 1.0
            f["unknown_len"] = min(len(stem), 12) / 12
        shape: Feats = ((("bare", 1.0), (f"bare_end={stem[-2:]}", 1.0)) if not has_morphs
                        else ((f"stem_end={kind}:{stem[-2:]}", 1.0),))
        late: list[tuple[str, float]] = []
        if kind == "V" and stem[-1:] in "ыі":
            late.append(("verb_stem_high_vowel", 1.0))
        if kind == "V":
            late.append(("verb", 1.0))
        if len(stem) <= 2:
            late.append(("short", 1.0))
        late.append((f"stem_len={min(len(stem), 7)}:{kind}", 1.0))
        return tuple(f.items()), shape, tuple(late), bool(count or gaz), bare


def _chain_part(kind: str, morphs: tuple[str, ...]) -> tuple[Feats, Feats]:
    chain = "+".join(morphs) or "-"
    tail: list[tuple[str, float]] = [(f"chain={kind}:{chain}", 1.0)]
    if morphs:
        tail += [(f"last={kind}:{morphs[-1]}", 1.0), (f"first={kind}:{morphs[0]}", 1.0)]
    return (("morphs", float(len(morphs))),), tuple(tail)
