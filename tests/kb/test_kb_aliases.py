"""Entity corrections: merge two entities, split a wrong merge; kept in a TOML file and applied again after
every ingest, so they survive re-ingesting and rebuilding."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from derek.cli import main
from derek.doc import Document
from derek.errors import InputError
from derek.kb import KnowledgeBase
from derek.kb.aliases import (
    Corrections,
    Merge,
    Split,
    apply_corrections,
    default_file,
    read_corrections,
    write_corrections,
)

Build = Callable[..., Document]


def _docs(build: Build) -> list[Document]:
    full = build("Әкім жиын өткізді\nОблыс әкімі Ерлан Қарин фермерлермен кездесті.", "2025-01-10",
                 [("p", "PERSON", "Ерлан Қарин", ["Ерлан Қарин"]),
                  ("f", "ORGANISATION", "фермерлер", ["фермерлермен"])],
                 roles=[("p", "облыс әкімі", None)], events=[("meeting", [("p", "in_person"), ("f", None)], None)])
    patronymic = build("Әкім сөз сөйледі\nЕрлан Тынымбайұлы жаңа жоба туралы айтты.", "2025-02-03",
                       [("p", "PERSON", "Ерлан Тынымбайұлы", ["Ерлан Тынымбайұлы"])],
                       quotes=[("p", "Жоба басталады")])
    return [full, patronymic]


def _person(kb: KnowledgeBase, name: str) -> list[int]:
    return [e.id for e in kb.list_entities("PERSON", None, 100) if e.name == name]


def test_merge_moves_every_fact_and_survives_a_rebuild(tmp_path: Path, build: Build) -> None:
    corrections = Corrections(merges=[Merge("Ерлан Тынымбайұлы", "Ерлан Қарин")])
    for attempt in ("first", "rebuilt"):
        with KnowledgeBase(tmp_path / f"{attempt}.db") as kb:
            for doc in _docs(build):
                kb.add_document(doc)
            assert len(kb.list_entities("PERSON")) == 2
            done = apply_corrections(kb.conn, corrections)
            assert len(done.merged) == 1
            [karin] = _person(kb, "Ерлан Қарин")
            entity = kb.get_entity(karin)
            assert entity is not None and (entity.article_count, entity.mention_count) == (2, 2)
            assert "Ерлан Тынымбайұлы" in entity.aliases and _person(kb, "Ерлан Тынымбайұлы") == []
            assert [q.text for q in kb.entity_quotes(karin)] == ["Жоба басталады"]
            assert [r.position for r in kb.entity_roles(karin)] == ["облыс әкімі"]
            assert [m.text for m in kb.entity_mentions(karin)] == ["Ерлан Қарин", "Ерлан Тынымбайұлы"]
            assert apply_corrections(kb.conn, corrections).merged == []  # applying again changes nothing


def test_split_undoes_a_wrong_merge_and_is_idempotent(kb: KnowledgeBase, build: Build) -> None:
    for doc in _docs(build):
        kb.add_document(doc)
    apply_corrections(kb.conn, Corrections(merges=[Merge("Ерлан Тынымбайұлы", "Ерлан Қарин")]))
    [merged] = _person(kb, "Ерлан Қарин")
    done = apply_corrections(kb.conn, Corrections(splits=[Split("Ерлан Тынымбайұлы", "Ерлан Қарин")]))
    [(source, new)] = done.split
    assert source == merged and _person(kb, "Ерлан Тынымбайұлы") == [new]
    split_off, kept = kb.get_entity(new), kb.get_entity(merged)
    assert split_off is not None and kept is not None
    assert (split_off.article_count, kept.article_count) == (1, 1)
    assert [q.text for q in kb.entity_quotes(new)] == ["Жоба басталады"] and kb.entity_quotes(merged) == []
    assert "Ерлан Тынымбайұлы" not in kept.aliases
    assert apply_corrections(kb.conn, Corrections(splits=[Split("Ерлан Тынымбайұлы")])).split == []


def test_the_file_round_trips_and_a_bad_one_is_named(tmp_path: Path) -> None:
    path = tmp_path / "x.aliases.toml"
    wanted = Corrections([Merge('Қарин "кіші"', "12")], [Split("Айгүл Бекова", "Айгүл Серікқызы"), Split("Бек")])
    write_corrections(path, wanted)
    assert read_corrections(path) == wanted
    assert read_corrections(tmp_path / "absent.toml") == Corrections()
    assert default_file(tmp_path / "derek.db") == tmp_path / "derek.aliases.toml"
    path.write_text("[[merge]]\nname = 'A'\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"\[\[merge\]\] #1: needs into"):
        read_corrections(path)
    path.write_text("[[merge\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable TOML"):
        read_corrections(path)


def test_cli_alias_add_is_kept_across_re_ingest(tmp_path: Path, build: Build,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    first, second = _docs(build)
    db = tmp_path / "derek.db"
    lines = tmp_path / "first.jsonl"
    lines.write_text(json.dumps(first.to_dict(), ensure_ascii=False) + "\n" +
                     json.dumps(second.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["ingest", str(lines), "--db", str(db), "--quiet"]) == 0
    assert main(["alias", "add", "Ерлан Тынымбайұлы", "Ерлан Қарин", "--db", str(db)]) == 0
    assert "1 merged" in capsys.readouterr().out
    assert read_corrections(tmp_path / "derek.aliases.toml").merges == [Merge("Ерлан Тынымбайұлы", "Ерлан Қарин")]
    later = build("Жаңа жиын\nЕрлан Тынымбайұлы ауылға барды.", "2025-03-01",
                  [("p", "PERSON", "Ерлан Тынымбайұлы", ["Ерлан Тынымбайұлы"])])
    more = tmp_path / "later.jsonl"
    more.write_text(json.dumps(later.to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["ingest", str(more), "--db", str(db), "--quiet"]) == 0
    assert "1 merged" in capsys.readouterr().out  # the new article's duplicate entity is merged again
    with KnowledgeBase(db, readonly=True) as kb:
        [karin] = _person(kb, "Ерлан Қарин")
        entity = kb.get_entity(karin)
        assert entity is not None and entity.article_count == 3 and _person(kb, "Ерлан Тынымбайұлы") == []


def test_cli_alias_refuses_unknown_names_and_wrong_arity(tmp_path: Path, build: Build,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "derek.db"
    with KnowledgeBase(db) as kb:
        for doc in _docs(build):
            kb.add_document(doc)
    assert main(["alias", "add", "Ешкім Жоқ", "Ерлан Қарин", "--db", str(db)]) == 2
    assert "no entity" in capsys.readouterr().err and not default_file(db).exists()
    with pytest.raises(SystemExit) as exc:
        main(["alias", "add", "Ерлан Қарин", "--db", str(db)])
    assert exc.value.code == 2
