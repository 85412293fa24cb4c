from __future__ import annotations

import pytest

import derek
from derek.doc import Article, Document
from derek.errors import PipelineError, UnsupportedLanguageError
from derek.pipeline import LanguageRouter, Pipeline, Stage, load_pipeline
from derek.stage import check_path, make_stage, stage


def _upper(doc: Document) -> Document:
    doc.text = doc.text.upper()
    return doc


def _boom(doc: Document) -> Document:
    raise ZeroDivisionError("division by zero")


def test_order_is_checked_when_built() -> None:
    needs = Stage("needs-tokens", _upper, requires=("doc.tokens",))
    with pytest.raises(PipelineError, match=r"needs-tokens.*doc\.tokens"):
        Pipeline([needs])


@pytest.mark.parametrize("path", ["doc.tokens", "doc.entities", "token.lemma", "token.ner", "entity.latin"])
def test_attribute_paths_of_the_data_model_are_accepted(path: str) -> None:
    assert check_path(path) == path


@pytest.mark.parametrize(("path", "why"), [
    ("tokens", "not an attribute path"),
    ("doc.tokenz", "Document has no field 'tokenz'"),
    ("token.lema", "Token has no field 'lema'"),
    ("sentence.start", "not an attribute path"),
    ("doc.", "not an attribute path"),
])
def test_a_stale_or_misspelt_contract_fails_when_the_stage_is_made(path: str, why: str) -> None:
    with pytest.raises(PipelineError, match=why):
        Stage("bad", _upper, requires=(path,))


def test_a_second_stage_of_the_same_name_is_refused() -> None:
    @stage("test-only-upper", assigns=("doc.text",))
    def first(doc: Document) -> Document:
        return doc

    with pytest.raises(PipelineError, match="already registered"):
        @stage("test-only-upper", assigns=("doc.text",))
        def second(doc: Document) -> Document:
            return doc


def test_a_stage_listed_twice_is_refused() -> None:
    with pytest.raises(PipelineError, match="appears twice"):
        Pipeline([Stage("upper", _upper), Stage("upper", _upper)])


def test_failing_stage_is_named() -> None:
    pipe = Pipeline([Stage("upper", _upper, assigns=("doc.text",)), Stage("boom", _boom, requires=("doc.text",))])
    with pytest.raises(PipelineError) as info:
        pipe(Document(text="сәлем"))
    assert info.value.stage == "boom"
    assert "ZeroDivisionError" in str(info.value)


def test_pipe_batches_keep_order() -> None:
    pipe = Pipeline([Stage("upper", _upper)])
    docs = [Document(text=f"мәтін {i}") for i in range(10)]
    out = list(pipe.pipe(docs, batch_size=3))
    assert [d.text for d in out] == [f"МӘТІН {i}" for i in range(10)]
    with pytest.raises(ValueError):
        list(pipe.pipe(docs, batch_size=0))


def test_a_batch_function_sees_the_whole_batch() -> None:
    sizes: list[int] = []

    def batch(docs: list[Document]) -> list[Document]:
        sizes.append(len(docs))
        return docs

    pipe = Pipeline([Stage("count", _upper, batch_fn=batch)])
    list(pipe.pipe([Document(text=str(i)) for i in range(7)], batch_size=3))
    assert sizes == [3, 3, 1]


def test_unknown_stage_is_named() -> None:
    with pytest.raises(PipelineError, match="no stage named 'nope'"):
        Pipeline(["nope"])


def test_a_factory_takes_configuration() -> None:
    from derek.stage import stage_factory

    @stage_factory("test-only-suffix", assigns=("doc.text",))
    def suffix(mark: str = "!") -> derek.stage.StageFn:
        def add(doc: Document) -> Document:
            doc.text += mark
            return doc

        return add

    assert make_stage("test-only-suffix", mark="?")(Document(text="иә")).text == "иә?"
    with pytest.raises(PipelineError, match="cannot be made"):
        make_stage("test-only-suffix", colour="red")


def test_the_ner_name_stands_for_the_crf_variant() -> None:
    assert Pipeline(["normalize", "tokenize", "sentences", "morph", "ner"]).names[-1] == "ner.crf"


def test_default_pipeline_routes_by_language() -> None:
    router = load_pipeline()
    assert isinstance(router, LanguageRouter)
    kazakh = router.for_language("kk")
    assert kazakh.names[:3] == ["normalize", "tokenize", "sentences"]
    assert {"doc.entities", "doc.roles", "doc.quotes", "doc.events", "doc.claims"} <= kazakh.assigns


def test_plain_strings_go_through_pipe() -> None:
    texts = ["Мемлекет басшысы Астанада Жапония елшісін қабылдады.", "Үкімет отырысы өтті."]
    docs = list(derek.load_pipeline().pipe(texts))
    assert [d.language for d in docs] == ["kk", "kk"]
    assert any(e.name == "Астана" for e in docs[0].entities)


@pytest.mark.parametrize(("text", "language"), [
    ("Президент Казахстана провёл встречу с делегацией Японии и обсудил вопросы сотрудничества.", "ru"),
    ("The President of Kazakhstan met the Japanese delegation and discussed trade and investment.", "en"),
])
def test_a_text_in_a_language_without_a_pipeline_is_refused_by_name(text: str, language: str) -> None:
    doc = Article(body=text).to_document()
    assert doc.language == language
    if language in load_pipeline().languages:  # a pipeline for it exists now: it must be used
        assert load_pipeline()(doc).language == language
        return
    with pytest.raises(UnsupportedLanguageError, match=f"language '{language}'"):
        load_pipeline()(doc)
