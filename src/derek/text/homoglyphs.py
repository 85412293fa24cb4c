"""Latin look-alike letters typed inside Cyrillic words (docs/language.md §1.2 item 1, §1.3 step 3).

A word (a run of letters) that has at least one Cyrillic letter and whose Latin letters are all
look-alikes gets them mapped to Cyrillic: ``бiрiншi`` → ``бірінші``, ``Үкiмeт`` → ``Үкімет``.
All-Latin words (Reuters, COVID, iPhone) and words with a real Latin part
glued to a Cyrillic suffix (``Reutersтің``) are left alone.
"""

from __future__ import annotations

import re

# Latin (and Latin-extended) look-alike → Cyrillic. Latin i is Kazakh і, never и.
_LOOKALIKES = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "h": "һ",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М", "O": "О",
    "P": "Р", "T": "Т", "X": "Х", "ə": "ә", "Ə": "Ә", "ɵ": "ө", "Ɵ": "Ө",
}  # fmt: skip
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKES)

# Cyrillic letters of other languages that fonts and keyboards put in place of Kazakh ones (§1.1).
_CYRILLIC_VARIANTS = {
    "Ҡ": "Қ", "ҡ": "қ", "Ҟ": "Қ", "ҟ": "қ", "Ӄ": "Қ", "ӄ": "қ", "Ӈ": "Ң", "ӈ": "ң", "Ӊ": "Ң", "ӊ": "ң",
    "Ҥ": "Ң", "ҥ": "ң", "Ѳ": "Ө", "ѳ": "ө",
}  # fmt: skip
_CYRILLIC_VARIANT = re.compile("[" + "".join(_CYRILLIC_VARIANTS) + "]")

_CYR = "а-яА-ЯёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ"
_LATIN_LETTER = "A-Za-zƏəƟɵ"
# A place where a Cyrillic and a Latin letter touch: the cheap test that a text needs the word pass.
_MIXED_EDGE = re.compile(f"[{_CYR}][{_LATIN_LETTER}]|[{_LATIN_LETTER}][{_CYR}]")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_IN_WORD = re.compile(f"[{_LATIN_LETTER}]")
_FRONT_VOWEL = re.compile("[әеіөүиЭэӘЕІӨҮИ]")
_BACK_VOWEL = re.compile("[аоұыАОҰЫ]")


def _fix_word(match: re.Match[str]) -> str:
    word = match.group()
    latin = _LATIN_IN_WORD.findall(word)
    if not latin or len(latin) == len(word):
        return word
    if any(ch not in _LOOKALIKES and ch != "Y" for ch in latin):
        return word  # a real Latin part (a brand glued to a suffix): leave it
    if "Y" in latin:
        # Capital Y is Ү in a front-vowel word and У in a back-vowel one.
        y = "У" if _BACK_VOWEL.search(word) and not _FRONT_VOWEL.search(word) else "Ү"
        word = word.replace("Y", y)
    return word.translate(_LOOKALIKE_TABLE)


# Roman numerals before "ғасыр"/"ғ." (century) typed with Cyrillic Х І С М (docs/language.md §7.2): ХХІ → XXI.
_ROMAN_TO_LATIN = str.maketrans({"Х": "X", "І": "I", "С": "C", "М": "M"})
_CENTURY_WORD = re.compile(r"\sғ(?:асыр|ғ?\.)")
_ROMAN_BEFORE_CENTURY = re.compile(
    r"(?<![^\W\d_])[IVXLCDMІХСМ]+(?![^\W\d_])(?=(?:\s?[-–—]\s?[IVXLCDMІХСМ]+)?\s+ғ(?:асыр|ғ?\.))"
    r"|(?<=[-–—])[IVXLCDMІХСМ]+(?=\s+ғ(?:асыр|ғ?\.))"
)


def fix_roman_centuries(text: str) -> str:
    """Write the Roman numeral of a century in Latin letters: ``ХХІ ғасыр`` → ``XXI ғасыр``."""
    if not _CENTURY_WORD.search(text):
        return text
    return _ROMAN_BEFORE_CENTURY.sub(lambda m: m.group().translate(_ROMAN_TO_LATIN), text)


def fix_homoglyphs(text: str) -> str:
    """Map Latin look-alikes to Cyrillic inside Cyrillic words, and foreign Cyrillic variants to Kazakh."""
    text = _CYRILLIC_VARIANT.sub(lambda m: _CYRILLIC_VARIANTS[m.group()], text)
    pieces: list[str] = []
    done = 0
    for edge in _MIXED_EDGE.finditer(text):
        if edge.start() < done:
            continue  # another edge of a word already fixed
        start = edge.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = _WORD.match(text, start)
        if word is None:  # pragma: no cover - the edge itself is two letters
            continue
        pieces.append(text[done:start])
        pieces.append(_fix_word(word))
        done = word.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
