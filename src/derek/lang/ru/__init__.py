"""The Russian language layer: every Russian word list and table as data, loaded once.

Kazakhstan's outlets publish in Russian as well as Kazakh; the Russian pipeline (:mod:`derek.lang.ru.pipeline`)
reads its titles, speech verbs, event triggers, attendance cues and units from ``derek/lang/ru/data`` (see its
README for sources). Same shape as :mod:`derek.lang.kk`.

    >>> from derek.lang import ru
    >>> "заявил" in ru.words("speech_verbs")
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


@cache
def mapping(name: str) -> dict[str, str]:
    """A two-column ``data/<name>.tsv`` as a dict from the first column to the second, read once."""
    return {row[0]: row[1] for row in table(name, 2)}
