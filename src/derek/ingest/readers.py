"""Placeholder readers (replaced by the ingest work): UTF-8 text files only."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from derek.doc import Article, Source
from derek.errors import InputError


def read_text_article(text: str, path: str | None = None) -> Article:
    lines = text.strip().splitlines()
    title = lines[0].strip() if lines else None
    return Article(body="\n".join(lines[1:]), title=title, source=Source(path=path))


def iter_articles(paths: Sequence[str]) -> Iterator[Article | InputError]:
    for p in paths:
        try:
            text = sys.stdin.read() if p == "-" else Path(p).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield InputError(p, str(exc))
            continue
        yield read_text_article(text, p)
