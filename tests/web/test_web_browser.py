"""Real headless Chromium (Debian's, never a downloaded one) driving the live server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest
from web_corpus import XSS_TITLE, Corpus, kb_id
from web_server import LiveServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(os.environ.get("DEREK_SCREENSHOTS", "/tmp"))

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (`apt-get install chromium`, or `make test` as "
                    "root); playwright's own browser download is never used")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (pip install -e .[dev])")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Console:
    """Console errors and uncaught page errors seen by one page."""

    def __init__(self, page: Page) -> None:
        self.errors: list[str] = []
        page.on("console", lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        page.on("dialog", lambda dialog: self.errors.append(f"dialog opened: {dialog.message}"))


@pytest.fixture
def page(browser: Browser) -> Iterator[tuple[Page, Console]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    console = Console(tab)
    try:
        yield tab, console
    finally:
        context.close()
    assert console.errors == []


def test_search_open_article_then_entity(page: tuple[Page, Console], live: LiveServer, corpus: Corpus,
                                         client: httpx.Client) -> None:
    tab, console = page
    tab.goto(live.url + "/")
    tab.fill(".big-search input[name=q]", "Ковачпен")
    tab.press(".big-search input[name=q]", "Enter")
    tab.wait_for_url("**/search?q=*")
    tab.click(f'a.hit-title[href="/articles/{corpus.talks.id}"]')
    tab.wait_for_url(f"**/articles/{corpus.talks.id}")

    highlighted = tab.locator(".article-body .ent")
    assert highlighted.count() >= 8
    person = tab.locator(".article-body a.ent.t-person", has_text="Нұрлан Жанботаев")
    assert person.count() == 1
    colour = person.evaluate("el => getComputedStyle(el).backgroundColor")
    place = tab.locator(".article-body a.ent.t-gpe").first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert colour != place and colour not in ("rgba(0, 0, 0, 0)", "transparent")
    assert tab.locator(".legend .swatch").count() == 3
    tab.screenshot(path=str(SCREENSHOTS / "derek-article.png"), full_page=True)

    tab.locator(".legend .swatch.t-person").click()  # the legend switches a colour off
    assert person.evaluate("el => getComputedStyle(el).backgroundColor") in ("rgba(0, 0, 0, 0)", "transparent")

    person.click()
    tab.wait_for_url(f"**/entities/{kb_id(client, 'Нұрлан Жанботаев')}")
    assert tab.locator("svg.timeline .tl-dot").count() == 2
    assert tab.locator("svg.graph circle.node").count() == 3
    tab.screenshot(path=str(SCREENSHOTS / "derek-entity.png"), full_page=True)
    assert console.errors == []


@pytest.mark.parametrize("path", ["/", "/search?q=Украина", "/search?q=%22Украина%20AND", "/articles", "/entities",
                                  "/events", "/events?type=meeting", "/api/docs"])
def test_every_page_renders_without_console_errors(page: tuple[Page, Console], live: LiveServer, path: str) -> None:
    tab, console = page
    tab.goto(live.url + path)
    tab.wait_for_load_state("load")
    assert tab.locator("header.top").count() == 1
    assert console.errors == []


def test_not_found_page_loads_its_styles(page: tuple[Page, Console], live: LiveServer) -> None:
    tab, console = page
    response = tab.goto(live.url + "/no-such-page")
    assert response is not None and response.status == 404
    assert "404" in tab.locator("h1").inner_text()
    assert tab.locator("header.top").evaluate("el => getComputedStyle(el).display") == "flex"  # CSS loaded
    # The browser reports the page's own 404 status as a console error; nothing else may appear.
    assert [e for e in console.errors if "status of 404" not in e] == []
    assert len(console.errors) == 1
    console.errors.clear()


def test_entity_and_article_pages_render_without_console_errors(page: tuple[Page, Console], live: LiveServer,
                                                                corpus: Corpus, client: httpx.Client) -> None:
    tab, console = page
    for doc in (corpus.talks, corpus.second_term, corpus.hostile):
        tab.goto(f"{live.url}/articles/{doc.id}")
    for entity in client.get("/api/entities", params={"limit": 500}).json()["entities"]:
        tab.goto(f"{live.url}/entities/{entity['id']}")
    assert console.errors == []


def test_hostile_title_shows_as_text(page: tuple[Page, Console], live: LiveServer, corpus: Corpus) -> None:
    tab, console = page
    tab.goto(f"{live.url}/articles/{corpus.hostile.id}")
    assert tab.locator("h1.article-title").inner_text() == XSS_TITLE
    assert tab.locator("main script").count() == 0 and tab.locator("main img").count() == 0
    tab.goto(f"{live.url}/search?q=alert")
    assert XSS_TITLE in tab.locator(".hits").inner_text()
    assert console.errors == []
