"""Features for capitalised words inside a sentence: almost always names, which UD has few of.

Their weights are fixed priors (training leaves them alone), from docs/language.md §2.12–2.13:
a known name stays whole; an unknown one loses a case ending that suits it, more readily when
the remaining stem is itself attested in KazNERD; names are never verbs and rarely possessed.
"""

from __future__ import annotations

import math

from derek.morph.lexicon import Lexicon
from derek.morph.segment import Segmentation

_PATRONYMIC = ("ұлы", "қызы", "ұлының", "қызының")

NAME_WEIGHTS: dict[str, float] = {
    "name_known": 10.0, "name_known_common": -0.5, "name_attested_stem": 3.0, "name_stem_forms": 1.0,
    "name_disharmony": -3.0, "name_verb": -20.0, "name_short": -6.0, "name_patronymic_cut": -20.0,
    "name_chain=-": 1.2, "name_chain=gen": 2.5, "name_chain=ins": 2.5, "name_chain=abl": 1.5,
    "name_chain=dat": 1.5, "name_chain=acc": 0.8, "name_chain=loc": 1.0, "name_chain=loc+gy": 2.0,
    "name_chain=P3": 0.3, "name_chain=P3+gen": 1.0, "name_chain=P3+dat": 1.0, "name_chain=P3+acc": 0.5,
    "name_chain=P3+loc": 1.0, "name_chain=P3+abl": 1.0, "name_chain=P3+ins": 1.0, "name_chain=P3+loc+gy": 1.0,
    "name_chain_other": -4.0, "name_self_attested": 0.5, "name_foreign_vowel_stem": 1.0,
    "name_ratio": 1.0, "name_trap_ending": -2.0, "name_common_long_chain": 3.0, "name_chain=PL": 0.5,
    "name_chain=PL+loc": 1.0,
    "name_chain=PL+gen": 1.0, "name_chain=PL+dat": 1.0, "name_chain=PL+acc": 1.0, "name_chain=PL+abl": 1.0,
    "name_chain=PL+ins": 1.0, "name_chain=PL+P3": 0.5,
}


def name_features(word: str, seg: Segmentation, lex: Lexicon) -> dict[str, float]:
    """Features of one reading of a capitalised, non-initial ``word`` (lowercase in ``seg``)."""
    f: dict[str, float] = {}
    stem = seg.stem
    counts = lex.lemma_pos.get(stem)
    propn = lex.gazetteer.get(stem) == "PROPN" or bool(counts and counts.get("PROPN"))
    if propn:
        f["name_known"] = 1.0
    elif lex.lemma_count(stem, seg.kind):
        f["name_known_common"] = 1.0
        if len(seg.morphs) >= 2 and seg.kind == "N":
            f["name_common_long_chain"] = 1.0  # a title-cased common noun: Мектептерде
    if seg.kind == "V":
        f["name_verb"] = 1.0
    if seg.morphs:
        bare = lex.corpus_forms.get(stem, 0)
        if bare:
            f["name_attested_stem"] = 1.0
        own = lex.corpus_forms.get(word.lower(), 0)
        if own and not bare and seg.morphs in (("ins",), ("loc",)):
            f["name_trap_ending"] = 1.0  # seen whole, never without -мен/-да: Сүлеймен, not Сүлей + мен
        if own >= 3:  # a frequent whole form whose stem is rare is a name of its own (Сүлеймен)
            f["name_ratio"] = min(0.0, math.log1p(bare) - math.log1p(own))
        support = lex.corpus_stems.get((stem, "N"), 0)
        if support:
            f["name_stem_forms"] = math.log1p(support)
        if seg.disharmony:
            f["name_disharmony"] = float(seg.disharmony)
        if len(stem.rsplit("-", 1)[-1]) <= 2 and not seg.hyphen:
            f["name_short"] = 1.0
        if stem[-1:] in "иоуюэөүұ":
            f["name_foreign_vowel_stem"] = 1.0  # no suffix ends so: Сочи-де, Токио-да
        low = word.lower()
        if low.endswith(_PATRONYMIC) and not stem.endswith(("ұлы", "қызы")):
            f["name_patronymic_cut"] = 1.0
    elif lex.corpus_forms.get(stem, 0):
        f["name_self_attested"] = math.log1p(lex.corpus_forms[stem])
    chain = "+".join(seg.morphs) or "-"
    key = f"name_chain={chain}"
    f[key if key in NAME_WEIGHTS else "name_chain_other"] = 1.0
    return f
