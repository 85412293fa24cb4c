from __future__ import annotations

import io
from pathlib import Path

import pytest

from derek.cli import main
from derek.doc import Document, Mention
from derek.pipeline import load_pipeline


def test_tag_keeps_the_input_lines(tmp_path: Path) -> None:
    src = tmp_path / "tokens.txt"
    lines = ["Айгүл", "Павлодарға", "келді", ".", "", "Ол", "қуанды", "."]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["tag", str(src)], out=out) == 0
    got = out.getvalue().split("\n")
    assert [g.split(" ")[0] for g in got[: len(lines)]] == lines
    for g, line in zip(got, lines, strict=False):
        if line:
            label = g.split(" ")[1]
            assert label == "O" or label[:2] in ("B-", "I-")
        else:
            assert g == ""


def test_tag_names_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absent.txt"
    assert main(["tag", str(missing)], out=io.StringIO()) == 1
    assert "absent.txt" in capsys.readouterr().err


def test_stage_sets_labels_and_mentions() -> None:
    pipe = load_pipeline(["normalize", "tokenize", "sentences", "morph", "ner"])
    doc = pipe(Document(text="Шымкентте Бауыржан Сейітов жаңа мектеп ашты. Кейін ол Таразға барды."))
    assert doc.mentions, "expected at least one mention"
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        assert m.type is not None
    types = {m.text: m.type for m in doc.mentions}
    assert types.get("Шымкентте") == "GPE"
    assert types.get("Таразға") == "GPE"
    labelled = [t for t in doc.tokens if t.ner != "O"]
    assert labelled and all(t.ner[:2] in ("B-", "I-") for t in labelled)
    # every mention starts on a B- token
    starts = {t.start for t in doc.tokens if t.ner.startswith("B-")}
    assert {m.start for m in doc.mentions} <= starts


def test_stage_replaces_old_mentions() -> None:
    pipe = load_pipeline(["normalize", "tokenize", "sentences", "morph", "ner"])
    doc = Document(text="жаңбыр жауды.")
    doc.mentions = [Mention(0, 6, "жаңбыр", "STALE")]
    doc = pipe(doc)
    assert all(m.type != "STALE" for m in doc.mentions)
