"""Roles: person – position – of, from title phrases before a name and from appositions
("X, Бельгия премьер-министрі, …", "X – Қазақстанның энергетика министрі.")."""

from __future__ import annotations

from derek.doc import Role, Span
from derek.extract import titles
from derek.extract.context import Context
from derek.extract.segment import DASHES
from derek.extract.titlephrase import TitlePhrase

_NOT_POSTS = frozenset({"қатысушы", "мүше", "тілші"})


def extract(ctx: Context, person_ids: dict[str, str], thing_ids: dict[str, str]) -> list[Role]:
    roles: list[Role] = []
    seen: set[tuple[str, str, str | None]] = set()

    def add(person_id: str, ph: TitlePhrase, start: int, end: int) -> None:
        if ph.head in _NOT_POSTS and ph.owner is None:
            return
        of = None
        if ph.owner:
            of = thing_ids.get(ph.owner)
        key = (person_id, ph.position, of)
        if key in seen:
            return
        seen.add(key)
        roles.append(Role(person_id, ph.position, Span(start, end), titles.gloss(ph.position), of))

    for p in ctx.people.people:
        pid = person_ids[p.id]
        for m in p.mentions:
            if m.title is not None:
                add(pid, m.title, m.title.start, m.end)
    for person, ph, start in ctx.appositions:
        add(person_ids[person.id], ph, start, ph.end)
    return _drop_vaguer(roles)


def _drop_vaguer(roles: list[Role]) -> list[Role]:
    """Keep "министр" of nobody only when the same person has no fuller post with that head."""
    out: list[Role] = []
    for r in roles:
        head = r.position.split()[-1][:5]
        fuller = any(
            o is not r and o.person == r.person and head in o.position and (o.of or len(o.position) > len(r.position))
            for o in roles
        )
        if r.of is None and fuller:
            continue
        out.append(r)
    return out


def appositions(ctx: Context) -> None:
    """Record "NAME, TITLE," and "NAME – TITLE" posts on the people (before title-only mentions are resolved)."""
    for s in ctx.sentences:
        for ph in ctx.phrases[s.index]:
            if ph.kind not in ("poss", "poss_case") or ph.first_word < 2:
                continue
            sep = s.words[ph.first_word - 1]
            if sep.text not in DASHES and sep.text != ",":
                continue
            before = s.words[ph.first_word - 2]
            person = ctx.people.of_mention(before.start, before.end)
            nxt = s.words[ph.head_word + 1] if ph.head_word + 1 < len(s.words) else None
            if person is None or (nxt is not None and ctx.people.of_mention(nxt.start, nxt.end)):
                continue
            if sep.text == "," and not (nxt is None or nxt.text in (",", ".")):
                continue
            here = [m.start for m in person.mentions if m.sentence == s.index]
            ctx.appositions.append((person, ph, min(here) if here else before.start))
            person.posts.append((ph.head, ph.owner))
