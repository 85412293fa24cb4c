"""Reading the language layer's data files: tab-separated tables and word lists, with clear errors.

Every file is UTF-8. A line starting with ``#`` is a comment; blank lines are skipped. A table row with the wrong
number of columns raises :class:`~derek.errors.LanguageDataError` naming the file and the line, so a broken data
file is reported as what it is when it is first read, not as a wrong answer later.
"""

from __future__ import annotations

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
