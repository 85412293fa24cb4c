"""The analyst views in real headless Chromium (Debian's), at a desktop width and at 390 px (a phone).

Screenshots of every view at both widths go to ``test-artifacts/`` (or ``$DEREK_SCREENSHOTS``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from analyst_corpus import (
    FIRST_PUBLISHER,
    PARTNER,
    PATRONYMIC_FORM,
    PERSON,
    REPRINT_PUBLISHER,
    AnalystCorpus,
    build_analyst_corpus,
)
from test_web_browser import CHROMIUM, CHROMIUM_ARGS, Console
from web_server import LiveServer

from derek.web import pages

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("DEREK_SCREENSHOTS", REPO / "test-artifacts"))
WIDTHS = {"desktop": 1280, "phone": 390}

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def analyst(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AnalystCorpus, LiveServer]]:
    corpus = build_analyst_corpus(tmp_path_factory.mktemp("analyst") / "kb.db")
    with LiveServer(corpus.db) as server:
        yield corpus, server


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (`apt-get install chromium`); playwright's own "
                    "browser download is never used")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (pip install -e .[dev])")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(params=list(WIDTHS))
def tab(request: pytest.FixtureRequest, browser: Browser) -> Iterator[tuple[Page, str]]:
    width = WIDTHS[request.param]
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    console = Console(page)
    try:
        yield page, request.param
    finally:
        context.close()
    assert console.errors == []


def _shot(page: Page, name: str, width: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)


def _fits(page: Page) -> None:
    """Nothing pushes the page wider than the window (tables scroll inside their own box)."""
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1


def _person_id(server: LiveServer, name: str) -> int:
    found = httpx.get(f"{server.url}/api/entities", params={"q": name, "type": "person"}).json()["entities"]
    return int(next(e["id"] for e in found if e["name"] == name))


def test_person_page_merges_roles_into_spans(tab: tuple[Page, str], analyst: tuple[AnalystCorpus, LiveServer]) -> None:
    page, width = tab
    _, server = analyst
    page.goto(f"{server.url}/entities/{_person_id(server, PERSON)}")
    rows = page.locator("table.role-spans tbody tr")
    assert rows.count() == 2  # two posts, not one row per article
    governor, minister = (rows.nth(i).locator("td") for i in range(2))
    assert governor.nth(0).inner_text().startswith("облыс әкімі")
    assert [governor.nth(i).inner_text().strip() for i in (2, 3, 4)] == ["2021-03-02", "2021-09-20", "2"]
    assert [minister.nth(i).inner_text().strip() for i in (2, 3, 4)] == ["2023-02-11", "2024-07-15", "4"]
    years = page.locator("svg.timeline .tl-tick-label").all_text_contents()
    assert years == ["2022", "2023", "2024"]
    assert page.locator("svg.timeline .tl-dot").count() == 6
    dates = page.locator("h3.quote-date").all_inner_texts()
    assert dates == sorted(dates, reverse=True) and len(dates) == 5  # the reprint's date is one of them
    partners = page.locator("svg.graph text.node-label").all_text_contents()
    assert PARTNER in partners and PATRONYMIC_FORM not in partners  # his own patronymic form is no partner
    _fits(page)
    _shot(page, "entity", width)


def test_events_page_pages_facets_and_marks_planned(tab: tuple[Page, str], analyst: tuple[AnalystCorpus, LiveServer],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    page, width = tab
    _, server = analyst
    monkeypatch.setattr(pages, "EVENTS_PAGE_SIZE", 4)
    page.goto(f"{server.url}/events")
    assert page.locator("h1 .count").inner_text() == "6"
    assert page.locator("tr.event-row").count() == 4
    assert page.locator(".bars rect.bar").count() == 41  # March 2021 to July 2024, a bar a month
    planned = page.locator("tr.event-row.planned")
    assert planned.count() == 1 and "planned" in planned.locator(".badge").inner_text()
    _fits(page)
    _shot(page, "events", width)
    page.locator(".pager a", has_text="next").click()
    page.wait_for_url("**page=2")
    assert page.locator("tr.event-row").count() == 2
    page.locator(".facet a", has_text="visit").click()
    page.wait_for_url(re.compile(r".*type=visit.*"))
    assert page.locator("h1 .count").inner_text() == "1" and "page=" not in page.url
    page.locator(".facet a[title='remove this filter']").click()
    assert page.locator("h1 .count").inner_text() == "6"
    page.locator(".bars a").first.click()
    page.wait_for_url("**month=2021-03")
    assert page.locator("tr.event-row").count() == 1


def test_search_counts_sorts_facets_and_names_reprints(tab: tuple[Page, str],
                                                       analyst: tuple[AnalystCorpus, LiveServer]) -> None:
    page, width = tab
    corpus, server = analyst
    page.goto(f"{server.url}/search?q=Жұмабаев")
    assert page.locator(".result-count").inner_text().startswith("5 articles")  # the reprint counted once
    facets = page.locator(".facet").first.inner_text()
    assert FIRST_PUBLISHER in facets
    reprinted = page.locator(".hit", has=page.locator(".dups"))
    assert reprinted.count() == 1
    line = reprinted.locator(".dups").inner_text()
    shown = reprinted.locator(".hit-title").inner_text()
    other = corpus.docs[3] if shown == corpus.reprint.title else corpus.reprint  # type: ignore[union-attr]
    outlets = {reprinted.locator(":scope > .meta").inner_text().split(" · ")[-1], line.split(" as ")[0]
               .removeprefix("also published by ")}
    assert outlets == {FIRST_PUBLISHER, REPRINT_PUBLISHER}
    assert f"as “{other.title}”" in line  # the other printing named by outlet and title
    assert not re.search(r"\b[0-9a-f]{16}\b", line)  # not by hex ids
    _fits(page)
    _shot(page, "search", width)
    page.select_option("select[name=sort]", "date")
    page.locator(".filters button[type=submit]").click()
    page.wait_for_url("**sort=date**")
    dates = [d.split(" · ")[0] for d in page.locator(".hit > .meta").all_inner_texts()]
    assert dates == sorted(dates, reverse=True)
    page.locator(".facet a", has_text="2021-09").click()
    assert page.locator(".result-count").inner_text().startswith("1 article")
    assert corpus.docs[1].title in page.locator(".hits").inner_text()


def test_article_facts_follow_the_text_and_jump_links_on_a_phone(tab: tuple[Page, str],
                                                                 analyst: tuple[AnalystCorpus, LiveServer]) -> None:
    page, width = tab
    corpus, server = analyst
    page.goto(f"{server.url}/articles/{corpus.docs[1].id}")
    jump = page.locator("nav.jump")
    if width == "desktop":
        assert page.locator("aside.facts").evaluate("el => getComputedStyle(el).position") == "sticky"
        assert not jump.is_visible()
    else:
        assert jump.is_visible()
        jump.locator("a", has_text="Quotes").click()
        page.wait_for_url("**#facts-quotes")
        top = page.locator("#facts-quotes").evaluate("el => el.getBoundingClientRect().top")
        bar = jump.evaluate("el => el.getBoundingClientRect().bottom")
        assert page.evaluate("window.scrollY") > 0 and bar <= top < 900  # scrolled to the quotes, not under the bar
    _fits(page)
    _shot(page, "article", width)


def test_swagger_ui_renders_every_endpoint_from_local_files(tab: tuple[Page, str],
                                                             analyst: tuple[AnalystCorpus, LiveServer]) -> None:
    page, width = tab
    _, server = analyst
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(f"{server.url}/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    paths = page.locator(".swagger-ui .opblock-summary-path").all_inner_texts()
    assert {"/api/search", "/api/events", "/api/export/{filename}"} <= {p.replace("\u200b", "") for p in paths}
    assert all(url.startswith(server.url) or url.startswith("data:") for url in requested)  # no CDN
    page.locator(".opblock-summary", has_text="/api/events").first.click()
    page.wait_for_selector(".opblock.is-open .example, .opblock.is-open .microlight", timeout=10000)
    _shot(page, "api-docs", width)
