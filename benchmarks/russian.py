#!/usr/bin/env python3
"""Russian pipeline speed (razdel → pymorphy3 → slovnet NER → extract), single process: articles/s as JSON.

Corpus: the Russian articles of ../shared/data/news_ru when present (read only, never copied), else short
Russian texts made here; repeated up to ``--articles`` (default 200). The model load is timed apart, once.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from derek.doc import Document
from derek.lang.ru.pipeline import stages
from derek.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
NEWS_RU = REPO.parent / "shared" / "data" / "news_ru"
FALLBACK = (
    "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Франции Эммануэлем Макроном. "
    "«Мы договорились расширить сотрудничество», — сказал глава государства. Товарооборот вырос на 5,1 процента "
    "и достиг 2,1 млрд долларов. В форуме участвовали делегации 26 стран."
)


def corpus(limit: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(NEWS_RU.glob("*.txt")) if ".kk." not in p.name]
    texts = texts or [FALLBACK]
    out: list[str] = []
    while len(out) < limit:
        out.extend(texts[: limit - len(out)])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()
    texts = corpus(args.articles)
    pipe = Pipeline(stages())
    started = time.perf_counter()
    pipe(Document(text=texts[0], language="ru"))  # loads pymorphy3, navec and slovnet
    load_s = time.perf_counter() - started
    per_stage = dict.fromkeys(pipe.names, 0.0)
    chars = facts = 0
    started = time.perf_counter()
    for text in texts:
        doc = Document(text=text, language="ru")
        for s in pipe.stages:
            t = time.perf_counter()
            doc = s.fn(doc)
            per_stage[s.name] += time.perf_counter() - t
        chars += len(doc.text)
        facts += len(doc.roles) + len(doc.quotes) + len(doc.events) + len(doc.claims)
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "benchmark": "russian",
        "articles": len(texts),
        "seconds": round(elapsed, 3),
        "articles_per_s": round(len(texts) / elapsed, 1),
        "chars_per_s": round(chars / elapsed),
        "facts": facts,
        "first_article_with_model_load_s": round(load_s, 3),
        "ms_per_article": {k: round(1000 * v / len(texts), 2) for k, v in per_stage.items()},
    }, allow_nan=False))


if __name__ == "__main__":
    main()
