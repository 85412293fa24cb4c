"""normalize_text: encoding repair, invisible characters, spaces, Latin look-alikes inside Cyrillic words."""

from __future__ import annotations

import unicodedata

import pytest

from derek.text.normalize import normalize_text


def _as_mojibake(text: str) -> str:
    """What a browser shows when UTF-8 bytes are read as CP1251."""
    return text.encode("utf-8").decode("cp1251")


def _as_kz1048_read_as_cp1251(text: str) -> str:
    return text.encode("kz1048").decode("cp1251")


HOMOGLYPHS = [
    ("бiрiншi", "бірінші"),  # Latin i for і, the most common corruption
    ("Үкiмет", "Үкімет"),
    ("кiтап", "кітап"),
    ("oқушы", "оқушы"),  # Latin o
    ("мeктeп", "мектеп"),  # Latin e
    ("Aлматы", "Алматы"),  # Latin A
    ("Kарағанды", "Карағанды"),  # Latin K (maps to К; the missing Қ is a spelling matter, not a homoglyph)
    ("шаhар", "шаһар"),  # Latin h for һ
    ("əлем", "әлем"),  # Latin schwa for ә
    ("ɵнер", "өнер"),  # Latin barred o for ө
    ("Ɵскемен", "Өскемен"),
    ("Yкімет", "Үкімет"),  # capital Y in a front-vowel word is Ү
    ("Yрал", "Урал"),  # and in a back-vowel word У
    ("Pесей", "Ресей"),  # Latin P
    ("TМД", "ТМД"),  # Latin T inside an acronym
    ("cәуір", "сәуір"),  # Latin c
    ("Reuters агенттігі", "Reuters агенттігі"),  # an all-Latin word stays
    ("COVID-19-ға қарсы", "COVID-19-ға қарсы"),  # the Latin part of a hyphenated form stays
    ("Telegram-арнасында", "Telegram-арнасында"),
    ("iPhone телефоны", "iPhone телефоны"),
    ("Reutersтің хабарлауынша", "Reutersтің хабарлауынша"),  # a real Latin part glued to a suffix stays
    ("ҠАЗАҠСТАН", "ҚАЗАҚСТАН"),  # Bashkir қ variant
    ("таӈ", "таң"),  # Khanty/Nenets ң variant
]

SPACES_AND_INVISIBLES = [
    ("1\u00a0250\u00a0000 теңге", "1 250 000 теңге"),  # NBSP between digit groups
    ("5\u202f000 адам", "5 000 адам"),  # narrow NBSP
    ("Қазақ\u00adстан", "Қазақстан"),  # soft hyphen
    ("Астана\u200bда", "Астанада"),  # zero-width space
    ("\ufeffАқорда", "Ақорда"),  # BOM
    ("сөз\u200dбе", "сөзбе"),  # zero-width joiner
    ("екі   сөз", "екі сөз"),  # a run of spaces
    ("екі\tсөз", "екі сөз"),  # a tab
    ("бірінші жол  \n  екінші жол", "бірінші жол\nекінші жол"),  # spaces around a line break
    ("тақырып\r\nмәтін", "тақырып\nмәтін"),  # CRLF
    ("бір\n\n\n\nекі", "бір\n\nекі"),  # many blank lines become one
    ("  бос орын  ", "бос орын"),  # the ends are trimmed
    ("жол\u2028жалғасы", "жол\nжалғасы"),  # line separator
]

ROMAN_CENTURIES = [
    ("ХХІ ғасыр", "XXI ғасыр"),  # Cyrillic Х and І as Roman numerals
    ("ХХI ғасырдағы", "XXI ғасырдағы"),  # Cyrillic Х with a Latin I
    ("ХІХ-ХХ ғасырлар", "XIX-XX ғасырлар"),
    ("XVІІ ғ. басында", "XVII ғ. басында"),
    ("ХV – ХVІ ғғ.", "XV – XVI ғғ."),
    ("XXI ғасыр", "XXI ғасыр"),  # already Latin
    ("ХАЛЫҚ ғасырлар бойы", "ХАЛЫҚ ғасырлар бойы"),  # a Cyrillic word, not a numeral
    ("Х класс оқушылары", "Х класс оқушылары"),  # no century word: left alone
]

NFC = [
    ("и\u0306", "й"),  # decomposed й
    ("Ие\u0308", "Иё"),  # decomposed ё
    ("Мирзие\u0308в", "Мирзиёв"),
]

ENCODING = [
    "Қазақстан Республикасының Үкіметі жаңа бағдарламаны бекітті.",
    "Жаңалық: «Теміртау» — №5 зауыт, ауа 30°, өсім 5,2%…",
    "Өскемен қаласында ғылыми конференция өтті, оған жүзден астам ғалым қатысты.",
    "Шаһар тұрғындары жаңа саябақтың ашылуына қуанды.",
]


@pytest.mark.parametrize(("raw", "expected"), HOMOGLYPHS)
def test_latin_lookalikes_inside_cyrillic_words(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), SPACES_AND_INVISIBLES)
def test_spaces_and_invisible_characters(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), ROMAN_CENTURIES)
def test_roman_century_numerals_in_latin(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), NFC)
def test_nfc(raw: str, expected: str) -> None:
    out = normalize_text(raw)
    assert out == expected
    assert unicodedata.is_normalized("NFC", out)


@pytest.mark.parametrize("clean", ENCODING)
def test_utf8_read_as_cp1251_is_repaired(clean: str) -> None:
    broken = _as_mojibake(clean)
    assert broken != clean
    assert normalize_text(broken) == clean


@pytest.mark.parametrize("clean", ENCODING)
def test_kz1048_read_as_cp1251_is_repaired(clean: str) -> None:
    broken = _as_kz1048_read_as_cp1251(clean)
    assert broken != clean
    assert normalize_text(broken) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Сербия астанасы — Београд, ал Македония астанасы — Скопје.",  # one real ј, no Kazakh damage
        "Дүкенде «Т»» белгісі бар.",  # a lone pair that looks like mojibake
        "Ўзбекистон деген сөз өзбекше жазылған.",  # one ў in an Uzbek word among Kazakh ones
        "Температура 5°С, жел оңтүстіктен соғады.",
        "ТІСІ ЖІБЕК ТІСІ СІЗ",  # capitals whose CP1251 bytes happen to look like UTF-8
    ],
)
def test_clean_text_is_not_repaired(text: str) -> None:
    assert normalize_text(text) == text


def test_mojibake_inside_mostly_clean_text_is_repaired() -> None:
    clean_word = "Қарағанды"
    text = f"Жаңалық: {_as_mojibake(clean_word)} мен {_as_mojibake('Теміртау')} қалалары"
    assert normalize_text(text) == "Жаңалық: Қарағанды мен Теміртау қалалары"


ALL_RAW = [row[0] for row in HOMOGLYPHS + SPACES_AND_INVISIBLES + ROMAN_CENTURIES + NFC] + ENCODING


@pytest.mark.parametrize("raw", ALL_RAW)
def test_idempotent(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


def test_empty() -> None:
    assert normalize_text("") == ""
