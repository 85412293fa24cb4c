"""Posts and ministries of Kazakhstan's state in English, from ``lang/kk/data/posts_en.tsv``.

A whole post is looked up as it is (төтенше және өкілетті елші → Ambassador Extraordinary and
Plenipotentiary); otherwise a known portfolio before a ministry head is translated through the head's pattern
(су ресурстары және ирригация министрі → minister of water resources and irrigation, энергетика
министрлігі → Ministry of Energy). Anything else gets None: the caller keeps its own gloss.
"""

from __future__ import annotations

from functools import cache

from derek.lang import kk


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().replace("—", "–").split())


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], tuple[tuple[str, str], ...]]:
    posts: dict[str, str] = {}
    portfolios: dict[str, str] = {}
    heads: list[tuple[str, str]] = []
    for kazakh, english, kind in kk.table("posts_en", 3):
        key = _normal(kazakh)
        if kind == "post":
            posts[key] = english
        elif kind == "portfolio":
            portfolios[key] = english
        elif kind == "head":
            heads.append((key, english))
    heads.sort(key=lambda h: -len(h[0]))
    return posts, portfolios, tuple(heads)


def english_post(phrase: str) -> str | None:
    """``phrase`` (a post, or a ministry's name) in English, or None when the table does not cover it."""
    key = _normal(phrase)
    if not key:
        return None
    posts, portfolios, heads = _tables()
    if key in posts:
        return posts[key]
    for head, pattern in heads:
        if key.endswith(" " + head):
            portfolio = portfolios.get(key[: -len(head) - 1].strip(" ,"))
            if portfolio is not None:  # a post is lowercase (minister of energy), a ministry a name
                return pattern.replace("{}", portfolio if pattern[:1].isupper() else portfolio.lower())
    return None
