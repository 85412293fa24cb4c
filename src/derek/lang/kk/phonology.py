"""Kazakh sound classes: vowel harmony, the final-sound class that picks a suffix's written form, and voicing.

See docs/language.md (Vowel harmony; Final-sound classes)."""

from __future__ import annotations

BACK_VOWELS = frozenset("аоұыяё")
FRONT_VOWELS = frozenset("әеөүіэ")
VOWELS = frozenset("аоұыяёәеөүіэиую")
# Letters a case, possessive or plural suffix can have as its vowel (docs/language.md §2.12 rule 2).
SUFFIX_VOWELS = frozenset("аеыі")

# Final-sound classes of docs/language.md §2.2.
V, R, L, N, Z, K = "V", "R", "L", "N", "Z", "K"
_VOICELESS = frozenset("птқксшфхцчщһ")
_VOICED_LOAN = frozenset("бвгд")


def harmony(stem: str) -> str | None:
    """``back``, ``front`` or None (both possible) from the last vowel of ``stem`` (§2.1)."""
    s = stem.lower().rstrip("ьъ-'’")
    if not s:
        return None
    if s[-1] in "кг":
        return None  # loans in к/г go either way (Нью-Йоркте, Иракта)
    if stem.lower().endswith("ь"):
        return "front"
    for i in range(len(s) - 1, -1, -1):
        ch = s[i]
        if ch in BACK_VOWELS:
            return "back"
        if ch in FRONT_VOWELS:
            return "front"
        if ch == "и":
            return None if i == len(s) - 1 else "front"
        if ch == "у":
            if i > 0 and s[i - 1] in VOWELS:
                continue  # a glide after a vowel
            return None
        if ch == "ю":
            return None
    return None


def final_class(stem: str) -> str:
    """The final-sound class (V R L N Z K) of ``stem``."""
    s = stem.lower().rstrip("ьъ")
    if not s:
        return V
    ch = s[-1]
    if ch in "иуй" or ch == "р":
        return R
    if ch in VOWELS:
        return V
    if ch == "л":
        return L
    if ch in "мнң":
        return N
    if ch in "зж":
        return Z
    return K


def has_vowel(s: str) -> bool:
    return any(ch in VOWELS for ch in s.lower())


def is_voiced_loan_final(stem: str) -> bool:
    """Stems in б в г д take either voiced or voiceless suffix onsets in loans (Тоқаевтың, Мадридте)."""
    return bool(stem) and stem[-1].lower() in _VOICED_LOAN


def is_voiceless(ch: str) -> bool:
    return ch.lower() in _VOICELESS


# A stem's final voiceless stop voices before a vowel-initial suffix (кітап → кітабы, қыркүйек → қыркүйегі).
VOICED_BEFORE_VOWEL = {"п": "б", "к": "г", "қ": "ғ"}


def voiced_stem(stem: str) -> str:
    """``stem`` with its final п/к/қ voiced, as it is written before a vowel-initial suffix; else unchanged."""
    last = stem[-1:].lower()
    return stem[:-1] + VOICED_BEFORE_VOWEL[last] if last in VOICED_BEFORE_VOWEL else stem
