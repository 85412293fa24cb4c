"""The quality gate: score_facts.py on the reference article and on our own test articles.

Thresholds sit just under the scores measured with the full default pipeline (NER on) when they were set
(docs/extraction.md); a drop fails CI, and so does any pipeline stage that fails.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from derek.api import process_article
from derek.doc import Document
from derek.ingest import iter_articles


def load_scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_facts", shared / "tools" / "score_facts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def process_file(path: Path) -> Document:
    """Exactly what `derek process` runs (the default pipeline, NER included); any failing stage fails the gate."""
    article = next(iter_articles([str(path)]))
    assert not isinstance(article, Exception), article
    return process_article(article)


def score(shared: Path, gold: dict[str, Any], doc: Document) -> dict[str, Any]:
    result: dict[str, Any] = load_scorer(shared).score(gold, doc.to_dict())
    return result


OWN = Path(__file__).resolve().parents[1] / "extract" / "data"
SEED = "data/seed/000_118f9985322d2db8.txt"


@pytest.fixture(scope="module")
def seed_result(shared: Path) -> dict:
    gold = json.loads((shared / "data/seed/expected.json").read_text(encoding="utf-8"))
    return score(shared, gold, process_file(shared / SEED))


@pytest.mark.shared
@pytest.mark.parametrize(("part", "floor"), [
    ("overall", 0.98), ("persons", 0.99), ("roles", 0.99), ("quotes", 0.9), ("participants", 0.99),
])
def test_reference_article_scores(seed_result: dict, part: str, floor: float) -> None:
    value = seed_result["overall"] if part == "overall" else seed_result[part]["f1"]
    assert value >= floor, f"{part} fell to {value} (floor {floor}): {seed_result[part]}"


@pytest.mark.shared
def test_reference_article_modes_and_claims(seed_result: dict) -> None:
    assert seed_result["modes"]["accuracy"] >= 0.99
    assert seed_result["claims"]["r"] == 1.0
    assert seed_result["events"]["found"] == seed_result["events"]["gold"]


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(p.stem for p in OWN.glob("*.txt")))
def test_own_articles(shared: Path, name: str) -> None:
    gold = json.loads((OWN / f"{name}.json").read_text(encoding="utf-8"))
    result = score(shared, gold, process_file(OWN / f"{name}.txt"))
    overall_floor, quotes_floor = OWN_FLOORS.get(name, (0.99, 0.99))
    assert result["overall"] >= overall_floor, json.dumps(result, ensure_ascii=False)
    for part, floor in (("persons", 0.99), ("roles", 0.99), ("quotes", quotes_floor)):
        assert result[part]["f1"] >= floor, (part, result[part])


# Articles measured below 1.0: 10 keeps a direct quote of the unnamed head of state with no speaker (0.971).
OWN_FLOORS = {"10_akorda_audience": (0.965, 0.85)}


EVAL = Path(__file__).resolve().parents[2] / "eval"
EVAL_MEAN_FLOOR = 0.985


@pytest.mark.shared
def test_eval_corpus_mean(shared: Path) -> None:
    """The mean overall score on eval/ (another engineer's articles and gold), as scripts/eval_facts.py computes it."""
    articles = sorted((EVAL / "articles").glob("*.txt"))
    if not articles:
        pytest.skip(f"no evaluation corpus at {EVAL}")
    overall: dict[str, float] = {}
    for path in articles:
        gold = json.loads((EVAL / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        overall[path.stem] = float(score(shared, gold, process_file(path))["overall"])
    mean = round(sum(overall.values()) / len(overall), 3)
    assert mean >= EVAL_MEAN_FLOOR, f"eval/ mean fell to {mean} (floor {EVAL_MEAN_FLOOR}): {overall}"


NEWS_MEAN_FLOOR = 0.97  # measured 0.997 over the 24 real articles of ../shared/data/news (0.930 when first set at 0.91)


@pytest.mark.shared
def test_real_news_mean(shared: Path) -> None:
    """The mean overall score on the real-news development set (outlets' own articles, kept in ../shared only)."""
    news = shared / "data" / "news"
    articles = sorted(news.glob("*.txt"))
    if not articles:
        pytest.skip(f"no real-news articles in {news}")
    overall: dict[str, float] = {}
    for path in articles:
        gold = json.loads(path.with_name(f"{path.stem}.gold.json").read_text(encoding="utf-8"))
        overall[path.stem] = float(score(shared, gold, process_file(path))["overall"])
    mean = round(sum(overall.values()) / len(overall), 3)
    assert mean >= NEWS_MEAN_FLOOR, f"real-news mean fell to {mean} (floor {NEWS_MEAN_FLOOR}): {overall}"


TWINS_MEAN_FLOOR = 0.9  # measured 0.945 over the Kazakh twins of ../shared/data/news_ru (0.494 before this round)


@pytest.mark.shared
def test_kazakh_twins_of_the_russian_set(shared: Path) -> None:
    """The Kazakh members of the kk/ru pairs in ../shared/data/news_ru: real Kazakh news outside the 24 articles
    of ../shared/data/news."""
    articles = sorted((shared / "data" / "news_ru").glob("*.kk.txt"))
    if not articles:
        pytest.skip(f"no Kazakh twins in {shared / 'data' / 'news_ru'}")
    overall = {path.stem: float(score(shared, json.loads(path.with_name(f"{path.stem}.gold.json").read_text(
        encoding="utf-8")), process_file(path))["overall"]) for path in articles}
    mean = round(sum(overall.values()) / len(overall), 3)
    assert mean >= TWINS_MEAN_FLOOR, f"Kazakh twins' mean fell to {mean} (floor {TWINS_MEAN_FLOOR}): {overall}"
