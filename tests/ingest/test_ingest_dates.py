"""Dates as sources write them → ISO YYYY-MM-DD."""

from __future__ import annotations

import datetime as dt

import pytest

from derek.ingest.dates import normalize_date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2024-03-07", "2024-03-07"),
        ("2024-3-7", "2024-03-07"),
        ("2024-03-07T18:45:00+05:00", "2024-03-07"),
        ("2024/03/07", "2024-03-07"),
        ("07.03.2024", "2024-03-07"),
        ("7 наурыз 2024", "2024-03-07"),
        ("2024 жылғы 7 наурыз", "2024-03-07"),
        ("2024 ж. 21 қыркүйек", "2024-09-21"),
        ("21 қыркүйегі 2024", "2024-09-21"),
        ("12 желтоқсан 2023", "2023-12-12"),
        ("7 марта 2024", "2024-03-07"),
        ("7 March 2024", "2024-03-07"),
        ("March 7, 2024", "2024-03-07"),
        ("Thu, 07 Mar 2024 18:45:00 +0500", "2024-03-07"),
        (dt.date(2024, 3, 7), "2024-03-07"),
    ],
)
def test_dates_are_normalised(written: object, iso: str) -> None:
    assert normalize_date(written) == iso


@pytest.mark.parametrize("written", ["", "кеше", "2024-02-30", "31.04.2024", "7 сәрсенбі 2024", None, 20240307])
def test_non_dates_give_none(written: object) -> None:
    assert normalize_date(written) is None
