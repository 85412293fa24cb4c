"""Lone surrogates (``"\\ud800"`` from a JSON escape, a file name's undecodable byte, a UTF-7 page) cannot be
encoded as UTF-8, so SQLite, hashing and printing would fail on them. At the input boundary each one becomes
U+FFFD, one code point for one, so every offset stays what it was."""

from __future__ import annotations

import re
from dataclasses import replace

from derek.doc import Article

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (the same string when there is none)."""
    return _SURROGATE.sub(REPLACEMENT, text) if _SURROGATE.search(text) else text


def scrub_optional(text: str | None) -> str | None:
    return None if text is None else scrub(text)


def scrub_json(value: object) -> object:
    """A parsed JSON value with every string in it (keys too) scrubbed."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, list):
        return [scrub_json(v) for v in value]
    if isinstance(value, dict):
        return {scrub(k) if isinstance(k, str) else k: scrub_json(v) for k, v in value.items()}
    return value


def scrub_article(article: Article) -> Article:
    """``article`` with every string in it scrubbed."""
    src = article.source
    return replace(
        article,
        body=scrub(article.body),
        title=scrub_optional(article.title),
        date=scrub_optional(article.date),
        source=replace(src, path=scrub_optional(src.path), url=scrub_optional(src.url),
                       publisher=scrub_optional(src.publisher), dateline=scrub_optional(src.dateline)),
    )
