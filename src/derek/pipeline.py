"""Named stages ``Document -> Document`` and the pipeline that runs them in a checked order.

A stage declares what it ``requires`` and ``provides`` (plain names such as ``tokens``,
``morph``, ``ner``, ``entities``). :class:`Pipeline` checks, when it is built, that every
requirement is provided by an earlier stage, and names the stage in any failure.

Stages register themselves with :func:`stage` at import time; :func:`load_pipeline`
imports the modules that hold the default stages.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from derek.budget import check as check_budget
from derek.doc import Document
from derek.errors import DerekError, PipelineError

StageFn = Callable[[Document], Document]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()


_REGISTRY: dict[str, Stage] = {}

# The default order, and the module that registers each stage.
DEFAULT_STAGES: tuple[tuple[str, str], ...] = (
    ("normalize", "derek.text.stages"),
    ("tokenize", "derek.text.stages"),
    ("sentences", "derek.text.stages"),
    ("morph", "derek.morph.stage"),
    ("ner", "derek.ner.stage"),
    ("extract", "derek.extract.stage"),
)


def stage(
    name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()
) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as the stage ``name``."""

    def register(fn: StageFn) -> StageFn:
        _REGISTRY[name] = Stage(name, fn, tuple(requires), tuple(provides))
        return fn

    return register


def get_stage(name: str) -> Stage:
    if name not in _REGISTRY:
        for stage_name, module in DEFAULT_STAGES:
            if stage_name == name:
                importlib.import_module(module)
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise PipelineError(f"no stage named {name!r} (registered: {known})") from None


class Pipeline:
    """Stages run in order over one document or a stream of them."""

    def __init__(self, stages: Iterable[Stage | str]) -> None:
        self.stages = [s if isinstance(s, Stage) else get_stage(s) for s in stages]
        provided: set[str] = set()
        for s in self.stages:
            missing = [r for r in s.requires if r not in provided]
            if missing:
                raise PipelineError(
                    f"requires {', '.join(missing)}, which no earlier stage provides "
                    f"(order: {' → '.join(x.name for x in self.stages)})",
                    stage=s.name,
                )
            provided.update(s.provides)
        self.provides = frozenset(provided)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document) -> Document:
        for s in self.stages:
            check_budget(f"stage {s.name!r}")  # an article over its time budget stops here, by name
            try:
                doc = s.fn(doc)
            except DerekError:
                raise
            except Exception as exc:  # a bug or bad data inside a stage: say which stage
                raise PipelineError(f"{type(exc).__name__}: {exc}", stage=s.name) from exc
        return doc

    def pipe(self, docs: Iterable[Document], batch_size: int = 64) -> Iterator[Document]:
        """Process a stream of documents, ``batch_size`` at a time, yielding them in order."""
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from (self(d) for d in batch)
                batch = []
        yield from (self(d) for d in batch)


_DEFAULT: Pipeline | None = None


def load_pipeline(stages: Iterable[str] | None = None) -> Pipeline:
    """The default pipeline (cached), or one made of the named stages."""
    global _DEFAULT
    if stages is not None:
        return Pipeline(list(stages))
    if _DEFAULT is None:
        _DEFAULT = Pipeline([name for name, _ in DEFAULT_STAGES])
    return _DEFAULT
