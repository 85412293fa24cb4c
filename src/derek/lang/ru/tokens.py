"""Russian tokens and sentences (razdel), each token analysed by pymorphy3 (lemma, part of speech, case)."""

from __future__ import annotations

import itertools

from derek.doc import Span, Token
from derek.errors import DependencyError
from derek.lang.ru.morphology import analyse


def tokenize(text: str) -> list[Token]:
    """razdel's tokens with offsets into ``text``, each with its lemma, UD part of speech and case."""
    try:
        from razdel import tokenize as razdel_tokenize
    except ImportError as exc:
        raise DependencyError("razdel", "Russian tokenisation") from exc
    tokens: list[Token] = []
    for piece in razdel_tokenize(text):
        lemma, pos, case, feats = analyse(piece.text)
        tokens.append(Token(piece.start, piece.stop, piece.text, lemma, pos, case, feats))
    for tok, nxt in itertools.pairwise(tokens):
        tok.space_after = nxt.start > tok.end
    return tokens


def split_sentences(text: str) -> list[Span]:
    """razdel's sentences, also split at paragraph breaks (a caption line is a sentence of its own)."""
    try:
        from razdel import sentenize
    except ImportError as exc:
        raise DependencyError("razdel", "Russian sentence splitting") from exc
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        for sent in sentenize(line):
            if sent.text.strip():
                spans.append(Span(offset + sent.start, offset + sent.stop))
        offset += len(line) + 1
    return spans
