"""The Python API in a few functions: ``process`` text or a path into a Document."""

from __future__ import annotations

from pathlib import Path

from derek.doc import Article, Document
from derek.errors import InputError
from derek.ingest import iter_articles, read_text_article
from derek.pipeline import load_pipeline


def process(text_or_path: str | Path) -> Document:
    """Run the default pipeline on a text, or on the first article of a file."""
    if isinstance(text_or_path, Path) or (
        "\n" not in text_or_path and len(text_or_path) < 4096 and Path(text_or_path).is_file()
    ):
        for item in iter_articles([str(text_or_path)]):
            if isinstance(item, InputError):
                raise item
            return process_article(item)
        raise InputError(str(text_or_path), "no article found")
    return process_article(read_text_article(str(text_or_path)))


def process_article(article: Article) -> Document:
    return load_pipeline()(article.to_document())
