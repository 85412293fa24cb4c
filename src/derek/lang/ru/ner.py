"""Russian named-entity mentions: slovnet's PER/LOC/ORG spans, cleaned, plus bare names before a postposed title.

Cleaning: a title the model glued to a name is cut off (``Елбасы Нурсултан Назарбаев`` → the name), a span that
is only a title (``Президента``) or an institution (``Мажилиса`` tagged PER) is retyped or dropped, and a
one-word "person" that the dictionary knows as an ordinary word (``Почему``) is dropped.
"""

from __future__ import annotations

import re
from functools import cache

from derek.doc import Mention
from derek.lang import ru
from derek.lang.ru.models import ner
from derek.lang.ru.morphology import parses

TYPES = {"PER": "PERSON", "LOC": "GPE", "ORG": "ORGANISATION"}
_WORD = re.compile(r"[^\s]+")


@cache
def title_words() -> frozenset[str]:
    """Every word of every title, lower case (президент, первый, министр ...)."""
    out: set[str] = {"первый"}
    for row in ru.table("titles"):
        out.update(row[0].split())
    return frozenset(out)


def _lemma(word: str) -> str:
    found = parses(word)
    return str(found[0].normal_form) if found else word.lower()


def _lemmas(word: str) -> set[str]:
    return {str(p.normal_form) for p in parses(word)} | {word.lower()}


def _is_title(word: str) -> bool:
    return bool(_lemmas(word) & title_words())


def _institution(word: str) -> str | None:
    table = ru.mapping("institutions")
    return next((table[lemma] for lemma in _lemmas(word) if lemma in table), None)


_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|бек|улы|кызы)$")


def _ordinary_word(word: str) -> bool:
    """A dictionary word that is no name (``Почему``); a surname-shaped word (``Токаев``) never is."""
    found = parses(word)
    known = any(p.methods_stack and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer" for p in found[:1])
    proper = any(m in p.tag for p in found for m in ("Name", "Surn", "Patr", "Geox"))
    return known and not proper and not _SURNAME.search(word.lower())


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


def _clean_person(text: str, start: int, end: int) -> Mention | None:
    words = _words(text, start, end)
    while words and _is_title(text[words[0][0] : words[0][1]]):
        words = words[1:]
    postposed = ru.words("postposed_titles")
    while words and _lemma(text[words[-1][0] : words[-1][1]]) in postposed:
        words = words[:-1]
    if not words:
        return None
    first = text[words[0][0] : words[0][1]]
    if len(words) == 1:
        kind = _institution(first)
        if kind:
            return Mention(words[0][0], words[0][1], first, kind)
        if _ordinary_word(first) or _is_title(first):
            return None
    s, e = words[0][0], words[-1][1]
    return Mention(s, e, text[s:e], "PERSON")


_PREPOSITIONS = frozenset({"в", "во", "на", "с", "со", "к", "ко", "из", "о", "об", "по", "при", "для", "от", "до"})


def _clean_other(text: str, start: int, end: int, kind: str) -> Mention | None:
    words = _words(text, start, end)
    while len(words) > 1 and text[words[0][0] : words[0][1]].lower() in _PREPOSITIONS:
        words = words[1:]  # "Во Дворце Независимости": the preposition is not part of the name
    start = words[0][0]
    if all(_is_title(text[s:e]) for s, e in words):
        return None  # "Первого Президента": a title, not a body
    span = text[start:end]
    if len(words) == 1:
        kind = _institution(span) or kind
    return Mention(start, end, span, kind)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at line breaks (a title line and the next paragraph are never one name)."""
    out, pos = [], start
    for part in text[start:end].split("\n"):
        s = pos + len(part) - len(part.lstrip())
        e = pos + len(part.rstrip())
        if e > s:
            out.append((s, e))
        pos += len(part) + 1
    return out


def _postposed_names(text: str) -> list[Mention]:
    """``Абылай хана``, ``Кенесары хана``: the capitalised word before a postposed title names a person."""
    titles = "|".join(sorted(ru.words("postposed_titles"), key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w-])([А-ЯЁ][а-яё]+)\s+(?:{titles})(?:а|у|ом|е)?\b", text):
        out.append(Mention(m.start(1), m.end(1), m.group(1), "PERSON"))
    return out


def mentions(text: str) -> list[Mention]:
    """Cleaned NER mentions of ``text``, in text order, not overlapping."""
    found: list[Mention] = []
    for span in ner()(text).spans:
        kind = TYPES.get(span.type)
        if kind is None:
            continue
        for start, end in _lines(text, span.start, span.stop):
            clean = _clean_person(text, start, end) if kind == "PERSON" else _clean_other(text, start, end, kind)
            if clean is not None:
                found.append(clean)
    for extra in _postposed_names(text):
        if not any(m.start < extra.end and extra.start < m.end for m in found):
            found.append(extra)
    found.sort(key=lambda m: m.start)
    return found
