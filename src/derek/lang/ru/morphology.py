"""Russian lemmas, parts of speech and cases (pymorphy3), and putting names into the nominative.

Tags are mapped to the conventions the Kazakh pipeline uses: Universal Dependencies parts of speech
(``NOUN``, ``PROPN``, ``ADJ``, ``VERB`` ...) and short lower-case case names (``nom``, ``gen``, ``dat``, ``acc``,
``ins``, ``loc``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from derek.lang.ru.models import morph

_POS = {
    "NOUN": "NOUN", "ADJF": "ADJ", "ADJS": "ADJ", "COMP": "ADJ", "VERB": "VERB", "INFN": "VERB", "PRTF": "VERB",
    "PRTS": "VERB", "GRND": "VERB", "NUMR": "NUM", "ADVB": "ADV", "NPRO": "PRON", "PRED": "ADV", "PREP": "ADP",
    "CONJ": "CCONJ", "PRCL": "PART", "INTJ": "INTJ",
}  # fmt: skip
_CASES = {
    "nomn": "nom", "gent": "gen", "gen2": "gen", "datv": "dat", "accs": "acc", "acc2": "acc", "ablt": "ins",
    "loct": "loc", "loc2": "loc", "voct": "voc",
}  # fmt: skip
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def parses(word: str) -> list[Any]:
    """Every pymorphy3 reading of ``word``, best first."""
    return list(_parses(word.lower().replace("ё", "е")))


@lru_cache(maxsize=100_000)
def _parses(low: str) -> tuple[Any, ...]:
    return tuple(morph().parse(low))


def ud_pos(parse: Any, word: str) -> str:
    """The UD part of speech of one reading (proper nouns from the dictionary's Name/Surn/Geox marks)."""
    if not any(c.isalpha() for c in word):
        return "NUM" if any(c.isdigit() for c in word) else "PUNCT"
    tag = parse.tag
    if tag.POS is None:
        return "X"
    pos = _POS.get(str(tag.POS), "X")
    if pos == "NOUN" and (_PROPER & set(tag.grammemes)) and word[:1].isupper():
        return "PROPN"
    return pos


def ud_case(parse: Any) -> str | None:
    """The short case name of one reading, or None for words without case."""
    case = parse.tag.case
    return _CASES.get(str(case)) if case else None


def analyse(word: str) -> tuple[str, str, str | None, dict[str, str]]:
    """``(lemma, pos, case, feats)`` of ``word`` by its most likely reading (feats: UD Case and Number)."""
    found = parses(word)
    if not found or not any(c.isalpha() for c in word):
        return word.lower(), ud_pos(found[0], word) if found else "X", None, {}
    best = found[0]
    case = ud_case(best)
    feats = {"Case": case.capitalize()} if case else {}
    if best.tag.number:
        feats["Number"] = "Plur" if str(best.tag.number) == "plur" else "Sing"
    return str(best.normal_form), ud_pos(best, word), case, feats


def restore_case(new: str, model: str) -> str:
    """``new`` written with the capitalisation of ``model`` (ВУЧИЧ, Вучич, вучич; each hyphen part on its own)."""
    if model.isupper() and len(model) > 1:
        return new.upper()
    parts, models = new.split("-"), model.split("-")
    out = []
    for i, part in enumerate(parts):
        pattern = models[i] if i < len(models) else models[-1]
        out.append(part[:1].upper() + part[1:] if pattern[:1].isupper() else part)
    return "-".join(out)


def inflect_word(word: str, grammemes: set[str], prefer: Any = None) -> str:
    """``word`` put into ``grammemes`` (e.g. ``{"nomn"}``) by the reading ``prefer`` or its best one; else as is."""
    parse = prefer if prefer is not None else next(iter(parses(word)), None)
    if parse is None:
        return word
    target = parse.inflect(grammemes)
    return restore_case(str(target.word), word) if target is not None else word


def is_case(word: str, case: str) -> bool:
    """True when some reading of ``word`` is in ``case`` (pymorphy3 grammeme, e.g. ``gent``)."""
    return any(case in p.tag for p in parses(word))
