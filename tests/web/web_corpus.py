"""The web tests' knowledge base, built through the real store.

It holds the example articles (real pipeline), two hand-made documents with entities, roles,
quotes and events (so page tests do not depend on extraction quality), and a hostile article whose
title and entity names are HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx

from derek.api import process_article
from derek.doc import Article, Document, Entity, Event, Mention, Participant, Quote, Role, Source, Span
from derek.errors import InputError, ModelError
from derek.ingest import iter_articles
from derek.kb import KnowledgeBase

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
XSS_TITLE = "<script>alert(1)</script>"
XSS_NAME = "<img src=x onerror=alert(2)>"


def _all(text: str, surface: str) -> list[Mention]:
    found, pos = [], text.find(surface)
    while pos >= 0:
        found.append(Mention(pos, pos + len(surface), surface))
        pos = text.find(surface, pos + len(surface))
    assert found, f"{surface!r} is not in the text"
    return found


def _span(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface))


def _entity(text: str, local: str, etype: str, name: str, *surfaces: str, latin: str | None = None) -> Entity:
    mentions = [m for s in surfaces for m in _all(text, s)]
    for m in mentions:
        m.type = etype
    return Entity(local, etype, name, latin, sorted(mentions, key=lambda m: m.start))


def talks_document() -> Document:
    """Astana talks between two ministers: a meeting with in-person and online participants, a quote, roles."""
    title = "Астанада Қазақстан мен Мажарстан министрлері келіссөз жүргізді"
    body = (
        "АСТАНА. Дала Ньюс — Қазақстанның Энергетика министрі Нұрлан Жанботаев Мажарстанның Сыртқы экономикалық "
        "байланыстар министрі Ласло Ковачпен кездесті. Кездесуге Еуропа қайта құру және даму банкінің өкілі онлайн "
        "қатысты.\n"
        "«Екі ел арасындағы газ жобалары келесі жылы басталады», — деді Жанботаев.\n"
        "Ковач Астанаға алғаш рет келіп отыр."
    )
    text = f"{title}\n{body}"
    doc = Document(text=text, title=title, date="2025-03-14", source=Source(publisher="Дала Ньюс",
                                                                             dateline="Астана",
                                                                             url="https://example.kz/a/1"))
    doc.entities = [
        _entity(text, "e1", "PERSON", "Нұрлан Жанботаев", "Нұрлан Жанботаев", "Жанботаев.", latin="Nurlan Zhanbotaev"),
        _entity(text, "e2", "PERSON", "Ласло Ковач", "Ласло Ковачпен", "Ковач Астанаға"),
        _entity(text, "e3", "GPE", "Қазақстан", "Қазақстан мен", "Қазақстанның"),
        _entity(text, "e4", "GPE", "Мажарстан", "Мажарстан министрлері", "Мажарстанның"),
        _entity(text, "e5", "GPE", "Астана", "Астанада", "АСТАНА", "Астанаға"),
        _entity(text, "e6", "ORGANISATION", "Еуропа қайта құру және даму банкі",
                "Еуропа қайта құру және даму банкінің"),
    ]
    # Trim surfaces that caught the following word or the full stop.
    for ent in doc.entities:
        for m in ent.mentions:
            word_end = m.start + len(m.text.split(" мен")[0].split(" министрлері")[0].split(" Астанаға")[0]
                                     .rstrip("."))
            m.end, m.text = word_end, text[m.start : word_end]
    doc.roles = [
        Role("e1", "энергетика министрі", _span(text, "Қазақстанның Энергетика министрі"), "minister of energy", "e3"),
        Role("e2", "сыртқы экономикалық байланыстар министрі",
             _span(text, "Мажарстанның Сыртқы экономикалық байланыстар министрі"), "minister of external economic "
             "relations", "e4"),
    ]
    quote = "Екі ел арасындағы газ жобалары келесі жылы басталады"
    doc.quotes = [Quote(quote, "direct", _span(text, quote), "e1",
                        Mention(text.index("Жанботаев."), text.index("Жанботаев.") + 9, "Жанботаев", "PERSON"),
                        "де")]
    doc.events = [Event("v1", "meeting", _span(text, "Ласло Ковачпен кездесті"), date="2025-03-14", location="e5",
                        participants=[Participant("e1", "in_person"), Participant("e2", "in_person"),
                                      Participant("e6", "online")])]
    return doc


def second_term_document() -> Document:
    """Months later the same minister, now deputy prime minister, opens a plant with the same Hungarian minister."""
    title = "Павлодарда жаңа зауыт ашылды"
    body = (
        "ПАВЛОДАР. Дала Ньюс — Премьер-министрдің орынбасары Нұрлан Жанботаев пен Мажарстан министрі Ласло Ковач "
        "Павлодарда жаңа зауытты ашты. Зауыт жылына 200 мың тонна өнім шығарады."
    )
    text = f"{title}\n{body}"
    doc = Document(text=text, title=title, date="2025-09-02", source=Source(publisher="Дала Ньюс"))
    doc.entities = [
        _entity(text, "p1", "PERSON", "Нұрлан Жанботаев", "Нұрлан Жанботаев"),
        _entity(text, "p2", "PERSON", "Ласло Ковач", "Ласло Ковач"),
        _entity(text, "p3", "GPE", "Павлодар", "Павлодарда", "ПАВЛОДАР"),
    ]
    doc.roles = [Role("p1", "премьер-министрдің орынбасары", _span(text, "Премьер-министрдің орынбасары"),
                      "deputy prime minister")]
    doc.events = [Event("w1", "opening", _span(text, "жаңа зауытты ашты"), location="p3",
                        participants=[Participant("p1", "in_person"), Participant("p2", "in_person")])]
    return doc


def hostile_document() -> Document:
    """An article whose title, text and entity name are HTML; pages must show them as text."""
    text = f"{XSS_TITLE}\nБүгін {XSS_NAME} деген ұйым Шымкентте мәлімдеме жасады. Ұйым жаңа ереже енгізді."
    doc = Document(text=text, title=XSS_TITLE, date="2025-05-05", source=Source(url="javascript:alert(3)"))
    doc.entities = [_entity(text, "x1", "ORGANISATION", XSS_NAME, XSS_NAME), _entity(text, "x2", "GPE", "Шымкент",
                                                                                     "Шымкентте")]
    doc.quotes = [Quote(f"{XSS_NAME} ереже енгізеді", "indirect", _span(text, "Ұйым жаңа ереже енгізді"), "x1")]
    return doc


def pipeline_articles() -> list[Article]:
    """The example articles (when present) and two short texts of our own, all through the real pipeline."""
    found = [a for a in iter_articles([str(EXAMPLES)]) if not isinstance(a, InputError)] if EXAMPLES.is_dir() else []
    found.append(Article(
        body="Қазақстан Украинаға гуманитарлық көмек жіберді. Жүк Алматыдан ұшақпен аттанды. "
             "Украинаның елшісі Қазақстанға алғыс айтты.",
        title="Гуманитарлық жүк жіберілді", date="2025-02-20", source=Source(publisher="Жаршы")))
    found.append(Article(
        body="Алматыда халықаралық кітап көрмесі ашылды. Көрмеге он екі елдің баспалары қатысып отыр.",
        title="Кітап көрмесі", date="2025-04-11", source=Source(publisher="Жаршы")))
    return found


@dataclass(frozen=True)
class Corpus:
    db: Path
    talks: Document
    second_term: Document
    hostile: Document
    pipeline_ids: dict[str, str]  # title -> doc id
    pipeline_problem: str | None  # why articles were stored unanalysed, when the pipeline could not run


def build_corpus(db: Path) -> Corpus:
    talks, second, hostile = talks_document(), second_term_document(), hostile_document()
    ids: dict[str, str] = {}
    problem: str | None = None
    with KnowledgeBase(db) as kb:
        for doc in (talks, second, hostile):
            kb.add_document(doc)
        for article in pipeline_articles():
            try:
                doc = process_article(article)
            except ModelError as exc:  # a model still being trained: store the text alone, search still works
                problem = str(exc)
                doc = article.to_document()
            kb.add_document(doc)
            ids[doc.title or ""] = doc.id
    return Corpus(db, talks, second, hostile, ids, problem)


def kb_id(client: httpx.Client, name: str, etype: str | None = None) -> int:
    """The KB id of the entity called exactly ``name`` (asked through the API)."""
    params = {"q": name, **({"type": etype} if etype else {})}
    found = [e for e in client.get("/api/entities", params=params).json()["entities"] if e["name"] == name]
    assert found, f"no KB entity named {name!r}"
    return int(found[0]["id"])
