"""The ``ner`` pipeline stage: IOB2 labels on the Document's tokens and one Mention per entity span."""

from __future__ import annotations

from derek.doc import Document, Mention
from derek.ner.corpus import entity_spans
from derek.ner.model import get_model
from derek.stage import stage


@stage("ner.crf", requires=("doc.tokens", "doc.sentences", "token.lemma", "token.case"),
       assigns=("token.ner", "doc.mentions"))
def ner(doc: Document) -> Document:
    """Set ``token.ner`` on every token inside a sentence and replace ``doc.mentions`` with the entity spans."""
    model = get_model()
    mentions: list[Mention] = []
    for sent in doc.sentence_tokens():
        if not sent:
            continue
        labels = model.tag([t.text for t in sent])
        for tok, lab in zip(sent, labels, strict=True):
            tok.ner = lab
        for start, end, typ in entity_spans(labels):
            s, e = sent[start].start, sent[end - 1].end
            mentions.append(Mention(s, e, doc.text[s:e], typ))
    doc.mentions = mentions
    return doc
