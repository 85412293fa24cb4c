"""Numbers that are no reported quantity stay out of claims; units glued to a scale are read; no Infinity."""

from __future__ import annotations

import json
import math

import pytest

from derek.extract.claims import extract

NOT_CLAIMS = [
    ("Ауылдағы 38 жастағы тұрғын марапатталды.", "age"),
    ("Ол 61 жасында зейнетке шықты.", "age"),
    ("Жиын 2 күнге созылды.", "duration"),
    ("Курс 6 айға жалғасады.", "duration"),
    ("Сабақ 45 минут өтті.", "duration"),
    ("Оған 11 сынып оқушылары қатысты.", "grade"),
    ("Ол 73 келіде жеңіске жетті.", "weight class"),
    ("Бас ассамблеяның 80-сессиясы ашылды.", "ordinal"),
    ("Биыл 7-сынып оқушылары сынақ тапсырды.", "ordinal"),
    ("Бағасы 3-5% өсті.", "range"),
    ("Инфляция 2023–2024 жылдары төмендеді.", "years"),
]


@pytest.mark.parametrize(("text", "why"), NOT_CLAIMS)
def test_no_claim_from_a_number_that_is_no_quantity(text: str, why: str) -> None:
    assert extract(text) == [], why


QUANTITIES = [
    ("Қорға 318,4 млрд.теңгеге дейін қаражат түсті.", 318_400_000_000, "теңге"),
    ("Жобаға 2,5 млн.доллар бөлінді.", 2_500_000, "доллар"),
    ("Облысқа 40-тан астам дәрігер келді.", 40, "дәрігер"),
    ("Байқауға 150-ге жуық жастар қатысты.", 150, "жас"),
    ("Су қоймасына 2 млрд текше метр су жиналды.", 2_000_000_000, "метр"),
    ("Алаңы 500 шаршы метр ғимарат салынды.", 500, "метр"),
    ("Ауылда 500 келі ет сатылды.", 500, "келі"),
    ("Жұмыссыздық 4,8% болды.", 4.8, "пайыз"),
]


@pytest.mark.parametrize(("text", "value", "unit"), QUANTITIES)
def test_quantities_are_still_claims(text: str, value: float, unit: str) -> None:
    found = [(c.value, c.unit) for c in extract(text)]
    assert (value, unit) in found


def test_a_number_of_hundreds_of_digits_gives_no_infinite_claim() -> None:
    claims = extract("Есепте " + "7" * 400 + " теңге деп жазылған.")
    assert all(math.isfinite(c.value) for c in claims)
    json.dumps([c.to_dict() for c in claims], allow_nan=False)  # strict JSON must not fail


@pytest.mark.parametrize("text", [
    "Спектакль 8 қыркүйегінде қойылады.",
    "Ол 2030 іріктеуінің кестесін айтты.",
    "Ғалым 80 жасымен құттықталды.",
])
def test_dates_years_and_ages_in_other_forms_are_no_claims(text: str) -> None:
    assert extract(text) == []
