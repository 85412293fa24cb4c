"""Every way to read a lowercase word as stem + suffix chain, by stripping suffixes from the right.

The grammar is a small automaton over the suffix slots of docs/language.md §2.9 (nominal) and §3.1
(verbal). Each stripped allomorph must suit the final sound of what is left; harmony mismatches
are only counted (loans and foreign names break harmony), not refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from derek.lang.kk.phonology import VOWELS, K, final_class, harmony, is_voiced_loan_final
from derek.morph import suffixes as sx

# state -> ((morpheme, next state), ...); "N" and "V" are the stem states.
_GRAMMAR: dict[str, tuple[tuple[sx.Morpheme, str], ...]] = {
    "N_END": ((sx.PRED, "N_CASE"),),
    "N_CASE": (*((m, "N_POSS") for m in (*sx.CASES, sx.EQU, sx.SIM)), (sx.GY, "N_GY")),
    "N_GY": ((sx.LOC, "N_POSS"),),
    "N_POSS": tuple((m, "N_PL") for m in sx.POSSESSIVES),
    "N_PL": ((sx.PL, "N"), (sx.COMP, "N")),
    "N": ((sx.VNOUN, "V_NEG"), (sx.PPART, "V_NEG"), (sx.AGENT, "V_NEG"), (sx.FPART, "V_NEG"),
          (sx.INTENT, "V_NEG"), (sx.EVID, "V_NEG"), (sx.PRES_PART, "V_AOR"), (sx.DESID, "V_NEG")),
    "V_TOP": ((sx.PAST_PERSON, "V_PAST"), (sx.PAST, "V_NEG"), (sx.AOR_PERSON, "V_AOR"), (sx.AOR, "V_NEG"),
              (sx.CONV, "V_NEG"), (sx.COND, "V_NEG"), (sx.OPT, "V_NEG"), (sx.IMP, "V_NEG"), (sx.NEG, "V_VOICE"),
              (sx.PERS2, "V_PART")),
    "V_PART": ((sx.FPART, "V_NEG"), (sx.PPART, "V_NEG"), (sx.INTENT, "V_NEG")),
    "V_PAST": ((sx.PAST, "V_NEG"), (sx.COND, "V_NEG")),
    "V_AOR": ((sx.AOR, "V_NEG"),),
    "V_NEG": ((sx.NEG, "V_VOICE"),),
    "V_VOICE": ((sx.PASS, "V_VOICE2"), (sx.RCP, "V")),
    "V_VOICE2": ((sx.RCP, "V"),),
    "V": (),
}
# States one may leave without stripping anything.
_SKIP = {"N_END": "N_CASE", "N_CASE": "N_POSS", "N_GY": "N_POSS", "N_POSS": "N_PL", "N_PL": "N",
         "V_NEG": "V_VOICE", "V_VOICE": "V", "V_VOICE2": "V"}
_STEM_STATES = {"N": "N", "V": "V"}
_VOICING = {"б": "п", "г": "к", "ғ": "қ"}


def _index() -> dict[str, dict[str, list[tuple[sx.Morpheme, sx.Allo, str]]]]:
    """For each state, the strippable allomorphs grouped by their last letter."""
    out: dict[str, dict[str, list[tuple[sx.Morpheme, sx.Allo, str]]]] = {}
    for state, arcs in _GRAMMAR.items():
        by_last: dict[str, list[tuple[sx.Morpheme, sx.Allo, str]]] = {}
        for morph, nxt in arcs:
            for allo in morph.allos:
                by_last.setdefault(allo.text[-1], []).append((morph, allo, nxt))
        out[state] = by_last
    return out


_ARCS = _index()
# the final-sound class of a word ending in each plain letter (ь, ъ and the empty string are left to final_class)
_PLAIN_LETTERS = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщыіэюяә" "abcdefghijklmnopqrstuvwxyz0123456789"
_CLASS_OF = {ch: final_class(ch) for ch in _PLAIN_LETTERS}
_MAX_DEPTH = 7
_VOWELS = "аеыіоөұүуиәяю"


@dataclass(frozen=True)
class Segmentation:
    """``stem`` (lowercase, with any alternation undone) + ``morphs`` (tags, left to right)."""

    stem: str
    kind: str  # "N" nominal, "V" verbal
    morphs: tuple[str, ...]
    surfaces: tuple[str, ...]
    feats: tuple[tuple[str, str], ...]
    disharmony: int = 0
    altered: str = ""  # "voicing" (кітаб-ы → кітап) or "vowel" (халқ-ы → халық) when the stem was restored
    hyphen: bool = False  # the suffixes were written after a hyphen (АҚШ-тың, 2025-ке)


def _fits(left: str, allo: sx.Allo, hyphen: bool) -> tuple[bool, int]:
    """Whether ``allo`` may follow ``left``; the second item counts a harmony mismatch."""
    if hyphen:
        return True, 0
    cls = _CLASS_OF.get(left[-1:]) or final_class(left)  # the table covers every plain last letter
    if cls not in allo.after and not (K in allo.after and is_voiced_loan_final(left)):
        return False, 0
    if allo.harmony is None:
        return True, 0
    h = harmony(left)
    return True, int(h is not None and allo.harmony != h)


@lru_cache(maxsize=100_000)
def segment(word: str) -> list[Segmentation]:
    """All readings of ``word`` (lowercase) allowed by the grammar, including the bare word.

    Cached per form (the same form comes back capitalised, or opening a sentence): callers must not change the
    list it returns.
    """
    found: list[Segmentation] = []
    for start in ("N_END", "V_TOP"):
        _walk(word, start, (), (), (), 0, None, found, False)
    best: dict[tuple[str, str, tuple[str, ...]], Segmentation] = {}
    for seg in found:
        key = (seg.stem, seg.kind, seg.morphs)
        if key not in best or seg.disharmony < best[key].disharmony:
            best[key] = seg
    return list(best.values())


def _walk(s: str, state: str, morphs: tuple[str, ...], surfaces: tuple[str, ...],
          feats: tuple[tuple[str, str], ...], bad: int, need: str | None, out: list[Segmentation],
          after_hyphen: bool) -> None:
    if state in _STEM_STATES and need is None:
        _emit(s, _STEM_STATES[state], morphs, surfaces, feats, bad, out, after_hyphen)
    if len(morphs) >= _MAX_DEPTH or after_hyphen:
        if after_hyphen and state in _SKIP and need is None:
            _walk(s, _SKIP[state], morphs, surfaces, feats, bad, None, out, True)
        return
    if state in _SKIP and need is None:
        _walk(s, _SKIP[state], morphs, surfaces, feats, bad, None, out, after_hyphen)
    for morph, allo, nxt in _ARCS[state].get(s[-1:], ()):
        if need is not None and not _satisfies(morph.tag, need):
            continue
        t = allo.text
        if not s.endswith(t) or len(s) - len(t) < 2:
            continue
        left = s[: len(s) - len(t)]
        hyphen = left.endswith("-")
        if hyphen:
            left = left[:-1]
            if not morphs and len(left) < 1:
                continue
        if allo.restore:
            if left[-1:] in "ыійи" or not left:
                continue
            left = left + allo.restore
        ok, mismatch = _fits(left, allo, hyphen)
        if not ok:
            continue
        _walk(left, nxt, (morph.tag, *morphs), (allo.text, *surfaces), morph.feats + feats, bad + mismatch,
              allo.needs, out, hyphen)


def _satisfies(tag: str, need: str) -> bool:
    return tag == need or (need == "P12" and tag in ("P1S", "P2S"))


def _emit(stem: str, kind: str, morphs: tuple[str, ...], surfaces: tuple[str, ...],
          feats: tuple[tuple[str, str], ...], bad: int, out: list[Segmentation], after_hyphen: bool) -> None:
    if morphs and not after_hyphen and VOWELS.isdisjoint(stem.rsplit("-", 1)[-1].lower()):
        return
    out.append(Segmentation(stem, kind, morphs, surfaces, feats, bad, hyphen=after_hyphen))
    if not surfaces or surfaces[0][:1] not in "аеыіуюия":
        return
    last = stem[-1:]
    if last in _VOICING:
        out.append(Segmentation(stem[:-1] + _VOICING[last], kind, morphs, surfaces, feats, bad, "voicing"))
    if len(stem) >= 3 and stem[-1] not in _VOWELS and _consonant(stem, len(stem) - 2):
        vowel = "ы" if harmony(stem) != "front" else "і"
        base = stem[:-1] + vowel + stem[-1]
        out.append(Segmentation(base, kind, morphs, surfaces, feats, bad, "vowel"))
        if last in _VOICING:  # мүлкі → мүлік (vowel and voicing both undone)
            out.append(Segmentation(base[:-1] + _VOICING[last], kind, morphs, surfaces, feats, bad, "vowel"))


def _consonant(s: str, i: int) -> bool:
    """Whether ``s[i]`` is a consonant; у and и after a vowel are glides (ауыз → аузы)."""
    ch = s[i]
    if ch in "уи" and i > 0 and s[i - 1] in _VOWELS:
        return True
    return ch not in _VOWELS
