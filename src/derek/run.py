"""The one read → process loop: every input read, every article processed, each failure a value.

``derek process``, ``derek ingest`` (through :meth:`derek.kb.KnowledgeBase.ingest`) and the Spark job all run
:func:`process_stream`, so they read the same inputs the same way and report a failure the same way: an
:class:`~derek.errors.InputError` naming the input takes the place of the article, and the stream goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from derek.doc import Article, Document
from derek.errors import DependencyError, DerekError, InputError

Process = Callable[[Document], Document]


def process_stream(
    inputs: Sequence[str] | Iterable[Article | Document | InputError],
    pipeline: Process | None = None,
) -> Iterator[Document | InputError]:
    """Each article of ``inputs`` (paths, or what :func:`derek.ingest.iter_articles` yields) processed in order
    by ``pipeline`` (default: the pipeline :func:`derek.api.load_pipeline` gives, loaded when first needed).

    A document already processed (a ``derek.document/1`` JSON line) comes back as it is. A missing dependency
    stops the stream with :class:`~derek.errors.DependencyError`: it would fail every input alike, and it is an
    installation problem, not a bad input.
    """
    from derek import api
    from derek.ingest import iter_articles

    run = pipeline
    items: Iterable[Article | Document | InputError | str] = (
        iter_articles([str(x) for x in inputs]) if _are_paths(inputs) else inputs
    )
    for item in items:
        if isinstance(item, str):
            raise TypeError("process_stream takes paths, or Articles and Documents, not a mix")
        if isinstance(item, InputError | Document):
            yield item
            continue
        name = item.source.path or "<input>"
        try:
            if run is None:  # loaded at the first article that needs it: processed documents need no models
                run = api.load_pipeline()
            yield run(item.to_document())
        except DependencyError:
            raise
        except DerekError as exc:
            yield InputError(name, str(exc))


def _are_paths(inputs: Sequence[str] | Iterable[Article | Document | InputError]) -> bool:
    return isinstance(inputs, Sequence) and all(isinstance(x, str) for x in inputs)
