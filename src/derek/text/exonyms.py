"""English names of places and organisations, keyed by the lowercase Kazakh name (general knowledge).

Countries come from the language layer's one table (:mod:`derek.lang.kk.countries`); cities, regions,
international organisations and state bodies come from ``lang/kk/data/exonyms.tsv``, and the heads of place
names (облысы → Region) from ``lang/kk/data/place_heads.tsv``. :func:`derek.text.translit.romanize` uses
them before falling back to letter-by-letter romanisation; search uses :func:`kazakh_spellings` to turn an
English query (Paris, United Nations) into the Kazakh names an article prints.
"""

from __future__ import annotations

from functools import cache

from derek.lang import kk
from derek.lang.kk.countries import countries


def _country_names() -> dict[str, str]:
    return {c.name.lower(): c.english for c in countries()}


COUNTRY_NAMES: dict[str, str] = _country_names()


def _places_and_bodies() -> dict[str, str]:
    return {kazakh.lower(): english for kazakh, _russian, english, _kind in kk.table("exonyms", 4) if kazakh}


ENGLISH_NAMES: dict[str, str] = {**COUNTRY_NAMES, **_places_and_bodies()}
PLACE_HEADS: tuple[tuple[str, str], ...] = tuple(
    sorted(((head.lower(), pattern) for head, pattern in kk.table("place_heads", 2)), key=lambda h: -len(h[0]))
)


def english_name(name: str) -> str | None:
    """The English name of a known place or organisation (Париж → Paris), or None."""
    return ENGLISH_NAMES.get(" ".join(name.lower().split()))


def split_place_head(name: str) -> tuple[str, str] | None:
    """``(name without its head, English pattern)`` for names like "Маңғыстау облысы" (→ "{} Region")."""
    low = " ".join(name.lower().split())
    for head, pattern in PLACE_HEADS:
        if low.endswith(" " + head) and len(low) > len(head) + 1:
            return " ".join(name.split())[: -len(head) - 1], pattern
    return None


def _country_spellings() -> dict[str, list[str]]:
    """Every English name of a country (the newsroom's, ISO's, ISO's common name, the alpha-3 code such as USA)
    → every Kazakh form of it (АҚШ, Америка Құрама Штаттары) and its Russian name."""
    import pycountry

    forms: dict[str, list[str]] = {}
    english: dict[str, set[str]] = {}
    for c in countries():
        forms.setdefault(c.iso2, []).append(c.name.lower())
        if c.russian:
            forms[c.iso2].append(c.russian.lower())
        names = english.setdefault(c.iso2, set())
        names.add(c.english.lower())
        record = pycountry.countries.get(alpha_2=c.iso2)
        for attr in ("name", "common_name", "alpha_3"):
            value = getattr(record, attr, None) if record is not None else None
            if value:
                names.add(str(value).lower())
    return {e: forms[iso] for iso, names in english.items() for e in names}


@cache
def _spellings() -> dict[str, tuple[str, ...]]:
    by_english: dict[str, list[str]] = {}
    for kazakh, english in ENGLISH_NAMES.items():
        by_english.setdefault(english.lower(), []).append(kazakh)
    for _kazakh, russian, english, _kind in kk.table("exonyms", 4):
        if russian:
            by_english.setdefault(english.lower(), []).append(russian.lower())
    for english, names in _country_spellings().items():
        by_english.setdefault(english, []).extend(names)
    for alias, english in kk.table("english_aliases", 2):  # Turkey → Türkiye, UN → United Nations
        by_english.setdefault(alias.lower(), []).extend(by_english.get(english.lower(), ()))
    return {english: tuple(dict.fromkeys(names)) for english, names in by_english.items() if names}


@cache
def _abbreviations() -> frozenset[str]:
    """Aliases written in capitals (US, WHO, UN): lowercase they are common English words."""
    return frozenset(alias.lower() for alias, _ in kk.table("english_aliases", 2) if alias.isupper())


def kazakh_spellings(english: str) -> tuple[str, ...]:
    """Every Kazakh (and Russian) spelling of a known English place or organisation name, lowercase.

    An abbreviation among the aliases counts only as written, in capitals: "WHO" is the World Health
    Organization, "who" is a word."""
    key = " ".join(english.lower().split())
    if key in _abbreviations() and not english.isupper():
        return ()
    return _spellings().get(key, ())


LONGEST_ENGLISH_NAME = 6  # words; the longest English name in the tables
