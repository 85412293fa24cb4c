"""The one read → process loop: every input read, every article processed, each failure a value.

``derek process``, ``derek ingest`` (through :meth:`derek.kb.KnowledgeBase.ingest`), the Python API and the Spark
job all go through :func:`process_article` and :func:`process_stream`, so they read the same inputs the same way and
report a failure the same way: an :class:`~derek.errors.InputError` naming the input takes the place of the
article, and the stream goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from derek.doc import Article, Document
from derek.errors import DependencyError, DerekError, InputError
from derek.processing import Process, Skip, Skipped, process_article

__all__ = ["Process", "Skip", "Skipped", "process_article", "process_stream", "read_inputs"]

Inputs = Sequence[str] | Iterable[Article | Document | InputError]


@overload
def process_stream(
    inputs: Inputs, pipeline: Process | None = None, skip: None = None, workers: int = 1, tokens: bool = True
) -> Iterator[Document | InputError]: ...


@overload
def process_stream(
    inputs: Inputs, pipeline: Process | None = None, *, skip: Skip, workers: int = 1, tokens: bool = True
) -> Iterator[Document | InputError | Skipped]: ...


def process_stream(
    inputs: Inputs, pipeline: Process | None = None, skip: Skip | None = None, workers: int = 1, tokens: bool = True
) -> Iterator[Document | InputError] | Iterator[Document | InputError | Skipped]:
    """Each article of ``inputs`` (paths, or what :func:`derek.ingest.iter_articles` yields) processed in order.

    A document already processed (a ``derek.document/1`` JSON line) comes back as it is. ``skip`` is asked about
    each article first; where it answers a key, the article is not processed and :class:`Skipped` comes back.
    A missing dependency stops the stream with :class:`~derek.errors.DependencyError`: it would fail every input
    alike, and it is an installation problem, not a bad input.

    ``workers`` above 1 processes the articles on that many worker processes (:mod:`derek.parallel`; a
    ``pipeline`` given must then be picklable); the results are the same, in the same order. ``tokens=False``
    lets the workers send the Documents back without their tokens (what ``Document.to_dict`` leaves out anyway).
    """
    if workers > 1:
        yield from _parallel(inputs, pipeline, skip, workers, tokens)
        return
    for item in read_inputs(inputs):
        if isinstance(item, InputError | Document):
            yield item
            continue
        name = item.source.path or "<input>"
        try:
            key = skip(item) if skip is not None else None
            yield Skipped(name, key) if key else process_article(item, pipeline)
        except DependencyError:
            raise
        except InputError as exc:
            yield exc if exc.source == name else InputError(name, str(exc))
        except DerekError as exc:
            yield InputError(name, str(exc))
        except Exception as exc:  # a bug must cost one article, never the batch
            yield InputError(name, f"failed with an unexpected {type(exc).__name__}: {exc}")


def read_inputs(inputs: Inputs) -> Iterator[Article | Document | InputError]:
    """The items of ``inputs``: the articles its paths hold (read as `derek process` reads them), or the
    Articles, Documents and InputErrors it holds, as they are."""
    from derek.ingest import iter_articles

    items: Iterable[Article | Document | InputError | str] = (
        iter_articles([str(x) for x in inputs]) if _are_paths(inputs) else inputs
    )
    for item in items:
        if isinstance(item, str):
            raise TypeError("process_stream takes paths, or Articles and Documents, not a mix")
        yield item


def _parallel(
    inputs: Inputs, pipeline: Process | None, skip: Skip | None, workers: int, tokens: bool
) -> Iterator[Document | InputError | Skipped]:
    from derek.parallel import Processed, parallel_stream

    for result in parallel_stream(read_inputs(inputs), workers, pipeline, skip, skipped=Skipped, keep_tokens=tokens):
        yield result.doc if isinstance(result, Processed) else result


def _are_paths(inputs: Inputs) -> bool:
    return isinstance(inputs, Sequence) and all(isinstance(x, str) for x in inputs)
