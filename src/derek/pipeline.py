"""Pipelines: stages run in a checked order, one pipeline per language, and the router between them.

:class:`Pipeline` takes :class:`~derek.stage.Stage` objects or registered stage names. When it is built it checks
that every attribute path a stage requires (``token.lemma``) is assigned by an earlier stage, and it names the
stage in any failure. ``pipe`` runs a batch stage by stage, so a stage with a batch function sees the whole batch.

:func:`load_pipeline` gives the default: a :class:`LanguageRouter` that sends each document to the pipeline of its
language (``Document.language``, set when the article is read) and refuses a language derek has no pipeline for
with :class:`~derek.errors.UnsupportedLanguageError`. Both accept plain strings, Articles and Documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import overload

from derek.budget import check as check_budget
from derek.doc import Article, Document
from derek.errors import DerekError, PipelineError, UnsupportedLanguageError
from derek.lang import SUPPORTED
from derek.stage import Stage, make_stage, stage, stage_factory

__all__ = ["LanguageRouter", "Pipeline", "Stage", "get_stage", "load_pipeline", "stage", "stage_factory"]

Item = str | Article | Document


def as_document(item: Item) -> Document:
    """A Document for ``item``: a string is read as plain or dated text (language detected); an Article converted."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        from derek.ingest import read_text_article

        item = read_text_article(item)
    if isinstance(item, Article):
        return item.to_document()
    raise TypeError(f"a pipeline takes str, Article or Document, not {type(item).__name__}")


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Document]]:
    if size < 1:
        raise ValueError("batch_size must be at least 1")
    it = iter(items)
    while batch := [as_document(x) for x in islice(it, size)]:
        yield batch


def get_stage(name: str) -> Stage:
    """A registered stage by name, with its default configuration (the built-in stages are registered first)."""
    _register_builtin_stages()
    return make_stage(name)


def _register_builtin_stages() -> None:
    from derek.lang.kk import pipeline as kazakh  # importing it registers the Kazakh stages

    del kazakh


class Pipeline:
    """Stages run in order over one document or a stream of them."""

    def __init__(self, stages: Iterable[Stage | str], language: str | None = None) -> None:
        self.stages = [s if isinstance(s, Stage) else get_stage(s) for s in stages]
        self.language = language
        assigned: set[str] = set()
        seen: set[str] = set()
        for s in self.stages:
            if s.name in seen:
                raise PipelineError(f"stage {s.name!r} appears twice (order: {self._order()})")
            seen.add(s.name)
            missing = [r for r in s.requires if r not in assigned]
            if missing:
                raise PipelineError(
                    f"requires {', '.join(missing)}, which no earlier stage assigns (order: {self._order()})",
                    stage=s.name,
                )
            assigned.update(s.assigns)
        self.assigns = frozenset(assigned)

    def _order(self) -> str:
        return " → ".join(x.name for x in self.stages)

    @property
    def provides(self) -> frozenset[str]:
        return self.assigns

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, item: Item) -> Document:
        return self._run([as_document(item)])[0]

    def pipe(self, items: Iterable[Item], batch_size: int = 64) -> Iterator[Document]:
        """Process a stream, ``batch_size`` documents at a time, stage by stage; yields them in order."""
        for batch in _batches(items, batch_size):
            yield from self._run(batch)

    def _run(self, docs: list[Document]) -> list[Document]:
        for s in self.stages:
            check_budget(f"stage {s.name!r}")  # an article over its time budget stops here, by name
            try:
                docs = s.pipe(docs)
            except DerekError:
                raise
            except Exception as exc:  # a bug or bad data inside a stage: say which stage
                raise PipelineError(f"{type(exc).__name__}: {exc}", stage=s.name) from exc
        return docs


class LanguageRouter:
    """Sends each document to the pipeline of its language; refuses a language with no pipeline."""

    def __init__(self, pipelines: dict[str, Pipeline] | None = None) -> None:
        self._pipelines: dict[str, Pipeline] = dict(pipelines or {})

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(SUPPORTED)

    def for_language(self, language: str) -> Pipeline:
        if language not in self._pipelines:
            self._pipelines[language] = language_pipeline(language)
        return self._pipelines[language]

    def __call__(self, item: Item) -> Document:
        return self._run([as_document(item)])[0]

    def pipe(self, items: Iterable[Item], batch_size: int = 64) -> Iterator[Document]:
        """Process a stream in batches; each batch is split by language and put back in order."""
        for batch in _batches(items, batch_size):
            yield from self._run(batch)

    def _run(self, docs: list[Document]) -> list[Document]:
        by_language: dict[str, list[int]] = {}
        for i, doc in enumerate(docs):
            by_language.setdefault(doc.language, []).append(i)
        out: list[Document] = list(docs)
        for language, indices in by_language.items():
            done = self.for_language(language)._run([docs[i] for i in indices])
            for i, doc in zip(indices, done, strict=True):
                out[i] = doc
        return out


def language_pipeline(language: str) -> Pipeline:
    """The full pipeline for ``language``; UnsupportedLanguageError when derek has none."""
    if language == "kk":
        from derek.lang.kk.pipeline import STAGES as kazakh

        return Pipeline(kazakh, language="kk")
    if language == "ru":
        from derek.lang.ru.pipeline import stages as russian

        return Pipeline(russian(), language="ru")
    raise UnsupportedLanguageError(language, tuple(SUPPORTED))


_DEFAULT: LanguageRouter | None = None


@overload
def load_pipeline(stages: None = None, lang: None = None) -> LanguageRouter: ...


@overload
def load_pipeline(stages: Sequence[str | Stage], lang: str | None = None) -> Pipeline: ...


@overload
def load_pipeline(stages: None = None, *, lang: str) -> Pipeline: ...


def load_pipeline(stages: Sequence[str | Stage] | None = None, lang: str | None = None) -> Pipeline | LanguageRouter:
    """The default pipeline: every supported language, routed by ``Document.language`` (cached).

    ``lang`` gives the pipeline of one language; ``stages`` a pipeline of the named stages only.
    """
    global _DEFAULT
    if stages is not None:
        return Pipeline(list(stages), language=lang)
    if lang is not None:
        return language_pipeline(lang)
    if _DEFAULT is None:
        _DEFAULT = LanguageRouter()
    return _DEFAULT
