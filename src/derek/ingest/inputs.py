"""Where the bytes come from: paths, directories (walked in order), ``-`` for stdin, and ``.gz``.

Every failure to open or read becomes an :class:`InputError` naming the input; nothing here raises
for one bad input. Reads are capped so that one huge file cannot exhaust memory.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from derek.errors import InputError

MEGABYTE = 1024 * 1024
MAX_ARTICLE_BYTES = 10 * MEGABYTE  # one text or HTML article, or one JSON line
MAX_FEED_BYTES = 100 * MEGABYTE  # one RSS/Atom file
HEAD_BYTES = 65536
STDIN_NAME = "<stdin>"
_CHUNK = MEGABYTE
_GZIP_MAGIC = b"\x1f\x8b"


def is_document_file(name: str) -> bool:
    """False for hidden files, for the READMEs, licences and Markdown notes that sit beside articles, and for the
    markers Spark and Hadoop leave in an output folder (``_SUCCESS``, ``_temporary``, ``.part-0.crc``)."""
    lower = name.lower()
    return not (lower.startswith((".", "_", "readme", "license", "licence")) or lower.endswith((".md", ".crc")))


def iter_input_paths(paths: Sequence[str]) -> Iterator[str | InputError]:
    """The files named by ``paths``: directories are walked recursively in sorted order."""
    for path in paths:
        if path == "-":
            yield path
            continue
        if os.path.isdir(path):
            yield from _walk(path, set())
        elif os.path.lexists(path) and not os.path.exists(path):
            yield InputError(path, "broken symbolic link")
        elif not os.path.lexists(path):
            yield InputError(path, "no such file or directory")
        else:
            yield path  # a named FIFO or /dev/fd/N is read as given


def _walk(directory: str, seen: set[str]) -> Iterator[str | InputError]:
    real = os.path.realpath(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(directory, f"cannot list directory: {exc.strerror or exc}")
        return
    for entry in entries:
        if not is_document_file(entry.name):
            continue
        try:
            if entry.is_dir():
                yield from _walk(entry.path, seen)
                continue
            if entry.is_symlink() and not os.path.exists(entry.path):
                yield InputError(entry.path, "broken symbolic link, skipped")
                continue
            mode = entry.stat().st_mode
        except OSError as exc:
            yield InputError(entry.path, exc.strerror or str(exc))
            continue
        if stat.S_ISREG(mode):
            yield entry.path
        else:
            yield InputError(entry.path, "not a regular file (a FIFO, socket or device), skipped")


@dataclass
class ByteSource:
    """An open input: its name, the file suffix that names its format, the first bytes, and the rest."""

    name: str
    suffix: str
    head: bytes
    rest: BinaryIO
    raw: BinaryIO | None = None

    def read_all(self, limit: int, what: str = "article") -> bytes:
        """Every byte, or :class:`InputError` when there are more than ``limit`` for one ``what``."""
        data = self.head + _read_guarded(self, self.rest, limit + 1 - len(self.head))
        if len(data) > limit:
            raise InputError(self.name, f"too large: over the {limit // MEGABYTE} MB limit for one {what}")
        return data

    def iter_lines(self, limit: int) -> Iterator[tuple[int, bytes | None]]:
        """``(line number, bytes)`` per line; ``None`` for a line over ``limit`` bytes (skipped unread)."""
        buffer, pos, lineno, skipping = self.head, 0, 0, False
        while True:
            newline = buffer.find(b"\n", pos)
            if newline >= 0:
                lineno += 1
                too_long = skipping or newline - pos > limit
                yield lineno, (None if too_long else buffer[pos:newline])
                pos, skipping = newline + 1, False
                continue
            if len(buffer) - pos > limit:
                buffer, pos, skipping = b"", 0, True
            chunk = _read_guarded(self, self.rest, _CHUNK)
            if not chunk:
                break
            buffer, pos = buffer[pos:] + chunk, 0
        if pos < len(buffer) or skipping:
            yield lineno + 1, (None if skipping else buffer[pos:])

    def close(self) -> None:
        """Close the streams (stdin stays open)."""
        if self.name == STDIN_NAME:
            return
        for stream in (self.rest, self.raw):
            if stream is not None:
                stream.close()


def _read_guarded(source: ByteSource, stream: BinaryIO, size: int) -> bytes:
    if size <= 0:
        return b""
    try:
        return stream.read(size)
    except EOFError:
        raise InputError(source.name, "truncated .gz file (compressed data ended early)") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(source.name, f"corrupt .gz file ({exc})") from None
    except OSError as exc:
        raise InputError(source.name, f"cannot read: {exc.strerror or exc}") from None


def open_source(path: str) -> ByteSource:
    """Open ``path`` (``-`` is stdin), undo gzip when the bytes say so, and read the first bytes."""
    if path == "-":
        name, suffix, raw = STDIN_NAME, "", _stdin_stream()
    else:
        name = path
        raw = open_binary(path)
        suffix = os.path.splitext(path.removesuffix(".gz").removesuffix(".GZ"))[1].lower()
    if not hasattr(raw, "peek"):
        raw = io.BufferedReader(raw)  # type: ignore[type-var]
    stream: BinaryIO = raw
    try:
        if _peek(raw, 2).startswith(_GZIP_MAGIC):
            stream = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
        source = ByteSource(name, suffix, b"", stream, raw)
        source.head = _read_guarded(source, stream, HEAD_BYTES)
    except BaseException:
        raw.close()
        raise
    return source


def open_binary(path: str) -> BinaryIO:
    """``path`` opened for reading bytes; a file that cannot be opened is an InputError that names it and says why."""
    try:
        return open(path, "rb")  # closed by ByteSource.close
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot open: {exc.strerror or exc}") from None


def _stdin_stream() -> BinaryIO:
    """The bytes of stdin (a text-only stand-in, as in some test harnesses, is encoded as UTF-8)."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8"))


def _peek(stream: BinaryIO, size: int) -> bytes:
    peek = getattr(stream, "peek", None)
    if peek is not None:
        try:
            return bytes(peek(size))[:size]
        except OSError as exc:
            raise InputError(getattr(stream, "name", "<input>"), f"cannot read: {exc.strerror or exc}") from None
    return b""
