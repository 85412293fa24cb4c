"""Undo the case ending on the last word of a name (docs/language.md §2.4, §2.11, §2.12).

A suffix is accepted only when it agrees with the stem in vowel harmony and in the class of the stem's final
sound, and leaves a stem of at least three letters with a vowel. Names never lose a locative or ablative here
unless the caller allows it (Уганда, Судан): see :func:`name_stem`.
"""

from __future__ import annotations

from functools import lru_cache

BACK_VOWELS = set("аоұыяёАОҰЫЯЁ")
FRONT_VOWELS = set("әеөүіэӘЕӨҮІЭ")
VOWELS = BACK_VOWELS | FRONT_VOWELS | set("иуюИУЮ")
VOICELESS = set("птқкфхцчшщсһбвгд")  # б в г д count as voiceless at the end of a loan (Ахметов → Ахметовтың)

# case -> suffixes (longest forms first within each case).
CASES: dict[str, tuple[str, ...]] = {
    "locattr": ("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі"),
    "gen": ("ның", "нің", "дың", "дің", "тың", "тің"),
    "abl": ("нан", "нен", "дан", "ден", "тан", "тен"),
    "loc": ("нда", "нде", "да", "де", "та", "те"),
    "ins": ("мен", "бен", "пен"),
    "dat": ("на", "не", "ға", "ге", "қа", "ке"),
    "acc": ("ны", "ні", "ды", "ді", "ты", "ті", "н"),
}
_ALL = sorted(((s, c) for c, ss in CASES.items() for s in ss), key=lambda x: -len(x[0]))
PERSON_CASES = frozenset({"gen", "dat", "acc", "ins"})


def _last_vowel(stem: str) -> str | None:
    for ch in reversed(stem.lower()):
        if ch in VOWELS:
            return ch
    return None


def _final_class(stem: str) -> str:
    ch = stem[-1].lower()
    if ch == "ь" and len(stem) > 1:  # a silent soft sign: the letter before it decides (Израиль → L, Надь → K)
        return _final_class(stem[:-1])
    if ch in VOWELS and ch not in "иу":
        return "V"
    if ch in "рйуи":
        return "R"
    if ch == "л" or ch == "ь":
        return "L"
    if ch in "мнң":
        return "N"
    if ch in "зж":
        return "Z"
    return "K"


_ALLOWED_FIRST: dict[str, str] = {  # final class -> first letters a case suffix may start with
    "V": "нғгдмн",
    "R": "дғгм",
    "L": "дғгм",
    "N": "нғгдм",
    "Z": "дғгб",
    "K": "тқкп",
}


def _agrees(stem: str, suffix: str, case: str) -> bool:
    vowel = _last_vowel(stem)
    if vowel is None or len(stem) < 3:
        return False
    lower = stem.lower()
    after_poss = lower.endswith(("ы", "і"))
    cls = _final_class(stem)
    if suffix in ("на", "не", "н", "нда", "нде", "ндағы", "ндегі"):
        if not after_poss:  # the pronominal n follows only a 3rd-person possessive
            return False
    elif suffix in ("нан", "нен"):
        if not (after_poss or cls == "N"):
            return False
    elif case == "ins":
        return suffix[0] == {"V": "м", "R": "м", "L": "м", "N": "м", "Z": "б", "K": "п"}[cls]
    else:
        first = suffix[0]
        if first not in _ALLOWED_FIRST[cls]:
            return False
        if first == "н" and cls not in ("V", "N"):
            return False
        if first == "н" and case == "acc" and cls != "V":
            return False
        if first == "д" and case == "abl" and cls == "N":
            return False
    suffix_back = any(ch in "аы" for ch in suffix)
    if vowel in "иуюэ" or lower.endswith(("к", "г", "ь", "ев", "ов", "ёв")) or "ь" in lower[-2:]:
        return True
    return suffix_back == (vowel in BACK_VOWELS)


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[tuple[str, str], ...]:
    """Every (stem, case) reading of ``word``, the bare word first as ("nom")."""
    out: list[tuple[str, str]] = [(word, "nom")]
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if head and tail and any(tail.lower() == s for s, _ in _ALL):
            case = next(c for s, c in _ALL if s == tail.lower())
            out.append((head, case))
    lower = word.lower()
    for suffix, case in _ALL:
        if lower.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if stem.endswith("-"):
                continue
            if _agrees(stem, suffix, case):
                out.append((stem, case))
    return tuple(out)


def name_stem(word: str, cases: frozenset[str] = PERSON_CASES, attested: frozenset[str] = frozenset()) -> str:
    """The nominative of a name's last word: a stem attested in the document wins, then a suffix in ``cases``."""
    readings = stems(word)
    for stem, _case in readings[1:]:
        if stem in attested:
            return stem
    for stem, case in readings[1:]:
        if case in cases and not (case == "acc" and word.lower().endswith(_NAMES_FROM_VERBS)):
            return stem
    return word


# Kazakh names made from a past-tense verb (Сатыбалды, Амангелді, Жанберді): their -ды/-ді is part of the name,
# not an accusative ending (unless the bare stem occurs in the article, checked first).
_NAMES_FROM_VERBS = ("балды", "гелді", "келді", "берді", "болды", "қалды", "тұрды")


def word_case(word: str) -> str:
    """The case a word most plausibly carries ("nom" when none fits)."""
    readings = stems(word)
    return readings[1][1] if len(readings) > 1 else "nom"
