"""The Python API in a few functions: ``process`` text or a path into a Document."""

from __future__ import annotations

from pathlib import Path

from derek.doc import Document
from derek.errors import InputError
from derek.ingest import iter_articles, read_text_article
from derek.run import process_article
from derek.unicode_guard import scrub

__all__ = ["process", "process_article"]


def process(text_or_path: str | Path) -> Document:
    """Run the default pipeline on a text, or on the first article of a file; only DerekError escapes."""
    if isinstance(text_or_path, Path) or _names_a_file(text_or_path):
        for item in iter_articles([str(text_or_path)]):
            if isinstance(item, InputError):
                raise item
            return process_article(item)
        raise InputError(str(text_or_path), "no article found")
    return process_article(read_text_article(scrub(text_or_path)))


def _names_a_file(text: str) -> bool:
    """True when ``text`` is the path of an existing file (a long one-line text is not a path)."""
    if "\n" in text or len(text) >= 4096:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a name too long for the file system, or a NUL byte
        return False
