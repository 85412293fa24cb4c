"""Everything extraction learns about one document before it writes facts: sentences, title phrases,
places, and people with their mentions (names, surnames, resolved title-only mentions)."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from derek.doc import Document, Mention
from derek.extract import dates, gazetteer, names, office_holders, places, segment, titlephrase, titles
from derek.extract.coref import People, Person, Things
from derek.extract.names import NameMention
from derek.extract.places import PlaceMention
from derek.extract.segment import Sentence
from derek.extract.suffixes import name_stem, stems
from derek.extract.titlephrase import TitlePhrase

# "қазақстандық әріптесі": the holder of the subject's post in that country (docs/language.md §4)
_COUNTERPART = frozenset({"әріптес"})

# Bare titles that, alone, refer to the one holder of that post in the article ("— деді министр").
_POSTS = frozenset(
    [
        "президент",
        "премьер-министр",
        "министр",
        "төраға",
        "төрайым",
        "спикер",
        "хатшы",
        "елші",
        "әкім",
        "губернатор",
        "мэр",
        "канцлер",
        "король",
        "директор",
        "басшы",
        "бастық",
        "ректор",
        "бапкер",
        "жаттықтырушы",
        "өкіл",
        "орынбасар",
        "сенатор",
        "консул",
        "прокурор",
        "уәкіл",
    ]
)


@dataclass
class Context:
    doc: Document
    sentences: list[Sentence]
    article_date: date | None
    phrases: dict[int, list[TitlePhrase]] = field(default_factory=dict)
    subject_phrases: dict[int, list[TitlePhrase]] = field(default_factory=dict)  # titles that introduce no name
    places: dict[int, list[PlaceMention]] = field(default_factory=dict)
    people: People = field(default_factory=People)
    things: Things = field(default_factory=Things)
    title_refs: list[tuple[TitlePhrase, Person]] = field(default_factory=list)
    appositions: list[tuple[Person, TitlePhrase, int]] = field(default_factory=list)
    mid_sentence_stems: frozenset[str] = frozenset()  # stems of capitalised words seen after a sentence's start

    def person_at(self, start: int, end: int) -> Person | None:
        return self.people.of_mention(start, end)

    def resolve_title(self, phrase: TitlePhrase, before: int) -> Person | None:
        """The person a title-only mention stands for; a bare title ("министр") refers back: when the post's one
        exact holder is first named only after it, a person named before with a post of that head wins. A
        counterpart ("қазақстандық әріптесі") holds the post of the sentence's subject in that country; a top
        office no one in the article is given ("Мемлекет басшысы") is its holder that day when the article names
        him (``office_holders.tsv``)."""
        phrase = self._counterparts_post(phrase, before)
        person = self.people.resolve_title(phrase, before)
        if person is None:
            person = self._office_holder(phrase)
        if person is None or phrase.owner is not None or min(m.start for m in person.mentions) <= before:
            return person
        earlier = {p.id: p for p in self.people.people if p is not person
                   and min(m.start for m in p.mentions) <= before and any(h == phrase.head for h, _ in p.posts)}
        return next(iter(earlier.values())) if len(earlier) == 1 else person

    def _counterparts_post(self, phrase: TitlePhrase, before: int) -> TitlePhrase:
        if phrase.head not in _COUNTERPART or phrase.owner is None:
            return phrase
        s = next((s for s in self.sentences if s.start <= before < s.end), None)
        if s is None:
            return phrase
        heads = {h for _, _, p in self.persons_in(s.start, before)
                 if any(m.start >= s.start and m.case == "nom" for m in p.mentions) for h, _ in p.posts[:1]}
        if len(heads) != 1:
            return phrase
        head = next(iter(heads))
        return dataclasses.replace(phrase, head=head, position=head)

    def office_holder_name(self, phrase: TitlePhrase) -> str | None:
        """Who holds the top office a title names (``office_holders.tsv``): on the article's date, or, undated,
        the one of its holders the article names."""
        office = office_holders.office_of(phrase.office or phrase.head, None if phrase.owner_assumed else phrase.owner)
        if office is None:
            office = office_holders.office_of(phrase.head, phrase.owner)
        return office_holders.holder_among(*office, self.article_date, self.people.surnames()) if office else None

    def _office_holder(self, phrase: TitlePhrase) -> Person | None:
        name = self.office_holder_name(phrase)
        return self.people.by_surname(name.split()[-1]) if name else None

    def previous_person(self, before: int) -> Person | None:
        """The one person of the nearest earlier sentence that names people (None when it names several)."""
        for s in reversed(self.sentences):
            if s.start >= before:
                continue
            found = {p.id: p for _, _, p in self.persons_in(s.start, min(s.end, before))}
            if len(found) == 1:
                return next(iter(found.values()))
            if found:
                return None
        return None

    def previous_subject(self, before: int) -> Person | None:
        """The one person named in the nominative in the nearest earlier sentence that names people."""
        for s in reversed(self.sentences):
            if s.start >= before:
                continue
            named = [(m, p) for p in self.people.people for m in p.mentions if s.start <= m.start < min(s.end, before)]
            if not named:
                continue
            subjects = {p.id: p for m, p in named if m.case == "nom"}
            return next(iter(subjects.values())) if len(subjects) == 1 else None
        return None

    def winner_before(self, before: int) -> Person | None:
        """The one person named in the nominative in the latest earlier sentence that says someone won."""
        for s in reversed(self.sentences):
            if s.start >= before or not _WON.search(s.text):
                continue
            named = {p.id: p for p in self.people.people for m in p.mentions
                     if s.start <= m.start < min(s.end, before) and m.case == "nom"}
            if len(named) == 1:
                return next(iter(named.values()))
        return None

    def group_members(self, s: Sentence) -> list[tuple[int, int, Person]]:
        """People a plural post stands for: "Ақтөбе және Атырау облыстарының әкімдері" are the akims of those regions
        named in the article (each holds that post with one of the listed places as owner)."""
        out: list[tuple[int, int, Person]] = []
        for i, w in enumerate(s.words):
            form = titles.title_form(w.text)
            if form is None or form.kind != "plural" or i == 0:
                continue
            listed = s.text[: w.start - s.start]
            every_region = s.words[i - 1].lower in _REGIONS_PLURAL  # "облыстардың әкімдері": all regional akims
            for p in self.people.people:
                for head, owner in p.posts:
                    core = _REGION_WORD.sub("", owner or "").strip()
                    regional = every_region and core != (owner or "")
                    if head == form.lemma and core and (core in listed or regional) \
                            and p not in (x[2] for x in out):
                        out.append((w.start, w.end, p))
        return out

    def persons_in(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        """People mentioned inside [start, end), in text order, each with the mention's span."""
        return self.people.persons_in(start, end)


_REGIONS_PLURAL = frozenset({"облыстардың", "өңірлердің", "аудандардың", "қалалардың", "облыстар", "өңірлер"})
_REGION_WORD = re.compile(r"\s+(?:облысы|қаласы|ауданы)$")
_WON = re.compile(r"жеңіске\s+жетті|жеңімпаз\s+атанды|чемпион\s+атанды|бірінші\s+орын(?:\s+алды|ды\s+иеленді|ға\s+ие)|"
                  r"бірінші\s+болды|алтын\s+медаль(?:ді|ьді)?\s+(?:жеңіп\s+алды|иеленді|алды)|жеңіп\s+шықты",
                  re.IGNORECASE)


def article_date(doc: Document) -> date | None:
    return dates.parse_iso(doc.date) or dates.parse_iso(doc.text[:40])


def gather(doc: Document) -> Context:
    sentences = segment.split(doc.text, doc.tokens, doc.sentences)
    ctx = Context(doc, sentences, article_date(doc))
    attested = frozenset(w.text for s in sentences for w in s.words if w.is_cap)
    ctx.mid_sentence_stems = frozenset(
        stem for s in sentences for w in s.words[1:] if w.is_cap for stem, _ in stems(w.text)
    )
    for s in sentences:
        every = titlephrase.parse_all(s, titlephrase.ner_heads(s, doc.mentions))
        ctx.subject_phrases[s.index] = titlephrase.subject_titles(s, every)
        ctx.phrases[s.index] = [ph for ph in every if ph not in ctx.subject_phrases[s.index]]
        ctx.places[s.index] = places.find(s)
        for pm in ctx.places[s.index]:
            ctx.things.add(pm)
    lone = _lone_words(sentences)
    titled: dict[str, set[str]] = {}
    for s in sentences:
        for m in names.find(s, ctx.phrases[s.index], attested):
            if m.via == "title" and len(m.words) > 1:
                titled.setdefault(m.words[-1], set()).update(m.words[:-1])
    found = [(m, s, _trim_trailing_place(m, s, lone, attested)) for s in sentences
             for m in names.find(s, ctx.phrases[s.index], attested, titled)]
    whole = {m.words for m, _, kept in found if kept is m}
    for m, _, kept in found:  # "Режеп Тайып Ердоған күзде … Режеп Тайып Ердоған мырза": kept whole once, always
        ctx.people.add(m if m.words in whole else kept)
    _add_ner_people(ctx, attested)
    for s in sentences:
        covered = {w.start for w in s.words if _covered(ctx, w.start, w.end)}
        for m in names.find_shaped(s, ctx.people.surnames(), attested, covered):
            ctx.people.add(m)
        covered = {w.start for w in s.words if _covered(ctx, w.start, w.end)}
        for m in names.find_initialled(s, attested, covered):
            ctx.people.add(m)
    for s in sentences:
        for m in names.find_frames(s, ctx.people.surnames(), attested):
            if not _covered(ctx, m.start, m.end):
                ctx.people.add(m)
    _add_surnames(ctx, attested)
    for s in sentences:
        covered = {w.start for w in s.words if _covered(ctx, w.start, w.end)}
        for m in names.find_speaking_subject(s, attested, covered):
            ctx.people.add(m)
        for m in names.find_postposed(s, attested, covered):
            ctx.people.add(m)
    _add_surnames(ctx, attested)
    _merge_address_forms(ctx)
    for p in ctx.people.people:
        for m in p.mentions:
            if m.title is not None:
                p.posts.append((m.title.head, m.title.owner))
    return ctx


def settle_posts(ctx: Context) -> None:
    """After the posts are attached (:mod:`derek.extract.roles`): each owner of a post is a thing of its own, and
    title-only mentions join the person holding that post."""
    for p in ctx.people.people:
        for _head, owner in p.posts:
            if owner:
                kind = next((ph.owner_kind for phs in ctx.phrases.values() for ph in phs if ph.owner == owner), None)
                ctx.things.ensure(owner, kind or "ORGANISATION")
    _resolve_titles(ctx)


_PATRONYMIC_ENDINGS = ("ұлы", "қызы", "улы", "кызы", "овна", "евна", "ович", "евич")


def _merge_address_forms(ctx: Context) -> None:
    """An address form, given name + patronymic ("Берік Уәлиұлы", "Асқар Серқұлұлы"), is the one other person of
    the article with that given name ("Берік Уәли", "Асқар Жұмаділдаев", "Берік Уәлиұлы Ахметов")."""
    for p in list(ctx.people.people):
        if not all(len(m.words) == 2 and m.words[1].lower().endswith(_PATRONYMIC_ENDINGS) for m in p.mentions):
            continue
        given = p.mentions[0].words[0]
        others = [q for q in ctx.people.people if q is not p
                  and any(len(m.words) >= 2 and m.words[0] == given for m in q.mentions)]
        if len(others) != 1:
            continue
        for m in p.mentions:
            m.via = "address"
        ctx.people.merge(p, others[0])


def _lone_words(sentences: list[Sentence]) -> dict[str, set[str]]:
    """For each capitalised word, the words seen right before it (to tell "Чжан Минь Ланьчжоу" from a name)."""
    before: dict[str, set[str]] = {}
    for s in sentences:
        for i, w in enumerate(s.words):
            if w.is_cap:
                for stem, _ in stems(w.text):
                    before.setdefault(stem, set()).add(s.words[i - 1].text if i else "")
    return before


def _trim_trailing_place(
    m: NameMention, s: Sentence, lone: dict[str, set[str]], attested: frozenset[str]
) -> NameMention:
    """A name of three or more capitalised words whose last word also stands elsewhere without the word before it
    (a place right after a name: "Чжан Минь Ланьчжоу қаласында … Ланьчжоу арқылы") loses that word, when a
    lowercase word follows it (what the place names), not a comma or a conjunction."""
    inside = _words_within(s, m.start, m.end)
    caps = [i for i in inside if s.words[i].is_cap]
    if len(caps) < 3:
        return m
    at = caps[-1]
    last = s.words[at]
    if names.is_surname_shaped(m.words[-1]):
        return m  # "Ерлан Серікұлы Жанұзақов мәлімдеме жасады … деді Жанұзақов": a surname, not a place
    if not (lone.get(last.text, set()) - {s.words[at - 1].text}):
        return m
    nxt = s.words[at + 1] if at + 1 < len(s.words) else None
    if nxt is None or not nxt.is_word or nxt.is_cap or nxt.lower in ("мен", "пен", "бен", "және") \
            or nxt.lower.startswith(("мырза", "ханым")):
        return m  # "Луис Инасиу Силва, …": a name in a list; a place is followed by what it names ("… порты")
    idx = inside
    trimmed = names.make(s, idx[0], idx[-1], m.via, attested, m.title)
    return trimmed or m


def _words_within(s: Sentence, start: int, end: int) -> list[int]:
    """Indexes of the words of ``s`` inside [start, end), found by bisection (words are in text order)."""
    first = bisect_left(s.words, start, key=lambda w: w.start)
    out = []
    for i in range(first, len(s.words)):
        w = s.words[i]
        if w.start >= end:
            break
        if w.end <= end:
            out.append(i)
    return out


def _covered(ctx: Context, start: int, end: int) -> bool:
    return ctx.people.covers(start, end)


_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})  # a lone capitalised word after them starts a sentence


def _name_like(word: str, attested: frozenset[str]) -> bool:
    """A lone word the NER tagged PERSON is kept when it has a surname's ending or is a known given name
    ("Транскаспий бағыты", "Вакцина" are not people)."""
    stem = name_stem(word, attested=attested)
    return names.is_surname_shaped(stem) or stem in gazetteer.first_names()


def _inside_known(ctx: Context, start: int, end: int) -> bool:
    """[start, end) lies within one mention already found (a longer span may still hold a second name)."""
    return ctx.people.names_hold(start, end)


def _add_surnames(ctx: Context, attested: frozenset[str]) -> None:
    surnames = ctx.people.surnames()
    for s in ctx.sentences:
        for w in s.words:
            if not w.is_cap or _covered(ctx, w.start, w.end):
                continue
            stem = name_stem(w.text, attested=attested)
            if stem in surnames:
                person = ctx.people.by_surname(stem)
                if person is not None:
                    ctx.people.attach(person, NameMention(w.start, w.end, w.text, (stem,), s.index, "surname"))


def _add_ner_people(ctx: Context, attested: frozenset[str]) -> None:
    """PERSON spans from the NER stage, when it ran, for names no construction found; a span joining two
    people ("X Y-мен") is split first."""
    known: dict[str, set[str]] = {}
    for p in ctx.people.people:
        for pm in p.mentions:
            known.setdefault(pm.surname, set()).update(pm.words[:-1])
    starts = [s.start for s in ctx.sentences]  # in text order, not overlapping: one sentence can hold a mention
    for m in ctx.doc.mentions:
        if m.type != "PERSON" or _inside_known(ctx, m.start, m.end):
            continue
        at = bisect_right(starts, m.start) - 1
        for s in ctx.sentences[max(at, 0) : at + 1]:
            if s.start <= m.start and m.end <= s.end:
                idx = _words_within(s, m.start, m.end)
                while idx and titles.title_form(s.words[idx[0]].text) is not None:
                    idx = idx[1:]  # a capitalised title the span took in ("Королі Хамад"): the name starts after it
                if not idx or not all(s.words[i].is_cap for i in idx):
                    break
                partly_known = _covered(ctx, m.start, m.end)  # only a full name beside a known one counts
                for a, b in names.split_joined(s.words, idx[0], idx[-1] + 1, known, attested):
                    if (b - a == 1 and (a == 0 or s.words[a - 1].text in _SENTENCE_ENDS)) \
                            or _covered(ctx, s.words[a].start, s.words[b - 1].end) \
                            or (partly_known and b - a < 2) \
                            or (b - a == 1 and not _name_like(s.words[a].text, attested)):
                        continue
                    nm = names.make(s, a, b, "ner", attested)
                    if nm:
                        ctx.people.add(nm)
                        known.setdefault(nm.surname, set()).update(nm.words[:-1])
                break


def _resolve_titles(ctx: Context) -> None:
    """Title-only mentions ("Франция президенті") join the person holding that post."""
    for s in ctx.sentences:
        subjects = ctx.subject_phrases.get(s.index, [])
        for ph in [*ctx.phrases[s.index], *subjects]:
            if ph.kind == "nom" and ph.owner is None and ph.head not in _POSTS:
                continue
            nxt = ph.head_word + 1
            if ph not in subjects and nxt < len(s.words) and ctx.people.of_mention(s.words[nxt].start,
                                                                                  s.words[nxt].end):
                continue  # the title introduces a name, it is not a reference by itself
            person = ctx.resolve_title(ph, ph.start)
            if person is not None:
                ctx.people.attach_extra(person, Mention(ph.start, ph.end, ctx.doc.text[ph.start : ph.end]))
                ctx.title_refs.append((ph, person))
