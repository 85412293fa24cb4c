"""Sentences and words as extraction sees them: the pipeline's own (``doc.sentences``, ``doc.tokens``).

A paragraph is a line of ``Document.text``. When a Document comes without tokens or sentences (extraction
called directly), the pipeline's tokeniser and sentence splitter make them, so both paths see the same units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from derek.doc import Span, Token
from derek.text.sentences import split_sentences
from derek.text.tokenize import tokenize

DASHES = frozenset("—–‒―−-")


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


def words_of(tokens: Sequence[Token]) -> list[Word]:
    """Words from the pipeline's tokens; an initial with its full stop ("Қ.", "Дж.") becomes two words."""
    out: list[Word] = []
    for t in tokens:
        if t.text.endswith(".") and 2 <= len(t.text) <= 3 and t.text[:-1].isalpha() and t.text[0].isupper():
            out.append(Word(t.text[:-1], t.start, t.end - 1))
            out.append(Word(".", t.end - 1, t.end))
        else:
            out.append(Word(t.text, t.start, t.end))
    return out


def split(text: str, tokens: Sequence[Token] = (), spans: Sequence[Span] = ()) -> list[Sentence]:
    """Every sentence of ``text`` (``spans``, else the pipeline's splitter) with its words and paragraph number."""
    token_list = list(tokens) or tokenize(text)
    words = words_of(token_list)
    sentence_spans = list(spans) or split_sentences(text, token_list)
    out: list[Sentence] = []
    at = 0
    previous_paragraph = -1
    paragraph = 0
    line_start = 0
    for span in sentence_spans:
        while (nl := text.find("\n", line_start, span.start)) != -1:
            paragraph += 1
            line_start = nl + 1
        while at < len(words) and words[at].start < span.start:
            at += 1
        first_word = at
        while at < len(words) and words[at].end <= span.end:
            at += 1
        out.append(Sentence(span.start, span.end, text[span.start : span.end], words[first_word:at], paragraph,
                            len(out), first_in_paragraph=paragraph != previous_paragraph))
        previous_paragraph = paragraph
    return out
