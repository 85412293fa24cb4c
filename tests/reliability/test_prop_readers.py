"""Properties of the readers on hostile files: bytes in any encoding, JSON Lines, HTML and feeds.

Whatever the file holds, ``iter_articles`` yields articles, documents or named InputErrors (it never raises);
each article processes into a sound document or a DerekError; and a batch with a bad file in it still gives
the good one.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

from checks import assert_sound
from hypothesis import given
from hypothesis import strategies as st
from strategies import fragments, texts

from derek.api import process_article
from derek.doc import Article, Document
from derek.errors import DerekError, InputError
from derek.ingest import iter_articles

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "kz1048", "koi8-r", "latin-1",
             "utf-7", "utf-32"]
SUFFIXES = ["", ".txt", ".html", ".htm", ".jsonl", ".json", ".xml", ".rss", ".atom", ".gz"]
GOOD = " date 2025-03-04 Астанада кеңес өтті\nЭнергетика министрі Ерлан Сабетов Астанада кеңес өткізді.\n"


def read_and_process(name: str, data: bytes) -> list[Article | Document | InputError]:
    """Every item read from a file holding ``data`` beside one good article; each article processed and checked."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{name}"
        path.write_bytes(data)
        good = Path(tmp) / "zz_good.txt"
        good.write_text(GOOD, encoding="utf-8")
        items = list(iter_articles([str(path), str(good)]))
    assert any(isinstance(i, Article) and i.source.path == str(good) for i in items), "the good file was lost"
    for item in items:
        assert isinstance(item, Article | Document | InputError)
        if isinstance(item, InputError):
            assert item.source and item.reason
            continue
        try:
            doc = process_article(item)
        except DerekError:
            continue
        assert_sound(doc)
    return items


@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_any_bytes(data: bytes, suffix: str) -> None:
    read_and_process(suffix, data)


@given(texts, st.sampled_from(ENCODINGS), st.sampled_from(SUFFIXES[:4]))
def test_text_in_any_encoding(text: str, encoding: str, suffix: str) -> None:
    read_and_process(suffix, text.encode(encoding, errors="surrogatepass" if "utf" in encoding else "replace"))


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts)
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
    st.sampled_from(["text", "title", "date", "url", "source", "schema", "publisher"]) | fragments, inner,
    max_size=4), max_leaves=12)
articles = st.fixed_dictionaries(
    {"text": texts}, optional={"title": json_values, "date": json_values, "url": json_values, "source": json_values}
)


def dump(value: object, ascii_only: bool) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)  # NaN and Infinity too: readers meet them in the wild


@given(st.lists(st.one_of(articles, json_values), min_size=1, max_size=5), st.booleans(),
       st.sampled_from([".jsonl", ".json"]))
def test_json_lines(objects: list[object], ascii_only: bool, suffix: str) -> None:
    lines = "\n".join(dump(o, ascii_only) for o in objects)
    read_and_process(suffix, lines.encode("utf-8", errors="surrogatepass"))


def processed_document() -> dict[str, object]:
    doc = process_article(Article(body=GOOD.split("\n", 1)[1], title="Астанада кеңес өтті", date="2025-03-04"))
    return doc.to_dict()


BASE_DOCUMENT = processed_document()


def _paths(value: object, prefix: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield (*prefix, k)
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield (*prefix, i)
            yield from _paths(v, (*prefix, i))


DOCUMENT_PATHS = list(_paths(BASE_DOCUMENT))


@given(st.lists(st.tuples(st.sampled_from(DOCUMENT_PATHS), json_values), min_size=1, max_size=3))
def test_preprocessed_documents_with_any_field_changed(changes: list[tuple[tuple[object, ...], object]]) -> None:
    doc = json.loads(json.dumps(BASE_DOCUMENT))
    for path, value in changes:
        target = doc
        try:
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    read_and_process(".jsonl", dump(doc, True).encode("utf-8", errors="surrogatepass"))


entities = st.sampled_from(["&#xD800;", "&#0;", "&#x110000;", "&amp;", "&nbsp;", "&#8212;", "&bogus;", "&#x1F600;"])
markup = st.lists(st.one_of(
    fragments, entities,
    st.sampled_from(["<p>", "</p>", "<br>", "<div class='x'>", "</div>", "<script>alert(1)</script>", "<!--", "-->",
                     "<![CDATA[", "]]>", "<title>", "</title>", "<article>", "</article>", "<h1>", "</h1>",
                     '<meta charset="utf-7">', '<meta charset="koi8-r">', '<meta charset="nonsense">',
                     '<meta property="og:site_name" content="Kazinform">', "<time datetime='2025-13-45'>"]),
), max_size=25).map("".join)


@given(markup, st.sampled_from(["utf-8", "utf-16", "cp1251", "utf-7"]))
def test_html_pages(body: str, encoding: str) -> None:
    page = f"<!DOCTYPE html><html><head>{body[:200]}</head><body>{body}</body></html>"
    read_and_process(".html", page.encode(encoding, errors="surrogatepass" if "utf" in encoding else "replace"))


@given(st.lists(st.tuples(markup, markup, fragments), max_size=4), st.booleans())
def test_feeds(items: list[tuple[str, str, str]], atom: bool) -> None:
    if atom:
        entries = "".join(f"<entry><title>{t}</title><summary>{d}</summary><updated>{when}</updated></entry>"
                          for t, d, when in items)
        feed = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>{entries}</feed>'
    else:
        entries = "".join(f"<item><title>{t}</title><description><![CDATA[{d}]]></description>"
                          f"<pubDate>{when}</pubDate></item>" for t, d, when in items)
        feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{entries}</channel></rss>'
    read_and_process(".xml", feed.encode("utf-8", errors="surrogatepass"))
