"""Bytes → text: UTF-8 (with or without BOM), UTF-16, and the legacy Cyrillic code pages.

Legacy files are decoded as cp1251 or KZ-1048 (``kz1048``): the two differ only where
KZ-1048 puts the Kazakh letters, which cp1251 shows as Serbian/Macedonian ones
(ә↔ј, ғ↔є, қ↔ќ, ң↔ѕ, ө↔ґ, ұ↔ў, ү↔ї, һ↔ћ). Binary data and broken UTF-8 are refused.
"""

from __future__ import annotations

import codecs
import re

from derek.errors import InputError

KAZAKH_LETTERS = frozenset("әғқңөұүһӘҒҚҢӨҰҮҺ")
MISREAD_KAZAKH = frozenset("јєќѕґўїћЈЄЌЅҐЎЇЋ")  # KZ-1048 bytes read as cp1251
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_SAMPLE = 65536


def utf16_byte_order(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when BOM-less bytes look like UTF-16 text, else None.

    In UTF-16 text of Latin or Cyrillic letters every other byte is 0x00 (ASCII) or 0x04 (Cyrillic),
    and the bytes between them are almost never 0x00.
    """
    sample = data[: _SAMPLE & ~1]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    for order, high, low in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        shared = sum(1 for b in high if b in (0, 4))
        if high.count(0) and shared >= 0.9 * len(high) and low.count(0) < 0.05 * len(low):
            return order
    return None


def looks_binary(data: bytes) -> bool:
    """True for bytes no text file holds: NULs outside UTF-16, or many control bytes."""
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if b"\x00" in sample and utf16_byte_order(sample) is None:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in _ALLOWED_CONTROLS)
    return controls > 0.05 * len(sample)


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """The text of ``data``; :class:`InputError` naming ``source`` when it is not text.

    ``declared`` is the charset a page names for itself (HTML ``<meta charset>``), used when the
    bytes are not UTF-8.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    order = utf16_byte_order(data)
    if order:
        return _strict(data, order, source)
    if looks_binary(data):
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared and _known_codec(declared) not in (None, "utf-8"):
        text = _strict(data, declared, source)
        if _known_codec(declared) == "cp1251" and any(c in MISREAD_KAZAKH for c in text):
            return data.decode("kz1048")
        return text
    return _legacy_cyrillic(data, source, utf8_error)


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        reason = f"undecodable bytes: not valid {encoding} ({exc.reason} at byte {exc.start})"
        raise InputError(source, reason) from None
    return text.removeprefix("\ufeff")


def _legacy_cyrillic(data: bytes, source: str, utf8_error: UnicodeDecodeError) -> str:
    """cp1251 or KZ-1048, when the bytes are not (damaged) UTF-8 and read as Cyrillic text."""
    valid_sequences = len(_UTF8_MULTIBYTE.findall(data[:_SAMPLE]))
    high_bytes = sum(1 for b in data[:_SAMPLE] if b >= 0x80)
    damaged_utf8 = valid_sequences * 2 >= high_bytes * 0.5
    problem = (
        f"undecodable bytes: not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
        "and not a legacy Cyrillic encoding"
    )
    if damaged_utf8 or b"\x98" in data:
        raise InputError(source, problem)
    as_cp1251 = data.decode("cp1251")
    letters = [c for c in as_cp1251[:_SAMPLE] if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    spaces = sum(1 for c in as_cp1251[:_SAMPLE] if c.isspace())
    if not letters or cyrillic < 0.5 * len(letters) or spaces < 0.03 * min(len(as_cp1251), _SAMPLE):
        raise InputError(source, problem)
    if any(c in MISREAD_KAZAKH for c in as_cp1251):
        return data.decode("kz1048")
    return as_cp1251
