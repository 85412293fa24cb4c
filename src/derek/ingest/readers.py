"""``iter_articles``: any mix of files, directories, feeds, JSON Lines, HTML, ``.gz`` and stdin.

Each input is opened (:mod:`derek.ingest.inputs`), its format decided (:mod:`derek.ingest.sniff`)
and handed to one reader. Nothing here raises for a bad input: an :class:`InputError` takes its place.
A package missing from the installation is not a bad input: it raises :class:`DependencyError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from derek.doc import Article, Document
from derek.errors import DependencyError, InputError
from derek.ingest.decoding import decode_bytes, utf16_byte_order
from derek.ingest.feeds import iter_feed_articles
from derek.ingest.html_pages import read_html_article
from derek.ingest.inputs import (
    MAX_ARTICLE_BYTES,
    MAX_FEED_BYTES,
    MEGABYTE,
    ByteSource,
    iter_input_paths,
    open_source,
)
from derek.ingest.jsonlines import iter_json_file, iter_json_lines
from derek.ingest.plain import read_text_article
from derek.ingest.sniff import Format, declared_charset, detect_format

__all__ = ["iter_articles", "read_text_article"]


def iter_articles(paths: Sequence[str]) -> Iterator[Article | Document | InputError]:
    """Every article in ``paths`` (``-`` is stdin); an InputError in place of each one that cannot be read.

    JSON lines that are already processed derek documents come back as :class:`Document`.
    """
    for path in iter_input_paths(paths):
        if isinstance(path, InputError):
            yield path
            continue
        yield from _read_path(path)


def _read_path(path: str) -> Iterator[Article | Document | InputError]:
    try:
        source = open_source(path)
    except InputError as err:
        yield err
        return
    try:
        yield from _read_source(source)
    except InputError as err:
        yield err
    except MemoryError:
        yield InputError(source.name, "out of memory while reading this input")
    except ImportError as exc:  # a package the reader needs is missing: an installation problem, not a bad file
        raise DependencyError(exc.name or str(exc), f"reading {source.name}") from exc
    except Exception as exc:  # a third-party parser (lxml, feedparser) choking on odd input must not stop a batch
        yield InputError(source.name, f"cannot be read ({type(exc).__name__}: {exc})")
    finally:
        source.close()


def _read_source(source: ByteSource) -> Iterator[Article | Document | InputError]:
    yield from READERS[detect_format(source.suffix, source.head)](source)


def _read_feed(source: ByteSource) -> Iterator[Article | Document | InputError]:
    data = source.read_all(MAX_FEED_BYTES, "feed")
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise InputError(source.name, "empty file")
    yield from iter_feed_articles(data, source.name)


def _read_html(source: ByteSource) -> Iterator[Article | Document | InputError]:
    data = source.read_all(MAX_ARTICLE_BYTES)
    text = decode_bytes(data, source.name, declared_charset(data))
    if not text.strip():
        raise InputError(source.name, "empty file")
    yield read_html_article(text, source.name)


def _read_text(source: ByteSource) -> Iterator[Article | Document | InputError]:
    text = decode_bytes(source.read_all(MAX_ARTICLE_BYTES), source.name, None)
    if not text.strip():
        raise InputError(source.name, "empty file")
    yield read_text_article(text, source.name)


def _read_json_lines(source: ByteSource) -> Iterator[Article | Document | InputError]:
    limit_mb = MAX_ARTICLE_BYTES // MEGABYTE
    whole_json = source.suffix == ".json" or source.head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"[")
    utf16 = source.head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_byte_order(source.head) is not None
    if not (whole_json or utf16):
        yield from iter_json_lines(source.iter_lines(MAX_ARTICLE_BYTES), source.name, limit_mb)
        return
    text = decode_bytes(source.read_all(MAX_FEED_BYTES, "JSON file"), source.name)
    if whole_json:
        yield from iter_json_file(text, source.name, limit_mb)
    else:
        yield from iter_json_lines(enumerate(text.splitlines(), 1), source.name, limit_mb)


Reader = Callable[[ByteSource], Iterator[Article | Document | InputError]]

# One reader for each input format that :func:`derek.ingest.sniff.detect_format` tells apart. A new format is a
# reader here and its extensions and markers in ``sniff.py``.
READERS: dict[Format, Reader] = {
    "jsonl": _read_json_lines,
    "feed": _read_feed,
    "html": _read_html,
    "text": _read_text,
}
