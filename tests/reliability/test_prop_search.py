"""``KnowledgeBase.search`` on any query and filters: a list of hits or a DerekError, never anything else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import fragments, texts
from synthetic import dated_text

from derek.errors import DerekError
from derek.kb import KnowledgeBase


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeBase]:
    folder: Path = tmp_path_factory.mktemp("search-kb")
    for i in range(6):
        (folder / f"a{i}.txt").write_text(dated_text(i, 8), encoding="utf-8")
    db = folder / "kb.db"
    with KnowledgeBase(db) as writer:
        assert writer.ingest([str(folder)]).added == 6
    with KnowledgeBase(db, readonly=True) as reader:
        yield reader


optional = st.one_of(st.none(), fragments)


@given(texts, optional, optional, optional, st.one_of(st.none(), st.integers(-5, 10**12), fragments))
def test_search_never_raises_anything_but_derek_error(
    kb: KnowledgeBase, query: str, date_from: str | None, publisher: str | None, event_type: str | None,
    entity: int | str | None,
) -> None:
    try:
        hits = kb.search(query, date_from=date_from, publisher=publisher, event_type=event_type, entity=entity)
    except DerekError:
        return
    assert all(isinstance(h.doc_id, str) for h in hits)


def test_a_lone_surrogate_query_finds_nothing_and_raises_nothing(kb: KnowledgeBase) -> None:
    assert kb.search("\ud800") == []
    assert kb.search("кеңес \udcff", publisher="\ud800", entity="\udfff", date_from="\ud800") == []
    assert kb.search("кеңес")  # the same base answers a real query
