"""Who held a top office on a given day: the dated table ``office_holders.tsv`` (with ``speaker_offices.tsv``
saying which title names which office), for a speaker named only by a title ("— деді Мемлекет басшысы") in an
article that never pairs that title with a name."""

from __future__ import annotations

from datetime import date
from functools import cache

from derek.extract import gazetteer
from derek.lang import kk


def country_key(name: str | None) -> str | None:
    """One key for every name of a country (Ресей Федерациясы, Ресей → Russia; қырғыз → Kyrgyzstan)."""
    if not name:
        return None
    if name in gazetteer.COUNTRY_EN:
        return gazetteer.COUNTRY_EN[name]
    via_demonym = gazetteer.DEMONYMS.get(name.lower())
    if via_demonym:
        return gazetteer.COUNTRY_EN.get(via_demonym, via_demonym)
    canonical = gazetteer.country(name)
    return gazetteer.COUNTRY_EN.get(canonical, canonical) if canonical else name


@cache
def _holders() -> tuple[tuple[str, str | None, str, date, date | None], ...]:
    rows = []
    for office, country, holder, start, end, _source in kk.table("office_holders", 6):
        rows.append((office, country_key(country), holder, date.fromisoformat(start),
                     date.fromisoformat(end) if end else None))
    return tuple(rows)


def office_of(head: str, owner: str | None) -> tuple[str, str | None] | None:
    """(office key, country key) a title names ("президент" + "Ресей" → president of Russia), else None."""
    for row_head, row_owner, office, country in kk.table("speaker_offices", 4):
        if row_head != head:
            continue
        if row_owner == "*" and owner is not None and country_key(owner) in _countries():
            return office, country_key(owner) if country == "*" else country_key(country)
        if row_owner != "*" and (row_owner or None) == owner:
            return office, country_key(country)
    return None


@cache
def _countries() -> frozenset[str | None]:
    return frozenset(row[1] for row in _holders())


def holder(office: str, country: str | None, day: date | None) -> str | None:
    """The holder of ``office`` of ``country`` on ``day``; with no day, only an office held by one person in the
    whole table has an answer."""
    found = [h for o, c, h, start, end in _holders() if o == office and c == country
             and (day is None or (start <= day and (end is None or day <= end)))]
    names = set(found)
    return found[0] if len(names) == 1 else None


def holds_elsewhere(name: str, office: str, country: str | None) -> bool:
    """Whether the table gives ``name`` (its surname) ``office`` of a country other than ``country`` at some time
    (Назарбаев is Kazakhstan's president, so "Қырғыз басшысы Назарбаевты" is not his title)."""
    surname = name.split()[-1] if name.split() else ""
    return any(o == office and c != country and h.split()[-1] == surname for o, c, h, _, _ in _holders())


def holder_among(office: str, country: str | None, day: date | None, surnames: set[str]) -> str | None:
    """The holder on ``day`` (:func:`holder`); for an undated article, or an office with no holder known that day,
    the one holder of the office at any time whose surname the article names, if only one is."""
    found = holder(office, country, day)
    if found is not None:
        return found
    named = {h for o, c, h, _, _ in _holders() if o == office and c == country and h.split()[-1] in surnames}
    return next(iter(named)) if len(named) == 1 else None
