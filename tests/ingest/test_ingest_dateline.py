"""Datelines that open a news body: the place, the agency under its usual name, the rest of the body."""

from __future__ import annotations

import pytest

from derek.ingest.dateline import canonical_publisher, split_dateline


@pytest.mark.parametrize(
    ("body", "place", "publisher", "rest"),
    [
        ("АСТАНА. KAZINFORM — Елордада форум өтті.", "Астана", "Kazinform", "Елордада форум өтті."),
        ("ТАШКЕНТ. KAZINFORM – Кеңес жұмысын бастады.", "Ташкент", "Kazinform", "Кеңес жұмысын бастады."),
        ("БЕЙЖІҢ. Kazinform - Көрме ашылды.", "Бейжің", "Kazinform", "Көрме ашылды."),
        ("ШЫМКЕНТ. 3 наурыз. ҚазАқпарат – Зауыт ашылды.", "Шымкент", "Kazinform", "Зауыт ашылды."),
        ("ҚАРАҒАНДЫ. Казинформ — Шахтерлер күні тойланды.", "Қарағанды", "Kazinform", "Шахтерлер күні тойланды."),
        ("АНКАРА. Egemen.kz — Келіссөздер басталды.", "Анкара", "Egemen Qazaqstan", "Келіссөздер басталды."),
        ("АЛМАТЫ. Tengrinews.kz — Жол жабылды.", "Алматы", "Tengrinews", "Жол жабылды."),
        ("ПРАГА. Azattyq — Сайлау аяқталды.", "Прага", "Azattyq", "Сайлау аяқталды."),
        ("НЬЮ-ЙОРК. Kazinform — БҰҰ сессиясы басталды.", "Нью-Йорк", "Kazinform", "БҰҰ сессиясы басталды."),
        ("ӨСКЕМЕН. Orda News — Көпір жөнделді.", "Өскемен", "Orda News", "Көпір жөнделді."),
        ("Астана. Kazinform — Жиын өтті.", "Астана", "Kazinform", "Жиын өтті."),
    ],
)
def test_dateline_is_split_off(body: str, place: str, publisher: str, rest: str) -> None:
    dateline, remainder = split_dateline(body)
    assert dateline is not None
    assert (dateline.place, dateline.publisher, remainder) == (place, publisher, rest)


def test_dateline_with_day_month_and_year_gives_a_date() -> None:
    dateline, _ = split_dateline("ОРАЛ, 14 ақпан 2024 ж. ҚазАқпарат — Мұз жарылды.")
    assert dateline is not None
    assert (dateline.day, dateline.month, dateline.date) == (14, 2, "2024-02-14")


def test_dateline_with_day_and_month_only_has_no_full_date() -> None:
    dateline, _ = split_dateline("АҚТАУ. 9 қыркүйек. ҚазАқпарат — Порт кеңейді.")
    assert dateline is not None
    assert (dateline.day, dateline.month, dateline.date) == (9, 9, None)


@pytest.mark.parametrize(
    "body",
    [
        "Астана — Қазақстанның астанасы.",
        "АҚШ, Қытай және Ресей — ірі державалар.",
        "ЕО. бұл туралы — кейінірек.",
        "Бүгін Алматыда жаңбыр жауады.",
        "ҚР. 5 сәрсенбі. Kazinform — айдың аты емес.",
        "",
    ],
)
def test_ordinary_openings_are_not_datelines(body: str) -> None:
    assert split_dateline(body) == (None, body)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("KAZINFORM", "Kazinform"),
        ("ҚазАқпарат", "Kazinform"),
        ("Казинформ", "Kazinform"),
        ("Егемен Қазақстан", "Egemen Qazaqstan"),
        ("Akorda.kz", "Akorda"),
        ("Some Local Paper", "Some Local Paper"),
    ],
)
def test_publishers_get_their_usual_names(written: str, canonical: str) -> None:
    assert canonical_publisher(written) == canonical
