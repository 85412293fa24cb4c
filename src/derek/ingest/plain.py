"""Text articles: the dated-text format (`` date YYYY-MM-DD Title`` then the body) and plain text."""

from __future__ import annotations

import re

from derek.doc import Article, Source
from derek.errors import InputError
from derek.ingest.dateline import split_dateline
from derek.ingest.dates import normalize_date
from derek.lang.detect import detect_language

_DATED_HEADER = re.compile(r"^\s*date\s*[:=]?\s*(?P<date>\S+)\s*(?P<title>.*?)\s*$", re.IGNORECASE)
MAX_TITLE_CHARS = 300


def is_dated_header(line: str) -> bool:
    """True for the first line of the dated-text format (leading space optional)."""
    m = _DATED_HEADER.match(line)
    return bool(m and normalize_date(m["date"]))


def read_text_article(text: str, path: str | None = None) -> Article:
    """An Article from dated text or plain text; a dateline opening the body fills ``source``.

    Plain text: the first non-empty line is the title, unless it is the only line, opens with a
    dateline, or is too long for a headline (then there is no title).
    """
    source = Source(path=path)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise InputError(path or "<text>", "empty file")
    date: str | None = None
    title: str | None = None
    header = _DATED_HEADER.match(lines[0])
    if header and (date := normalize_date(header["date"])):
        title = header["title"] or None
        lines.pop(0)
    elif len(lines) > 1 and _is_title(lines[0]):
        title = lines.pop(0).strip()
    body = "\n".join(lines).strip()
    return finish_article(body, title, date, source, path or "<text>")


def finish_article(
    body: str,
    title: str | None,
    date: str | None,
    source: Source,
    name: str,
    empty: str = "empty file",
    language: str | None = None,
) -> Article:
    """Strip a dateline from ``body`` into ``source`` and tell its language unless the input stated it;
    an article with no text is an InputError (``empty``)."""
    dateline, body = split_dateline(body)
    if dateline:
        source.dateline = dateline.place
        source.publisher = source.publisher or dateline.publisher
        date = date or dateline.date
    body = body.strip()
    if not body and not title:
        raise InputError(name, empty)
    language = language or detect_language(f"{title or ''}\n{body}")
    return Article(body=body, title=title, date=date, source=source, language=language)


def _is_title(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= MAX_TITLE_CHARS and split_dateline(stripped)[0] is None
