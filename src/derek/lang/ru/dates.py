"""Russian dates in a sentence (``24 декабря``, ``15 марта 2024 года``, ``сегодня``), resolved to ISO strings."""

from __future__ import annotations

import re
from datetime import date, timedelta

from derek.lang import ru

_FULL = re.compile(r"\b(\d{1,2})\s+([а-яё]+)(?:\s+(\d{4})\s*(?:года|г\.))?", re.IGNORECASE)
_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


def month(word: str) -> int | None:
    """The month a genitive month name names (декабря → 12), or None."""
    low = word.lower()
    for stem, number in ru.table("months", 2):
        if low.startswith(stem) and (stem != "ма" or low in {"мая", "май", "мае"}) and len(low) <= len(stem) + 3:
            return int(number)
    return None


def in_sentence(sentence: str, article: date | None) -> str | None:
    """The date a sentence states or implies (relative day words against the article date), or None."""
    for m in _FULL.finditer(sentence):
        number = month(m.group(2))
        if number is None:
            continue
        year = int(m.group(3)) if m.group(3) else (article.year if article else None)
        if year is None:
            return None
        try:
            return date(year, number, int(m.group(1))).isoformat()
        except ValueError:
            continue
    if article is not None:
        shifts = ru.mapping("relative_days")
        for w in _WORD.findall(sentence):
            if w.lower() in shifts:
                return (article + timedelta(days=int(shifts[w.lower()]))).isoformat()
    return None


def is_background(sentence: str) -> bool:
    low = sentence.lower().lstrip(" —–-«\"")
    return any(low.startswith(marker) for marker in ru.words("background"))
