"""Real headless Chromium: an English reader searches in English, reads the English digest, jumps to the text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from web_corpus import Corpus
from web_server import LiveServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium; playwright's own browser download is never used")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (pip install -e .[dev])")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def tab(browser: Browser) -> Iterator[tuple[Page, list[str]]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        yield page, errors
    finally:
        context.close()


def test_english_search_digest_and_jump_to_the_text(tab: tuple[Page, list[str]], live: LiveServer,
                                                    corpus: Corpus) -> None:
    page, errors = tab
    page.goto(live.url + "/")
    page.fill(".big-search input[name=q]", "Zhanbotaev")
    page.press(".big-search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    page.click(f'a.hit-title[href="/articles/{corpus.talks.id}"]')
    page.wait_for_url(f"**/articles/{corpus.talks.id}")

    digest = page.locator("section.english")
    assert digest.is_visible()
    assert "minister of energy of Kazakhstan" in digest.inner_text()
    chip = page.locator(".facts .chip", has_text="Еуропа қайта құру және даму банкі").first
    assert chip.locator(".en-first").inner_text() == "EBRD"

    link = digest.locator("a.from-english").first
    target = (link.get_attribute("href") or "").lstrip("#")
    assert target.startswith("at-")
    link.click()
    page.wait_for_function("id => location.hash === '#' + id", arg=target)
    element = page.locator(f"[id='{target}']")
    assert element.count() == 1 and element.is_visible()
    box = element.bounding_box()
    assert box is not None and -box["height"] < box["y"] < 900  # scrolled into view
    assert errors == []
