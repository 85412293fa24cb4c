"""Events: meetings, visits, signings, calls, statements, competitions (kazakh-notes §8).

A sentence with an event word either starts an event or adds to the article's main one. It starts a new
event when it is background ("Бұдан бұрын …"), or names another place or date than the main event.
Participants come from attendance frames (қатысты, қосылды, қатарында … болды), meeting frames
(X Y-мен кездесті, X пен Y) and visits; each gets the attendance mode its own clause states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from derek.doc import Event, Mention, Participant, Quote, Span
from derek.extract import dates, gazetteer, places
from derek.extract.context import Context
from derek.extract.coref import Person
from derek.extract.segment import Sentence
from derek.extract.suffixes import stems

# (word prefix, event type); the first that matches a word wins.
_TRIGGERS: tuple[tuple[str, str], ...] = (
    ("кездес", "meeting"), ("жиын", "meeting"), ("саммит", "meeting"), ("келіссөз", "meeting"),
    ("отырыс", "meeting"), ("сессия", "meeting"), ("съезд", "meeting"),
    ("құрылтай", "meeting"), ("жиналыс", "meeting"), ("форум", "meeting"), ("конференция", "meeting"),
    ("бейнеконференция", "meeting"), ("видеоконференция", "meeting"), ("сапар", "visit"), ("іссапар", "visit"),
    ("брифинг", "statement"), ("меморандум", "agreement"), ("келісімшарт", "agreement"), ("мәлімдеме", "statement"),
    ("чемпионат", "competition"), ("турнир", "competition"), ("олимпиада", "competition"), ("жарыс", "competition"),
)
_NOT_TRIGGERS = ("жиынтық", "сапарлас", "жарысқа түс")
CAMEO = {"meeting": "04", "visit": "04", "call": "04", "agreement": "05", "statement": "01"}
_ONLINE = re.compile(r"онлайн|видеобайланыс|бейнебайланыс|қашықтан|бейнеконференция|видеоконференция|"
                     r"видеоүндеу|бейнеүндеу", re.IGNORECASE)
_IN_PERSON = re.compile(r"\bжеке\b|\bөзі\s+қатыс|бетпе-бет", re.IGNORECASE)
_HYBRID = re.compile(r"гибридті|гибридтік|аралас\s+форматта", re.IGNORECASE)
_ONLINE_FORMAT = re.compile(r"(?:онлайн|бейнеконференция|видеоконференция)\s+(?:форматта|режимде|түрде|форматында)",
                            re.IGNORECASE)
_ATTEND = re.compile(r"қатыс(?:ты|са|қан|ып|ады|ушы)|қосыл(?:ды|ып|са)|қатарында|жүздесті|келіссөз\s+жүргізді|"
                     r"кездес(?:ті|іп|кен|се)|қабылдады|сөйлесті|қол\s+қой", re.IGNORECASE)
_VISIT = re.compile(r"сапармен|сапарымен|(?:келді|барды|келіп|барып|жетті|аттанды)\b", re.IGNORECASE)
_CALL = re.compile(r"телефон(?:мен|\s+арқылы)\s+(?:сөйлес|байланыс)|қоңырау\s+шал", re.IGNORECASE)
_SIGN = re.compile(r"қол\s+қой(?:ды|ылды|ып|ған|ылған|ылды)|қол\s+қою", re.IGNORECASE)
_FUTURE = re.compile(r"өтетін|өтеді|өтпек|өткізіледі|өткізілмек|жоспарлануда|күтілуде|келесі\s+(?:жылы|айда|аптада)|"
                     r"алдағы\s+(?:жылы|айда|аптада)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"(?<=са|се),\s+|;\s+|,\s+ал\s+|,\s+бірақ\s+")


@dataclass
class _Draft:
    type: str
    sentence: Sentence
    trigger: Mention
    date: str | None
    location: str | None
    background: bool
    side: bool
    future: bool = False
    format: str | None = None
    participants: dict[str, str | None] = field(default_factory=dict)  # person id -> mode
    order: list[str] = field(default_factory=list)

    def join(self, person: Person, mode: str | None) -> None:
        if person.id not in self.participants:
            self.order.append(person.id)
            self.participants[person.id] = mode
        elif mode is not None and self.participants[person.id] is None:
            self.participants[person.id] = mode


def _trigger(ctx: Context, s: Sentence) -> tuple[str, Mention] | None:
    low = s.text.lower()
    if m := _CALL.search(low):
        return "call", Mention(s.start + m.start(), s.start + m.end(), s.text[m.start() : m.end()])
    if (m := _SIGN.search(low)) and re.search(r"келісім|меморандум|шарт|құжат|декларация|хаттама|жол картасы", low):
        return "agreement", Mention(s.start + m.start(), s.start + m.end(), s.text[m.start() : m.end()])
    for i, w in enumerate(s.words):
        lw = w.lower
        if lw.startswith(_NOT_TRIGGERS) or (w.is_cap and i > 0) or ctx.person_at(w.start, w.end):
            continue
        if lw.startswith("конференция") and "баспасөз" in low:
            return "statement", Mention(w.start, w.end, w.text)
        for prefix, kind in _TRIGGERS:
            if lw.startswith(prefix):
                if prefix == "мәлімдеме" and not re.search(r"мәлімдеме\w*\s+(?:жасады|жариялады|таратты)", low):
                    break
                return kind, Mention(w.start, w.end, w.text)
    arrived = re.search(r"\b(?:келді|барды|ұшып\s+келді|сапарлады|барып|келіп)\b", low)
    if arrived and ctx.persons_in(s.start, s.end) and any(pm.case == "dat" and pm.kind == "GPE"
                                                          for pm in ctx.places[s.index]):
        a, b = s.start + arrived.start(), s.start + arrived.end()
        return "visit", Mention(a, b, ctx.doc.text[a:b])
    received = re.search(r"қабылда(?:ды|ған|йды)\b", low)
    if received and _has_person_object(ctx, s):
        a, b = s.start + received.start(), s.start + received.end()
        return "meeting", Mention(a, b, ctx.doc.text[a:b])
    return None


def _has_person_object(ctx: Context, s: Sentence) -> bool:
    """A person in the accusative ("министрді", "Ли Вэйминді"): "X Y-ді қабылдады" is an audience."""
    for a, b, _ in ctx.persons_in(s.start, s.end):
        last = ctx.doc.text[a:b].split()[-1]
        if any(case == "acc" for _, case in stems(last)[1:]):
            return True
    return False


def _same_place(a: str | None, b: str) -> bool:
    """The same place, or a capital and its country ("Қазақстанға" in the title, "Астанаға" in the text)."""
    if a is None:
        return False
    return a == b or gazetteer.CAPITAL_OF.get(a) == b or gazetteer.CAPITAL_OF.get(b) == a


def _finer(a: str | None, b: str) -> str:
    return b if a is None or gazetteer.CAPITAL_OF.get(b) == a else a


def _location(ctx: Context, s: Sentence, kind: str) -> str | None:
    """The place the sentence puts the event in: a place in the locative (or dative for visits)."""
    wanted = ("loc", "locattr") if kind != "visit" else ("dat", "loc", "locattr")
    for pm in ctx.places[s.index]:
        if pm.kind == "GPE" and pm.case in wanted and (pm.case != "locattr" or _event_word_after(s, pm.last_word)):
            return ctx.things.ensure(pm.name, "GPE")
    dateline = (ctx.doc.source.dateline or "").lower()
    for i, w in enumerate(s.words):  # an unknown capitalised place in the locative ("Шымкентте")
        if not w.is_cap or w.is_acronym or ctx.person_at(w.start, w.end) or places.lookup([w]):
            continue
        for stem, case in stems(w.text)[1:]:
            if case != "loc" or not stem[:1].isupper() or stem.lower() in gazetteer.ORG_HEADS:
                continue
            # a sentence-initial word is a place only when the dateline or a mid-sentence use says so
            if i == 0 and stem.lower() != dateline and stem not in ctx.mid_sentence_stems:
                continue
            return ctx.things.ensure(stem, "GPE")
    return None


def _event_word_after(s: Sentence, i: int) -> bool:
    """ "Париждегі кездесу": a place in -дағы/-дегі only locates the event word right after it."""
    if i + 1 >= len(s.words):
        return False
    nxt = s.words[i + 1].lower
    return any(nxt.startswith(prefix) for prefix, _ in _TRIGGERS)


def _clauses(s: Sentence) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_BREAK.finditer(s.text):
        out.append((s.start + pos, s.start + m.start()))
        pos = m.end()
    out.append((s.start + pos, s.end))
    return out


def _mode_of(text: str) -> str | None:
    online, in_person = bool(_ONLINE.search(text)), bool(_IN_PERSON.search(text))
    if online and not in_person:
        return "online"
    if in_person and not online:
        return "in_person"
    return None


def _speakers_of_according(ctx: Context, s: Sentence) -> set[str]:
    m = re.search(r"айтуынша|сөзінше|пікірінше|хабарлауынша|мәліметінше", s.text)
    if not m:
        return set()
    return {p.id for _, _, p in ctx.persons_in(s.start, s.start + m.start())}


def _participants(ctx: Context, s: Sentence, draft: _Draft) -> None:
    low = s.text.lower()
    people = ctx.persons_in(s.start, s.end)
    if not people:
        return
    speakers = _speakers_of_according(ctx, s)
    if s.words and s.words[0].lower == "ол" and (subject := ctx.previous_person(s.start)) is not None:
        people = [(s.words[0].start, s.words[0].end, subject), *people]
    attend = bool(_ATTEND.search(low)) and not re.search(r"қатысты\s+[а-яәғқңөұүһі]", low)
    frame = draft.type in ("meeting", "call", "agreement") and (
        re.search(r"\w(?:мен|бен|пен)\b", s.text) is not None or re.search(r"\s(?:мен|пен|бен)\s", s.text) is not None
    )
    visit = draft.type == "visit" and bool(_VISIT.search(low))
    if not (attend or frame or visit):
        return
    for a, b in _clauses(s):
        mode = _mode_of(ctx.doc.text[a:b])
        for start, _, p in people:
            if a <= start < b and p.id not in speakers:
                draft.join(p, mode)
    if draft.type == "visit":
        for pid in draft.order:
            if draft.participants[pid] is None:
                draft.participants[pid] = "in_person"


def _format(s: Sentence) -> str | None:
    if _HYBRID.search(s.text):
        return "hybrid"
    if _ONLINE_FORMAT.search(s.text):
        return "online"
    return None


def draft(ctx: Context, quotes: list[Quote]) -> list[_Draft]:
    """Events as drafts over people (quotes still carry person ids, not entity ids)."""
    drafts: list[_Draft] = []
    main: dict[str, _Draft] = {}
    family = {"visit": "meeting", "call": "call", "agreement": "agreement", "meeting": "meeting"}
    for s in ctx.sentences:
        found = _trigger(ctx, s)
        current = None
        if found is not None:
            kind, trig = found
            fam = family.get(kind, kind)
            background = dates.is_background(s.text)
            location = _location(ctx, s, kind)
            stated = dates.explicit(s.text, ctx.article_date) or dates.relative(s.text, ctx.article_date)
            current = main.get(fam)
            if current is not None and location is not None and _same_place(current.location, location):
                current.location = _finer(current.location, location)
                location = current.location
            differs = current is not None and (
                (location is not None and current.location not in (None, location))
                or (stated is not None and current.date is not None and not current.date.startswith(stated)
                    and not stated.startswith(current.date))
            )
            future = current is not None and _FUTURE.search(s.text) is not None
            differs = differs or future
            if current is None or background or differs:
                date = stated if (background or stated) else dates.resolve(s.text, ctx.article_date)
                current = _Draft(kind, s, trig, date, location, background, side=bool(differs),
                                 future=_FUTURE.search(s.text) is not None)
                drafts.append(current)
                if fam not in main and not background:
                    main[fam] = current
            else:
                if current.location is None and location is not None:
                    current.location = location
                if kind == "visit" and current.type == "meeting" and current is main.get(fam):
                    current.type = "visit"
        elif drafts and _ATTEND.search(s.text.lower()) and (_ONLINE.search(s.text) or _IN_PERSON.search(s.text)):
            current = main.get("meeting") or drafts[-1]
        if current is None:
            continue
        current.format = current.format or _format(s)
        _participants(ctx, s, current)
    _quoted_participants(ctx, quotes, main.get("meeting"))
    return drafts


def _quoted_participants(ctx: Context, quotes: list[Quote], event: _Draft | None) -> None:
    """People quoted after the main meeting is reported took part in it (mode unknown)."""
    if event is None or event.future or event.type != "meeting":
        return
    people = {p.id: p for p in ctx.people.people}
    for q in quotes:
        if q.speaker and q.evidence.start >= event.sentence.start and q.speaker in people:
            event.join(people[q.speaker], None)


def finish(drafts: list[_Draft], person_ids: dict[str, str], thing_ids: dict[str, str]) -> list[Event]:
    events: list[Event] = []
    for n, d in enumerate(drafts, 1):
        parts = [Participant(person_ids[pid], d.participants[pid]) for pid in d.order if pid in person_ids]
        fmt = d.format
        modes = {p.mode for p in parts}
        if fmt is None and "online" in modes and "in_person" in modes:
            fmt = "hybrid"
        events.append(Event(
            id=f"V{n}", type=d.type, evidence=Span(d.sentence.start, d.sentence.end), trigger=d.trigger,
            date=d.date, location=thing_ids.get(d.location) if d.location else None, format=fmt,
            participants=parts, cameo=CAMEO.get(d.type),
        ))
    return events
