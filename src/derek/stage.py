"""The stage contract: a named step ``Document -> Document`` that says what it reads and what it writes.

A stage declares ``requires`` and ``assigns`` as attribute paths of the data model in :mod:`derek.doc`:
``doc.tokens``, ``doc.entities``, ``token.lemma``, ``token.ner``. Every path is checked against the dataclass
fields when the stage is made, so a misspelt or stale contract fails at once, and :class:`derek.pipeline.Pipeline`
checks, when it is built, that each path a stage requires is assigned by an earlier one.

Stages are registered by name with :func:`stage` (a function) or :func:`stage_factory` (a function that takes
configuration and returns the stage function). A second stage under a name already taken is refused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from derek.doc import Document, Entity, Event, Mention, Role, Token
from derek.errors import PipelineError

StageFn = Callable[[Document], Document]
BatchFn = Callable[[list[Document]], list[Document]]
Factory = Callable[..., StageFn]

# The objects an attribute path can start with, and the dataclass that defines each.
PATH_ROOTS: dict[str, type] = {
    "doc": Document,
    "token": Token,
    "mention": Mention,
    "entity": Entity,
    "role": Role,
    "event": Event,
}


def check_path(path: str) -> str:
    """``path`` itself when it names a field of the data model (``doc.tokens``, ``token.lemma``); else PipelineError."""
    root, _, attribute = path.partition(".")
    model = PATH_ROOTS.get(root)
    if model is None or not attribute:
        roots = ", ".join(f"{r}.<field>" for r in PATH_ROOTS)
        raise PipelineError(f"{path!r} is not an attribute path ({roots})")
    names = {f.name for f in dataclasses.fields(model)}
    if attribute not in names:
        fields = ", ".join(sorted(names))
        raise PipelineError(f"{path!r}: {model.__name__} has no field {attribute!r} (fields: {fields})")
    return path


class Stage:
    """One named step. Call it on a Document, or ``pipe`` a batch through it (one call for the whole batch
    when the stage has a batch function, else one call a document)."""

    def __init__(
        self,
        name: str,
        fn: StageFn,
        requires: Iterable[str] = (),
        assigns: Iterable[str] = (),
        batch_fn: BatchFn | None = None,
        *,
        provides: Iterable[str] = (),
    ) -> None:
        if not name or not name.replace(".", "").replace("_", "").replace("-", "").isalnum():
            raise PipelineError(f"a stage name is letters, digits, '_', '-' and '.', not {name!r}")
        self.name = name
        self.fn = fn
        self.requires = tuple(check_path(p) for p in requires)
        self.assigns = tuple(check_path(p) for p in (*assigns, *provides))
        self.batch_fn = batch_fn

    @property
    def provides(self) -> tuple[str, ...]:
        """The same as ``assigns`` (the name the first contract used)."""
        return self.assigns

    def __call__(self, doc: Document) -> Document:
        return self.fn(doc)

    def pipe(self, docs: list[Document]) -> list[Document]:
        if self.batch_fn is not None:
            return self.batch_fn(docs)
        return [self.fn(d) for d in docs]

    def __repr__(self) -> str:
        return f"Stage({self.name!r}, requires={self.requires}, assigns={self.assigns})"


@dataclasses.dataclass(frozen=True)
class _Registration:
    factory: Factory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    origin: str


_REGISTRY: dict[str, _Registration] = {}
_ALIASES: dict[str, str] = {}


def alias(name: str, target: str) -> None:
    """Let ``name`` stand for the registered stage ``target`` (``ner`` for the default NER variant ``ner.crf``)."""
    if name in _REGISTRY:
        raise PipelineError(f"{name!r} is a stage of its own; it cannot also stand for {target!r}")
    _ALIASES[name] = target


def _origin(fn: Callable[..., Any]) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


def _register(name: str, factory: Factory, requires: Iterable[str], assigns: Iterable[str], origin: str) -> None:
    entry = _Registration(
        factory, tuple(check_path(p) for p in requires), tuple(check_path(p) for p in assigns), origin
    )
    old = _REGISTRY.get(name)
    if old is not None and old.origin != origin:  # the same function imported again (a reload) is the same stage
        raise PipelineError(f"a stage named {name!r} is already registered (by {old.origin}); {origin} cannot take it")
    _REGISTRY[name] = entry


def stage(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as the stage ``name``, with no configuration."""

    def register(fn: StageFn) -> StageFn:
        _register(name, lambda: fn, requires, assigns, _origin(fn))
        return fn

    return register


def stage_factory(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[Factory], Factory]:
    """Register ``factory(**config) -> stage function`` as the stage ``name``; config comes from :func:`make_stage`."""

    def register(factory: Factory) -> Factory:
        _register(name, factory, requires, assigns, _origin(factory))
        return factory

    return register


def make_stage(name: str, **config: Any) -> Stage:
    """A registered stage, made with ``config`` (PipelineError for an unknown name or a config it does not take)."""
    entry = _REGISTRY.get(_ALIASES.get(name, name))
    if entry is None:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise PipelineError(f"no stage named {name!r} (registered: {known})")
    try:
        fn = entry.factory(**config)
    except TypeError as exc:
        raise PipelineError(f"cannot be made with {config!r}: {exc}", stage=name) from exc
    batch_fn = getattr(fn, "pipe", None)
    return Stage(_ALIASES.get(name, name), fn, entry.requires, entry.assigns, batch_fn if callable(batch_fn) else None)


def registered() -> Sequence[str]:
    """The names of the registered stages (aliases not included)."""
    return sorted(_REGISTRY)
