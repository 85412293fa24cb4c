"""Which language a text is in: Kazakh by its own letters, any other language by ``py3langid``'s model.

Kazakh written in Cyrillic has nine letters Russian lacks (ә ғ қ ң ө ұ ү һ і); in running Kazakh text they make
up several per cent of the letters, while a Russian text that quotes a Kazakh name has a trace of them. So each
paragraph that has a few per cent of them is Kazakh, without a model; other paragraphs long enough to judge are
given to ``py3langid`` (langid.py's model, shipped in its wheel). The text's language is the majority of its
paragraphs, weighted by their letters, so a Kazakh article with a Russian quote stays Kazakh.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from derek.errors import DependencyError

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_KAZAKH = re.compile("[" + "".join(sorted(KAZAKH_LETTERS)) + "]")
_RUSSIAN = re.compile("[А-яёЁ]")  # U+0410–U+044F: every letter whose lowercase lies in а–я
_LATIN = re.compile("[A-Za-z]")
# A paragraph whose Cyrillic letters are at least this share Kazakh-only letters is Kazakh (running Kazakh: 5–9 %).
KAZAKH_SHARE = 0.02
# Paragraphs with fewer letters than this, and no Kazakh letters, are too short to judge on their own.
MIN_LETTERS = 25
# Below this confidence the model's answer for a short text is not trusted, and the text is taken as Kazakh.
SHORT_TEXT_CONFIDENCE = 0.9
DEFAULT = "kk"
# Languages whose Cyrillic has letters of KAZAKH_LETTERS in running text (Kyrgyz ө ү ң, Tatar and Bashkir ә ө ү ң,
# Mongolian ө ү, Uzbek қ ғ): a paragraph with none of those letters that the model still puts in one of them is
# Kazakh that happens to avoid its own letters ("Кот-д'Ивуар какао экспортын арттырды." reads as Kyrgyz).
KAZAKH_LOOKALIKES = frozenset({"ky", "tt", "ba", "mn", "uz"})


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language (``kk``, ``ru``, ``en``, …); ``kk`` when nothing tells."""
    votes: Counter[str] = Counter()
    for paragraph in text.split("\n"):
        letters, language = _paragraph_language(paragraph)
        if language is not None:
            votes[language] += letters
    if votes:
        return votes.most_common(1)[0][0]
    return _short_text_language(text)


def _paragraph_language(paragraph: str) -> tuple[int, str | None]:
    # counted by compiled character classes, not a Python loop over the characters: the same counts
    kazakh = len(_KAZAKH.findall(paragraph))
    cyrillic = len(_RUSSIAN.findall(paragraph)) + kazakh
    latin = len(_LATIN.findall(paragraph))
    letters = cyrillic + latin
    if kazakh and kazakh >= KAZAKH_SHARE * cyrillic:
        return letters, "kk"
    if letters < MIN_LETTERS:
        return letters, None
    return letters, _model_language(paragraph)[0]


def _short_text_language(text: str) -> str:
    if not any(ch.isalpha() for ch in text):
        return DEFAULT
    if any(ch in KAZAKH_LETTERS for ch in text):
        return "kk"
    language, confidence = _model_language(text)
    return language if confidence >= SHORT_TEXT_CONFIDENCE else DEFAULT


def _model_language(text: str) -> tuple[str, float]:
    language, confidence = _identifier().classify(text.encode("utf-8", "replace").decode("utf-8"))
    return ("kk" if language in KAZAKH_LOOKALIKES else str(language)), float(confidence)


@cache
def _identifier() -> Any:
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError as exc:
        raise DependencyError("py3langid", "telling the language of a text") from exc
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
