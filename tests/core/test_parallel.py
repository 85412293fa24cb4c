"""process_stream(..., workers=N): the same results, in the same order, from a pool of worker processes."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest

from derek.doc import Article, Document, Source
from derek.errors import DependencyError, InputError, PipelineError
from derek.parallel import Processed, parallel_stream
from derek.pipeline import load_pipeline
from derek.run import Skipped, process_stream

LIGHT = ["normalize", "tokenize", "sentences"]
TEXTS = {
    "a.txt": "Жиын\nАстанада жиын өтті. Оған 40 елден қонақтар келді.",
    "b.txt": "Кездесу\nАлматыда кездесу болды.",
    "c.txt": "Келісім\nҚазақстан мен Өзбекстан келісімге қол қойды.",
    "d.txt": "Жарыс\nШымкентте жеңіл атлетикадан жарыс болды.",
    "e.txt": "Форум\nҚарағандыда жастар форумы ашылды.",
}


class Picky:
    """A pipeline (picklable, so a worker can run it) that fails on one word and stamps the worker's GC setting."""

    def __init__(self, fail_on: str, how: str = "error") -> None:
        self.fail_on, self.how = fail_on, how
        self.light = load_pipeline(LIGHT)

    def __call__(self, doc: Document) -> Document:
        if self.fail_on in doc.text:
            if self.how == "crash":
                os._exit(3)  # the worker process dies
            if self.how == "dependency":
                raise DependencyError("somepackage", "a test stage")
            raise PipelineError("cannot", stage="picky")
        doc = self.light(doc)
        doc.date = str(gc.get_threshold()[0])
        return doc


def _corpus(tmp: Path) -> list[str]:
    for name, text in TEXTS.items():
        (tmp / name).write_text(text, encoding="utf-8")
    (tmp / "empty.txt").write_bytes(b"")
    return [str(tmp)]


def test_two_workers_give_the_documents_of_one_in_the_same_order(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    one = list(process_stream(paths, load_pipeline(LIGHT)))
    two = list(process_stream(paths, load_pipeline(LIGHT), workers=2))
    assert [type(x) for x in two] == [type(x) for x in one]
    assert [x.to_dict() if isinstance(x, Document) else str(x) for x in two] == [
        x.to_dict() if isinstance(x, Document) else str(x) for x in one
    ]
    assert sum(isinstance(x, InputError) for x in two) == 1


def test_a_failure_in_a_worker_is_that_articles_error_and_workers_use_the_batch_gc(tmp_path: Path) -> None:
    out = list(process_stream(_corpus(tmp_path), Picky("Алматыда"), workers=2))
    errors = [x for x in out if isinstance(x, InputError)]
    assert len(errors) == 2 and errors[0].source.endswith("b.txt") and "picky" in errors[0].reason
    docs = [x for x in out if isinstance(x, Document)]
    assert [d.title for d in docs] == ["Жиын", "Келісім", "Жарыс", "Форум"]
    from derek.collector import BATCH_GEN0_THRESHOLD

    assert {d.date for d in docs} == {str(BATCH_GEN0_THRESHOLD)}, "each worker applied tune_for_batch()"


def test_a_worker_that_dies_costs_only_its_article(tmp_path: Path) -> None:
    out = list(process_stream(_corpus(tmp_path), Picky("Өзбекстан", how="crash"), workers=2))
    died = [x for x in out if isinstance(x, InputError) and "died" in x.reason]
    assert len(died) == 1 and died[0].source.endswith("c.txt")
    assert [x.title for x in out if isinstance(x, Document)] == ["Жиын", "Кездесу", "Жарыс", "Форум"]


def test_a_missing_dependency_in_a_worker_stops_the_stream(tmp_path: Path) -> None:
    with pytest.raises(DependencyError, match="somepackage"):
        list(process_stream(_corpus(tmp_path), Picky("Шымкентте", how="dependency"), workers=2))


def test_skip_is_asked_in_the_parent_and_documents_pass_through_in_order() -> None:
    ready = load_pipeline(LIGHT)(Article(body="Дайын мәтін.", title="Дайын").to_document())
    items: list[Article | Document | InputError] = [
        Article(body="Бірінші мәтін.", title="Бір", source=Source(path="one")),
        ready,
        InputError("bad", "cannot be read"),
        Article(body="Екінші мәтін.", title="Екі", source=Source(path="two")),
    ]
    out = list(
        parallel_stream(items, 2, load_pipeline(LIGHT), skip=lambda a: "k2" if a.title == "Екі" else None,
                        skipped=Skipped)
    )
    assert isinstance(out[0], Processed) and out[0].doc.title == "Бір" and out[0].extra is None
    assert out[1] is ready
    assert isinstance(out[2], InputError) and out[2].source == "bad"
    assert out[3] == Skipped("two", "k2")
