"""Latin spellings of names for English readers, through ``derek.text.translit.romanize``."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=1)
def _romanizer() -> Callable[[str], str] | None:
    try:
        from derek.text.translit import romanize
    except ImportError:  # the text package is being rebuilt; names then stay in Cyrillic
        return None
    return romanize


def romanize(name: str) -> str:
    """``name`` in Latin letters (unchanged when no transliterator is installed)."""
    fn = _romanizer()
    return fn(name) if fn else name
