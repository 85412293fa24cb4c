"""JSON Lines: one article a line (``text``; optional ``title``, ``date``, ``url``, ``source``, ``language``).

A line that is already a processed derek document (``"schema": "derek.document/1"``) comes back
as a :class:`Document`. A bad line is an :class:`InputError` naming ``file:line``; the other lines
still come through.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from derek.doc import SCHEMA, Article, Document, Source
from derek.errors import InputError
from derek.ingest.dateline import canonical_publisher
from derek.ingest.dates import normalize_date
from derek.ingest.plain import finish_article
from derek.ingest.validate import problems
from derek.unicode_guard import scrub_json


def iter_json_lines(
    lines: Iterable[tuple[int, bytes | str | None]], name: str, limit_mb: int
) -> Iterator[Article | Document | InputError]:
    """One item per non-blank line; ``None`` stands for a line that was too long to read."""
    seen_any = False
    for lineno, raw in lines:
        where = f"{name}:{lineno}"
        if raw is None:
            seen_any = True
            yield InputError(where, f"line too long: over the {limit_mb} MB limit for one article")
            continue
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            seen_any = True
            yield InputError(where, f"undecodable bytes: not valid UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        line = line.removeprefix("\ufeff").strip()
        if not line:
            continue
        seen_any = True
        try:
            yield parse_json_line(line, name, lineno)
        except InputError as err:
            yield err
    if not seen_any:
        yield InputError(name, "empty file")


def iter_json_file(text: str, name: str, limit_mb: int) -> Iterator[Article | Document | InputError]:
    """A ``.json`` file: one object, or an array of objects, possibly over many lines; else JSON Lines."""
    try:
        whole = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        yield from iter_json_lines(enumerate(text.splitlines(), 1), name, limit_mb)
        return
    objects = whole if isinstance(whole, list) else [whole]
    if not objects:
        yield InputError(name, "empty JSON array")
    for number, obj in enumerate(objects, 1):
        where = f"{name}[{number}]" if isinstance(whole, list) else name
        try:
            yield article_from_object(obj, where)
        except InputError as err:
            yield err


def parse_json_line(line: str, name: str, lineno: int) -> Article | Document:
    """The Article (or processed Document) that one JSON line describes."""
    where = f"{name}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(where, "invalid JSON (nested too deeply)") from None
    return article_from_object(obj, where)


def article_from_object(obj: object, where: str) -> Article | Document:
    """The Article (or processed Document) one JSON object describes; ``where`` names it in errors.

    Lone surrogates (``"\\ud800"``) in any string become U+FFFD first.
    """
    try:
        obj = scrub_json(obj)
    except RecursionError:
        raise InputError(where, "invalid JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    if obj.get("schema") is not None:
        return _document(obj, where)
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(where, 'no "text" string in this object')
    source = _source(obj, where)
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    date = normalize_date(obj.get("date"))
    language = _str_or_none(obj.get("language"))
    return finish_article(text.strip(), (title or "").strip() or None, date, source, where, 'empty "text"', language)


def _document(obj: dict[str, Any], where: str) -> Document:
    """A processed document, checked like any input (:mod:`derek.ingest.validate`)."""
    if obj["schema"] != SCHEMA:
        raise InputError(where, f"unsupported schema {obj['schema']!r}; expected {SCHEMA!r}")
    if not isinstance(obj.get("text"), str):
        raise InputError(where, f'not a valid {SCHEMA} document (no "text" string)')
    try:
        doc = Document.from_dict(obj)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(where, f"not a valid {SCHEMA} document ({type(exc).__name__}: {exc})") from None
    found = problems(doc, id_given=bool(obj.get("id")))
    if found:
        raise InputError(where, f"not a valid {SCHEMA} document: {'; '.join(found)}")
    return doc


def _source(obj: dict[str, Any], path: str) -> Source:
    """``source`` may be a publisher name or an object with ``url``/``publisher``/``dateline``."""
    raw = obj.get("source")
    source = Source(path=path, url=_str_or_none(obj.get("url")), publisher=_str_or_none(obj.get("publisher")))
    if isinstance(raw, str):
        source.publisher = raw.strip() or source.publisher
    elif isinstance(raw, dict):
        source.url = source.url or _str_or_none(raw.get("url"))
        source.publisher = source.publisher or _str_or_none(raw.get("publisher"))
        source.dateline = _str_or_none(raw.get("dateline"))
    if source.publisher:
        source.publisher = canonical_publisher(source.publisher)
    return source


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
