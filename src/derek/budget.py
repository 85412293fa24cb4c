"""A time budget for each article, so that one pathological input fails by name instead of holding up a batch.

The budget is processor time (not wall-clock time, so a busy machine does not fail good articles):
``DEREK_ARTICLE_SECONDS`` seconds of CPU per article (default 60; 0 turns it off). :func:`article_budget`
opens it around the processing of one article; two things enforce it:

- :func:`check` (the pipeline calls it before each stage) and :func:`tick` (in loops that run once per word
  or mention; it reads the clock every 256th call) raise :class:`~derek.errors.TimeBudgetError`;
- in the main thread of a POSIX process, a CPU-time timer (``ITIMER_PROF``, signal ``SIGPROF``) raises it
  wherever the processing is, even inside one long regular-expression search. When someone else already
  uses that timer (a profiler), the checks alone enforce the budget.
"""

from __future__ import annotations

import math
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from types import FrameType

from derek.errors import TimeBudgetError

ENV_VAR = "DEREK_ARTICLE_SECONDS"
DEFAULT_SECONDS = 60.0
_TICKS_PER_CHECK = 256


@dataclass
class _Budget:
    name: str
    seconds: float
    deadline: float  # in time.process_time() seconds
    where: str = "analysis"

    def spent(self) -> bool:
        return time.process_time() > self.deadline

    def error(self) -> TimeBudgetError:
        return TimeBudgetError(self.name, self.seconds, self.where)


_CURRENT: ContextVar[_Budget | None] = ContextVar("derek_article_budget", default=None)
_ticks = 0


def budget_seconds() -> float:
    """CPU seconds one article may take: ``DEREK_ARTICLE_SECONDS`` when it is a number, else the default;
    0 (or less) is no limit."""
    raw = os.environ.get(ENV_VAR, "").strip()
    try:
        seconds = float(raw) if raw else DEFAULT_SECONDS
    except ValueError:
        return DEFAULT_SECONDS
    if not math.isfinite(seconds) or seconds <= 0:
        return math.inf
    return seconds


@contextmanager
def article_budget(name: str, seconds: float | None = None) -> Iterator[None]:
    """Within this block, processing that runs past ``seconds`` of CPU raises :class:`TimeBudgetError`
    naming ``name``. A budget opened inside another one changes nothing: the outer one goes on."""
    if _CURRENT.get() is not None:
        yield
        return
    limit = budget_seconds() if seconds is None else seconds
    budget = _Budget(name, limit, time.process_time() + limit)
    token = _CURRENT.set(budget)
    try:
        with _cpu_timer(budget):
            yield
    finally:
        _CURRENT.reset(token)


def check(where: str) -> None:
    """Raise :class:`TimeBudgetError` when the current article's budget is spent (no budget open: nothing).

    ``where`` (e.g. ``stage 'ner'``) is remembered, to name the stage should the timer stop the article later.
    """
    budget = _CURRENT.get()
    if budget is None:
        return
    budget.where = where
    if budget.spent():
        raise budget.error()


def tick(where: str) -> None:
    """:func:`check`, every 256th call: cheap enough for a loop that runs once per word."""
    global _ticks
    _ticks += 1
    if _ticks % _TICKS_PER_CHECK == 0:
        budget = _CURRENT.get()
        if budget is not None and budget.spent():
            budget.where = where
            raise budget.error()


@contextmanager
def _cpu_timer(budget: _Budget) -> Iterator[None]:
    """``SIGPROF`` once the budget's CPU time is spent; nothing where that timer cannot be ours."""
    if not _timer_is_free() or not math.isfinite(budget.seconds):
        yield
        return

    def on_timer(signum: int, frame: FrameType | None) -> None:
        if budget.spent():
            raise budget.error()
        signal.setitimer(signal.ITIMER_PROF, max(budget.deadline - time.process_time(), 0.001))  # early: again

    previous = signal.signal(signal.SIGPROF, on_timer)
    signal.setitimer(signal.ITIMER_PROF, max(budget.seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous if previous is not None else signal.SIG_DFL)


def _timer_is_free() -> bool:
    """True in the main thread of a POSIX process whose CPU-time timer nobody else has set."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    handler = signal.getsignal(signal.SIGPROF)
    return handler in (signal.SIG_DFL, signal.SIG_IGN, None) and signal.getitimer(signal.ITIMER_PROF)[0] == 0
