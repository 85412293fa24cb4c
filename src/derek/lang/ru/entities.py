"""Grouping a Russian article's mentions into entities with nominative names.

People: every mention of one person (``Касым-Жомарт Токаев``, ``Токаева``, ``Токаев``) is one entity, found by
surname, with the fullest nominative name as its name. Places and bodies: mentions whose nominative phrases
agree (``Акорде`` and ``Акорда``) are one entity. ``latin`` is the English-reader romanisation, of the Kazakh
name where the country table gives one (Россия → Ресей → Russia), so the two languages share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.doc import Entity, Mention
from derek.lang import ru
from derek.lang.ru.morphology import parses
from derek.lang.ru.names import person_name, phrase_nominative
from derek.text.translit import romanize


@dataclass
class _Place:
    type: str
    name: str
    candidates: set[str]
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class _Person:
    surname: str
    given: str
    name: str
    mentions: list[Mention] = field(default_factory=list)


def _surname_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def _given_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b or a.startswith(b) or b.startswith(a)


def _better(old: _Person, name: str, given: str) -> bool:
    if not given:
        return False
    return not old.given or (len(old.given.rstrip(".")) == 1 and len(given.rstrip(".")) > 1)


def group_people(mentions: list[Mention]) -> list[_Person]:
    people: list[_Person] = []
    for m in mentions:
        name = person_name(m.text.split())
        parts = name.split()
        surname = parts[-1].lower()
        given = parts[0].lower() if len(parts) > 1 else ""
        match = next(
            (p for p in people if _surname_compatible(p.surname, surname) and _given_compatible(p.given, given)), None
        )
        if match is None:
            people.append(_Person(surname, given, name, [m]))
            continue
        match.mentions.append(m)
        if _better(match, name, given):
            match.name, match.given, match.surname = name, given, surname
        elif len(surname) < len(match.surname) and not given:
            match.surname = surname  # Токаев beside Токаева
    for p in people:
        if " " not in p.name and p.surname != p.name.lower():
            p.name = p.surname[:1].upper() + p.surname[1:]
        elif " " in p.name and not p.name.lower().endswith(p.surname):
            p.name = p.name.rsplit(" ", 1)[0] + " " + p.surname[:1].upper() + p.surname[1:]
    return people


def owner_name(text: str) -> str | None:
    """The country a short or adjective owner names (РК → Казахстан, российский → Россия), else None."""
    table = ru.mapping("owners")
    low = text.lower()
    if low in table:
        return table[low]
    lemmas = {str(p.normal_form) for p in parses(low)} if " " not in low else set()
    return next((table[x] for x in lemmas if x in table), None)


def place_name(text: str) -> str:
    """The nominative name of a place or body mention (owners such as ``РК`` become their country)."""
    return owner_name(text) or owner_name(phrase_nominative(text)) or phrase_nominative(text)


def _candidates(text: str) -> set[str]:
    out = {place_name(text).lower()}
    if " " not in text:
        out |= {str(p.normal_form) for p in parses(text) if "NOUN" in p.tag}
        out.add(text.lower())
    return out


def _group_name(name: str, cands: set[str], members: list[Mention]) -> str:
    """An institution's own nominative (Акорда), else a surface form the others decline from, else ``name``."""
    institutions = ru.mapping("institutions")
    known = next((c for c in sorted(cands) if c in institutions), None)
    if known is not None and not owner_name(members[0].text):
        return known[:1].upper() + known[1:] if not members[0].text.isupper() else known.upper()
    surfaces = {x.text for x in members if " " not in x.text}
    if len(surfaces) > 1 and name not in surfaces:
        for s in sorted(surfaces):
            if s.lower() in cands and s.lower() in {str(p.normal_form) for p in parses(s)} and not owner_name(s):
                return s
    return name


def latin_of(name: str) -> str | None:
    """The romanisation the two languages share: the Kazakh name's where the country table has one."""
    kazakh = ru.mapping("countries").get(name)
    out = romanize(kazakh or name)
    return out or None


def build_entities(mentions: list[Mention]) -> tuple[list[Entity], dict[int, str]]:
    """Entities (ids E1, E2 ... in text order) and a map from mention start to entity id."""
    people = {id(p): p for p in group_people([m for m in mentions if m.type == "PERSON"])}
    by_mention: dict[int, _Person | _Place] = {}
    for p in people.values():
        for m in p.mentions:
            by_mention[m.start] = p
    groups: list[_Place] = []
    for m in mentions:
        if m.type == "PERSON":
            continue
        cands = _candidates(m.text)
        kind = m.type or "GPE"
        found = next((g for g in groups if g.type == kind and g.candidates & cands), None)
        if found is None:
            groups.append(_Place(kind, place_name(m.text), cands, [m]))
        else:
            found.candidates.update(cands)
            found.mentions.append(m)
    for g in groups:
        for m in g.mentions:
            by_mention[m.start] = g
    entities: list[Entity] = []
    ids: dict[int, str] = {}
    seen: dict[int, Entity] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        owner = by_mention[m.start]
        ent = seen.get(id(owner))
        if ent is None:
            if isinstance(owner, _Person):
                ent = Entity(f"E{len(entities) + 1}", "PERSON", owner.name, latin_of(owner.name))
            else:
                name = _group_name(owner.name, owner.candidates, owner.mentions)
                ent = Entity(f"E{len(entities) + 1}", owner.type, name, latin_of(name))
            seen[id(owner)] = ent
            entities.append(ent)
        ent.mentions.append(Mention(m.start, m.end, m.text, ent.type))
        ids[m.start] = ent.id
    return entities, ids
