"""English on the page: the article's English digest linked to its evidence, English names beside Kazakh ones,
and English queries in the search box and the API."""

from __future__ import annotations

import re

import httpx
from web_corpus import Corpus, kb_id

from derek.digest import english_digest


def _english_section(html: str) -> str:
    start = html.index('<section class="english"')
    return html[start : html.index("</section>", start)]


def test_article_page_has_an_english_digest(client: httpx.Client, corpus: Corpus) -> None:
    section = _english_section(client.get(f"/articles/{corpus.talks.id}").text)
    assert "Nurlan Zhanbotaev, minister of energy of Kazakhstan" in section
    assert re.search(r"meeting in Astana on 2025-03-14: .*EBRD \(online\)", section)
    assert "Nurlan Zhanbotaev (direct): «Екі ел арасындағы газ жобалары" in section
    assert "Hungary" in section  # a country named in Kazakh (Мажарстан) is given in English


def test_every_digest_line_with_evidence_links_to_its_place_in_the_text(client: httpx.Client,
                                                                       corpus: Corpus) -> None:
    html = client.get(f"/articles/{corpus.talks.id}").text
    targets = re.findall(r'<a class="in-text from-english" href="#(at-\d+)"', _english_section(html))
    with_span = [line for line in english_digest(corpus.talks).lines if line.span is not None]
    assert len(targets) == len(with_span) > 0
    for target, line in zip(targets, with_span, strict=True):
        assert line.span is not None and target == f"at-{_segment_start(corpus, line.span.start)}"
        assert f'id="{target}"' in html


def _segment_start(corpus: Corpus, offset: int) -> int:
    """Where the page's anchor for ``offset`` lands: the first highlighted or plain segment starting there or after."""
    from derek.web.highlight import segments

    return next(s.start for s in segments(corpus.talks, {}) if s.start >= offset)


def test_chips_show_the_english_name_beside_the_kazakh_one(client: httpx.Client, corpus: Corpus) -> None:
    html = client.get(f"/articles/{corpus.talks.id}").text
    assert re.search(r'<span class="en-first" lang="en">EBRD</span>Еуропа қайта құру және даму банкі</a>', html)
    assert '<span class="en-first" lang="en">Astana</span>Астана' in html
    assert '<span class="en-first" lang="en">Nurlan Zhanbotaev</span>Нұрлан Жанботаев' in html


def test_entity_page_shows_the_english_name(client: httpx.Client) -> None:
    html = client.get(f"/entities/{kb_id(client, 'Еуропа қайта құру және даму банкі')}").text
    assert re.search(r'</span> <span class="en" lang="en">EBRD</span></h1>', html)


def test_english_names_find_kazakh_articles_in_the_search_box_and_the_api(client: httpx.Client,
                                                                          corpus: Corpus) -> None:
    found = client.get("/api/search", params={"q": "Kovach"}).json()
    assert corpus.talks.id in [h["doc_id"] for h in found["hits"]]
    page = client.get("/search", params={"q": "EBRD"}).text
    assert f'href="/articles/{corpus.talks.id}"' in page
