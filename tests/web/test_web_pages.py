"""The HTML pages, fetched from the live server: content, highlighting, escaping, read-only headers."""

from __future__ import annotations

import hashlib
import re

import httpx
import pytest
from web_corpus import XSS_NAME, XSS_TITLE, Corpus, kb_id


def test_article_page_highlights_mentions_and_links_them(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get(f"/articles/{corpus.talks.id}").text
    person = kb_id(client, "Нұрлан Жанботаев")
    links = re.findall(r'<a class="ent (t-[a-z]+)" href="/entities/(\d+)"[^>]*>([^<]+)</a>', html)
    assert ("t-person", str(person), "Нұрлан Жанботаев") in links
    assert ("t-person", str(person), "Жанботаев") in links
    assert ("t-gpe", str(kb_id(client, "Астана")), "Астанада") in links
    assert {css for css, _, _ in links} == {"t-person", "t-gpe", "t-org"}
    for css, label in [("t-person", "Person"), ("t-gpe", "Country / city"), ("t-org", "Organisation")]:
        assert f'data-type-toggle="{css}" aria-pressed="true">{label}</button>' in html


def test_article_facts_panel(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get(f"/articles/{corpus.talks.id}").text
    facts = html[html.index('<aside class="facts"'):]
    assert "энергетика министрі" in facts and "minister of energy" in facts
    assert "Екі ел арасындағы газ жобалары келесі жылы басталады" in facts
    assert re.search(r"Еуропа қайта құру және даму банкі</a>\s*<span class=\"mode online\">online</span>", facts)
    assert facts.count('<span class="mode in-person">in person</span>') == 2


def test_article_text_is_complete(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get(f"/articles/{corpus.talks.id}").text
    visible = re.sub(r"<[^>]+>", "", html[html.index('<div class="article-body">'):html.index("<aside")])
    for line in corpus.talks.text.split("\n")[1:]:
        assert " ".join(line.split()) in " ".join(visible.split()).replace("&#34;", '"')


@pytest.mark.parametrize("path", ["/", "/articles", "/search?q=alert", "/events", "/entities"])
def test_hostile_strings_are_escaped_everywhere(client: httpx.Client, corpus: Corpus, path: str) -> None:
    html = client.get(path).text
    assert "<script>alert" not in html and "<img src=x" not in html


def test_hostile_article_page_shows_html_as_text(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get(f"/articles/{corpus.hostile.id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert XSS_TITLE not in html and XSS_NAME not in html
    assert "javascript:" not in html  # the source URL is not a web address, so it is not linked


def test_hostile_entity_page_shows_html_as_text(client: httpx.Client) -> None:
    entity = next(e for e in client.get("/api/entities", params={"type": "ORGANISATION", "limit": 500})
                  .json()["entities"] if e["name"] == XSS_NAME)
    html = client.get(f"/entities/{entity['id']}").text
    assert "&lt;img src=x onerror=alert(2)&gt;" in html and XSS_NAME not in html


def test_pages_forbid_inline_scripts(client: httpx.Client) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_search_page_lists_hits_with_marked_snippets_and_entities(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get("/search", params={"q": "Ковач"}).text
    assert f'href="/articles/{corpus.talks.id}"' in html
    assert "<mark>Ковачпен</mark>" in html
    assert f'href="/entities/{kb_id(client, "Ласло Ковач")}"' in html


def test_search_page_keeps_filters_and_says_when_nothing_matches(client: httpx.Client) -> None:
    html = client.get("/search", params={"q": "Ковач", "date_from": "2030-01-01"}).text
    assert 'value="2030-01-01"' in html and "No articles match" in html


@pytest.mark.parametrize("query", ['"Украина AND', "NEAR(", "*"])
def test_search_page_survives_search_syntax(client: httpx.Client, query: str) -> None:
    assert client.get("/search", params={"q": query}).status_code == 200


def test_entity_page_draws_timeline_and_graph(client: httpx.Client) -> None:
    html = client.get(f"/entities/{kb_id(client, 'Нұрлан Жанботаев')}").text
    timeline = html[html.index('<svg class="timeline"'):html.index("</svg>")]
    assert timeline.count('class="tl-row"') == 2
    assert timeline.count('class="tl-dot"') == 2
    assert "энергетика министрі · Қазақстан" in timeline
    graph = html[html.index('<svg class="graph"'):]
    graph = graph[:graph.index("</svg>")]
    assert graph.count('<circle class="node ') == 3  # two partners and the centre
    assert f'href="/entities/{kb_id(client, "Ласло Ковач")}"' in graph
    assert "2 shared events" in graph


def test_entity_page_shows_mentions_in_context(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get(f"/entities/{kb_id(client, 'Ласло Ковач')}").text
    assert '<mark class="t-person">Ласло Ковачпен</mark>' in html
    assert f'href="/articles/{corpus.second_term.id}"' in html


def test_events_page_filters(client: httpx.Client) -> None:
    html = client.get("/events", params={"type": "opening"}).text
    assert '"event-type">opening<' in html and "Павлодар" in html and '"event-type">meeting<' not in html
    html = client.get("/events", params={"entity": "Ласло Ковач"}).text
    assert '"event-type">meeting<' in html and '"event-type">opening<' in html


def test_home_shows_the_example_articles(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get("/").text + client.get("/articles").text
    for title, doc_id in corpus.pipeline_ids.items():
        assert f'href="/articles/{doc_id}"' in html, title


def test_static_files_are_served(client: httpx.Client) -> None:
    assert client.get("/static/derek.css").headers["content-type"].startswith("text/css")
    assert "addEventListener" in client.get("/static/derek.js").text


def test_facts_link_to_their_place_in_the_text(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get(f"/articles/{corpus.talks.id}").text
    targets = re.findall(r'<a class="in-text" href="#(at-\d+)"', html)
    assert len(targets) == 4  # two roles, one quote, one event
    for target in targets:
        assert f'id="{target}"' in html
    quote = corpus.talks.quotes[0]
    assert f'<span id="at-{quote.evidence.start}" class="q">{quote.text}</span>' in html


def test_serving_never_changes_the_database(client: httpx.Client, corpus: Corpus) -> None:
    before = hashlib.sha256(corpus.db.read_bytes()).hexdigest()
    for path in ["/", "/search?q=Ковач", f"/articles/{corpus.talks.id}", "/entities", "/events", "/api/stats",
                 f"/api/entities/{kb_id(client, 'Ласло Ковач')}"]:
        assert client.get(path).status_code == 200
    assert client.post("/api/articles").status_code == 405
    assert hashlib.sha256(corpus.db.read_bytes()).hexdigest() == before


def test_an_entity_s_articles_and_a_surname_lookup(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get("/search", params={"entity": str(kb_id(client, "Ласло Ковач"))}).text
    hits = re.findall(r'<a class="hit-title" href="/articles/([0-9a-f]+)"', html)
    assert sorted(hits) == sorted([corpus.talks.id, corpus.second_term.id])
    html = client.get("/entities", params={"q": "Ковач"}).text
    assert f'href="/entities/{kb_id(client, "Ласло Ковач")}"' in html and "Жанботаев" not in html
