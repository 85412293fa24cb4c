"""The Kazakh language layer: every Kazakh word list and table as data, loaded once.

The files live in ``derek/lang/kk/data`` (see its README for sources and licences). Code asks this module for a
table by name instead of holding word lists of its own, so that one list serves every stage and a new genre or
title is a row in a file, not a new rule.

    >>> from derek.lang import kk
    >>> "ақпан" in kk.words("months")
    True
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from derek.lang.tables import read_rows, read_words

DATA = Path(__file__).resolve().parent / "data"


def data_file(name: str) -> Path:
    """The path of data file ``name`` (``months`` → ``data/months.tsv``)."""
    return DATA / f"{name}.tsv"


@cache
def table(name: str, columns: int | None = None) -> tuple[tuple[str, ...], ...]:
    """The rows of ``data/<name>.tsv``, read once."""
    return read_rows(data_file(name), columns)


@cache
def words(name: str) -> frozenset[str]:
    """The first column of ``data/<name>.tsv`` as a set, read once."""
    return frozenset(read_words(data_file(name)))
