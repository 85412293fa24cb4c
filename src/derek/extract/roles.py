"""Roles: person – position – of, from title phrases before a name and from appositions
("X, Бельгия премьер-министрі, …", "X – Қазақстанның энергетика министрі.")."""

from __future__ import annotations

import dataclasses
import itertools

from derek.doc import Role, Span
from derek.extract import titles
from derek.extract.context import Context
from derek.extract.segment import DASHES
from derek.extract.titlephrase import TitlePhrase

# Words that introduce a name but describe a part, not a post: no role without an owner ("Куба боксшысы X" is
# a role; "боксшы X" alone is not), and champions, prize-winners, students and residents never.
_NOT_POSTS = frozenset({"қатысушы", "мүше", "тілші", "боксшы", "балуан", "спортшы", "футболшы"})
_NOT_ROLES = frozenset({"чемпион", "жүлдегер", "студент", "тұрғын"})


def extract(ctx: Context, person_ids: dict[str, str], thing_ids: dict[str, str]) -> list[Role]:
    roles: list[Role] = []
    seen: set[tuple[str, str, str | None]] = set()

    def add(person_id: str, ph: TitlePhrase, start: int, end: int) -> None:
        if (ph.head in _NOT_POSTS and ph.owner is None) or ph.head in _NOT_ROLES:
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

        def same_head(o: Role, r: Role = r, head: str = head) -> bool:
            return o is not r and o.person == r.person and o.position.split()[-1][:5] == head

        fuller = any(same_head(o) and (o.of or len(o.position) > len(r.position)) for o in roles)
        same_owner_fuller = any(same_head(o) and o.of == r.of and len(o.position) > len(r.position) for o in roles)
        if (r.of is None and fuller) or same_owner_fuller:
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


def linked_titles(ctx: Context) -> None:
    """ "Премьер-министрдің орынбасары – Сыртқы істер министрі X": both posts are X's."""
    for s in ctx.sentences:
        phrases = sorted(ctx.phrases[s.index], key=lambda p: p.head_word)
        for first, second in itertools.pairwise(phrases):
            k = first.head_word + 1
            if k >= len(s.words) or s.words[k].text not in DASHES or second.first_word != k + 1:
                continue
            nxt = second.head_word + 1
            person = ctx.people.of_mention(s.words[nxt].start, s.words[nxt].end) if nxt < len(s.words) else None
            if person is not None:
                ctx.appositions.append((person, first, first.start))
                person.posts.append((first.head, first.owner))


def regional_owners(ctx: Context) -> None:
    """ "облыс әкімі X" in an article about one region: the region is the owner."""
    for unit, named in (("облыс", "облысы"), ("аудан", "ауданы")):
        regions = [name for name, (kind, _) in ctx.things.by_name.items()
                   if kind == "GPE" and name.split()[-1].lower() == named]
        if len(regions) == 1:
            _own_regional_posts(ctx, unit, regions[0])


def _own_regional_posts(ctx: Context, unit: str, region: str) -> None:
    for p in ctx.people.people:
        for i, m in enumerate(p.mentions):
            ph = m.title
            if ph is not None and ph.owner is None and ph.position.split()[0] == unit:
                owned = dataclasses.replace(ph, owner=region, owner_kind="GPE")
                p.mentions[i] = dataclasses.replace(m, title=owned)
                p.posts.append((owned.head, owned.owner))
