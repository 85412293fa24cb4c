"""Hypothesis strategies for hostile input: news-like Kazakh fragments mixed with everything text can hold
(lone surrogates, NUL and control characters, combining marks, huge numbers, odd quotes and dashes)."""

from __future__ import annotations

import random

from hypothesis import strategies as st
from synthetic import sentence, surname

_LETTERS = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБҒДЕҚҢӨҰҮҺІЖЗКМНОПРСТabcxyzQWE"
_MARKS = "«»„“”\"'‹›—–-.,!?…;:()[]{}%№$€₸0123456789 \n\n\r\t\u00a0\u200b\u2028\u0301\ufeff"

surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"])
anything = st.one_of(st.characters(categories=["L", "M", "N", "P", "S", "Z", "C"]), surrogates)  # controls too


@st.composite
def news_sentence(draw: st.DrawFn) -> str:
    rng = random.Random(draw(st.integers(0, 10**6)))
    people = [(rng.choice(["Ерлан", "Айгүл"]), surname(rng), rng.choice(["министрі", "әкімі"])) for _ in range(2)]
    return sentence(rng, people)


fragments = st.one_of(
    news_sentence(),
    st.text(st.sampled_from(_LETTERS + _MARKS), max_size=40),
    st.text(anything, max_size=8),
    st.text(surrogates, min_size=1, max_size=2),
    st.sampled_from(["9" * 400, "1e999", "NaN", "Infinity", "-0", "½", "٣", "𝟘", "0x1F", "1 000 000,5"]),
    st.sampled_from(["«", "»", "—", " – деді ", "«Иә», – деді ол.", ":\n", "...", "\x00", "\x1b[0m", "\u202e"]),
)

texts = st.lists(fragments, max_size=12).map(" ".join)
