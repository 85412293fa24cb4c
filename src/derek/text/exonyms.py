"""English names of countries, capitals and big cities, keyed by the lowercase Kazakh name (general knowledge).

Countries come from the language layer (one table for every stage); the cities are listed here.

:func:`derek.text.translit.romanize` uses them before falling back to letter-by-letter romanisation.
"""

from __future__ import annotations

from derek.lang.kk.countries import countries

_CITIES: dict[str, str] = {
    # capitals and big cities (countries come from derek.lang.kk.countries)
    "астана": "Astana", "алматы": "Almaty", "шымкент": "Shymkent", "қарағанды": "Karaganda",
    "қызылорда": "Kyzylorda", "өскемен": "Oskemen", "ақтөбе": "Aktobe", "атырау": "Atyrau",
    "мәскеу": "Moscow", "бейжің": "Beijing", "пекин": "Beijing", "вашингтон": "Washington",
    "лондон": "London", "париж": "Paris", "берлин": "Berlin", "рим": "Rome", "мадрид": "Madrid",
    "ташкент": "Tashkent", "бішкек": "Bishkek", "душанбе": "Dushanbe", "ашхабад": "Ashgabat",
    "баку": "Baku", "тбилиси": "Tbilisi", "ереван": "Yerevan", "минск": "Minsk", "киев": "Kyiv",
    "варшава": "Warsaw", "прага": "Prague", "вена": "Vienna", "брюссель": "Brussels",
    "женева": "Geneva", "анкара": "Ankara", "ыстамбұл": "Istanbul", "стамбул": "Istanbul",
    "токио": "Tokyo", "сеул": "Seoul", "нью-дели": "New Delhi", "тегеран": "Tehran", "каир": "Cairo",
    "нью-йорк": "New York", "әбу-даби": "Abu Dhabi", "эр-рияд": "Riyadh", "дубай": "Dubai",
    "ұлан-батор": "Ulaanbaatar", "санкт-петербург": "Saint Petersburg", "хельсинки": "Helsinki",
    "стокгольм": "Stockholm", "осло": "Oslo", "копенгаген": "Copenhagen", "амстердам": "Amsterdam",
}  # fmt: skip


def _english_names() -> dict[str, str]:
    names = {c.name.lower(): c.english for c in countries()}
    names.update(_CITIES)
    return names


ENGLISH_NAMES: dict[str, str] = _english_names()
