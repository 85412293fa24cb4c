"""A fast suffix-stripping stemmer for NER features: ``Астанадағы`` → (``Астана``, ``дағы``).

It strips one chain ``[plural][possessive][case][-ғы]`` of Kazakh nominal endings (docs/language.md §2.3-2.5),
the longest that leaves a stem of at least three letters with a vowel in it. It is a heuristic for features:
it never looks words up, so it over- and under-strips sometimes, but it does so consistently.
"""

from __future__ import annotations

from functools import lru_cache

_PLURAL = ("", "лар", "лер", "дар", "дер", "тар", "тер")
_POSS3 = ("ы", "і", "сы", "сі")
_POSS_OTHER = ("ым", "ім", "м", "ың", "ің", "ң", "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз")
_CASE_PLAIN = (
    "ның", "нің", "дың", "дің", "тың", "тің",  # genitive
    "ға", "ге", "қа", "ке",  # dative
    "ны", "ні", "ды", "ді", "ты", "ті",  # accusative
    "да", "де", "та", "те",  # locative
    "дан", "ден", "тан", "тен", "нан", "нен",  # ablative
    "мен", "бен", "пен",  # instrumental
    "дағы", "дегі", "тағы", "тегі",  # locative-attributive
)
_CASE_AFTER_POSS3 = ("ның", "нің", "на", "не", "н", "нда", "нде", "нан", "нен", "мен", "ндағы", "ндегі")
_CASE_AFTER_POSS12 = ("ның", "нің", "а", "е", "ды", "ді", "ны", "ні", "да", "де", "дан", "ден", "нан", "нен", "мен",
                      "ға", "ге")
_VOWELS = frozenset("аәеиоөұүыіэюяуё")


def _chains(poss_other: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for pl in _PLURAL:
        out.add(pl)
        out.update(pl + c for c in _CASE_PLAIN)
        for p in _POSS3:
            if pl and p.startswith("с"):
                continue  # after the plural the 3rd-person possessive is -ы/-і
            out.add(pl + p)
            out.update(pl + p + c for c in _CASE_AFTER_POSS3)
        for p in poss_other:
            out.add(pl + p)
            out.update(pl + p + c for c in _CASE_AFTER_POSS12)
    out.discard("")
    return frozenset(out)


_CHAINS = _chains(_POSS_OTHER)
# Names rarely take 1st/2nd-person possessives (only "our": Президентіміз), and allowing them turns
# Әсемнің into Әсе+м+нің; so capitalised words get the smaller set.
_CHAINS_PROPER = _chains(("ымыз", "іміз", "мыз", "міз"))
_MAX_CHAIN = max(len(c) for c in _CHAINS)


def _has_vowel(s: str) -> bool:
    return any(ch in _VOWELS for ch in s)


@lru_cache(maxsize=200_000)
def split_suffix(word: str) -> tuple[str, str]:
    """``(stem, ending)`` with ``stem + ending == word``; ``ending`` is ``""`` when nothing is stripped."""
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if head and tail.lower() in _CHAINS:  # АҚШ-тың, 2025-жылғы: the ending follows the hyphen
            return head, "-" + tail
    low = word.lower()
    if low.endswith(("ұлы", "қызы")):  # patronymics are never stripped (docs/language.md §2.5)
        return word, ""
    chains = _CHAINS_PROPER if word[:1].isupper() else _CHAINS
    for n in range(min(_MAX_CHAIN, len(low) - 3), 0, -1):
        ending = low[-n:]
        if ending in chains and _has_vowel(low[:-n]):
            return word[:-n], word[-n:]
    return word, ""

