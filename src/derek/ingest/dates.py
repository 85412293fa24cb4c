"""Publication dates in the forms sources write them → ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime
from functools import cache

from derek.lang.kk import months

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_YMD = re.compile(r"^\s*(\d{4})[./](\d{1,2})[./](\d{1,2})\b")
_DMY = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})\s+(\w+?)\.?,?\s+(\d{4})\b")
_YEAR_DAY_MONTH = re.compile(r"^\s*(\d{4})\s*(?:жылғы|жылы|ж\.)?\s+(\d{1,2})\s+(\w+)")
_MONTH_DAY_YEAR = re.compile(r"^\s*([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")


def month_number(word: str) -> int | None:
    """1–12 for a month name in Kazakh, Russian or English (any case ending), else None."""
    low = word.lower()
    for stem, number in _month_stems_longest_first():
        if low.startswith(stem):
            return number
    return None


@cache
def _month_stems_longest_first() -> tuple[tuple[str, int], ...]:
    return tuple(sorted(months.stems().items(), key=lambda item: len(item[0]), reverse=True))


def iso_date(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` for a real calendar date, else None."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_date(value: object) -> str | None:
    """An ISO date for a date string (ISO, dotted, Kazakh/Russian/English words, RFC 822), else None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()  # isoformat pads the year (0500); strftime("%Y") does not
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    for pattern in (_ISO, _YMD):
        if m := pattern.match(text):
            return iso_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(text):
        return iso_date(int(m[3]), int(m[2]), int(m[1]))
    if (m := _DAY_MONTH_YEAR.match(text)) and (month := month_number(m[2])):
        return iso_date(int(m[3]), month, int(m[1]))
    if (m := _YEAR_DAY_MONTH.match(text)) and (month := month_number(m[3])):
        return iso_date(int(m[1]), month, int(m[2]))
    if (m := _MONTH_DAY_YEAR.match(text)) and (month := month_number(m[1])):
        return iso_date(int(m[3]), month, int(m[2]))
    return _rfc822(text)


def _rfc822(text: str) -> str | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat()
