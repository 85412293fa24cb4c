"""Paragraphs, sentences and words as extraction sees them, with offsets into ``Document.text``.

Extraction keeps its own light segmentation so that it does not depend on how other stages split text:
a paragraph is a line; a sentence ends at . ! ? … before a capital, a dash or a quote mark, never inside «».
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

_WORD = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)*%?(?:-\w+)?|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
_LAST_TOKEN = re.compile(r"(\w+(?:\.\w+)*)$")
_UPPER = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
DASHES = frozenset("—–‒―−-")
# Abbreviations after which a full stop does not end a sentence.
_NO_BREAK = frozenset({"ж", "жж", "т.б", "т.с.с", "ғ", "мыс", "қ", "обл", "көш", "млн", "млрд", "трлн", "проф", "акад"})


@dataclass
class Word:
    text: str
    start: int
    end: int

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def is_cap(self) -> bool:
        """Capitalised like a name: an upper-case first letter and some lower-case letters."""
        t = self.text
        return t[:1].isupper() and not t.isupper()

    @property
    def is_acronym(self) -> bool:
        """Upper-case letters only, maybe with a hyphenated suffix (АҚШ, БҰҰ-ның)."""
        head = self.text.split("-")[0]
        return len(head) >= 2 and head.isalpha() and head.isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    words: list[Word]
    paragraph: int
    index: int = 0
    first_in_paragraph: bool = False
    tags: dict[str, str] = field(default_factory=dict)


def words_of(text: str, offset: int = 0) -> list[Word]:
    return [Word(m.group(), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text)]


def _sentence_ends(line: str) -> list[int]:
    """Offsets (within the line) just after each sentence-final mark."""
    ends: list[int] = []
    depth = 0
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        elif ch in ".!?…" and depth == 0:
            j = i + 1
            while j < n and line[j] in ".!?…»\")":
                j += 1
            k = j
            while k < n and line[k] == " ":
                k += 1
            if k < n and k > j and (_UPPER.match(line[k]) or line[k] in DASHES or line[k] in "«\"“"):
                prev = _LAST_TOKEN.search(line, max(0, i - 24), i)
                token = prev.group(1) if prev else ""
                initial = len(token) == 1 and token.isupper()
                if token.lower() not in _NO_BREAK and not initial:
                    ends.append(j)
            i = j
            continue
        i += 1
    return ends


def split(text: str) -> list[Sentence]:
    """Every sentence of ``text``, each with its words and paragraph number."""
    out: list[Sentence] = []
    pos = 0
    for para, line in enumerate(text.split("\n")):
        base = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        start = 0
        cuts = [*_sentence_ends(line), len(line)]
        first = True
        for cut in cuts:
            piece = line[start:cut]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                s0 = base + start + lead
                s1 = base + start + len(piece.rstrip())
                out.append(Sentence(s0, s1, text[s0:s1], words_of(text[s0:s1], s0), para, first_in_paragraph=first))
                first = False
            start = cut
    for i, s in enumerate(out):
        s.index = i
    return out
