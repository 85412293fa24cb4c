"""Strict JSON (issue 12, item 3): no NaN or Infinity in anything derek prints or stores."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pytest
from checks import strict_loads

from derek.cli import main, strict_json
from derek.doc import Claim, Document, Span


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 10**400])
def test_a_claim_that_is_not_a_finite_number_never_reaches_the_json(value: float) -> None:
    claim = Claim(value=value, text="9", evidence=Span(0, 1))
    assert claim.to_dict()["value"] is None
    doc = Document(text="9 тонна", claims=[claim, Claim(value=9.0, text="9", evidence=Span(0, 1))])
    claims = strict_loads(json.dumps(doc.to_dict(), allow_nan=False))["claims"]  # type: ignore[index]
    assert [c["value"] for c in claims] == [9]


def test_a_finite_claim_keeps_its_value() -> None:
    assert Claim(value=2.5, text="2,5", evidence=Span(0, 3)).to_dict()["value"] == 2.5
    assert Claim(value=1e20, text="x", evidence=Span(0, 1)).to_dict()["value"] == 10**20


def test_process_prints_strict_json_for_a_400_digit_number(tmp_path: Path) -> None:
    article = tmp_path / "big.txt"
    article.write_text("Астанада астық жиналды\nБиыл өңірде " + "9" * 400 + " тонна астық жиналды.\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["process", str(article)], out=out) == 0
    doc = strict_loads(out.getvalue())
    assert isinstance(doc, dict)
    assert all(isinstance(c["value"], int | float) and math.isfinite(c["value"]) for c in doc["claims"])


def test_the_cli_refuses_to_print_non_strict_json() -> None:
    with pytest.raises(ValueError):
        strict_json({"value": math.inf})
