"""The entity page's mention list: each mention shown inside a little of its article's text."""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.kb import KnowledgeBase, MentionRow

CONTEXT_CHARS = 70
MAX_ARTICLES = 25


@dataclass(frozen=True)
class MentionContext:
    before: str
    text: str
    after: str
    start: int


@dataclass
class ArticleMentions:
    doc_id: str
    title: str | None
    date: str | None
    contexts: list[MentionContext] = field(default_factory=list)


def _squash(text: str) -> str:
    return " ".join(text.split())


def mention_contexts(kb: KnowledgeBase, mentions: list[MentionRow]) -> tuple[list[ArticleMentions], int]:
    """Mentions grouped by article (at most ``MAX_ARTICLES``), each with some text either side.

    Returns the groups and how many articles were left out.
    """
    groups: dict[str, ArticleMentions] = {}
    for m in mentions:
        if m.doc_id not in groups:
            groups[m.doc_id] = ArticleMentions(m.doc_id, m.title, m.date)
    shown = list(groups.values())[:MAX_ARTICLES]
    for group in shown:
        doc = kb.get_document(group.doc_id)
        text = doc.text if doc else ""
        for m in mentions:
            if m.doc_id != group.doc_id:
                continue
            if 0 <= m.start < m.end <= len(text):
                before = text[max(0, m.start - CONTEXT_CHARS) : m.start]
                after = text[m.end : m.end + CONTEXT_CHARS]
                group.contexts.append(MentionContext(
                    ("…" if m.start > CONTEXT_CHARS else "") + _squash(before).lstrip() + (" " if before[-1:].isspace()
                                                                                         else ""),
                    text[m.start : m.end],
                    (" " if after[:1].isspace() else "") + _squash(after) + ("…" if m.end + CONTEXT_CHARS < len(text)
                                                                             else ""),
                    m.start,
                ))
            else:
                group.contexts.append(MentionContext("", m.text, "", m.start))
    return shown, max(0, len(groups) - len(shown))
