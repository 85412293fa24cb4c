"""Writing an export folder: one file per table, or the one GDELT-style ``events.tsv``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from derek.kb.event_table import event_tsv_lines
from derek.kb.export import TABLES, prepare, write_table


def export_to(
    conn: sqlite3.Connection, fmt: str, directory: Path, names: list[str] | None = None
) -> list[tuple[str, Path, int]]:
    """Write each table (``names``, default all) to ``directory`` in ``fmt``; ``events-tsv`` writes ``events.tsv``.

    Returns (table, path, rows) for each file written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    prepare(conn)
    if fmt == "events-tsv":
        path, count = directory / "events.tsv", -1
        with path.open("w", encoding="utf-8", newline="") as fh:
            for line in event_tsv_lines(conn):
                fh.write(line)
                count += 1
        return [("events-tsv", path, count)]
    return [(name, *write_table(conn, name, fmt, directory)) for name in (names or list(TABLES))]
