"""JSON Lines: one article a line; bad lines are errors naming file:line; processed documents pass through."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from derek.doc import SCHEMA, Article, Document, Source
from derek.errors import InputError

Items = list[Article | Document | InputError]

ONE = {"title": "Ақтауда теңіз порты кеңейді", "date": "12.06.2024", "url": "https://example.kz/port",
       "source": "ҚазАқпарат", "text": "АҚТАУ. KAZINFORM — Порттың жүк өткізу қабілеті 20 пайызға артты."}
TWO = {"text": "Қостанайда егін жинау басталды.\nДиқандар 5 млн тонна астық күтеді."}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_line_is_an_article(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = write_lines(tmp_path / "news.jsonl", [json.dumps(ONE, ensure_ascii=False), "", json.dumps(TWO)])
    first, second = read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.title, first.date) == (ONE["title"], "2024-06-12")
    assert first.body == "Порттың жүк өткізу қабілеті 20 пайызға артты."
    assert first.source == Source(path=f"{path}:1", url=ONE["url"], publisher="Kazinform", dateline="Ақтау")
    assert (second.title, second.body, second.source.path) == (None, TWO["text"], f"{path}:3")


def test_source_object_and_publisher_fields(tmp_path: Path, read: Callable[..., Items]) -> None:
    line = {"text": "Мәтін.",
            "source": {"publisher": "Qazaq Radio", "url": "https://example.kz/r", "dateline": "Атырау"}}
    (article,) = read(write_lines(tmp_path / "a.jsonl", [json.dumps(line, ensure_ascii=False)]))
    assert isinstance(article, Article)
    assert (article.source.publisher, article.source.url, article.source.dateline) == (
        "Qazaq Radio", "https://example.kz/r", "Атырау")


def test_bad_lines_are_errors_and_the_rest_still_come(tmp_path: Path, read: Callable[..., Items]) -> None:
    good = json.dumps(TWO, ensure_ascii=False)
    path = write_lines(tmp_path / "mixed.jsonl", [
        good,
        '{"text": "жабылмаған',
        "[1, 2, 3]",
        '{"title": "мәтіні жоқ"}',
        '{"text": 42}',
        '{"text": "   "}',
        '{"schema": "derek.document/99", "text": "x"}',
        good,
    ])
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article"] + ["InputError"] * 6 + ["Article"]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.source for e in errors] == [f"{path}:{n}" for n in range(2, 8)]
    reasons = [e.reason for e in errors]
    assert "invalid JSON" in reasons[0]
    assert "expected a JSON object" in reasons[1]
    assert '"text"' in reasons[2] and '"text"' in reasons[3]
    assert "empty" in reasons[4]
    assert "unsupported schema" in reasons[5]


def test_processed_document_passes_through(tmp_path: Path, read: Callable[..., Items]) -> None:
    doc = Document(text="Тақырып\nМәтін.", title="Тақырып", date="2024-01-02", source=Source(publisher="Kazinform"))
    line = doc.to_dict()
    assert line["schema"] == SCHEMA
    (item,) = read(write_lines(tmp_path / "done.jsonl", [json.dumps(line, ensure_ascii=False)]))
    assert isinstance(item, Document)
    assert item.to_dict() == line


def test_broken_processed_document_is_an_error(tmp_path: Path, read: Callable[..., Items]) -> None:
    (item,) = read(write_lines(tmp_path / "done.jsonl", [json.dumps({"schema": SCHEMA, "title": "мәтінсіз"})]))
    assert isinstance(item, InputError)
    assert "not a valid derek.document/1" in item.reason


def test_undecodable_line_does_not_stop_the_file(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "enc.jsonl"
    path.write_bytes(b'{"text": "\xd2\x9b\xff"}\n' + json.dumps(TWO, ensure_ascii=False).encode() + b"\n")
    bad, good = read(path)
    assert isinstance(bad, InputError) and bad.source == f"{path}:1" and "UTF-8" in bad.reason
    assert isinstance(good, Article)


def test_bom_and_crlf(tmp_path: Path, read: Callable[..., Items]) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(TWO).encode() + b"\r\n" + json.dumps(ONE).encode() + b"\r\n")
    assert [type(i) for i in read(path)] == [Article, Article]


def test_file_of_blank_lines_is_empty(tmp_path: Path, read: Callable[..., Items]) -> None:
    (err,) = read(write_lines(tmp_path / "blank.jsonl", ["", "  "]))
    assert isinstance(err, InputError) and err.reason == "empty file"


def test_json_file_with_an_array_or_one_pretty_object(tmp_path: Path, read: Callable[..., Items]) -> None:
    array = tmp_path / "list.json"
    array.write_text(json.dumps([ONE, TWO, "сөз"], ensure_ascii=False, indent=2), encoding="utf-8")
    first, second, third = read(array)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.source.path, second.body) == (f"{array}[1]", TWO["text"])
    assert isinstance(third, InputError) and third.source == f"{array}[3]"
    single = tmp_path / "one.json"
    single.write_text(json.dumps(TWO, ensure_ascii=False, indent=2), encoding="utf-8")
    (article,) = read(single)
    assert isinstance(article, Article) and article.source.path == str(single)
