"""Undo two common encoding accidents in Kazakh text (docs/language.md §1.2, items 4 and 5).

* UTF-8 bytes shown as CP1251 ("mojibake"): ``Т›`` → қ, ``У™`` → ә, ``РђСЃС‚Р°РЅР°`` → Астана.
* KZ-1048 bytes shown as CP1251: the Kazakh letters come out as Ј є ќ ѕ ґ ў ї ћ.

Each repair runs only when the text clearly shows the accident, so correct text is never touched.
"""

from __future__ import annotations

import re


def _cp1251_chars(first: int, last: int) -> str:
    """The characters CP1251 gives to the bytes ``first..last`` (undefined bytes are skipped)."""
    return "".join(bytes([b]).decode("cp1251", errors="ignore") for b in range(first, last + 1))


def _class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


_CONT = _class(_cp1251_chars(0x80, 0xBF))  # UTF-8 continuation bytes as CP1251 shows them
_LEAD2 = _class(_cp1251_chars(0xC2, 0xDF))  # lead bytes of two-byte sequences (Cyrillic: Р С Т У)
_LEAD3 = _class(_cp1251_chars(0xE0, 0xEF))  # lead bytes of three-byte sequences (dashes, quotes: в)
_MOJIBAKE_RUN = re.compile(f"(?:{_LEAD2}{_CONT}|{_LEAD3}{_CONT}{_CONT})+")
_MIN_MOJIBAKE_WORDS = 2
# а е т қ і as UTF-8 shown as CP1251: one of them is in any mojibake Kazakh text longer than a word or two.
_MOJIBAKE_SIGNS = ("Р°", "Рµ", "С‚", "Т›", "С–")

# KZ-1048 read as CP1251: wrong letter → right letter.
_KZ1048_WRONG = "ЈјЄєЌќЋћЅѕҐґЎўЇї"
_KZ1048_RIGHT = "ӘәҒғҚқҺһҢңӨөҰұҮү"
_KZ1048_TABLE = str.maketrans(_KZ1048_WRONG, _KZ1048_RIGHT)
_KAZAKH_LETTER = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһ]")
_CYRILLIC_WORD_WITH_KZ1048 = re.compile(f"[а-яА-ЯёЁіІ{_KZ1048_WRONG}]*[{_KZ1048_WRONG}][а-яА-ЯёЁіІ{_KZ1048_WRONG}]*")
_MIN_KZ1048_WORDS = 2


# What a repaired run may contain: Kazakh and Russian letters and the punctuation UTF-8 text carries.
_PLAUSIBLE = re.compile("[а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ\u00a0-\u00bf\u2010-\u2026№€™]+")
_CYRILLIC_LETTER = re.compile("[а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _decoded(run: str) -> str | None:
    """The UTF-8 reading of a CP1251-shown run, or None when it is not plausible Kazakh text."""
    try:
        out = run.encode("cp1251").decode("utf-8")
    except UnicodeError:
        return None
    return out if _PLAUSIBLE.fullmatch(out) else None


def _decode_run(match: re.Match[str]) -> str:
    out = _decoded(match.group())
    return match.group() if out is None else out


def repair_mojibake(text: str) -> str:
    """Decode runs of UTF-8-shown-as-CP1251 when at least two words are made of them."""
    if not any(sign in text for sign in _MOJIBAKE_SIGNS):
        return text
    words = 0
    for run in _MOJIBAKE_RUN.finditer(text):
        out = _decoded(run.group())
        if out is not None and len(_CYRILLIC_LETTER.findall(out)) >= 2:
            words += 1
            if words >= _MIN_MOJIBAKE_WORDS:
                return _MOJIBAKE_RUN.sub(_decode_run, text)
    return text


def repair_kz1048(text: str) -> str:
    """Map KZ-1048-shown-as-CP1251 letters back when the text has them and no real Kazakh letters."""
    if not any(c in text for c in _KZ1048_WRONG) or _KAZAKH_LETTER.search(text):
        return text
    words = sum(1 for w in _CYRILLIC_WORD_WITH_KZ1048.finditer(text) if len(w.group()) > 1)
    if words < _MIN_KZ1048_WORDS:
        return text
    return text.translate(_KZ1048_TABLE)


def repair_encoding(text: str) -> str:
    """Both repairs, mojibake first (its output may still be KZ-1048-damaged)."""
    return repair_kz1048(repair_mojibake(text))
