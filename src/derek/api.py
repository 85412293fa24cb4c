"""The Python API in a few functions: ``process`` text or a path into a Document."""

from __future__ import annotations

from pathlib import Path

from derek.budget import article_budget
from derek.doc import Article, Document
from derek.errors import InputError
from derek.ingest import iter_articles, read_text_article
from derek.pipeline import load_pipeline
from derek.unicode_guard import scrub_article


def process(text_or_path: str | Path) -> Document:
    """Run the default pipeline on a text, or on the first article of a file."""
    if isinstance(text_or_path, Path) or _names_a_file(text_or_path):
        for item in iter_articles([str(text_or_path)]):
            if isinstance(item, InputError):
                raise item
            return process_article(item)
        raise InputError(str(text_or_path), "no article found")
    return process_article(read_text_article(str(text_or_path)))


def _names_a_file(text: str) -> bool:
    """True when ``text`` is the path of an existing file (a long one-line text is not a path)."""
    if "\n" in text or len(text) >= 4096:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a name too long for the file system, or a NUL byte
        return False


def process_article(article: Article | Document) -> Document:
    """Run the default pipeline on an Article; an already-processed Document comes back as it is.

    Only a :class:`DerekError` escapes: lone surrogates become U+FFFD first, anything else that goes wrong
    is an :class:`InputError` naming the article, and so is an article over its time budget (:mod:`derek.budget`).
    """
    if isinstance(article, Document):
        return article
    name = article.source.path or "<text>"
    with article_budget(name):
        try:
            doc = scrub_article(article).to_document()
        except Exception as exc:
            raise InputError(name, f"cannot be prepared for analysis ({type(exc).__name__}: {exc})") from exc
        return load_pipeline()(doc)
