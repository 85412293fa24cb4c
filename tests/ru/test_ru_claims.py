"""Russian numeric claims and their exclusions (dates, years, ages, ordinals, ranges, names)."""

from __future__ import annotations

import pytest

from derek.lang.ru.claims import extract


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("В форуме участвовали делегации 26 стран.", 26, "страна"),
        ("Рост экономики составил 5,1 процента.", 5.1, "процент"),
        ("Инфляция составила около 8,5%.", 8.5, "процент"),
        ("Инвестиции достигли 2,1 млрд долларов.", 2_100_000_000, "доллар"),
        ("В стране работают более 60 сербских компаний.", 60, "компания"),
        ("Газ подведут к 14 населённым пунктам.", 14, "пункт"),
    ],
)
def test_claims_have_an_exact_value_and_a_nominative_unit(text: str, value: float, unit: str) -> None:
    claims = extract(text)
    assert [(c.value, c.unit) for c in claims] == [(value, unit)]
    assert text[claims[0].evidence.start : claims[0].evidence.end] == claims[0].text


def test_money_has_its_currency() -> None:
    assert extract("Бюджет составит 300 млн тенге.")[0].currency == "KZT"


@pytest.mark.parametrize(
    "text",
    [
        "Встреча прошла 24 декабря в Астане.",
        "В 2024 году завод запустили.",
        "Ему исполнилось 65 лет.",
        "На 80-й сессии обсудили климат.",
        "Саммит приурочен к 25-летию договора.",
        "Температура составит 5–7 градусов.",
        "Матч завершился со счётом 3:2.",
        "Он дал интервью журналисту «Хабар 24».",
    ],
)
def test_dates_years_ages_ordinals_ranges_scores_and_names_are_not_claims(text: str) -> None:
    assert extract(text) == []
