"""A time budget for each article, so that one pathological input fails by name instead of holding up a batch.

:func:`article_budget` opens the budget around the processing of one article; :func:`check` (between stages)
and :func:`tick` (in loops that run once per word or mention; it looks at the clock every 256th call) raise
:class:`~derek.errors.TimeBudgetError` naming the article once the budget is spent. The budget is
``DEREK_ARTICLE_SECONDS`` seconds (default 60; 0 turns it off).
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from derek.errors import TimeBudgetError

ENV_VAR = "DEREK_ARTICLE_SECONDS"
DEFAULT_SECONDS = 60.0
_TICKS_PER_CHECK = 256


@dataclass(frozen=True)
class _Budget:
    name: str
    seconds: float
    deadline: float


_CURRENT: ContextVar[_Budget | None] = ContextVar("derek_article_budget", default=None)
_ticks = 0


def budget_seconds() -> float:
    """Seconds one article may take: ``DEREK_ARTICLE_SECONDS`` when it is a number, else the default; 0 is no limit."""
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
    """Within this block, :func:`check` and :func:`tick` raise once ``seconds`` have passed, naming ``name``."""
    limit = budget_seconds() if seconds is None else seconds
    token = _CURRENT.set(_Budget(name, limit, time.monotonic() + limit))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def check(where: str) -> None:
    """Raise :class:`TimeBudgetError` when the current article's budget is spent (no budget open: nothing)."""
    budget = _CURRENT.get()
    if budget is not None and time.monotonic() > budget.deadline:
        raise TimeBudgetError(budget.name, budget.seconds, where)


def tick(where: str) -> None:
    """:func:`check`, every 256th call: cheap enough for a loop that runs once per word."""
    global _ticks
    _ticks += 1
    if _ticks % _TICKS_PER_CHECK == 0:
        check(where)
