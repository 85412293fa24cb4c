"""The read → process loop of :mod:`derek.run` on a pool of worker processes, results in input order.

Each worker is a fresh interpreter (a ``spawn`` context: the CLI runs a progress thread, and forking a process
that has threads is unsafe). It applies :func:`derek.collector.tune_for_batch`, loads the pipeline once and warms
it on a short text, so the models are read once per worker, not once per article. The parent reads the inputs,
asks ``skip`` about each article (a knowledge base answers from its one connection), sends the rest to the
workers and hands the results back in the order of the inputs: a failure in a worker is that article's
:class:`~derek.errors.InputError`, a worker that dies costs the article it was processing, and a missing
dependency stops the stream with :class:`~derek.errors.DependencyError`, as in one process.

``after`` (a module-level function, so that it can be sent to a worker) runs in the worker on each processed
Document; what it returns comes back as :attr:`Processed.extra`. The knowledge base uses it to lemmatise the
text for its search index in the workers, so that its single writer does not become the bottleneck.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from derek.doc import Article, Document
from derek.errors import DependencyError, DerekError, InputError
from derek.processing import process_article

T = TypeVar("T")
After = Callable[[Document], Any]
Skip = Callable[[Article], str | None]

IN_FLIGHT_PER_WORKER = 4  # articles queued per worker: enough to keep it busy, few enough to bound memory
WARM_UP_TEXT = "Астанада жиын өтті\nАстанада халықаралық жиын өтті. Оған Қазақстан Президенті қатысты."


@dataclass(frozen=True)
class Processed(Generic[T]):
    """A Document processed in a worker, with what ``after`` computed from it there."""

    doc: Document
    extra: T


@dataclass(frozen=True)
class _Failed:
    """A DependencyError raised in a worker, carried back as plain data (derek's errors do not pickle) so that
    the parent raises it in order."""

    package: str
    message: str

    @classmethod
    def of(cls, exc: DependencyError) -> _Failed:
        return cls(exc.package, str(exc))

    def error(self) -> DependencyError:
        exc = DependencyError.__new__(DependencyError)
        Exception.__init__(exc, self.message)
        exc.package = self.package
        return exc


@dataclass(frozen=True)
class _Error:
    """An article's InputError, carried back as plain data."""

    source: str
    reason: str

    @classmethod
    def of(cls, exc: InputError) -> _Error:
        return cls(exc.source, exc.reason)


def default_workers() -> int:
    """The CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


# Below this much input a pool costs more than it gives: spawning the workers and loading their models takes
# about as long as one process needs for some 40 articles (``benchmarks/stream.py``).
AUTO_POOL_BYTES = 256 * 1024


def auto_workers(paths: Sequence[str]) -> int:
    """How many processes ``--workers auto`` uses for ``paths``: every core once the input files hold at least
    :data:`AUTO_POOL_BYTES` (a sum of file sizes, read before any article is), else one. Standard input is
    never counted: its length is not known in advance."""
    from derek.ingest.inputs import iter_input_paths

    cores = default_workers()
    if cores < 2:
        return 1
    total = 0
    for path in iter_input_paths(paths):
        if isinstance(path, str) and path != "-":
            try:
                total += os.path.getsize(path)
            except OSError:
                continue  # reported by the reader, with the file's name
            if total >= AUTO_POOL_BYTES:
                return cores
    return 1


# --- the worker side ---------------------------------------------------------------------

_PIPELINE: Any = None
_AFTER: After | None = None
_START_ERROR: _Failed | None = None
_KEEP_TOKENS = True


PARENT_CHECK_SECONDS = 0.5


def _exit_with_parent(parent: int) -> None:
    """End this worker once its parent is gone (killed with SIGKILL, say): a pool worker holds both ends of its
    task queue, so it would otherwise wait for work for ever, holding the parent's output pipes open.

    ``parent`` is the pid the parent sent, not ``os.getppid()`` read here: a parent killed while this worker
    was still starting has already handed it to init, and a watch on init's pid would never end."""
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(PARENT_CHECK_SECONDS)


def _start_worker(parent: int, pipeline: Any, after: After | None, keep_tokens: bool) -> None:
    """Runs once in each worker: a watch on the parent (``parent``: its pid, as the parent read it), the batch GC
    setting, the pipeline loaded and warmed up."""
    global _PIPELINE, _AFTER, _START_ERROR, _KEEP_TOKENS
    from derek.collector import tune_for_batch
    from derek.pipeline import load_pipeline

    threading.Thread(target=_exit_with_parent, args=(parent,), name="derek-parent-watch", daemon=True).start()
    tune_for_batch()
    _AFTER, _KEEP_TOKENS = after, keep_tokens
    try:
        _PIPELINE = pipeline if pipeline is not None else load_pipeline()
        doc = _PIPELINE(Document(text=WARM_UP_TEXT, title=WARM_UP_TEXT.split("\n")[0]))
        if after is not None:
            after(doc)
    except DependencyError as exc:
        _START_ERROR = _Failed.of(exc)
    except Exception:
        pass


def _work(item: Article) -> Processed[Any] | _Error | _Failed:
    """Runs in a worker for one article: exactly what :func:`derek.run.process_stream` does with it."""
    if _START_ERROR is not None:
        return _START_ERROR
    try:
        name = item.source.path or "<input>"
        try:
            result = process_article(item, _PIPELINE)
        except DependencyError:
            raise
        except InputError as exc:
            return _Error.of(exc if exc.source == name else InputError(name, str(exc)))
        except DerekError as exc:
            return _Error.of(InputError(name, str(exc)))
        except Exception as exc:  # a bug must cost one article, never the batch
            return _Error(name, f"failed with an unexpected {type(exc).__name__}: {exc}")
        extra = _AFTER(result) if _AFTER is not None else None
        if not _KEEP_TOKENS:
            result.tokens = []  # most of what a Document weighs in a pickle; its JSON does not carry them
        return Processed(result, extra)
    except DependencyError as exc:
        return _Failed.of(exc)
    except Exception as exc:  # ``after`` failing: this article's error, never the batch's
        return _Error(item.source.path or "<input>", f"failed with an unexpected {type(exc).__name__}: {exc}")


def worker_state() -> dict[str, Any]:
    """What a worker set up (for tests and benchmarks): its GC thresholds and whether its pipeline is loaded."""
    import gc

    return {"gc_threshold": gc.get_threshold(), "pipeline_loaded": _PIPELINE is not None, "pid": os.getpid()}


# --- the parent side ---------------------------------------------------------------------

Item = Article | Document | InputError
Result = Processed[Any] | Document | InputError | Any


class _Pool:
    """A spawn-context process pool that can be started again after a worker dies."""

    def __init__(self, workers: int, pipeline: Any, after: After | None, keep_tokens: bool) -> None:
        self.workers, self.pipeline, self.after, self.keep_tokens = workers, pipeline, after, keep_tokens
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(os.getpid(), self.pipeline, self.after, self.keep_tokens),
        )

    def submit(self, article: Article) -> Future[Processed[Any] | _Error | _Failed]:
        return self.executor.submit(_work, article)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def parallel_stream(
    items: Iterable[Item],
    workers: int,
    pipeline: Any = None,
    skip: Skip | None = None,
    after: After | None = None,
    skipped: Callable[[str, str], Any] | None = None,
    keep_tokens: bool = True,
) -> Iterator[Result]:
    """Each item processed on ``workers`` processes, in input order.

    An Article comes back as :class:`Processed` (or its InputError), a Document or an InputError among the
    items as it is; where ``skip`` answers a key, ``skipped(name, key)`` comes back instead of processing it.
    ``pipeline`` (None: the default) must be picklable. ``keep_tokens=False`` sends the Documents back without
    their tokens (neither the JSON nor the knowledge base keeps them; they are most of the cost of sending).
    """
    pool = _Pool(max(1, workers), pipeline, after, keep_tokens)
    window: deque[tuple[Article | None, Any]] = deque()  # (article sent, its future) or (None, a ready value)
    limit = max(1, workers) * IN_FLIGHT_PER_WORKER
    try:
        for item in items:
            if isinstance(item, InputError | Document):
                window.append((None, item))
            else:
                key = _ask(skip, item)
                if isinstance(key, InputError):
                    window.append((None, key))
                elif key and skipped is not None:
                    window.append((None, skipped(item.source.path or "<input>", key)))
                else:
                    window.append((item, pool.submit(item)))
            while len(window) > limit or (window and _ready(window[0])):
                yield from _take(window, pool)
        while window:
            yield from _take(window, pool)
    finally:
        pool.close()


def _ask(skip: Skip | None, item: Article) -> str | InputError | None:
    if skip is None:
        return None
    try:
        return skip(item)
    except DependencyError:
        raise
    except Exception as exc:
        return InputError(item.source.path or "<input>", f"failed with an unexpected {type(exc).__name__}: {exc}")


def _ready(entry: tuple[Article | None, Any]) -> bool:
    article, value = entry
    return article is None or value.done()


def _take(window: deque[tuple[Article | None, Any]], pool: _Pool) -> Iterator[Result]:
    """Yield the oldest entry of ``window`` once it is done (resubmitting the window when a worker died)."""
    article, value = window.popleft()
    if article is None:
        yield value
        return
    try:
        result = value.result()
    except BrokenProcessPool:
        yield from _after_a_crash(article, window, pool)
        return
    yield _unpack(result)


def _unpack(result: Processed[Any] | _Error | _Failed | InputError) -> Processed[Any] | InputError:
    if isinstance(result, _Failed):
        raise result.error()
    return InputError(result.source, result.reason) if isinstance(result, _Error) else result


def _after_a_crash(article: Article, window: deque[tuple[Article | None, Any]], pool: _Pool) -> Iterator[Result]:
    """A worker died: start a new pool and run the articles that were in flight one at a time, so that the one
    that kills a worker is named and the others are processed."""
    order = [(article, None), *window]
    window.clear()
    pool.restart()
    for a, value in order:
        if a is None:
            window.append((None, value))
            continue
        try:
            result = _unpack(pool.submit(a).result())
        except BrokenProcessPool:
            pool.restart()
            result = InputError(a.source.path or "<input>", "its worker process died while processing it")
        window.append((None, result))
    yield from _take(window, pool)
