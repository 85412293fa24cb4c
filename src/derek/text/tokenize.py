"""Kazakh news tokenizer: one compiled regex, exact character offsets (docs/language.md §9).

Conventions:
* Hyphenated words stay whole (премьер-министр, сондай-ақ, Нью-Йорк), and so do an abbreviation, a number
  or a Latin name with a hyphenated suffix (АҚШ-тың, 2025-ке, 5-інде, COVID-19-ға, %-ке).
* Digit ranges are split into three tokens, the dash being the middle one: ``2024-2025`` → 2024 · - · 2025,
  ``5–7`` → 5 · – · 7. Claims then see two numbers, and no range token has to be parsed again.
* Numbers stay whole: 51,3 · 1 250 000 · 10:00 · 05.09.2025 · №5. The percent sign is its own token.
* Dotted abbreviations (т.б., ж., млн., проф.) and initials (Қ., Қ.-Ж.) are single tokens that keep their dots.
* Quotes, dashes and other punctuation are single tokens; URLs and e-mail addresses are whole.
"""

from __future__ import annotations

import re

from derek.doc import Token
from derek.text.abbreviations import ALL_DOTTED, capitalised_variants

_L = r"[^\W\d_]"  # a letter of any script
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_SUFFIX = rf"(?:-{_L}+)?"  # a hyphenated case/possessive suffix after a number or a sign
_APOSTROPHE = "['’ʼ]"

_abbreviations = sorted(capitalised_variants(ALL_DOTTED), key=len, reverse=True)

_PATTERNS = (
    # Fast path for the common case: a word that starts with a letter and is followed by nothing that could make
    # it part of an abbreviation, initial, domain, e-mail, URL or suffixed form. Everything else falls through.
    rf"{_L}[^\W_]*(?:-[^\W_]+)*(?![\w.@:'’ʼ-])",
    r"(?:https?://|www\.)[^\s«»\"“”„<>]*[^\s«»\"“”„<>.,;:!?)\]]",  # URL
    r"\w[\w.+-]{0,63}@[\w-]+(?:\.[\w-]+)+",  # e-mail
    rf"[A-Za-z0-9][\w-]*\.(?i:kz|ru|com|org|net|gov|edu|info|io|uk|de|fr|cn|uz|kg)\b{_SUFFIX}",  # domain (BAQ.KZ too)
    "(?:" + "|".join(re.escape(a) for a in _abbreviations) + ")",  # dotted abbreviation
    rf"[{_UPPER}](?:\.-|-)[{_UPPER}]\.|[{_UPPER}]\.(?!\d)",  # initials: Қ.-Ж. Қ-Ж. Қ.
    rf"\d+(?:,\d+)?°[CСF]?{_SUFFIX}",  # temperature 32,5°С, 2°С-тан
    rf"№?\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}(?!\d){_SUFFIX}",  # date 05.09.2025
    rf"\d{{1,2}}:\d{{2}}(?!\d){_SUFFIX}",  # time 10:00-де
    rf"№?\d{{1,3}}(?: \d{{3}})+(?!\d)(?:,\d+)?{_SUFFIX}",  # thousands 1 250 000
    rf"№?\d+(?:[.,]\d+)*{_SUFFIX}(?!{_L})",  # integer or decimal, maybe with a suffix: 51,3 2025-ке
    rf"%{_SUFFIX}",  # percent, maybe with a suffix: %-ке
    rf"[^\W_]+(?:{_APOSTROPHE}{_L}+)?(?:-[^\W_]+(?:{_APOSTROPHE}{_L}+)?)*",  # word, hyphen chain
    r"[.!?…]{2,}|-{2,}",  # ellipsis, ?!, ?.., --
    r"\S",  # anything else: one character
)
_TOKEN = re.compile("(?=\\S)(?:" + "|".join(_PATTERNS) + ")")


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` with their offsets; ``space_after`` is True before whitespace."""
    tokens = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        tokens.append(Token(start, end, m.group(), space_after=text[end : end + 1].isspace()))
    return tokens
