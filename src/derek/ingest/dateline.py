"""The dateline that opens a news body: ``АСТАНА. KAZINFORM — …``, ``АСТАНА. 5 қыркүйек. ҚазАқпарат – …``.

:func:`split_dateline` removes it and returns the place (in normal case), the agency (under its
usual name) and the day and month when the dateline gives them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from derek.ingest.dates import iso_date, month_number

# Agencies and outlets of Kazakhstan and the region, keyed by a lowercase spelling.
_PUBLISHERS: dict[str, str] = {
    "kazinform": "Kazinform", "казинформ": "Kazinform", "қазақпарат": "Kazinform", "казахпарат": "Kazinform",
    "inform.kz": "Kazinform", "ҚазАқпарат".lower(): "Kazinform",
    "egemen": "Egemen Qazaqstan", "egemen.kz": "Egemen Qazaqstan", "егемен": "Egemen Qazaqstan",
    "егемен қазақстан": "Egemen Qazaqstan", "egemen qazaqstan": "Egemen Qazaqstan",
    "tengrinews": "Tengrinews", "tengrinews.kz": "Tengrinews",
    "azattyq": "Azattyq", "азаттық": "Azattyq", "azattyq.org": "Azattyq",
    "akorda": "Akorda", "akorda.kz": "Akorda", "ақорда": "Akorda",
    "khabar": "Khabar", "хабар": "Khabar", "khabar 24": "Khabar 24", "хабар 24": "Khabar 24", "24.kz": "Khabar 24",
    "kaztag": "KazTAG", "казтаг": "KazTAG", "қазтаг": "KazTAG",
    "interfax-kazakhstan": "Interfax-Kazakhstan", "интерфакс-казахстан": "Interfax-Kazakhstan",
    "sputnik": "Sputnik Kazakhstan", "sputnik қазақстан": "Sputnik Kazakhstan",
    "zakon.kz": "Zakon.kz", "baq.kz": "Baq.kz", "abai.kz": "Abai.kz", "ult.kz": "Ult.kz", "qamshy.kz": "Qamshy.kz",
    "astana times": "The Astana Times", "the astana times": "The Astana Times",
    "jibek joly": "Jibek Joly", "jibekjoly.kz": "Jibek Joly", "aikyn": "Aikyn", "айқын": "Aikyn",
    "turkystan": "Turkystan", "түркістан": "Turkystan", "orda.kz": "Orda.kz", "informburo": "Informburo",
    "ria novosti": "RIA Novosti", "риа новости": "RIA Novosti", "тасс": "TASS", "tass": "TASS",
    "reuters": "Reuters", "рейтер": "Reuters", "ap": "AP", "afp": "AFP", "bbc": "BBC", "anadolu": "Anadolu",
    "xinhua": "Xinhua", "синьхуа": "Xinhua", "uza": "UzA", "kabar": "Kabar", "кабар": "Kabar",
}  # fmt: skip

_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІA-Z"
_LOWER = "а-яёәғқңөұүһіa-z"
_DASH = "—–‒―−-"
_DATELINE = re.compile(
    rf"""^\s*
    (?P<place>[{_UPPER}][{_UPPER}{_LOWER}]*(?:[ -][{_UPPER}][{_UPPER}{_LOWER}]*){{0,3}})
    \s*[.,]\s*
    (?:(?P<day>\d{{1,2}})\s+(?P<month>[{_LOWER}{_UPPER}]+)(?:\s+(?P<year>\d{{4}})(?:\s*ж\.?)?)?\s*[.,]\s*)?
    (?P<agency>[{_UPPER}{_LOWER}0-9][\w.&-]*(?:\ [\w.&-]+){{0,2}})
    \s*[{_DASH}]\s*""",
    re.VERBOSE,
)


@dataclass
class Dateline:
    """What a dateline says: ``place`` (e.g. ``Астана``), ``publisher``, and a date when it gives a year."""

    place: str
    publisher: str
    date: str | None = None
    day: int | None = None
    month: int | None = None


def canonical_publisher(name: str) -> str:
    """The usual name of a news agency (``ҚазАқпарат``, ``KAZINFORM`` → ``Kazinform``); others as written."""
    key = " ".join(name.split()).strip(" .").lower()
    return _PUBLISHERS.get(key, name.strip())


def known_publisher(name: str) -> bool:
    return " ".join(name.split()).strip(" .").lower() in _PUBLISHERS


def _looks_like_agency(name: str) -> bool:
    """An unknown agency: a Latin-script name (``Vlast.kz``, ``Orda News``) or one capitalised Cyrillic word."""
    words = name.split(" ")
    if all(word[:1].isupper() for word in words) and all(_latin_or_sign(c) for c in name):
        return True
    return " " not in name and name.isupper() and len(name) > 2


def _latin_or_sign(char: str) -> bool:
    """A Latin letter (with the diacritics of Kazakh Latin), a digit, or ``. & - `` and space."""
    return char in ".&- " or char.isdigit() or (char.isalpha() and ord(char) < 0x250)


def place_name(written: str) -> str:
    """``АСТАНА`` → ``Астана``, ``НҰР-СҰЛТАН`` → ``Нұр-Сұлтан``; mixed-case places stay as written."""
    return written.title() if written.isupper() else written


def split_dateline(body: str) -> tuple[Dateline | None, str]:
    """``(dateline, rest of body)``, or ``(None, body)`` when the body opens with no dateline.

    The place must be written in capitals, unless the agency is a known one; the agency is at most
    three words and must be followed by a dash.
    """
    m = _DATELINE.match(body)
    if not m:
        return None, body
    place, agency = m["place"], m["agency"]
    if not (place.isupper() and len(place) > 1) and not known_publisher(agency):
        return None, body
    if m["month"] and month_number(m["month"]) is None:
        return None, body
    if not (known_publisher(agency) or _looks_like_agency(agency)):
        return None, body
    line = Dateline(place=place_name(place), publisher=canonical_publisher(agency))
    if m["day"] and m["month"]:
        line.day, line.month = int(m["day"]), month_number(m["month"])
        if m["year"] and line.month:
            line.date = iso_date(int(m["year"]), line.month, line.day)
    return line, body[m.end() :]
