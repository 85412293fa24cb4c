"""The morph stage fills tokens; `derek lemmatize` keeps the input's lines."""

from __future__ import annotations

import io
from pathlib import Path

from derek.cli import main
from derek.doc import Document
from derek.pipeline import Pipeline


def test_stage_fills_every_token() -> None:
    doc = Document(text="Премьер-министр Берлинге барды. Ол Германия канцлерімен кездесті.")
    doc = Pipeline(["normalize", "tokenize", "sentences", "morph"])(doc)
    assert doc.tokens
    assert all(t.lemma for t in doc.tokens)
    by_text = {t.text: t for t in doc.tokens}
    assert (by_text["Берлинге"].lemma, by_text["Берлинге"].case) == ("Берлин", "dat")
    assert by_text["Берлинге"].feats.get("Case") == "Dat"
    assert by_text["барды"].pos == "VERB" and by_text["барды"].lemma == "бар"
    assert by_text["канцлерімен"].case == "ins"
    assert by_text["канцлерімен"].lemma == "канцлер"


def test_stage_makes_a_documents_name_forms_agree() -> None:
    doc = Document(text="Корта келді. Кортаның сөзін тыңдадық. Кортамен сөйлестік.")
    doc = Pipeline(["normalize", "tokenize", "sentences", "morph"])(doc)
    assert {t.lemma for t in doc.tokens if t.text.startswith("Корта")} == {"Корта"}


def test_lemmatize_keeps_lines(tmp_path: Path) -> None:
    src = tmp_path / "tokens.txt"
    src.write_text("Біз\nАлматыда\nтұрамыз\n.\n\nОлар\nкітаптарды\nоқыды\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["lemmatize", str(src)], out=out) == 0
    lines = out.getvalue().split("\n")
    assert lines[:4] == ["Біз\tбіз", "Алматыда\tАлматы", "тұрамыз\tтұр", ".\t."]
    assert lines[4] == ""
    assert lines[5:8] == ["Олар\tолар", "кітаптарды\tкітап", "оқыды\tоқы"]


def test_lemmatize_names_a_missing_file(tmp_path: Path, capsys: object) -> None:
    assert main(["lemmatize", str(tmp_path / "absent.txt")], out=io.StringIO()) == 1
