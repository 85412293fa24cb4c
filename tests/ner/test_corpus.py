from __future__ import annotations

from pathlib import Path

import pytest

from derek.errors import InputError
from derek.ner.corpus import entity_spans, read_iob2, write_iob2


@pytest.mark.parametrize(
    ("labels", "spans"),
    [
        (["B-PERSON", "I-PERSON", "O", "B-GPE"], [(0, 2, "PERSON"), (3, 4, "GPE")]),
        (["O", "I-GPE", "I-GPE"], [(1, 3, "GPE")]),  # a stray I- opens a span
        (["B-GPE", "B-GPE"], [(0, 1, "GPE"), (1, 2, "GPE")]),
        (["B-DATE", "I-TIME"], [(0, 1, "DATE"), (1, 2, "TIME")]),
        (["O", "O"], []),
    ],
)
def test_entity_spans(labels: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert entity_spans(labels) == spans


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "x.iob2"
    write_iob2(path, [["Айгүл", "келді"], ["Иә"]], [["B-PERSON", "O"], ["O"]])
    assert read_iob2(path) == [(["Айгүл", "келді"], ["B-PERSON", "O"]), (["Иә"], ["O"])]


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.iob2"):
        read_iob2(tmp_path / "nope.iob2")
