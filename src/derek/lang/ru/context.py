"""What the Russian extractors share about one article: its tokens, mentions with their entities, and helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.doc import Document, Mention, Token
from derek.lang.ru.ner import title_words

DASHES = frozenset("-–—")


@dataclass
class Article:
    doc: Document
    entity_of: dict[int, str]  # mention start → entity id
    quoted: list[tuple[int, int]] = field(default_factory=list)  # spans inside quotation marks

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def tokens(self) -> list[Token]:
        return self.doc.tokens

    def persons(self, start: int = 0, end: int | None = None) -> list[Mention]:
        end = len(self.text) if end is None else end
        return [m for m in self.doc.mentions if m.type == "PERSON" and start <= m.start and m.end <= end]

    def places(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.doc.mentions if m.type != "PERSON" and start <= m.start and m.end <= end]

    def mention_at(self, start: int, end: int) -> Mention | None:
        return next((m for m in self.doc.mentions if m.start < end and start < m.end), None)

    def entity(self, mention: Mention) -> str:
        return self.entity_of[mention.start]

    def is_quoted(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quoted)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s in self.doc.sentences:
            if s.start <= pos < s.end:
                return s.start, s.end
        return pos, pos

    def token_index(self, pos: int) -> int:
        """The index of the first token that ends after ``pos``."""
        for i, tok in enumerate(self.tokens):
            if tok.end > pos:
                return i
        return len(self.tokens)


def is_title_token(tok: Token) -> bool:
    titles = title_words()
    known = (tok.lemma or "") in titles or tok.text.lower() in titles
    return known and tok.pos in {"NOUN", "ADJ", "PROPN", "X"}
