"""process_stream: the one read → process loop of `derek process`, `derek ingest` and Spark."""

from __future__ import annotations

from pathlib import Path

from derek.doc import Document
from derek.errors import InputError
from derek.pipeline import load_pipeline
from derek.run import process_stream

LIGHT = ["normalize", "tokenize", "sentences"]


def test_every_input_comes_back_in_order_and_a_bad_one_as_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Жиын\nАстанада жиын өтті.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("Кездесу\nАлматыда кездесу болды.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "_SUCCESS").write_bytes(b"")
    out = list(process_stream([str(tmp_path)], load_pipeline(LIGHT)))
    assert [type(x) for x in out] == [Document, InputError, Document]
    assert isinstance(out[1], InputError) and out[1].source.endswith("b.txt")
    assert [d.title for d in out if isinstance(d, Document)] == ["Жиын", "Кездесу"]


def test_a_failing_document_is_named_and_the_stream_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Бір\nБірінші мәтін.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Мәтін\nЕкінші мәтін.", encoding="utf-8")

    def picky(doc: Document) -> Document:
        if "Бірінші" in doc.text:
            from derek.errors import PipelineError

            raise PipelineError("cannot", stage="picky")
        return doc

    out = list(process_stream([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], picky))
    assert isinstance(out[0], InputError) and "a.txt" in out[0].source and "picky" in out[0].reason
    assert isinstance(out[1], Document)
