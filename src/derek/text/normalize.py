"""The one normalisation every offset depends on (docs/language.md §1.3).

Order: repair the encoding (mojibake, KZ-1048), NFC, delete soft hyphens and zero-width characters,
unify spaces and line breaks, map Latin look-alikes inside Cyrillic words, and write century numerals
(ХХІ ғасыр) in Latin letters. The result is
idempotent: ``normalize_text(normalize_text(t)) == normalize_text(t)``.
"""

from __future__ import annotations

import re
import unicodedata

from derek.text.encoding_repair import repair_encoding
from derek.text.homoglyphs import fix_homoglyphs, fix_roman_centuries

# Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM, and the C0/C1 controls except \t \n \r.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]")
# Every space-like character that is not a line break: NBSP, narrow NBSP, figure/thin/en/em spaces, tab.
_ODD_SPACE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029\u0085]")
_SPACE_RUN = re.compile(" {2,}")
_SPACE_AROUND_NEWLINE = re.compile(" *\n *")
_BLANK_LINES = re.compile("\n{3,}")


def normalize_text(text: str) -> str:
    """The normalised form of ``text``: the string every Document offset indexes."""
    text = repair_encoding(text)
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAK.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _SPACE_RUN.sub(" ", text)
    text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    text = fix_homoglyphs(text)
    text = fix_roman_centuries(text)
    return text.strip()
