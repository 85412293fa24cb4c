"""Checks on what a reader asks the knowledge base for: dates, event and entity types, limits.

The CLI turns a refusal into exit status 2, the API into a 422 in its one error shape; both say what is
accepted. Types are matched case-insensitively and come back in the spelling the database stores.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date

# The event types of the document contract (more may be added; the database's own types count too).
EVENT_TYPES = ("meeting", "visit", "agreement", "statement", "call", "competition", "other")
# KazNERD's 25 classes, plus the short forms some taggers use.
ENTITY_TYPES = (
    "ADAGE", "ART", "CARDINAL", "CONTACT", "DATE", "DISEASE", "EVENT", "FACILITY", "GPE", "LANGUAGE", "LAW",
    "LOCATION", "MISCELLANEOUS", "MONEY", "NON_HUMAN", "NORP", "ORDINAL", "ORGANISATION", "PERCENTAGE", "PERSON",
    "POSITION", "PRODUCT", "PROJECT", "QUANTITY", "TIME", "PER", "LOC", "ORG",
)
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_DATE = re.compile(DATE_PATTERN)
MAX_LIMIT = 500


class Refused(ValueError):
    """A parameter the knowledge base cannot answer for; the message says what is accepted."""


def check_date(value: str) -> str:
    """``value`` when it is a real date written YYYY, YYYY-MM or YYYY-MM-DD."""
    text = value.strip()
    if not _DATE.match(text):
        raise Refused(f"{value!r} is not a date: write YYYY-MM-DD (or YYYY-MM, YYYY)")
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise Refused(f"{value!r} is not a date: {exc}") from None
    return text


def check_date_range(date_from: str | None, date_to: str | None) -> None:
    upper = date_to if date_to is None or len(date_to) >= 10 else date_to + "~"  # "2024" covers all of 2024
    if date_from and date_to and upper and date_from > upper:
        raise Refused(f"the range is empty: from {date_from} is after to {date_to}")


def check_limit(value: int, most: int = MAX_LIMIT) -> int:
    if value < 1 or value > most:
        raise Refused(f"limit must be between 1 and {most}, not {value}")
    return value


def _match(value: str, known: list[str], what: str) -> str:
    wanted = value.strip().casefold()
    for name in known:
        if name.casefold() == wanted:
            return name
    raise Refused(f"unknown {what} {value!r}; known: {', '.join(known)}")


def stored_event_types(conn: sqlite3.Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY type")]


def stored_entity_types(conn: sqlite3.Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute("SELECT DISTINCT type FROM entities ORDER BY type")]


def event_type(conn: sqlite3.Connection, value: str) -> str:
    """The stored spelling of event type ``value`` (``MEETING`` → ``meeting``); Refused when it is no type."""
    stored = stored_event_types(conn)
    return _match(value, [*stored, *(t for t in EVENT_TYPES if t not in stored)], "event type")


def entity_type(conn: sqlite3.Connection, value: str) -> str:
    """The stored spelling of entity type ``value`` (``person`` → ``PERSON``); Refused when it is no type."""
    stored = stored_entity_types(conn)
    return _match(value, [*stored, *(t for t in ENTITY_TYPES if t not in stored)], "entity type")
