"""HTML pages (trafilatura) and RSS/Atom feeds (feedparser), from local bytes only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from derek.doc import Article, Document
from derek.errors import InputError

Items = list[Article | Document | InputError]

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Атырауда мұнай-химия зауыты іске қосылды</title>
<meta property="og:site_name" content="Tengrinews.kz">
<meta property="article:published_time" content="2024-10-01T09:15:00+05:00">
<link rel="canonical" href="https://example.kz/atyrau-zauyt"></head>
<body><nav>Басты бет | Саясат | Экономика</nav>
<article><h1>Атырауда мұнай-химия зауыты іске қосылды</h1>
<p>АТЫРАУ. Tengrinews.kz — Атырау облысында полипропилен шығаратын мұнай-химия зауыты іске қосылды.
Кәсіпорын жылына 500 мың тонна өнім шығарады.</p>
<p>Зауыт құрылысына 2,6 млрд доллар жұмсалды. Мұнда 700-ден астам адам тұрақты жұмыспен қамтылады.
Өнімнің басым бөлігі Қытай мен Түркияға экспортталады.</p></article>
<footer>© Барлық құқықтар қорғалған</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Qazaq Aqparat</title><link>https://example.kz</link>
<item><title>Көкшетауда жаңа саябақ ашылды</title><link>https://example.kz/1</link>
<pubDate>Mon, 03 Jun 2024 10:00:00 +0500</pubDate>
<description>&lt;p&gt;КӨКШЕТАУ. KAZINFORM — Қалада &lt;b&gt;5 гектар&lt;/b&gt; саябақ ашылды.&lt;/p&gt;
&lt;p&gt;Екінші абзац.&lt;/p&gt;</description></item>
<item><title>Петропавлда қар жауды</title><link>https://example.kz/2</link>
<pubDate>Tue, 04 Jun 2024 08:30:00 +0500</pubDate><description>Маусымда қар жауды.</description></item>
<item><title></title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Dala News</title>
<entry><title>Балқашта балық аулау маусымы ашылды</title><link href="https://example.kz/a"/>
<updated>2024-04-15T06:00:00Z</updated>
<content type="html">&lt;p&gt;Балқаш көлінде балық аулауға рұқсат берілді.&lt;/p&gt;</content></entry></feed>"""


def test_html_page(tmp_path: Path, read_one: Callable[[Path], Article]) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_one(path)
    assert article.title == "Атырауда мұнай-химия зауыты іске қосылды"
    assert article.date == "2024-10-01"
    assert article.source.url == "https://example.kz/atyrau-zauyt"
    assert (article.source.publisher, article.source.dateline) == ("Tengrinews", "Атырау")
    assert article.body.startswith("Атырау облысында полипропилен")
    assert "2,6 млрд доллар" in article.body
    assert "Басты бет" not in article.body and "құқықтар" not in article.body


def test_html_without_text_is_an_error(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><script>var a=1;</script></body></html>")
    (err,) = read(path)
    assert isinstance(err, InputError) and err.source == str(path)
    assert "no article text" in err.reason


def test_rss_feed(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    first, second, third = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.title, first.date, first.source.url) == ("Көкшетауда жаңа саябақ ашылды", "2024-06-03", "https://example.kz/1")
    assert (first.source.publisher, first.source.dateline) == ("Qazaq Aqparat", "Көкшетау")
    assert first.body == "Қалада 5 гектар саябақ ашылды.\nЕкінші абзац."
    assert (second.date, second.body, second.source.path) == ("2024-06-04", "Маусымда қар жауды.", f"{path}#2")
    assert isinstance(third, InputError) and third.source == f"{path}#3"


def test_atom_feed_found_by_content(tmp_path: Path, read_one: Callable[[Path], Article]) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    article = read_one(path)
    assert (article.title, article.date, article.source.url) == (
        "Балқашта балық аулау маусымы ашылды", "2024-04-15", "https://example.kz/a")
    assert (article.body, article.source.publisher) == ("Балқаш көлінде балық аулауға рұқсат берілді.", "Dala News")


def test_broken_feed_is_an_error(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "bad.rss"
    path.write_text("<rss><channel><title>жартылай", encoding="utf-8")
    (err,) = read(path)
    assert isinstance(err, InputError) and err.source == str(path)


@pytest.mark.parametrize(("encoding", "declared"), [("kz1048", "windows-1251"), ("kz1048", "KZ-1048"),
                                                    ("kz1048", "no-such-charset"), ("utf-8", "windows-1251")])
def test_html_in_a_legacy_encoding(
    tmp_path: Path, read_one: Callable[[Path], Article], encoding: str, declared: str
) -> None:
    """Kazakh pages in KZ-1048 are often labelled windows-1251; the Kazakh letters must survive."""
    page = PAGE.replace('<meta charset="utf-8">', f'<meta charset="{declared}">').replace("©", "(c)")
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    article = read_one(path)
    assert article.title == "Атырауда мұнай-химия зауыты іске қосылды"
    assert "2,6 млрд доллар" in article.body


def test_html_page_without_metadata_gets_no_invented_date(tmp_path: Path, read_one: Callable[[Path], Article]) -> None:
    path = tmp_path / "bare.html"
    path.write_text("<html><body><article><p>Арал теңізінің солтүстік бөлігінде су деңгейі көтерілді. "
                    "Балық шаруашылығы қалпына келе бастады.</p></article></body></html>", encoding="utf-8")
    article = read_one(path)
    assert (article.date, article.source.publisher, article.source.url) == (None, None, None)
    assert article.body.startswith("Арал теңізінің")
