#!/usr/bin/env python3
"""Soak test outside CI: hostile inputs through the readers and the whole pipeline for ``--minutes``.

Each input is an invented article (tests/reliability/synthetic.py) dressed as one of the formats derek reads
(text, dated text, JSON Lines, a processed document, HTML, RSS, Atom, optionally gzipped), in one of the
encodings it meets, then mutated: bytes flipped, inserted, cut or repeated; hostile fragments (lone surrogates,
NUL, huge numbers, broken markup) spliced in; sometimes made large. Every article read is processed as
`derek process` does. Prints one JSON object of counts:

- ``crashes``: an exception that is not a DerekError (the contract is that only DerekError escapes);
- ``hangs``: an input whose reading and processing took more than ``--hang-seconds`` of wall-clock time;
- ``offset_violations``: a span outside the text, or a mention that is not the text it spans;
- ``json_failures``: a document whose JSON is not strict, or does not read back as a valid document;
- ``budget_stops``: articles stopped by the per-article time budget (a named failure, by design).

``--save DIR`` keeps each failing input there. ``--seed`` makes a run repeatable.

    python scripts/fuzz.py --minutes 10
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "reliability"))
sys.path.insert(0, str(REPO / "src"))

from checks import offset_violations, strict_loads  # noqa: E402
from synthetic import article  # noqa: E402

from derek.api import process_article  # noqa: E402
from derek.doc import Document  # noqa: E402
from derek.errors import DerekError, InputError, TimeBudgetError  # noqa: E402
from derek.ingest import iter_articles, read_text_article  # noqa: E402
from derek.ingest.validate import problems  # noqa: E402

HOSTILE = ["\ud800", "\udfff", "\x00", "\x1b[31m", "\u202e", "\ufeff", "9" * 400, "1e999", "NaN", "«", "»", "—",
           "<script>alert(1)</script>", "&#xD800;", "&#0;", "]]>", '"', "\\", "\\ud800", "\r\n", "\u2028",
           "\u0301" * 20, "Ерлан Сабетов", " – деді ", "«Иә», – деді ол.", "%", "₸", "\t" * 50, "а" * 3000]
ENCODINGS = ["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1251", "kz1048", "koi8-r", "utf-7"]


class Hang(Exception):
    """An input ran past the wall-clock limit."""


def on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang()


def splice(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(0, 6)):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(HOSTILE) + text[at:]
    return text


def dress(rng: random.Random, title: str, body: str) -> tuple[str, str]:
    """(file suffix, text) of the article in one of the formats derek reads."""
    kind = rng.choice(["text", "dated", "jsonl", "document", "html", "rss", "atom"])
    if kind == "text":
        return ".txt", f"{title}\n{body}\n"
    if kind == "dated":
        return ".txt", f" date 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} {title}\n{body}\n"
    if kind == "jsonl":
        obj = {"text": body, "title": title, "date": rng.choice(["2025-03-04", "04.03.2025", "ертең", 5, None]),
               "source": rng.choice(["Kazinform", {"url": "https://example.kz/1"}, None, [1]])}
        return ".jsonl", json.dumps(obj, ensure_ascii=rng.random() < 0.5)
    if kind == "document":
        try:
            d = process_article(read_text_article(f"{title}\n{body}\n", "<fuzz>")).to_dict()
        except DerekError:
            return ".txt", body
        if d["sentences"] and rng.random() < 0.5:
            d["sentences"][0]["end"] = rng.choice([-1, 10**9, 2.5, True, "3"])
        return ".jsonl", json.dumps(d, ensure_ascii=False)
    if kind == "html":
        return ".html", (f"<html><head><meta charset='{rng.choice(['utf-8', 'utf-7', 'koi8-r', 'bogus'])}'>"
                         f"<title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p></article>"
                         f"</body></html>")
    if kind == "rss":
        return ".xml", (f"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title><item><title>{title}"
                        f"</title><description><![CDATA[{body}]]></description><pubDate>Tue, 04 Mar 2025 10:00:00 "
                        f"+0500</pubDate></item></channel></rss>")
    return ".xml", (f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>x</title><entry>"
                    f"<title>{title}</title><summary>{body}</summary><updated>2025-03-04</updated></entry></feed>")


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(rng.choice([0, 0, 1, 3, 10])):
        op = rng.randrange(4)
        at = rng.randrange(len(data) + 1)
        if op == 0 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif op == 1:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2:
            del data[at : at + rng.randint(1, 50)]
        else:
            data[at:at] = data[max(0, at - 40) : at] * rng.randint(1, 5)
    return bytes(data)


def make_input(rng: random.Random) -> tuple[str, bytes]:
    sentences = rng.choice([1, 3, 12, 40]) if rng.random() > 0.03 else rng.choice([400, 1500])
    title, body = article(rng.randrange(10**9), sentences)
    title, body = splice(rng, title), splice(rng, body)
    suffix, text = dress(rng, title, body)
    encoding = rng.choice(ENCODINGS)
    data = text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")
    data = mutate_bytes(rng, data)
    if rng.random() < 0.1:
        data, suffix = gzip.compress(data), suffix + ".gz"
    return suffix, data


def check_document(doc: Document) -> list[str]:
    bad = [f"offset: {v}" for v in offset_violations(doc)]
    try:
        line = json.dumps(doc.to_dict(), ensure_ascii=False, allow_nan=False)
        line.encode("utf-8")
        found = problems(Document.from_dict(strict_loads(line)), id_given=True)  # type: ignore[arg-type]
        bad += [f"json: {p}" for p in found]
    except (ValueError, UnicodeEncodeError) as exc:
        bad.append(f"json: {type(exc).__name__}: {exc}")
    return bad


def run_one(path: Path, counts: Counter[str]) -> list[str]:
    """Read and process one input; the problems found (empty when all is well)."""
    found: list[str] = []
    for item in iter_articles([str(path)]):
        if isinstance(item, InputError):
            counts["input_errors"] += 1
            continue
        counts["articles"] += 1
        try:
            doc = process_article(item)
        except TimeBudgetError:
            counts["budget_stops"] += 1
            continue
        except DerekError:
            counts["derek_errors"] += 1
            continue
        counts["documents"] += 1
        found += check_document(doc)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="how long to run (default 5)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: a new one, printed)")
    parser.add_argument("--hang-seconds", type=float, default=60.0, help="wall-clock limit per input (default 60)")
    parser.add_argument("--save", type=Path, default=None, help="folder to keep each failing input in")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**9)
    rng = random.Random(seed)
    os.environ.setdefault("DEREK_ARTICLE_SECONDS", str(max(1.0, args.hang_seconds / 2)))
    signal.signal(signal.SIGALRM, on_alarm)
    counts: Counter[str] = Counter()
    examples: list[dict[str, str]] = []
    until = time.monotonic() + 60 * args.minutes
    with tempfile.TemporaryDirectory(prefix="derek-fuzz-") as tmp:
        while time.monotonic() < until:
            suffix, data = make_input(rng)
            path = Path(tmp) / f"input{suffix}"
            path.write_bytes(data)
            counts["inputs"] += 1
            kind, detail = "", ""
            signal.setitimer(signal.ITIMER_REAL, args.hang_seconds)
            try:
                found = run_one(path, counts)
                if found:
                    kind = "json_failures" if all(f.startswith("json") for f in found) else "offset_violations"
                    detail = "; ".join(found[:3])
            except Hang:
                kind, detail = "hangs", f"over {args.hang_seconds:g} s"
            except Exception as exc:
                kind, detail = "crashes", "".join(traceback.format_exception_only(exc)).strip()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if kind:
                counts[kind] += 1
                if len(examples) < 10:
                    examples.append({"kind": kind, "detail": detail[:500], "suffix": suffix})
                if args.save is not None:
                    args.save.mkdir(parents=True, exist_ok=True)
                    (args.save / f"{kind}-{counts['inputs']:06d}{suffix}").write_bytes(data)
    report = {"seed": seed, "minutes": args.minutes, **{k: counts[k] for k in (
        "inputs", "articles", "documents", "input_errors", "derek_errors", "budget_stops", "crashes", "hangs",
        "offset_violations", "json_failures")}, "examples": examples}
    print(json.dumps(report, ensure_ascii=True, allow_nan=False))


if __name__ == "__main__":
    main()
