"""`derek export`'s tables: the same rows in CSV, JSON Lines and Parquet, and the flat events TSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from derek.doc import Document
from derek.kb import KnowledgeBase
from derek.kb.event_table import EVENT_COLUMNS
from derek.kb.export import TABLES
from derek.kb.export_folder import export_to

TALKS = ("Министрлер кездесті\nҚазақстан министрі Асқар Бекұлы, Түркия министрі Мехмет Озкан және "
         "Жапония министрі Кэнта Ито Астанада кездесті. \"Жұмыс\tжалғасады\", — деді Бекұлы.\n"
         "Келісімге 2 млрд теңге бөлінді.")
PLAN = "Сапар жоспарланды\nАсқар Бекұлы келесі айда Анкараға барады."


def _talks(build: Callable[..., Document]) -> Document:
    return build(
        TALKS, "2025-04-02",
        [("p1", "PERSON", "Асқар Бекұлы", ["Асқар Бекұлы", "Бекұлы."]),
         ("p2", "PERSON", "Мехмет Озкан", ["Мехмет Озкан"]),
         ("p3", "PERSON", "Кэнта Ито", ["Кэнта Ито"]), ("g1", "GPE", "Қазақстан", ["Қазақстан"]),
         ("g2", "GPE", "Түркия", ["Түркия"]), ("g3", "GPE", "Астана", ["Астанада"])],
        roles=[("p1", "министр", "g1"), ("p2", "министр", "g2"), ("p3", "министр", None)],
        quotes=[("p1", "Жұмыс жалғасады")],
        events=[("meeting", [("p1", "in_person"), ("p2", "in_person"), ("p3", None)], "g3")],
    )


def _plan(build: Callable[..., Document]) -> Document:
    doc = build(PLAN, "2025-05-01", [("p1", "PERSON", "Асқар Бекұлы", ["Асқар Бекұлы"])],
                events=[("visit", [("p1", None)], None)])
    doc.events[0].status = "planned"  # type: ignore[attr-defined]  # the optional field engineer B adds
    return doc


@pytest.fixture
def filled(kb: KnowledgeBase, build: Callable[..., Document]) -> KnowledgeBase:
    for doc in (_talks(build), _plan(build)):
        assert kb.add_document(doc).added
    return kb


def _counts(kb: KnowledgeBase) -> dict[str, int]:
    tables = {"articles": "articles", "entities": "entities", "mentions": "mentions", "roles": "roles",
              "quotes": "quotes", "events": "events", "participants": "event_participants", "claims": "claims"}
    return {name: int(kb.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for name, t in tables.items()}


def test_every_format_has_the_same_rows_as_the_database(filled: KnowledgeBase, tmp_path: Path) -> None:
    expected = _counts(filled)
    assert expected["participants"] == 4 and expected["events"] == 2
    by_format = {}
    for fmt in ("csv", "jsonl", "parquet"):
        written = export_to(filled.conn, fmt, tmp_path / fmt)
        by_format[fmt] = {name: rows for name, _, rows in written}
        assert by_format[fmt] == expected, fmt
    for name, table in TABLES.items():
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            records = list(csv.reader(fh))
        assert records[0] == table.names and len(records) - 1 == expected[name]
        lines = (tmp_path / "jsonl" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert all(list(json.loads(line)) == table.names for line in lines)
        parquet = pq.read_table(tmp_path / "parquet" / f"{name}.parquet")
        assert parquet.column_names == table.names and parquet.num_rows == expected[name]


def test_rows_carry_text_and_evidence_verbatim(filled: KnowledgeBase, tmp_path: Path) -> None:
    export_to(filled.conn, "jsonl", tmp_path)

    def rows(name: str) -> list[dict[str, object]]:
        return [json.loads(x) for x in (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]

    texts = {r["doc_id"]: r["text"] for r in rows("articles")}
    assert sorted(texts.values()) == sorted([TALKS, PLAN])
    for name in ("roles", "quotes", "events"):
        for r in rows(name):
            assert r["evidence"] == str(texts[r["doc_id"]])[int(str(r["start"])) : int(str(r["end"]))]
    assert {r["status"] for r in rows("events")} == {"happened", "planned"}
    roles = {r["entity_name"]: r["of_name"] for r in rows("roles")}
    assert roles == {"Асқар Бекұлы": "Қазақстан", "Мехмет Озкан": "Түркия", "Кэнта Ито": None}


def test_parquet_columns_are_typed(filled: KnowledgeBase, tmp_path: Path) -> None:
    export_to(filled.conn, "parquet", tmp_path, ["events", "claims"])
    events = pq.read_table(tmp_path / "events.parquet")
    assert str(events.schema.field("event_id").type) == "int64"
    assert str(events.schema.field("location_id").type) == "int64"
    assert str(pq.read_table(tmp_path / "claims.parquet").schema.field("value").type) == "double"


def test_events_tsv_has_one_row_per_actor_pair(filled: KnowledgeBase, tmp_path: Path) -> None:
    [(_, path, count)] = export_to(filled.conn, "events-tsv", tmp_path)
    assert count == 3 + 1  # A-B, A-C, B-C for the meeting; the planned visit's one actor
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == count + 1  # every row is one line, tab and newline in the evidence included
    table = pacsv.read_csv(path, parse_options=pacsv.ParseOptions(delimiter="\t"))
    assert table.column_names == [c.name for c in EVENT_COLUMNS] and table.num_rows == count
    rows = table.to_pylist()
    pairs = {(r["actor1_name"], r["actor2_name"]) for r in rows if r["type"] == "meeting"}
    assert pairs == {("Асқар Бекұлы", "Мехмет Озкан"), ("Асқар Бекұлы", "Кэнта Ито"), ("Мехмет Озкан", "Кэнта Ито")}
    countries = {r["actor1_name"]: r["actor1_country"] for r in rows if r["type"] == "meeting"}
    assert countries == {"Асқар Бекұлы": "Қазақстан", "Мехмет Озкан": "Түркия"}
    meeting = next(r for r in rows if r["type"] == "meeting")
    assert meeting["location_name"] == "Астана" and str(meeting["date"]) == "2025-04-02"  # read as a date
    assert "\t" not in meeting["evidence"] and "Жұмыс жалғасады" in meeting["evidence"]
    visit = next(r for r in rows if r["type"] == "visit")
    assert visit["status"] == "planned" and not visit["actor2_name"]
    # The visit's article names no post, so the country comes from the post held in another article.
    assert visit["actor1_country"] == "Қазақстан"


def test_an_empty_knowledge_base_exports_headers_only(kb: KnowledgeBase, tmp_path: Path) -> None:
    for fmt in ("csv", "parquet", "events-tsv"):
        assert {rows for _, _, rows in export_to(kb.conn, fmt, tmp_path / fmt)} == {0}
    assert pq.read_table(tmp_path / "parquet" / "roles.parquet").column_names == TABLES["roles"].names


def test_docs_list_every_column() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "export.md").read_text(encoding="utf-8")
    sections = {part.split("\n", 1)[0].strip().strip("`"): part for part in doc.split("\n### ")[1:]}
    for name, table in {**{n: t.names for n, t in TABLES.items()},
                        "events.tsv": [c.name for c in EVENT_COLUMNS]}.items():
        listed = [line.split("|")[1].strip().strip("`") for line in sections[name].splitlines()
                  if line.startswith("| `")]
        assert listed == table, name
