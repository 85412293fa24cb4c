"""derek: facts with evidence from Kazakh-language news.

    >>> import derek
    >>> doc = derek.process("Мемлекет басшысы Астанада ...")
    >>> doc.to_dict()["entities"]
"""

from __future__ import annotations

from derek.api import process, process_article
from derek.doc import Article, Document
from derek.errors import DerekError, InputError, ModelError, PipelineError, StoreError
from derek.kb import KnowledgeBase
from derek.pipeline import Pipeline, load_pipeline

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DerekError",
    "Document",
    "InputError",
    "KnowledgeBase",
    "ModelError",
    "Pipeline",
    "PipelineError",
    "StoreError",
    "load_pipeline",
    "process",
    "process_article",
]
