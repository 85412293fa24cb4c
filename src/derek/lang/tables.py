"""Reading the language layer's data files: tab-separated tables and word lists, with clear errors.

Every file is UTF-8. A line starting with ``#`` is a comment; blank lines are skipped. A table row with the wrong
number of columns raises :class:`~derek.errors.LanguageDataError` naming the file and the line, so a broken data
file is reported as what it is when it is first read, not as a wrong answer later.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from derek.errors import LanguageDataError


def read_rows(path: Path, columns: int | None = None, min_columns: int = 1) -> tuple[tuple[str, ...], ...]:
    """The rows of a TSV file, each cell stripped; ``columns`` pads short rows with "" and refuses long ones."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LanguageDataError(str(path), f"cannot be read ({exc})") from exc
    rows: list[tuple[str, ...]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if columns is not None:
            if len(cells) > columns:
                raise LanguageDataError(str(path), f"line {number} has {len(cells)} columns, expected {columns}")
            cells += [""] * (columns - len(cells))
        if sum(1 for c in cells if c) < min_columns:
            raise LanguageDataError(str(path), f"line {number} has fewer than {min_columns} filled columns")
        rows.append(tuple(cells))
    return tuple(rows)


def read_words(path: Path) -> tuple[str, ...]:
    """One entry a line (the first column of a TSV), in file order."""
    return tuple(row[0] for row in read_rows(path))


class LanguageData:
    """One language's data folder (``derek/lang/<code>/data``): its tables, read once each."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def data_file(self, name: str) -> Path:
        """The path of data file ``name`` (``months`` → ``data/months.tsv``)."""
        return self.folder / f"{name}.tsv"

    @cache  # noqa: B019  (one instance per language, alive for the whole process)
    def table(self, name: str, columns: int | None = None) -> tuple[tuple[str, ...], ...]:
        """The rows of ``data/<name>.tsv``, read once."""
        return read_rows(self.data_file(name), columns)

    @cache  # noqa: B019
    def words(self, name: str) -> frozenset[str]:
        """The first column of ``data/<name>.tsv`` as a set, read once."""
        return frozenset(read_words(self.data_file(name)))

    @cache  # noqa: B019
    def mapping(self, name: str) -> dict[str, str]:
        """A two-column ``data/<name>.tsv`` as a dict from the first column to the second, read once."""
        return {row[0]: row[1] for row in self.table(name, 2)}
