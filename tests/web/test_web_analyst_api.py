"""What analysts ask the API for: validated parameters (422 in the one shape), totals and offsets, facets,
streamed exports that agree with `derek export`, and examples in the OpenAPI description."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx
import pytest
from web_corpus import Corpus, kb_id

from derek.kb import KnowledgeBase
from derek.kb.export import TABLES
from derek.kb.export_folder import export_to
from derek.web.examples import EXAMPLES


@pytest.mark.parametrize(
    ("path", "params", "where"),
    [("/api/search", {"q": "x", "date_from": "2025-13-01"}, "query.date_from"),
     ("/api/search", {"q": "x", "date_to": "2025-02-30"}, "query.date_to"),
     ("/api/events", {"date_from": "2025-13-01"}, "query.date_from"),
     ("/api/events", {"type": "bogus"}, "query.type"),
     ("/api/search", {"q": "x", "event_type": "bogus"}, "query.event_type"),
     ("/api/entities", {"type": "bogus"}, "query.type"),
     ("/api/events", {"limit": "-5"}, "query.limit"),
     ("/api/entities", {"offset": "-1"}, "query.offset"),
     ("/api/search", {"q": "x", "sort": "random"}, "query.sort"),
     ("/api/events", {"date_from": "2025-06-01", "date_to": "2025-01-01"}, "query.date_to")],
)
def test_bad_parameters_are_a_422_naming_the_parameter(client: httpx.Client, path: str, params: dict[str, str],
                                                      where: str) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == 422
    assert [d["where"] for d in body["error"]["detail"]] == [where]


def test_types_match_case_insensitively(client: httpx.Client) -> None:
    people = client.get("/api/entities", params={"type": "person", "limit": 500}).json()
    assert people["total"] >= 3 and {e["type"] for e in people["entities"]} == {"PERSON"}
    lower = client.get("/api/events", params={"type": "meeting"}).json()
    upper = client.get("/api/events", params={"type": "MEETING"}).json()
    assert lower["total"] == upper["total"] >= 1 and lower["events"] == upper["events"]


def test_entity_and_event_lists_page_with_totals(client: httpx.Client) -> None:
    everything = client.get("/api/entities", params={"limit": 500}).json()
    assert everything["total"] == len(everything["entities"]) > 4
    page = client.get("/api/entities", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == everything["total"] and page["entities"] == everything["entities"][2:4]
    events = client.get("/api/events", params={"limit": 500}).json()
    assert events["total"] == len(events["events"]) >= 2
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert second["events"] == events["events"][1:2]
    by_type = dict(map(tuple, events["facets"]["type"]))
    assert sum(by_type.values()) == events["total"] and by_type["meeting"] >= 1


def test_event_month_filter_and_facet_agree(client: httpx.Client) -> None:
    months = dict(map(tuple, client.get("/api/events").json()["facets"]["month"]))
    assert months.get("2025-03", 0) >= 1
    march = client.get("/api/events", params={"month": "2025-03"}).json()
    assert march["total"] == months["2025-03"] and all(e["date"].startswith("2025-03") for e in march["events"])


def test_search_reports_total_sort_and_facets(client: httpx.Client, corpus: Corpus) -> None:
    ranked = client.get("/api/search", params={"q": "Ковач"}).json()
    assert ranked["total"] == 2 and {h["doc_id"] for h in ranked["hits"]} == {corpus.talks.id, corpus.second_term.id}
    by_date = client.get("/api/search", params={"q": "Ковач", "sort": "date"}).json()
    assert [h["doc_id"] for h in by_date["hits"]] == [corpus.second_term.id, corpus.talks.id]  # newest first
    assert dict(map(tuple, by_date["facets"]["publisher"])) == {"Дала Ньюс": 2}
    assert dict(map(tuple, by_date["facets"]["month"])) == {"2025-03": 1, "2025-09": 1}
    assert client.get("/api/search", params={"q": "Ковач", "limit": 1, "offset": 1}).json()["total"] == 2


def test_entity_detail_is_found_with_a_lowercase_type(client: httpx.Client) -> None:
    assert kb_id(client, "Нұрлан Жанботаев", "person") == kb_id(client, "Нұрлан Жанботаев", "PERSON")


@pytest.mark.parametrize("table", list(TABLES))
def test_streamed_exports_agree_with_derek_export(client: httpx.Client, corpus: Corpus, tmp_path: Path,
                                                  table: str) -> None:
    with KnowledgeBase(corpus.db, readonly=True) as kb:
        [(_, path, rows)] = export_to(kb.conn, "csv", tmp_path, [table])
    response = client.get(f"/api/export/{table}.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.text == path.read_text(encoding="utf-8")
    lines = client.get(f"/api/export/{table}.jsonl").text.splitlines()
    assert len(lines) == rows == len(list(csv.reader(io.StringIO(response.text)))) - 1
    assert all(list(json.loads(line)) == TABLES[table].names for line in lines)


def test_events_tsv_streams_and_unknown_exports_are_404(client: httpx.Client) -> None:
    tsv = client.get("/api/export/events.tsv")
    assert tsv.status_code == 200 and tsv.text.startswith("event_id\tdate\ttype\t")
    for name in ("nothing.csv", "articles.xlsx", "articles"):
        response = client.get(f"/api/export/{name}")
        assert response.status_code == 404 and response.json()["error"]["status"] == 404


def test_every_endpoint_has_an_example_in_the_shape_it_returns(client: httpx.Client) -> None:
    spec = client.get("/api/openapi.json").json()
    for path, item in spec["paths"].items():
        op = item["get"]
        content = op["responses"]["200"]["content"]
        assert any("example" in c for c in content.values()), path
    # Each example has the keys the live endpoint returns.
    for name, path in [("search", "/api/search?q=Ковач"), ("articles", "/api/articles"),
                       ("entities", "/api/entities"), ("events", "/api/events"), ("stats", "/api/stats")]:
        assert set(EXAMPLES[name]) == set(client.get(path).json()), name
