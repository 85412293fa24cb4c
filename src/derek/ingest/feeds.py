"""RSS and Atom files → one Article per entry, with feedparser (no network: bytes in, entries out)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from derek.doc import Article, Source
from derek.errors import InputError
from derek.ingest.dateline import canonical_publisher
from derek.ingest.dates import iso_date, normalize_date
from derek.ingest.markup import html_to_text
from derek.ingest.plain import finish_article


def iter_feed_articles(data: bytes, path: str) -> Iterator[Article | InputError]:
    """One Article per entry; the feed's title is the publisher. A file with no entries is an InputError."""
    import feedparser

    parsed: Any = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed ({problem})" if problem else "feed has no entries"
        yield InputError(path, reason)
        return
    feed_title = (parsed.get("feed") or {}).get("title")
    publisher = canonical_publisher(html_to_text(feed_title)) if feed_title else None
    for number, entry in enumerate(entries, 1):
        where = f"{path}#{number}"
        try:
            yield _entry_article(entry, where, publisher)
        except InputError as err:
            yield err


def _entry_article(entry: Any, where: str, publisher: str | None) -> Article:
    title = html_to_text(entry.get("title") or "") or None
    body = _entry_text(entry)
    source = Source(path=where, url=entry.get("link") or None, publisher=publisher)
    return finish_article(body, title, _entry_date(entry), source, where, empty="feed entry has no title or text")


def _entry_text(entry: Any) -> str:
    """The fullest text the entry gives: its content, else its summary, with the HTML stripped."""
    contents = entry.get("content") or []
    texts = [html_to_text(c.get("value") or "") for c in contents]
    best = max(texts, key=len, default="")
    summary = html_to_text(entry.get("summary") or "")
    return best if len(best) >= len(summary) else summary


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if isinstance(stamp, time.struct_time):
            return iso_date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)  # zero-padded: year 500 is 0500
    for key in ("published", "updated", "created"):
        date = normalize_date(entry.get(key))
        if date:
            return date
    return None
