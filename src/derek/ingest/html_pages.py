"""HTML pages → Article, with trafilatura: the main text, title, date, site name and canonical URL."""

from __future__ import annotations

from typing import Any

from derek.doc import Article, Source
from derek.errors import InputError
from derek.ingest.dateline import canonical_publisher
from derek.ingest.dates import normalize_date
from derek.ingest.plain import finish_article

MIN_ARTICLE_WORDS = 3


def read_html_article(html: str, path: str) -> Article:
    """The article in an HTML page; :class:`InputError` when the page holds no extractable text."""
    import trafilatura  # slow to import; only HTML needs it

    try:
        found: Any = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise InputError(path, f"unreadable HTML ({type(exc).__name__}: {exc})") from None
    text = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:  # nothing, or a stray menu item
        raise InputError(path, "no article text found in this HTML page")
    title = (getattr(found, "title", None) or "").strip() or None
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title:
            text = rest.strip()
    sitename = getattr(found, "sitename", None)
    source = Source(
        path=path,
        url=getattr(found, "url", None) or None,
        publisher=canonical_publisher(sitename) if sitename else None,
    )
    return finish_article(text, title, normalize_date(getattr(found, "date", None)), source, path,
                          empty="no article text found in this HTML page")
