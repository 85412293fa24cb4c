"""Encodings a Kazakh text file arrives in, and bytes that are not text."""

from __future__ import annotations

import codecs

import pytest

from derek.errors import InputError
from derek.ingest.decoding import decode_bytes

TEXT = "Өскемен қаласында жаңа көпір ашылды. Құрылысқа 4,5 млрд теңге жұмсалды, деп хабарлады әкімдік.\n"
RUSSIAN = "В Астане открылся новый мост. На строительство потратили 4,5 млрд тенге.\n"


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
        (TEXT.encode("utf-16"), TEXT),  # with a BOM
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
        (TEXT.encode("utf-16-le"), TEXT),  # no BOM: the NUL/0x04 pattern shows it
        (TEXT.encode("utf-16-be"), TEXT),
        (TEXT.encode("kz1048"), TEXT),  # the Kazakh letters survive only in KZ-1048
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (b"", ""),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom", "kz1048", "cp1251", "empty"],
)
def test_encodings_are_recognised(encoded: bytes, expected: str) -> None:
    assert decode_bytes(encoded, "a.txt") == expected


def test_kz1048_is_chosen_over_cp1251_for_kazakh_letters() -> None:
    text = decode_bytes("Ұлттық құрама әлем чемпионатына қатысады.".encode("kz1048"), "a.txt")
    assert "Ұлттық" in text
    assert not set("јєќѕґўїћ") & set(text)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x00\x01\x02\x03\xff\xd8\xff\xe0" * 200, "binary"),
        (bytes(range(32)) * 50, "binary"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(500), "binary"),
        (TEXT.encode("utf-8") + b"\xff\xfe\xfa" + TEXT.encode("utf-8"), "undecodable"),
        (TEXT.encode("utf-8")[:-3] + b"\xd2", "undecodable"),
        (bytes(range(0x80, 0x100)) * 20, "undecodable"),
    ],
    ids=["image-like", "control-bytes", "zip-like", "broken-utf8", "cut-utf8", "random-high-bytes"],
)
def test_non_text_is_an_input_error(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "bad.txt")
    assert caught.value.source == "bad.txt"
    assert reason in caught.value.reason
