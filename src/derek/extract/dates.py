"""Dates in a sentence, resolved against the article date (docs/language.md §7.1–7.3).

"5 қыркүйекте" → YYYY-09-05, "2025 жылғы тамызда" → "2025-08", "кеше" → D−1, "бүгін" → D.
Background markers ("Бұдан бұрын", "Бұған дейін") make a sentence undated unless it states a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from derek.lang.kk import months

MONTH_NUMBERS: dict[str, int] = months.kazakh()
MONTHS = frozenset(MONTH_NUMBERS)
WEEKDAYS = frozenset({"дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"})
BACKGROUND = ("бұдан бұрын", "бұған дейін", "осыған дейін", "еске сала кетейік", "айта кетейік", "бұдан ертерек",
              "бұған дейін хабарланғандай", "өткен жылы", "былтыр")
_RELATIVE = {"бүгін": 0, "бүгінгі": 0, "кеше": -1, "кешегі": -1, "ертең": 1, "ертеңгі": 1, "бүрсігүні": 2}
_MONTH_RE = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_FULL = re.compile(rf"(?:(\d{{4}})\s+жылғы\s+)?(\d{{1,2}})\s+({_MONTH_RE})\w*", re.IGNORECASE)
_YEAR_MONTH = re.compile(rf"(\d{{4}})\s+жылғы\s+({_MONTH_RE})\w*", re.IGNORECASE)
_MONTH_ONLY = re.compile(rf"\b({_MONTH_RE})(?:да|де|та|те|ында|інде|ы|і)?\b(?:\s+айында)?", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{2})\.(\d{4})\b")
_YEAR = re.compile(r"\b(\d{4})\s+жыл(?:ы|ғы)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    m = _ISO.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def is_background(sentence: str) -> bool:
    low = sentence.lower()
    return any(low.lstrip(" —–-«").startswith(marker) or f", {marker}" in low for marker in BACKGROUND)


def explicit(sentence: str, article: date | None) -> str | None:
    """A date the sentence states outright ("2025-09-05", "2025-08"), or None."""
    m = _NUMERIC.search(sentence)
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    m = _FULL.search(sentence)
    if m:
        year = int(m.group(1)) if m.group(1) else (article.year if article else None)
        month = MONTH_NUMBERS[m.group(3).lower()]
        day = int(m.group(2))
        if year and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    m = _YEAR_MONTH.search(sentence)
    if m:
        return f"{int(m.group(1)):04d}-{MONTH_NUMBERS[m.group(2).lower()]:02d}"
    m = _MONTH_ONLY.search(sentence)
    if m and article is not None and m.group(0).lower() != "қазан":  # bare "қазан" is also a cauldron / Kazan
        month = MONTH_NUMBERS[m.group(1).lower()]
        year = article.year if month <= article.month else article.year - 1
        return f"{year:04d}-{month:02d}"
    return None


_WEEKDAY_NUMBER = {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "сенбі": 5, "жексенбі": 6}
_WEEKDAY = re.compile(r"\b(дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)(?:де|да|\s+күні)\b", re.IGNORECASE)


def relative(sentence: str, article: date | None) -> str | None:
    """A date given relative to the article date (кеше, бүгін, ертең; сәрсенбіде = the latest Wednesday)."""
    if article is None:
        return None
    for word in _WORD.findall(sentence.lower()):
        if word in _RELATIVE:
            return (article + timedelta(days=_RELATIVE[word])).isoformat()
    m = _WEEKDAY.search(sentence)
    if m:
        back = (article.weekday() - _WEEKDAY_NUMBER[m.group(1).lower()]) % 7
        return (article - timedelta(days=back)).isoformat()
    return None


def resolve(sentence: str, article: date | None) -> str | None:
    """The date of what a sentence reports: explicit, then relative, then the article date unless background."""
    found = explicit(sentence, article) or relative(sentence, article)
    if found:
        return found
    if is_background(sentence) or article is None:
        return None
    return article.isoformat()
