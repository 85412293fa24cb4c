"""Measuring how processing time grows with the size of an article: CPU seconds per token at a few sizes, and
the growth exponent (the slope of log time over log size: 1 is linear, 2 quadratic)."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from synthetic import article

from derek.doc import Article
from derek.pipeline import Pipeline, load_pipeline


@dataclass(frozen=True)
class Point:
    sentences: int
    tokens: int
    seconds: float  # CPU seconds, the best of the repeats
    stage_seconds: dict[str, float]

    @property
    def us_per_token(self) -> float:
        return 1e6 * self.seconds / max(self.tokens, 1)


def news(sentences: int) -> str:
    return article(7, sentences)[1]


def one_long_word(sentences: int) -> str:
    return "а" * (60 * sentences)


def digits(sentences: int) -> str:
    return " ".join(f"{i} мың {i * 7} тонна {i}%," for i in range(sentences))


def capitalised(sentences: int) -> str:
    return " ".join(w.capitalize() for w in news(sentences).split())


def one_sentence(sentences: int) -> str:
    return news(sentences).replace(".", ",")


def many_names(sentences: int) -> str:
    rng = random.Random(sentences)
    return " ".join(f"Ерлан Са{rng.randint(0, 10**6)}ов, Айгүл Ке{rng.randint(0, 10**6)}ова және Нұрлан "
                    f"Бе{rng.randint(0, 10**6)}ев кездесті." for _ in range(sentences))


SHAPES: dict[str, Callable[[int], str]] = {
    "news": news, "capitalised": capitalised, "one_sentence": one_sentence, "many_names": many_names,
    "one_long_word": one_long_word, "digits": digits,
}


def measure(body: str, repeats: int = 2, pipeline: Pipeline | None = None) -> tuple[int, float, dict[str, float]]:
    """(tokens, best CPU seconds, CPU seconds per stage of the best run) for the whole pipeline on ``body``."""
    pipeline = pipeline or load_pipeline(lang="kk")
    best: tuple[float, dict[str, float]] | None = None
    tokens = 0
    for _ in range(repeats):
        doc = Article(body=body, title="Тақырып").to_document()
        stages: dict[str, float] = {}
        started = time.process_time()
        for stage in pipeline.stages:
            t = time.process_time()
            doc = stage.fn(doc)
            stages[stage.name] = round(time.process_time() - t, 4)
        took = time.process_time() - started
        tokens = len(doc.tokens)
        if best is None or took < best[0]:
            best = (took, stages)
    assert best is not None
    return tokens, best[0], best[1]


def sweep(shape: Callable[[int], str], sizes: list[int], repeats: int = 2) -> list[Point]:
    load_pipeline()(Article(body=news(3), title="x").to_document())  # models loaded before the clock starts
    points = []
    for n in sizes:
        tokens, seconds, stages = measure(shape(n), repeats)
        points.append(Point(n, tokens, seconds, stages))
    return points


def exponent(points: list[Point]) -> float:
    """Least-squares slope of log(seconds) over log(tokens)."""
    xs = [math.log(max(p.tokens, 1)) for p in points]
    ys = [math.log(max(p.seconds, 1e-6)) for p in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
