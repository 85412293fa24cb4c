"""Which reader an input needs: by file extension first, then by its first bytes."""

from __future__ import annotations

import codecs
import re
from typing import Literal

from derek.ingest.decoding import utf16_byte_order

Format = Literal["text", "jsonl", "html", "feed"]

_BY_EXTENSION: dict[str, Format] = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".rss": "feed", ".atom": "feed", ".rdf": "feed",
}  # fmt: skip
_FEED_MARK = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div)[\s>]")


def head_as_text(head: bytes) -> str:
    """The first bytes as text, good enough to look for markers (ASCII survives every encoding)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore")
    order = utf16_byte_order(head)
    if order:
        return head[: len(head) & ~1].decode(order, errors="ignore")
    return head.decode("utf-8", errors="ignore").removeprefix("\ufeff")


def detect_format(suffix: str, head: bytes) -> Format:
    """The format for a file suffix (``.jsonl``), or from the content when the suffix says nothing."""
    known = _BY_EXTENSION.get(suffix.lower())
    if known:
        return known
    return sniff_format(head_as_text(head))


def sniff_format(text: str) -> Format:
    """``jsonl`` for ``{`` lines or a ``[{`` array, ``feed`` for ``<rss``/``<feed``, ``html`` for pages, else text."""
    start = text.lstrip()
    if start.startswith("{") or (start.startswith("[") and start[1:].lstrip().startswith("{")):
        return "jsonl"
    if not start.startswith("<"):
        return "text"
    sample = start[:4096].lower()
    if _FEED_MARK.search(sample):
        return "feed"
    if _HTML_MARK.search(sample) or not sample.startswith("<?xml"):
        return "html"
    return "feed"  # some other XML: the feed reader says clearly if it is not a feed


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(page: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its top, if any."""
    m = _CHARSET.search(page[:8192])
    return m[1].decode("ascii") if m else None
