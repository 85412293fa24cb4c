"""One JSON error shape for every API error; friendly HTML for pages; a missing database explained."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from web_corpus import Corpus
from web_server import LiveServer

from derek.web import create_app

API_ERRORS = [
    ("GET", "/api/articles/0000000000000000", 404),
    ("GET", "/api/entities/999999", 404),
    ("GET", "/api/no-such-endpoint", 404),
    ("GET", "/api/entities/not-a-number", 422),
    ("GET", "/api/search?q=x&limit=0", 422),
    ("GET", "/api/search?q=x&limit=abc", 422),
    ("GET", "/api/events?date_from=yesterday", 422),
    ("GET", "/api/search?q=" + "я" * 501, 422),
    ("POST", "/api/search?q=x", 405),
    ("DELETE", "/api/articles/0000000000000000", 405),
]


def _assert_error_shape(response: httpx.Response, status: int) -> None:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "message", "detail"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


@pytest.mark.parametrize(("method", "path", "status"), API_ERRORS)
def test_every_api_error_has_one_shape(client: httpx.Client, method: str, path: str, status: int) -> None:
    _assert_error_shape(client.request(method, path), status)


def test_validation_errors_say_which_parameter(client: httpx.Client) -> None:
    body = client.get("/api/search", params={"q": "x", "limit": "0"}).json()
    assert [d["where"] for d in body["error"]["detail"]] == ["query.limit"]
    assert "limit" in body["error"]["message"]


@pytest.mark.parametrize("path", ["/no-such-page", "/articles/0000000000000000", "/entities/999999"])
def test_pages_get_a_friendly_html_404(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "404" in response.text and '<a href="/search">' in response.text


def test_an_unreadable_database_is_a_503_in_the_same_shape(tmp_path: Path) -> None:
    bogus = tmp_path / "not-a-kb.db"
    bogus.write_bytes(b"this is not SQLite at all" * 100)
    with LiveServer(bogus) as server, httpx.Client(base_url=server.url) as http:
        _assert_error_shape(http.get("/api/stats"), 503)
        assert "not a derek knowledge base" in http.get("/api/stats").json()["error"]["message"]
        page = http.get("/")
        assert page.status_code == 503 and page.headers["content-type"].startswith("text/html")


def test_an_unexpected_failure_is_a_500_in_the_same_shape(corpus: Corpus) -> None:
    app = create_app(str(corpus.db))

    @app.get("/api/fails")
    def fails() -> None:
        raise RuntimeError("a bug, with a secret path /home/someone")

    @app.get("/fails")
    def page_fails() -> None:
        raise RuntimeError("a bug")

    with LiveServer(corpus.db, app) as server, httpx.Client(base_url=server.url) as http:
        response = http.get("/api/fails")
        _assert_error_shape(response, 500)
        assert "secret" not in response.text  # internals stay in the server log
        page = http.get("/fails")
        assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
