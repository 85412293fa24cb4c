"""The ``morph`` pipeline stage: lemma, part of speech, case and features on every token."""

from __future__ import annotations

from derek.doc import Document, Token
from derek.morph import sentence_analyses
from derek.stage import stage


@stage("morph", requires=("doc.tokens", "doc.sentences"),
       assigns=("token.lemma", "token.pos", "token.case", "token.feats"))
def morph(doc: Document) -> Document:
    groups: list[list[Token]] = doc.sentence_tokens() if doc.sentences else [doc.tokens]
    covered = {id(t) for g in groups for t in g}
    stray = [t for t in doc.tokens if id(t) not in covered]
    if stray:
        groups.append(stray)
    for toks, readings in zip(groups, sentence_analyses([[t.text for t in g] for g in groups]), strict=True):
        for tok, a in zip(toks, readings, strict=True):
            tok.lemma = a.lemma
            tok.pos = a.pos
            tok.case = a.case
            feats = dict(a.feats)
            if a.case is not None:
                feats["Case"] = a.case.capitalize()
            tok.feats = feats
    return doc
