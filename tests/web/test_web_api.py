"""The JSON API against a real uvicorn server on loopback."""

from __future__ import annotations

import httpx
import pytest
from web_corpus import XSS_TITLE, Corpus, kb_id


def test_stats_count_what_was_stored(client: httpx.Client, corpus: Corpus) -> None:
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 3 + len(corpus.pipeline_ids)
    assert stats["events"] >= 2 and stats["quotes"] >= 2 and stats["roles"] >= 3


def test_search_returns_hits_with_snippet_parts(client: httpx.Client, corpus: Corpus) -> None:
    body = client.get("/api/search", params={"q": "Ковач"}).json()
    assert body["query"] == "Ковач"
    ids = [h["doc_id"] for h in body["hits"]]
    assert corpus.talks.id in ids and corpus.second_term.id in ids
    hit = body["hits"][0]
    assert {"doc_id", "title", "date", "publisher", "score", "snippet", "snippet_parts", "duplicates"} <= hit.keys()
    assert any(is_match for _, is_match in hit["snippet_parts"])


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Украина", "Гуманитарлық жүк жіберілді"),  # the text only has Украинаға, Украинаның
        ("Ukraina", "Гуманитарлық жүк жіберілді"),  # 2021 Latin
        ("Алматы", "Кітап көрмесі"),  # the text only has Алматыда
        ("Almaty", "Кітап көрмесі"),
        ("көрмеге", "Кітап көрмесі"),  # an inflected query finds the other forms
    ],
)
def test_inflected_and_latin_queries_find_their_article(client: httpx.Client, corpus: Corpus, query: str,
                                                       title: str) -> None:
    hits = client.get("/api/search", params={"q": query, "limit": 50}).json()["hits"]
    assert corpus.pipeline_ids[title] in [h["doc_id"] for h in hits]


@pytest.mark.parametrize("surname", ["Жанботаев", "Ковач", "Жанботаевпен"])
def test_surname_only_query_finds_the_person_and_articles(client: httpx.Client, corpus: Corpus, surname: str) -> None:
    hits = client.get("/api/search", params={"q": surname}).json()["hits"]
    assert corpus.second_term.id in [h["doc_id"] for h in hits]


def test_surname_finds_the_entity(client: httpx.Client) -> None:
    names = [e["name"] for e in client.get("/api/entities", params={"q": "Жанботаев"}).json()["entities"]]
    assert "Нұрлан Жанботаев" in names


@pytest.mark.parametrize(
    "query",
    ['"Украина AND', "NEAR(", "*", "Украина OR", "a:b", "^", "(((", '""', "Ковач*", "NOT", "-", "'; DROP TABLE x; --"],
)
def test_search_syntax_is_never_interpreted(client: httpx.Client, query: str) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200
    assert isinstance(response.json()["hits"], list)


def test_search_filters(client: httpx.Client, corpus: Corpus) -> None:
    def ids(**params: str) -> list[str]:
        return [h["doc_id"] for h in client.get("/api/search", params={"q": "Ковач", **params}).json()["hits"]]

    assert ids(date_from="2025-06-01") == [corpus.second_term.id]
    assert ids(date_to="2025-06-01") == [corpus.talks.id]
    assert ids(event_type="opening") == [corpus.second_term.id]
    assert ids(publisher="Жаршы") == []


def test_article_is_the_full_document_with_kb_ids(client: httpx.Client, corpus: Corpus) -> None:
    body = client.get(f"/api/articles/{corpus.talks.id}").json()
    assert body["schema"] == "derek.document/1"
    assert body["text"] == corpus.talks.text
    assert body["events"][0]["participants"][2] == {"entity": "e6", "mode": "online"}
    person = body["kb_entity_ids"]["e1"]
    assert client.get(f"/api/entities/{person}").json()["entity"]["name"] == "Нұрлан Жанботаев"


def test_article_list(client: httpx.Client, corpus: Corpus) -> None:
    rows = client.get("/api/articles", params={"limit": 500}).json()["articles"]
    assert {corpus.talks.id, corpus.hostile.id} <= {r["doc_id"] for r in rows}
    page = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()["articles"]
    assert [r["doc_id"] for r in page] == [r["doc_id"] for r in rows[1:3]]


def test_entity_detail_has_roles_quotes_and_co_participants(client: httpx.Client) -> None:
    detail = client.get(f"/api/entities/{kb_id(client, 'Нұрлан Жанботаев')}").json()
    assert detail["entity"]["article_count"] == 2
    assert [r["position"] for r in detail["roles"]] == ["энергетика министрі", "премьер-министрдің орынбасары"]
    assert detail["quotes"][0]["text"].startswith("Екі ел арасындағы газ")
    partners = {p["entity"]["name"]: p["shared_events"] for p in detail["co_participants"]}
    assert partners == {"Ласло Ковач": 2, "Еуропа қайта құру және даму банкі": 1}
    assert len(detail["mentions"]) == 3


def test_events_filters(client: httpx.Client, corpus: Corpus) -> None:
    # The example articles add events of their own; these checks look at the two hand-made documents.
    everything = client.get("/api/events").json()["events"]
    assert {"meeting", "opening"} <= {e["type"] for e in everything}
    meetings = client.get("/api/events", params={"type": "meeting"}).json()["events"]
    assert meetings and {e["type"] for e in meetings} == {"meeting"}
    talks = [e for e in meetings if e["doc_id"] == corpus.talks.id]
    assert len(talks) == 1
    modes = {name: mode for _, name, mode in talks[0]["participants"]}
    assert modes["Еуропа қайта құру және даму банкі"] == "online"
    late = client.get("/api/events", params={"date_from": "2025-06-01"}).json()["events"]
    assert [e["type"] for e in late if e["doc_id"] == corpus.second_term.id] == ["opening"]
    bank = kb_id(client, "Еуропа қайта құру және даму банкі")
    assert [e["type"] for e in client.get("/api/events", params={"entity": str(bank)}).json()["events"]] == ["meeting"]
    assert [e["type"] for e in client.get("/api/events", params={"location": "Павлодар"}).json()["events"]] == [
        "opening"]


def test_hostile_title_is_returned_verbatim_as_json(client: httpx.Client, corpus: Corpus) -> None:
    response = client.get(f"/api/articles/{corpus.hostile.id}")
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["title"] == XSS_TITLE


def test_openapi_lists_every_endpoint(client: httpx.Client) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/search", "/api/articles/{doc_id}", "/api/entities", "/api/entities/{entity_id}", "/api/events",
            "/api/stats"} <= spec["paths"].keys()
    assert not any(path.startswith(("/articles", "/entities", "/search", "/events")) for path in spec["paths"])


def test_api_reference_page_is_self_contained(client: httpx.Client) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200 and "/api/entities/{entity_id}" in page.text
    assert "cdn" not in page.text.lower() and "<script>" not in page.text


def test_swagger_ui_is_served_from_local_files(client: httpx.Client) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "https://" not in page.text and "<script>" not in page.text  # nothing from a CDN, no inline script
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs/assets/swagger-ui.css").status_code == 200
