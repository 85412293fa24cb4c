"""Coreference inside one document: name mentions become people; places and organisations become entities.

A surname-only mention joins the full name with the same last word; a title-only mention ("Франция президенті",
"Мемлекет басшысы") joins the person holding that title in the article (:meth:`People.resolve_title`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.budget import tick
from derek.doc import Entity, Mention
from derek.extract import office_holders
from derek.extract.gazetteer import COUNTRY_EN
from derek.extract.names import NameMention
from derek.extract.places import PlaceMention
from derek.extract.spanindex import SpanIndex
from derek.extract.titlephrase import TitlePhrase
from derek.text.translit import romanize

# Posts that name the same office (docs/language.md §4.3: Kazakh-press defaults).
_KZ = "Қазақстан"
_ALIASES: dict[tuple[str, str | None], tuple[tuple[str, str | None], ...]] = {
    ("Мемлекет басшысы", _KZ): (("президент", _KZ),),
    ("Үкімет басшысы", _KZ): (("премьер-министр", _KZ),),
    ("президент", _KZ): (("Мемлекет басшысы", _KZ),),
    ("премьер-министр", _KZ): (("Үкімет басшысы", _KZ),),
}


# Seats of power that stand for their country as speakers (docs/language.md §4.3)
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


_STAGE = "stage 'extract' (people and their mentions)"


class People:
    """The people of one document, built mention by mention.

    Mentions join a person through :meth:`add`, :meth:`attach` or :meth:`attach_extra` (never by appending to
    ``Person.mentions`` directly), which keep the indexes that make :meth:`of_mention` and :meth:`persons_in`
    cost the mentions nearby rather than every mention of the document.
    """

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._slots: list[Person] = []  # by person number; a merged person's slot names the one it joined
        self._spans = SpanIndex()  # key: (person number, 0 for a name mention or 1 for an extra one, position)
        self._by_surname: dict[str, list[Person]] = {}
        self._surnames: set[str] = set()
        self._full_names: dict[str, set[tuple[str, ...]]] = {}  # person id → the names of two words or more

    def add(self, mention: NameMention) -> Person:
        for p in self._by_surname.get(mention.surname, ()):
            if all(_given_compatible(words, mention.words) for words in self._full_names[p.id]):
                self.attach(p, mention)
                return p
        person = Person(f"P{len(self.people) + 1}", [])
        self.people.append(person)
        self._slots.append(person)
        self._full_names[person.id] = set()
        self._by_surname.setdefault(mention.surname, []).append(person)
        if mention.surname not in self._surnames:
            self._surnames = self._surnames | {mention.surname}  # a new set: earlier snapshots stay as they were
        self.attach(person, mention)
        return person

    def attach(self, person: Person, mention: NameMention) -> None:
        """``mention`` (a name, or a surname alone) names ``person``."""
        tick(_STAGE)
        self._spans.add(mention.start, mention.end, (self._number(person), 0, len(person.mentions)))
        person.mentions.append(mention)
        if len(mention.words) >= 2:
            self._full_names[person.id].add(mention.words)

    def attach_extra(self, person: Person, mention: Mention) -> None:
        """``mention`` (a title alone, "Мемлекет басшысы") refers to ``person``."""
        self._spans.add(mention.start, mention.end, (self._number(person), 1, len(person.extra)))
        person.extra.append(mention)

    def merge(self, person: Person, into: Person) -> None:
        """``person`` is ``into`` under another name: its mentions, posts and extra mentions join ``into``, and
        it leaves :attr:`people`; its indexed spans now answer ``into``."""
        into.mentions.extend(person.mentions)
        into.posts.extend(x for x in person.posts if x not in into.posts)
        into.extra.extend(person.extra)
        self.people.remove(person)
        for n, slot in enumerate(self._slots):
            if slot is person:
                self._slots[n] = into

    def _number(self, person: Person) -> int:
        return int(person.id[1:]) - 1

    def by_surname(self, surname: str) -> Person | None:
        found = self._by_surname.get(surname)
        return self._slots[self._number(found[0])] if found else None

    def surnames(self) -> set[str]:
        """The surnames known so far (a snapshot: later additions make a new set; do not change it)."""
        return self._surnames

    def of_mention(self, start: int, end: int) -> Person | None:
        """The first person with a mention that holds [start, end) or lies inside it."""
        tick(_STAGE)  # asked for every word: where a long article's time budget is watched
        key = self._spans.first_nested(start, end)
        return None if key is None else self._slots[key[0]]

    def covers(self, start: int, end: int) -> bool:
        """Whether a mention of some person holds [start, end) or lies inside it (:meth:`of_mention` finds one)."""
        tick(_STAGE)
        return self._spans.any_nested(start, end)

    def names_hold(self, start: int, end: int) -> bool:
        """True when a name mention (not a title-only one) holds [start, end)."""
        return any(kind == 0 for _, kind, _ in self._spans.holding(start, end))

    def persons_in(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """People mentioned inside [start, end), in text order, each with the mention's span."""
        tick(_STAGE)
        return [(s, e, self._slots[key[0]]) for s, e, key in self._spans.inside(start, end)]

    def of_country(self, country: str) -> list[Person]:
        """People holding a post of ``country`` (any name of it)."""
        key = _same_country(country)
        return [p for p in self.people if any(o and _same_country(o) == key for _, o in p.posts)]

    def resolve_title(self, phrase: TitlePhrase, before: int) -> Person | None:
        """The person holding this post in the article: the latest one named before ``before`` (docs/language.md §4.3),
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
        if not exact and phrase.owner is not None and phrase.owner_kind == "GPE" \
                and office_holders.office_of(phrase.head, phrase.owner) is None:
            # "неміс дипломаты", "француз әріптесі": that country's one person; not a top office ("Мемлекет
            # басшысы"): its holder comes from office_holders.tsv, not from the one minister the article names
            exact = self.of_country(phrase.owner)
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
