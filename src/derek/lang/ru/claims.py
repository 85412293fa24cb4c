"""Russian numeric claims: 26 стран, 5,1 процента, 8,5%, 2,1 млрд долларов, более 60 сербских компаний.

The value is exact (decimal arithmetic for scale words); the unit is the nominative singular of the counted noun
(adjectives and participles before it are passed over). Not claims, as in Kazakh: dates (``24 декабря``), years
(``2024 года``, a bare four-digit year), ages and anniversaries (``25-летия``, ``80 лет``), ordinals (``80-й``),
ranges (``5–7``), times and scores (``10:00``, ``3:2``), and numbers inside a name (``«Хабар 24»``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from derek.doc import Claim, Span
from derek.lang import ru
from derek.lang.ru.dates import month
from derek.lang.ru.morphology import parses

_NUMBER = re.compile(r"(?<![\w.,:–—-])(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[,.]\d+)?)(?![\w:]|[,.]\d|[-–—]\d)")
_NEXT_WORD = re.compile(r"\s*([а-яёА-ЯЁ]+|%|\$|€|₸)")


def _lemma_noun(word: str) -> str | None:
    low = word.lower()
    currency = next((c for c in ru.mapping("currencies") if c.isalpha() and low.startswith(c)), None)
    if currency is not None:
        return currency
    for p in parses(word):
        if "NOUN" in p.tag:
            return str(p.normal_form)
    return None


def _adjectival(word: str) -> bool:
    found = parses(word)
    return bool(found) and any(t in found[0].tag for t in ("ADJF", "PRTF", "NUMR")) and "NOUN" not in found[0].tag


def _scale(word: str) -> int | None:
    low = word.lower().rstrip(".")
    for stem, power in ru.table("units", 2):
        if low.startswith(stem):
            return int(power)
    return None


def _excluded(text: str, start: int, end: int, following: str) -> bool:
    low = following.lower()
    if month(low) is not None:
        return True  # 24 декабря
    if any(low.startswith(w) for w in ru.words("not_units")):
        return True
    raw = text[start:end]
    if re.fullmatch(r"(?:1[89]|20)\d\d", raw):
        return True  # a year
    if re.match(r"-[а-яё]", text[end : end + 2]) or re.match(r"\s*[-–—]\s*\d", text[end : end + 4]):
        return True  # 80-й, 25-летия; 5–7
    opened = text.rfind("«", 0, start)
    if opened >= 0 and text.find("»", opened) > start and text[opened : start].count("»") == 0:
        words = text[opened + 1 : start].split()
        if len(words) <= 3:
            return True  # «Хабар 24»
    return False


def _currency(unit: str) -> str | None:
    return ru.mapping("currencies").get(unit)


def extract(text: str) -> list[Claim]:
    claims: list[Claim] = []
    for m in _NUMBER.finditer(text):
        raw = m.group("num")
        pos = m.end()
        nxt = _NEXT_WORD.match(text, pos)
        following = nxt.group(1) if nxt else ""
        if _excluded(text, m.start(), m.end(), following):
            continue
        exact = Decimal(raw.replace(" ", "").replace("\u00a0", "").replace(",", "."))
        if (nxt and following in {"%"}) or following.lower().startswith("процент"):
            end = nxt.end() if nxt else pos
            claims.append(Claim(float(exact), text[m.start() : end], Span(m.start(), end), "процент", "percent"))
            continue
        power = _scale(following) if nxt else None
        if power is not None and nxt is not None:
            exact = exact.scaleb(power)
            pos = nxt.end() + (1 if text[nxt.end() : nxt.end() + 1] == "." and len(following) <= 4 else 0)
            nxt = _NEXT_WORD.match(text, pos)
            following = nxt.group(1) if nxt else ""
        unit: str | None = None
        for _ in range(4):
            if nxt is None:
                break
            word = nxt.group(1)
            if word in {"$", "€", "₸"}:
                unit, pos = word, nxt.end()
                break
            if _adjectival(word):
                pos = nxt.end()
                nxt = _NEXT_WORD.match(text, pos)
                continue
            unit = _lemma_noun(word)
            if unit is not None:
                pos = nxt.end()
            break
        if unit is None and power is None:
            continue
        currency = _currency(unit or "")
        claims.append(Claim(float(exact), text[m.start() : pos], Span(m.start(), pos), unit,
                            "money" if currency else "count", currency))
    return claims
