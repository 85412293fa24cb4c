"""Countries by their Kazakh names, with English and Russian names and capitals.

The Kazakh name forms, ISO codes and capitals are ours (``data/countries.tsv``); English and Russian names come from
``pycountry`` (ISO 3166, with its translations), except where the table gives the English a newsroom uses.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache

import pycountry

from derek.errors import LanguageDataError
from derek.lang.kk import data_file, table


@dataclass(frozen=True)
class Country:
    """One Kazakh name form of a country; ``name`` is that form, nominative, as written."""

    name: str
    iso2: str
    capital: str | None
    english: str
    russian: str | None


def _iso_record(iso2: str) -> object | None:
    return pycountry.countries.get(alpha_2=iso2) or pycountry.historic_countries.get(alpha_2=iso2)


@cache
def _russian() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)


@cache
def countries() -> tuple[Country, ...]:
    """Every row of ``data/countries.tsv``, with its English and Russian names filled in."""
    out: list[Country] = []
    for name, iso2, capital, english in table("countries", 4):
        record = _iso_record(iso2)
        iso_name = getattr(record, "name", None) if record is not None else None
        iso_english = getattr(record, "common_name", None) or iso_name
        if not (english or iso_english):
            raise LanguageDataError(str(data_file("countries")), f"{name}: no English name for code {iso2!r}")
        russian = _russian().gettext(iso_name) if iso_name else None
        out.append(Country(name, iso2, capital or None, english or str(iso_english), russian))
    return tuple(out)


@cache
def by_name() -> dict[str, Country]:
    """Lowercase Kazakh name form → its country."""
    return {c.name.lower(): c for c in countries()}


@cache
def name_words() -> frozenset[str]:
    """The lowercase words that name a country alone: single-word names and the distinctive words of longer ones."""
    generic = words_that_do_not_name_a_country()
    return frozenset(w for c in countries() for w in c.name.lower().split() if w not in generic)


@cache
def capital_words() -> frozenset[str]:
    """The lowercase words of every capital in the table (``Нью-Дели`` → ``нью-дели``)."""
    return frozenset(w for c in countries() if c.capital for w in c.capital.lower().split())


@cache
def canonical(iso2: str) -> str:
    """The first Kazakh name the table gives for ``iso2`` (its full or usual name)."""
    for c in countries():
        if c.iso2 == iso2:
            return c.name
    raise KeyError(iso2)


@cache
def words_that_do_not_name_a_country() -> frozenset[str]:
    from derek.lang.kk import words

    return words("country_name_generic_words")
