"""One article through the pipeline, within its time budget: what :mod:`derek.run` and the worker processes of
:mod:`derek.parallel` both do with each article (kept apart so that neither of those imports the other)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from derek import pipeline as pipelines
from derek.budget import article_budget
from derek.doc import Article, Document
from derek.errors import DerekError, InputError
from derek.unicode_guard import scrub_article

Process = Callable[[Document], Document]
Skip = Callable[[Article], str | None]


@dataclass(frozen=True)
class Skipped:
    """An article ``skip`` passed over (the knowledge base already holds it as ``key``)."""

    name: str
    key: str


def process_article(article: Article | Document, pipeline: Process | None = None) -> Document:
    """Run ``pipeline`` (default: :func:`derek.pipeline.load_pipeline`) on an Article within its time budget.

    An already-processed Document comes back as it is. Only a :class:`~derek.errors.DerekError` escapes: lone
    surrogates become U+FFFD first, anything else that goes wrong is an InputError naming the article, and so is
    an article over its time budget (:mod:`derek.budget`).
    """
    if isinstance(article, Document):
        return article
    name = article.source.path or "<text>"
    with article_budget(name):
        try:
            doc = scrub_article(article).to_document()
        except DerekError:
            raise
        except Exception as exc:
            raise InputError(name, f"cannot be prepared for analysis ({type(exc).__name__}: {exc})") from exc
        return (pipeline or pipelines.load_pipeline())(doc)


