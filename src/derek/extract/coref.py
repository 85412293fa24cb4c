"""Coreference inside one document: name mentions become people; places and organisations become entities.

A surname-only mention joins the full name with the same last word; a title-only mention ("Франция президенті",
"Мемлекет басшысы") joins the person holding that title in the article (:meth:`People.resolve_title`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.doc import Entity, Mention
from derek.extract.gazetteer import COUNTRY_EN
from derek.extract.latin import romanize
from derek.extract.names import NameMention
from derek.extract.places import PlaceMention
from derek.extract.titlephrase import TitlePhrase

# Posts that name the same office (kazakh-notes §4.3: Kazakh-press defaults).
_KZ = "Қазақстан"
_ALIASES: dict[tuple[str, str | None], tuple[tuple[str, str | None], ...]] = {
    ("Мемлекет басшысы", _KZ): (("президент", _KZ),),
    ("Үкімет басшысы", _KZ): (("премьер-министр", _KZ),),
    ("президент", _KZ): (("Мемлекет басшысы", _KZ),),
    ("премьер-министр", _KZ): (("Үкімет басшысы", _KZ),),
}


# Seats of power that stand for their country as speakers (kazakh-notes §4.3)
_METONYMS = {"Кремль": "Ресей", "Ақ үй": "АҚШ", "Ақорда": "Қазақстан", "Елисей сарайы": "Франция",
             "Даунинг-стрит": "Ұлыбритания"}
_SPOKESPEOPLE = frozenset({"өкіл", "хатшы"})


def _same_country(name: str | None) -> str | None:
    """One key for every name of a country (Оңтүстік Корея, Корея Республикасы → South Korea; Кремль → Russia)."""
    if not name:
        return None
    name = _METONYMS.get(name, name)
    return COUNTRY_EN.get(name, name)


@dataclass
class Person:
    id: str
    mentions: list[NameMention] = field(default_factory=list)
    posts: list[tuple[str, str | None]] = field(default_factory=list)  # (head, owner)
    extra: list[Mention] = field(default_factory=list)  # title-only mentions resolved to this person

    @property
    def surname(self) -> str:
        return self.mentions[0].surname

    @property
    def name(self) -> str:
        best = max(
            self.mentions,
            key=lambda m: (not any(w.endswith(".") for w in m.words), m.via != "address", len(m.words),
                           m.via != "surname"),
        )
        return " ".join(best.words)

    def first_sentence(self) -> int:
        return min(m.sentence for m in self.mentions)


def _given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) < 2 or len(b) < 2:
        return True
    shorter, longer = sorted((a, b), key=len)
    if longer[-len(shorter):] == shorter:
        return True  # "Мин Сок" inside "Ким Мин Сок": the same three-part name, its first part left out
    return a[0][:1].lower() == b[0][:1].lower()


class People:
    """The people of one document, built mention by mention."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def add(self, mention: NameMention) -> Person:
        for p in self.people:
            if p.surname == mention.surname and all(_given_compatible(m.words, mention.words) for m in p.mentions):
                p.mentions.append(mention)
                return p
        person = Person(f"P{len(self.people) + 1}", [mention])
        self.people.append(person)
        return person

    def by_surname(self, surname: str) -> Person | None:
        return next((p for p in self.people if p.surname == surname), None)

    def surnames(self) -> set[str]:
        return {p.surname for p in self.people}

    def of_mention(self, start: int, end: int) -> Person | None:
        for p in self.people:
            for m in p.mentions:
                if (m.start <= start and end <= m.end) or (start <= m.start and m.end <= end):
                    return p
            for x in p.extra:
                if (x.start <= start and end <= x.end) or (start <= x.start and x.end <= end):
                    return p
        return None

    def of_country(self, country: str) -> list[Person]:
        """People holding a post of ``country`` (any name of it)."""
        key = _same_country(country)
        return [p for p in self.people if any(o and _same_country(o) == key for _, o in p.posts)]

    def resolve_title(self, phrase: TitlePhrase, before: int) -> Person | None:
        """The person holding this post in the article: the latest one named before ``before`` (kazakh-notes §4.3),
        else the only one named after it. A bare head ("министр") matches any post with that head; a leader's
        title of an organisation ("Сенат спикері") matches the one leader of that organisation."""
        keys = {(phrase.head, phrase.owner), *_ALIASES.get((phrase.head, phrase.owner), ())}
        wanted = {(h, _same_country(o)) for h, o in keys}
        exact = [p for p in self.people if wanted & {(h, _same_country(o)) for h, o in p.posts}]
        if not exact and phrase.owner is None:
            exact = [p for p in self.people if any(h == phrase.head for h, _ in p.posts)]
        if not exact and phrase.owner is not None and phrase.head in _SPOKESPEOPLE:  # "Кремль өкілі"
            owner = _same_country(phrase.owner)
            exact = [p for p in self.people
                     if any(h in _SPOKESPEOPLE and _same_country(o) == owner for h, o in p.posts)]
        if not exact and phrase.owner is not None and phrase.head in _LEADERS:
            exact = [p for p in self.people
                     if any(o == phrase.owner and h in _LEADERS for h, o in p.posts)]
        if not exact and phrase.owner is not None and phrase.owner_kind == "GPE":
            exact = self.of_country(phrase.owner)  # "неміс дипломаты", "француз әріптесі": that country's one person
            if len(exact) != 1:
                return None
        if not exact:
            return None
        earlier = [p for p in exact if min(m.start for m in p.mentions) <= before]
        if earlier:
            return max(earlier, key=lambda p: max(m.start for m in p.mentions if m.start <= before))
        return exact[0] if len(exact) == 1 else None


_LEADERS = frozenset({"төраға", "төрайым", "спикер", "басшы", "президент", "директор", "жетекші", "бастық", "ректор"})


@dataclass
class Things:
    """Places and organisations, one entity per canonical name."""

    by_name: dict[str, tuple[str, list[PlaceMention]]] = field(default_factory=dict)

    def add(self, mention: PlaceMention) -> str:
        return self.ensure(mention.name, mention.kind, mention)

    def ensure(self, name: str, kind: str, mention: PlaceMention | None = None) -> str:
        if name not in self.by_name:
            self.by_name[name] = (kind, [])
        if mention is not None:
            self.by_name[name][1].append(mention)
        return name


def build_entities(people: People, things: Things) -> tuple[list[Entity], dict[str, str], dict[str, str]]:
    """Entities in order of first mention; maps from person id and thing name to entity id."""
    items: list[tuple[int, Entity, str]] = []
    for p in people.people:
        mentions = sorted(
            [Mention(m.start, m.end, m.text) for m in p.mentions] + list(p.extra), key=lambda x: (x.start, x.end)
        )
        name = p.name
        items.append((mentions[0].start, Entity("", "PERSON", name, romanize(name), _dedupe(mentions)), p.id))
    for name, (kind, pms) in things.by_name.items():
        mentions = sorted([Mention(m.start, m.end, m.text) for m in pms], key=lambda x: (x.start, x.end))
        first = mentions[0].start if mentions else 10**9
        items.append((first, Entity("", kind, name, romanize(name), _dedupe(mentions)), "T:" + name))
    items.sort(key=lambda x: x[0])
    person_ids: dict[str, str] = {}
    thing_ids: dict[str, str] = {}
    entities: list[Entity] = []
    for n, (_, ent, key) in enumerate(items, 1):
        ent.id = f"E{n}"
        entities.append(ent)
        if key.startswith("T:"):
            thing_ids[key[2:]] = ent.id
        else:
            person_ids[key] = ent.id
    return entities, person_ids, thing_ids


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].start == m.start and out[-1].end == m.end:
            continue
        out.append(m)
    return out
