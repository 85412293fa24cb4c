"""Russian roles: a title written next to a person's name.

* before the name (``министр иностранных дел Украины Андреем Сибигой``; the owner is the last place or body in
  the title phrase, ``президент Казахстана``);
* after the name in a caption (``Олжас Бектенов, премьер-министр РК:``);
* across a dash (``Первый Президент Республики Казахстан — Елбасы Нурсултан Назарбаев`` gives both), including a
  distributive list (``президенты Республики Беларусь — Александр Лукашенко, Кыргызской Республики — ...``);
* respectively: a plural title with N owners, then a list of exactly N names (``с акимами Карагандинской
  области, ... Мангистауской областей. Женис Касымбек, ..., Серикбай Трумов``);
* a postposed title after a bare name (``Абылай хана``).
"""

from __future__ import annotations

import itertools
import re

from derek.doc import Mention, Role, Span, Token
from derek.lang import ru
from derek.lang.ru.context import DASHES, Article, is_title_token
from derek.lang.ru.ner import title_words

_STOP_POS = frozenset({"PUNCT", "ADP", "VERB", "PRON", "ADV", "NUM"})
_WINDOW = 8


def _honorific(lemma: str) -> bool:
    return any(row[0] == lemma and row[1] == "honorific" for row in ru.table("titles", 3))


def _window(art: Article, end: int, floor: int) -> list[Token]:
    """The tokens right before ``end`` that can belong to a title phrase (no punctuation, verbs, other names)."""
    out: list[Token] = []
    i = art.token_index(end) - 1
    while i >= 0 and len(out) < _WINDOW:
        tok = art.tokens[i]
        if tok.end > end:
            i -= 1
            continue
        if tok.start < floor or "\n" in art.text[tok.end : (out[0].start if out else end)]:
            break
        if tok.pos in _STOP_POS or (tok.pos == "CCONJ" and tok.text.lower() != "и"):
            break
        m = art.mention_at(tok.start, tok.end)
        if m is not None and m.type == "PERSON":
            break
        out.insert(0, tok)
        i -= 1
    return out


def _title_phrase(art: Article, tokens: list[Token]) -> tuple[str, Mention | None] | None:
    """``(position, owner mention)`` of the phrase starting at its first title word, or None."""
    first = next((i for i, t in enumerate(tokens) if is_title_token(t)), None)
    if first is None:
        return None
    phrase = tokens[first:]
    if phrase[0].lemma == "первый" and (len(phrase) < 2 or not is_title_token(phrase[1])):
        return None
    owners = art.places(phrase[0].start, phrase[-1].end)
    owner = owners[-1] if owners else None
    words: list[str] = []
    for i, tok in enumerate(phrase):
        if owner is not None and tok.start >= owner.start:
            break
        if i == 0 or (i == 1 and phrase[0].lemma == "первый"):
            lemma = tok.lemma or ""
            words.append(lemma if lemma in title_words() else tok.text.lower())  # Елбасы: no lemma of its own
        elif words and is_title_token(tok) and tok.case == "gen":
            owner = None  # "пресс-секретарь Президента": the owner is a person, not a place
            break
        else:
            words.append(tok.text.lower())
    position = " ".join(words)
    if not position or _honorific(words[0]):
        return None
    return position, owner


def _plural_title(tokens: list[Token]) -> bool:
    first = next((t for t in tokens if is_title_token(t)), None)
    return first is not None and first.lemma in title_words() and first.feats.get("Number") == "Plur"


def _post_clause(art: Article, person: Mention, sent_start: int) -> list[Role]:
    """``депутату Мажилиса, занимающей должность вице-спикера, Гульмире Исимбаевой``: both posts."""
    before = art.text[sent_start : person.start]
    m = re.search(r"([^,]+),\s*(?:занимающ|занявш|исполняющ)\w*\s+(?:должность|пост)\s+([^,]+),\s*$", before)
    if m is None:
        return []
    roles: list[Role] = []
    post_start = sent_start + m.start(2)
    post = [t for t in art.tokens if post_start <= t.start and t.end <= sent_start + m.end(2)]
    if post and is_title_token(post[0]):
        roles.append(Role(art.entity(person), str(post[0].lemma), Span(post_start, person.end)))
    head_end = sent_start + m.end(1)
    window = _window(art, head_end, sent_start)
    found = _title_phrase(art, window) if window else None
    if found:
        roles.append(_role(art, person, found, window[0].start))
    return roles


def _role(art: Article, person: Mention, found: tuple[str, Mention | None], start: int) -> Role:
    position, owner = found
    of = art.entity(owner) if owner is not None else None
    return Role(art.entity(person), position, Span(min(start, person.start), max(person.end, start)), of=of)


def _before(art: Article, person: Mention, carried: dict[str, str]) -> list[Role]:
    sent_start, _ = art.sentence_of(person.start)
    window = _window(art, person.start, sent_start)
    roles: list[Role] = []
    found = _title_phrase(art, window) if window else None
    if found and _plural_title(window):
        found = None  # "Отраслевым министрам и главам регионов Олжас Бектенов поручил": addressees, not his post
    if found:
        roles.append(_role(art, person, found, window[0].start))
    if not window:
        roles += _post_clause(art, person, sent_start)
    edge = window[0].start if window else person.start
    before = art.text[sent_start:edge].rstrip()
    if before and before[-1] in DASHES and before[-2:-1] == " ":
        dash = sent_start + len(before) - 1
        left = _window(art, dash, sent_start)
        prior = _title_phrase(art, left) if left else None
        owners = art.places(left[0].start, dash) if left else []
        if prior:
            roles.append(_role(art, person, prior, left[0].start))
            carried["title"] = prior[0]
        elif owners and carried.get("title") and not found:
            roles.append(_role(art, person, (carried["title"], owners[-1]), left[0].start))
    return roles


def _caption(art: Article, person: Mention) -> list[Role]:
    """``Олжас Бектенов, премьер-министр РК:`` alone on its line."""
    line_end = art.text.find("\n", person.end)
    line_end = len(art.text) if line_end < 0 else line_end
    line_start = art.text.rfind("\n", 0, person.start) + 1
    rest = art.text[person.end : line_end]
    if art.text[line_start : person.start].strip() or not re.match(r"\s*,\s*\S", rest) or len(rest) > 80:
        return []
    start = art.token_index(person.end + rest.index(",") + 1)
    tokens = [t for t in art.tokens[start:] if t.end <= line_end and t.text not in {":", "."}]
    found = _title_phrase(art, tokens) if tokens and is_title_token(tokens[0]) else None
    return [_role(art, person, found, line_end)] if found else []


def _postposed(art: Article, person: Mention) -> list[Role]:
    m = re.match(r"\s+([а-яё]+)", art.text[person.end : person.end + 12])
    if m is None:
        return []
    i = art.token_index(person.end + m.start(1))
    if i < len(art.tokens) and art.tokens[i].lemma in ru.words("postposed_titles"):
        lemma = str(art.tokens[i].lemma)
        return [Role(art.entity(person), lemma, Span(person.start, art.tokens[i].end))]
    return []


def _respective(art: Article) -> list[Role]:
    """A plural title with N owners in one sentence, then exactly N names listed together."""
    roles: list[Role] = []
    for sent in art.doc.sentences:
        titles = [t for t in art.tokens if sent.start <= t.start < sent.end and is_title_token(t)
                  and t.feats.get("Number") == "Plur"]
        if not titles:
            continue
        owners = [m for m in art.places(titles[0].end, sent.end) if m.type != "ORGANISATION"]
        if len(owners) < 2:
            continue
        nxt = next((s for s in art.doc.sentences if s.start >= sent.end), None)
        for span in (sent, nxt):
            if span is None:
                continue
            names = art.persons(span.start, span.end)
            if len(names) != len(owners):
                continue
            between = [art.text[a.end : b.start] for a, b in itertools.pairwise(names)]
            if all(re.fullmatch(r"\s*(?:,|и|,\s*и)\s*", gap) for gap in between):
                position = str(titles[0].lemma)
                for person, owner in zip(names, owners, strict=True):
                    roles.append(Role(art.entity(person), position, Span(owner.start, person.end),
                                      of=art.entity(owner)))
                break
    return roles


def extract(art: Article) -> list[Role]:
    roles: list[Role] = []
    carried: dict[str, str] = {}
    last_sentence = -1
    for person in art.persons():
        sentence = art.sentence_of(person.start)[0]
        if sentence != last_sentence:
            carried, last_sentence = {}, sentence
        roles += _before(art, person, carried) + _caption(art, person) + _postposed(art, person)
    roles += _respective(art)
    unique: dict[tuple[str, str, str | None], Role] = {}
    for r in roles:
        unique.setdefault((r.person, r.position, r.of), r)
    return list(unique.values())
