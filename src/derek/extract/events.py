"""Events: meetings, visits, signings, calls, statements, competitions (docs/language.md §8).

A sentence with an event word either starts an event or adds to the article's main one. It starts a new
event when it is background ("Бұдан бұрын …"), or names another place or date than the main event.
Participants come from attendance frames (қатысты, қосылды, қатарында … болды), meeting frames
(X Y-мен кездесті, X пен Y) and visits; each gets the attendance mode its own clause states.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from derek.doc import Event, Mention, Participant, Quote, Span
from derek.extract import cues, dates, gazetteer, office_holders, places, titles
from derek.extract.context import Context
from derek.extract.coref import Person
from derek.extract.segment import Sentence
from derek.extract.suffixes import stems
from derek.extract.titlephrase import DOMESTIC_COUNTRY
from derek.lang import kk

# Event words, rows of lang/kk/data/event_triggers.tsv: (word prefix, event type, condition); the first that
# matches a word wins. Prefixes with a space are matched on the sentence.
_TRIGGER_ROWS = kk.table("event_triggers", 3)
_TRIGGERS: tuple[tuple[str, str], ...] = tuple((p, t) for p, t, _ in _TRIGGER_ROWS if " " not in p)
_PHRASE_TRIGGERS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (cues.pattern([p + "*"]), t, c) for p, t, c in _TRIGGER_ROWS if " " in p)
_HELD_ONLY = frozenset(p for p, _, c in _TRIGGER_ROWS if c == "held")
# A culture event is one only when the sentence says it opened, took place or someone attended it.
_CULTURE_HAPPENED = re.compile(r"ашылды|өтті|басталды|өтуде|аяқталды|ашылу\w*\s+қатыс|қатысты|тамашалады|келді",
                               re.IGNORECASE)
_TRIGGER_PREFIXES = (*(prefix for prefix, _ in _TRIGGERS), "конференция")
# A contest's prizes: a festival or contest that names winners is a competition.
_PRIZES = re.compile(r"(?:жүлде|сыйлығ|марапат|гран-при)\w*\s+(?:(?:да|де|та|те)\s+)?(?:жеңіп|ие\s+бол|иеленді|"
                     r"лайық|алды|берді|табыс|тапсырылды|бұйырды)|жеңімпаз\w*\s+(?:атанды|болды|танылды)|"
                     r"лауреаты?\s+атанды", re.IGNORECASE)
_NOT_TRIGGERS = ("жиынтық", "сапарлас", "жарысқа түс")
CAMEO = {"meeting": "04", "visit": "04", "call": "04", "agreement": "05", "statement": "01"}
# Attendance cues, rows of lang/kk/data/attendance_modes.tsv
_ONLINE = cues.pattern(c for c, mode in kk.table("attendance_modes", 2) if mode == "online")
_IN_PERSON = cues.pattern(c for c, mode in kk.table("attendance_modes", 2) if mode == "in_person")
_HYBRID = re.compile(r"гибридті|гибридтік|аралас\s+форматта", re.IGNORECASE)
_ONLINE_FORMAT = re.compile(r"(?:онлайн|бейнеконференция|видеоконференция)\s+(?:форматта|режимде|түрде|форматында)|"
                            r"(?:бейнебайланыс|видеобайланыс)\s+(?:арқылы|режимінде)\s+(?:\w+\s+){0,2}?"
                            r"(?:келіссөз\w*\s+жүргіз|сөйлес|кездес|өтті|өткізді)",  # the event itself, not one joining
                            re.IGNORECASE)
_ATTEND = re.compile(r"қатыс(?:ты|са|қан|ып|ады|ушы)|(?:кеңес|жиын|отырыс|кездесу|брифинг|жиналыс|селектор)\w*\s+"
                     r"өткіз(?:ді|іп)|қосыл(?:ды|ып|са)|қатарында|жүздесті|келіссөз\s+жүргізді|"
                     r"кездес(?:ті|іп|кен|се)|қабылдады|қарсы\s+алды|сөйлесті|қол\s+қой|(?:видео|бейне)?үндеу\s+жолда|"
                     r"(?:жиын|отырыс|кездесу|саммит|форум|сессия|конференция)\w*\b[^.]{0,120}\bжүргізді|"
                     r"(?:жиын|отырыс|саммит|форум|сессия|конференция|съезд|құрылтай|фестиваль|көрме)\w*\b[^.]{0,120}\bаш(?:ты|ып)\b|"
                     r"грамота\w*\s+тапсыр",
                     re.IGNORECASE)
_VISIT = re.compile(r"сапармен|сапарымен|(?:келді|барды|келіп|барып|жетті|аттанды|аралады|барды|бірге)\b",
                    re.IGNORECASE)
_CALL = re.compile(r"телефон(?:мен|\s+арқылы)\s+(?:сөйлес|байланыс)|қоңырау\s+шал", re.IGNORECASE)
_SIGN = re.compile(r"қол\s+қой(?:ды|ылды|ып|ған|ылған|ылды)|қол\s+қою", re.IGNORECASE)
# Planned, proposed or expected: rows of lang/kk/data/event_status_cues.tsv
_FUTURE = cues.pattern(c for c, status in kk.table("event_status_cues", 2) if status == "planned")
_HELD = re.compile(r"өтті|өтуде|өткізілді|ұйымдастырылды|басталды|ашылды|жалғасты|болды|өтетін|өтеді",
                   re.IGNORECASE)
_REPORTS = re.compile(r"(?:ынын|інін|анын|енін|ғанын|генін|қанын|кенін|екенін)\s+(?:хабарлады|мәлімдеді|айтты|"
                      r"жеткізді|растады|атап\s+өтті)[.!?]?$", re.IGNORECASE)
# "Чхве Сон Мин мен кездесті": "with" written apart after a name (before a name it is "and": "X мен Y")
_WITH = re.compile(r"\s+(?:мен|пен|бен)\s+(?=[а-яәғқңөұүһі])")
_SESSIONS = ("отырыс", "жиналыс", "кеңес", "съезд", "құрылтай", "үкімет сағат", "сессия", "пленарлық")
_ON_THE_SIDELINES = re.compile(r"\b(?:аясында|шеңберінде|кулуарында|барысында)\b", re.IGNORECASE)
_GROUP = re.compile(r"\b(?:тараптар|екі\s+ел\s+басшылары|екі\s+министр|министрлер|басшылар|делегациялар)\b",
                    re.IGNORECASE)
_SPORT = re.compile(r"\b(?:жеңді|жүлде|сыйлығ|марапатын|лауреат|гол\w*\s+(?:[^.]{0,60}\s)?соқты|"
                    r"ұтты|жеңіске\s+жетті|белдесті|чемпион\s+атанды|үздік\s+атанды|жүлдегер|"
                    r"жартылай\s+финал|финалда|алтын\s+медаль|(?:бірінші|екінші|үшінші)\s+(?:орын(?!басар)|болды)|орынды|"
                    r"еншісінде|тең\s+түс)", re.IGNORECASE)
# "жүлдегерлерді X марапаттады": the one who presents the prizes did not compete
_PRESENTS = re.compile(r"марапатта(?:ды|п)|табыс\s+ет(?:ті|іп)|тапсыр(?:ды|ып)", re.IGNORECASE)
_HOSTS = re.compile(r"\bқарсы\s+алды\b|\bқабылдады\b", re.IGNORECASE)
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
    dated: bool = False  # the date was stated, not taken from the article
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
    for pattern, kind, condition in _PHRASE_TRIGGERS:
        if (m := pattern.search(s.text)) and (condition != "held" or _CULTURE_HAPPENED.search(low)):
            return kind, Mention(s.start + m.start(), s.start + m.end(), s.text[m.start() : m.end()])
    for i, w in enumerate(s.words):
        lw = w.lower
        if not lw.startswith(_TRIGGER_PREFIXES) or lw.startswith(_NOT_TRIGGERS) or (w.is_cap and i > 0) \
                or ctx.person_at(w.start, w.end):
            continue
        if i + 1 < len(s.words) and _ON_THE_SIDELINES.fullmatch(s.words[i + 1].lower) \
                and any(x.lower.startswith(_TRIGGER_PREFIXES) for x in s.words[i + 2 :]):
            continue  # "Сапар барысында … келіссөздер жүргізді": the frame names the event around, not this one
        if lw.startswith("конференция") and "баспасөз" in low:
            return "statement", Mention(w.start, w.end, w.text)
        for prefix, kind in _TRIGGERS:
            if lw.startswith(prefix):
                if prefix == "мәлімдеме" and not re.search(r"мәлімдеме\w*\s+(?:жасады|жариялады|таратты)", low):
                    break
                if prefix in _HELD_ONLY and not (_CULTURE_HAPPENED.search(low) or _PRIZES.search(low)):
                    break
                if kind == "other" and _PRIZES.search(low):
                    kind = "competition"  # "байқауда … бас жүлдені жеңіп алды": a contest with winners
                return kind, Mention(w.start, w.end, w.text)

    arrived = re.search(r"\b(?:келді|барды|ұшып\s+келді|сапарлады|барып|келіп)\b", low)
    if arrived and _persons(ctx, s) and (
        any(pm.case == "dat" and pm.kind == "GPE" for pm in ctx.places[s.index]) or _capital_by_demonym(ctx, s)
    ):
        a, b = s.start + arrived.start(), s.start + arrived.end()
        return "visit", Mention(a, b, ctx.doc.text[a:b])
    received = re.search(r"қабылда(?:ды|ған|йды)\b", low)
    if received and (_has_person_object(ctx, s) or re.search(r"делегация(?:ны|сын)", low)):
        a, b = s.start + received.start(), s.start + received.end()
        return "meeting", Mention(a, b, ctx.doc.text[a:b])
    return None


_DEMONYM_CAPITAL = re.compile(r"\b([а-яәғқңөұүһі]+)\s+астана(?:сына|сында|сы)\b")


def _capital_by_demonym(ctx: Context, s: Sentence) -> str | None:
    """ "қырғыз астанасына келді": the capital of the demonym's country, when the article names that capital."""
    m = _DEMONYM_CAPITAL.search(s.text.lower())
    country = gazetteer.DEMONYMS.get(m.group(1)) if m else None
    capital = next((c for c, k in gazetteer.CAPITAL_OF.items() if k == country), None) if country else None
    if capital is None or capital not in ctx.doc.text:
        return None
    return ctx.things.ensure(capital, "GPE")


def _has_person_object(ctx: Context, s: Sentence) -> bool:
    """A person in the accusative ("министрді", "Ли Вэйминді"): "X Y-ді қабылдады" is an audience."""
    for a, b, _ in _persons(ctx, s):
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
    for pm in ctx.places[s.index]:  # "Алматыда өткен форумға": the place the event's own participle gives
        if pm.kind == "GPE" and pm.case == "loc" and _held_event_after(s, pm.last_word):
            return ctx.things.ensure(pm.name, "GPE")
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


_HELD_PARTICIPLE = re.compile(r"өткен|өтіп\s+жатқан|өтетін|ұйымдастырылған|басталған|ашылған", re.IGNORECASE)


def _held_event_after(s: Sentence, i: int) -> bool:
    """ "Алматыда өткен форумға": a place in the locative, a participle of holding, then (within three words)
    an event word."""
    if i + 1 >= len(s.words) or not _HELD_PARTICIPLE.match(s.words[i + 1].lower):
        return False
    return any(w.lower.startswith(_TRIGGER_PREFIXES) for w in s.words[i + 2 : i + 5])


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
    people = _persons(ctx, s)
    if not people and draft.type == "visit" and "делегация" in low and _VISIT.search(low):
        leader = _delegation_leader(ctx)
        if leader is not None:  # "Корея делегациясы … келді": the delegation came with the one who leads it
            draft.join(leader, "in_person")
        return
    heads = _both_heads(ctx, s)
    people = sorted([*people, *ctx.group_members(s), *heads], key=lambda x: x[0])
    if not people:
        return
    speakers = _speakers_of_according(ctx, s)
    pronoun = next((w for w in s.words[:3] if w.lower == "ол"), None)  # "Ол …", "Римде ол …"
    if pronoun is not None and (subject := ctx.previous_person(s.start)) is not None:
        people = sorted([(pronoun.start, pronoun.end, subject), *people], key=lambda x: x[0])
    attend = (bool(_ATTEND.search(low)) and not re.search(r"қатысты\s+[а-яәғқңөұүһі]", low)) \
        or _came_to(s) is not None
    frame = draft.type in ("meeting", "call", "agreement") and (
        re.search(r"\w(?:мен|бен|пен)\b", s.text) is not None or re.search(r"\s(?:мен|пен|бен)\s", s.text) is not None
        or bool(heads)
    )
    visit = draft.type == "visit" and bool(_VISIT.search(low))
    sport = draft.type == "competition" and bool(_SPORT.search(low))
    at_event = _at_event(ctx, s)
    welcomed = draft.type == "meeting" and bool(_welcomed(ctx, s))
    if not (attend or frame or visit or sport or at_event or welcomed):
        return
    if at_event and not (attend or frame or visit or sport or welcomed):  # "X … Үкімет отырысында тапсырма берді"
        people = [(a, b, p) for a, b, p in people if _nominative_at(p, a) or _accusative_at(p, a)]
    if _REPORTS.search(low) and len({p.id for _, _, p in people}) >= 2:
        reporter = people[0]  # "X Y-тің … келетінін хабарлады": X reports, Y takes part
        if _nominative_at(reporter[2], reporter[0]):
            speakers.add(reporter[2].id)
    if draft.type == "competition" and _PRESENTS.search(low):
        speakers |= {p.id for start, _, p in people if _nominative_at(p, start)}
    for a, b in _clauses(s):
        mode = _mode_of(ctx.doc.text[a:b])
        for start, _, p in people:
            if a <= start < b and p.id not in speakers:
                draft.join(p, mode)
    if draft.type == "visit":
        for pid in draft.order:
            if draft.participants[pid] is None:
                draft.participants[pid] = "in_person"
    for person in _welcomed(ctx, s):
        if person.id in draft.participants and draft.participants[person.id] is None:
            draft.participants[person.id] = "in_person"  # "X-ті Ақордада ресми қарсы алу рәсімі": the guest came


# "X-ті … қарсы алды / қабылдады / қарсы алу рәсімі": the one received, a few words after the accusative name
_RECEIVED = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:қарсы\s+ал|қабылда)", re.IGNORECASE)


def _welcomed(ctx: Context, s: Sentence) -> list[Person]:
    """People named in the accusative right before a verb of receiving: the guests the sentence says came."""
    out = []
    for a, b, person in _persons(ctx, s):
        if any(m.start == a and m.case == "acc" for m in person.mentions) \
                and _RECEIVED.match(ctx.doc.text[b : min(s.end, b + 80)]):
            out.append(person)
    return out


_BOTH_HEADS = re.compile(r"\bекі\s+(?:ел(?:дің)?|мемлекет(?:тің)?)\s+(?:басшылар|президенттер)", re.IGNORECASE)
_HEADS_OF_STATE = titles.HEADS_OF_STATE - {"премьер-министр"}  # "екі ел басшылары": not the governments' heads


def _both_heads(ctx: Context, s: Sentence) -> list[tuple[int, int, Person]]:
    """ "екі ел басшыларының келіссөздері": the two heads of state, when the article names them: a foreign head
    (a head-of-state post of a foreign country) and Kazakhstan's president that day (``office_holders.tsv``)."""
    m = _BOTH_HEADS.search(s.text)
    if m is None:
        return []
    home = office_holders.country_key(DOMESTIC_COUNTRY)
    foreign = {p.id: p for p in ctx.people.people for h, o in p.posts
               if h in _HEADS_OF_STATE and o and gazetteer.country(o) and office_holders.country_key(o) != home}
    name = office_holders.holder("president", home, ctx.article_date)
    domestic = ctx.people.by_surname(name.split()[-1]) if name else None
    if len(foreign) != 1 or domestic is None or domestic.id in foreign:
        return []
    at = (s.start + m.start(), s.start + m.end())
    return [(*at, next(iter(foreign.values()))), (*at, domestic)]


_LOCATIVE = re.compile(r"(?:да|де|та|те)$")


def _at_event(ctx: Context, s: Sentence) -> bool:
    """The event word of the sentence is in the locative ("отырысында", "кездесуде"): who acts there took part."""
    found = _trigger(ctx, s)
    if found is None or found[0] not in ("meeting", "competition", "other"):
        return False
    end = found[1].end
    while end < len(ctx.doc.text) and ctx.doc.text[end].isalpha():
        end += 1  # a phrase trigger is a prefix ("Үкімет сағат"): its word ends further on ("сағатында")
    return bool(_LOCATIVE.search(ctx.doc.text[found[1].start : end].split()[-1].lower()))


_LEADS = re.compile(r"\s+(?:бастаған|басқарған|жетекшілік\s+еткен)\s+делегация", re.IGNORECASE)


def _delegation_leader(ctx: Context) -> Person | None:
    """The one person named right before "бастаған делегация" (the delegation X led) in the article."""
    leaders = {p.id: p for p in ctx.people.people for m in p.mentions
               if _LEADS.match(ctx.doc.text, m.end)}
    return next(iter(leaders.values())) if len(leaders) == 1 else None


def _nominative_at(person: Person, start: int) -> bool:
    return any(m.start == start and m.case == "nom" for m in person.mentions)


def _accusative_at(person: Person, start: int) -> bool:
    """ "Отырыста депутаттар министр X-ті сынға алды": the one acted on at the event was there too."""
    return any(m.start == start and m.case == "acc" for m in person.mentions)


def _inherit_sides(ctx: Context, s: Sentence, draft: _Draft, drafts: list[_Draft]) -> None:
    """ "Екі ел басшылары / тараптар / министрлер … қол қойды": the sides are the people of the meeting before."""
    if _persons(ctx, s) or not _GROUP.search(s.text) or draft.type not in ("agreement", "meeting"):
        return
    people = {p.id: p for p in ctx.people.people}
    for other in reversed(drafts):
        if other is not draft and other.type in ("meeting", "visit", "call") and len(other.order) >= 2 \
                and other.sentence.start < s.start:
            for pid in other.order:
                draft.join(people[pid], None)
            return


def _format(s: Sentence) -> str | None:
    if _HYBRID.search(s.text):
        return "hybrid"
    if _ONLINE_FORMAT.search(s.text) or re.search(r"бейнеконференция|видеоконференция", s.text, re.IGNORECASE):
        return "online"
    return None


def draft(ctx: Context, quotes: list[Quote]) -> list[_Draft]:
    """Events as drafts over people (quotes still carry person ids, not entity ids)."""
    drafts: list[_Draft] = []
    main: dict[str, _Draft] = {}
    spoken = [(q.evidence.start, q.evidence.end) for q in quotes if q.kind == "direct"]
    contents = _quote_contents(ctx, quotes)
    last: _Draft | None = None
    for whole in ctx.sentences:
        s = _outside_quotes(whole, contents)
        found = _trigger(ctx, s)
        current = None
        if found is not None:
            kind, trig = found
            if kind == "meeting" and (("competition" in main and "meeting" not in main) or _a_match(s, trig)):
                kind = "competition"  # in a sports report a "кездесу" is a bout, a match
            quoted = any(a <= s.start and s.end <= b for a, b in spoken)
            current = _place_in(ctx, s, kind, trig, drafts, main, quoted)
        elif drafts and _ATTEND.search(s.text.lower()) and (_ONLINE.search(s.text) or _IN_PERSON.search(s.text)):
            current = main.get("meeting") or drafts[-1]
        elif drafts and (came := _came_to(s)) is not None:
            current = main.get(came) or _main_event(drafts)  # "фестивальге арнайы келген режиссер X"
        elif drafts and _ANAPHORIC.match(s.text) and _ATTEND.search(s.text.lower()):
            current = _main_event(drafts)  # "Іс-шараға / Оған X, Y қатысты": the event just reported
        elif last is not None and s.words and s.words[0].lower in ("ол", "олар", "онда"):
            current = last  # "Ол … X-пен бірге аралады": the same event goes on
        elif "competition" in main and _SPORT.search(s.text.lower()):
            current = main["competition"]
        elif "visit" in main and _HOSTS.search(s.text):
            current = main["visit"]  # "Ханойда оны Вьетнам Президенті X қарсы алды": the host takes part
        last = current or (last if s.paragraph == (last.sentence.paragraph if last else -1) else None)
        if current is None:
            continue
        current.format = current.format or _format(s)
        _participants(ctx, s, current)
        _inherit_sides(ctx, s, current, drafts)
        _arrivals_attend(current, main.get("meeting") or main.get("other") or main.get("competition"), ctx)
    _quoted_participants(ctx, quotes, main.get("meeting"))
    _coaches_speaking(ctx, quotes, main.get("competition"))
    _fill_locations(ctx, drafts)
    return drafts


_DATIVE = ("ға", "ге", "қа", "ке", "на", "не")


def _came_to(s: Sentence) -> str | None:
    """The kind of event a sentence says someone came to: an event word in the dative, "келген / келді / келіп"
    within two words after it ("фестивальге арнайы келген режиссер X", "форумға келді")."""
    words = s.words
    for i, w in enumerate(words):
        low = w.lower
        if not low.endswith(_DATIVE) or not low.startswith(_TRIGGER_PREFIXES) or low.startswith(_NOT_TRIGGERS):
            continue
        if any(x.lower.startswith(("келген", "келді", "келіп")) for x in words[i + 1 : i + 3]):
            return next((kind for prefix, kind in _TRIGGERS if w.lower.startswith(prefix)), None)
    return None


def _quote_contents(ctx: Context, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Where the words of each direct quote stand in the text."""
    out = []
    for q in quotes:
        at = ctx.doc.text.find(q.text, q.evidence.start, q.evidence.end) if q.kind == "direct" and q.text else -1
        if at >= 0:
            out.append((at, at + len(q.text)))
    return out


def _outside_quotes(s: Sentence, contents: list[tuple[int, int]]) -> Sentence:
    """The sentence with the words of a quote blanked out, when it has words of its own beside them ("«…», –
    деді X Y-мен өткен кездесуден кейін": the event is the attribution's, not one the quote mentions). A sentence
    that is all quote stays as it is."""
    inner = [(a, b) for a, b in contents if a < s.end and b > s.start]
    if not inner:
        return s
    words = [w for w in s.words if not any(a <= w.start < b for a, b in inner)]
    if not any(w.is_word for w in words) or len(words) == len(s.words):
        return s
    chars = list(s.text)
    for a, b in inner:
        for k in range(max(a, s.start), min(b, s.end)):
            chars[k - s.start] = " "
    return dataclasses.replace(s, text="".join(chars), words=words)


def _persons(ctx: Context, s: Sentence) -> list[tuple[int, int, Person]]:
    """The people a sentence names, none of them inside a quote blanked out by :func:`_outside_quotes`."""
    return [(a, b, p) for a, b, p in ctx.persons_in(s.start, s.end) if s.text[a - s.start] != " "]


# A sentence opening with a word for the event just reported, in the dative: "Іс-шараға", "Шараға", "Оған".
_ANAPHORIC = re.compile(r"(?:сондай-ақ\s+)?(?:іс-шара|шара|басқосу|жиын|оған|бұл\s+іс-шара|аталған\s+іс-шара|"
                        r"ашылу\s+салтанат\w*|салтанатты\s+рәсім\w*|жабылу\s+салтанат\w*)"
                        r"(?:ға|ге|қа|ке|на|не)?\b", re.IGNORECASE)


def _main_event(drafts: list[_Draft]) -> _Draft:
    """The article's own event: the first that is neither background nor planned, else the latest."""
    return next((d for d in drafts if not d.background and not d.future), drafts[-1])


def _arrivals_attend(visit: _Draft, meeting: _Draft | None, ctx: Context) -> None:
    """Leaders who came to the city of a summit already reported ("Бішкекке арнайы келді") attend it in person."""
    if visit.type != "visit" or meeting is None or meeting is visit or meeting.background or visit.background \
            or visit.future or meeting.future \
            or (meeting.location is not None and not _same_place(meeting.location, visit.location or meeting.location)
                and not (meeting.type != "meeting" and visit.location and gazetteer.country(visit.location))):
        return  # (a guest who came to the country of a festival or contest attends it)
    people = {p.id: p for p in ctx.people.people}
    for pid in visit.order:
        if pid in people:
            meeting.join(people[pid], "in_person")


def _place_in(ctx: Context, s: Sentence, kind: str, trig: Mention, drafts: list[_Draft],
              main: dict[str, _Draft], quoted: bool = False) -> _Draft:
    """The event a sentence with an event word reports: the main one of its kind, or a new one (always a new
    one inside a direct quote: "«Трамп мырзамен келіссөздер жүргіздік»" is the speaker's account of another)."""
    background = dates.is_background(s.text)
    location = _location(ctx, s, kind) or (_capital_by_demonym(ctx, s) if kind == "visit" else None)
    stated = dates.explicit(s.text, ctx.article_date) or dates.relative(s.text, ctx.article_date)
    current = main.get(kind)
    if current is not None and location is not None and _same_place(current.location, location):
        current.location = _finer(current.location, location)
        location = current.location
    if current is not None and stated is not None and not current.dated and not background \
            and (location is None or current.location in (None, location)):
        current.date, current.dated = stated, True  # the headline gave no date, the text does
    others = {p.id for _, _, p in _persons(ctx, s)}
    new_sides = kind == "agreement" and current is not None and len(current.order) >= 2 and len(others) >= 2 \
        and not others & set(current.order)  # another pair signs another document
    partners = {p.id for p in ctx.people.people for m in p.mentions
                if s.start <= m.start < s.end and s.text[m.start - s.start] != " "
                and (m.case == "ins" or _WITH.match(ctx.doc.text, m.end) or (kind == "meeting" and m.case == "dat"))}
    if kind in ("meeting", "call") and current is not None and len(current.order) >= 2 and partners \
            and not partners & set(current.order):
        new_sides = True  # "… X-пен және Y-пен екіжақты кездесулер өткізді", "Y-пен де телефон арқылы сөйлесті"
    if kind == "meeting" and current is not None and current.order and partners \
            and not partners & set(current.order) and _ON_THE_SIDELINES.search(s.text) \
            and re.search(r"кездес(?:ті|іп)", s.text.lower()):
        new_sides = True  # "Форум аясында X Y-пен кездесті": a meeting of its own on the sidelines
    differs = current is not None and (
        new_sides or quoted
        or (location is not None and current.location not in (None, location))
        or (stated is not None and current.date is not None and not current.date.startswith(stated)
            and not stated.startswith(current.date))
        or _FUTURE.search(s.text) is not None
    )
    if current is None or background or differs:
        date = stated if (background or stated) else dates.resolve(s.text, ctx.article_date)
        current = _Draft(kind, s, trig, date, location, background, side=bool(differs),
                         future=_FUTURE.search(s.text) is not None, dated=stated is not None)
        drafts.append(current)
        if kind not in main and not background:
            main[kind] = current
    elif current.location is None and location is not None and _HELD.search(s.text):
        current.location = location  # "Кездесу Парижде өтті": a later sentence says where it was held
    return current


def _fill_locations(ctx: Context, drafts: list[_Draft]) -> None:
    """Events of the article's own story without a stated place happen where its main event does; the main
    event falls back on the headline's place in the locative, then the dateline."""
    own = [d for d in drafts if not d.background and not d.future and not d.side]
    if not own:
        return
    dateline = ctx.doc.source.dateline
    anchor = next((d.location for d in own if d.location), None)
    if anchor is None:
        anchor = _headline_place(ctx) or (ctx.things.ensure(dateline, "GPE") if dateline else None)
    elif dateline and gazetteer.CAPITAL_OF.get(dateline) == anchor:
        anchor = ctx.things.ensure(dateline, "GPE")  # "Қазақстанға келді" + АСТАНА dateline: in Astana
    for d in own:
        if d.location is None or (dateline and gazetteer.CAPITAL_OF.get(dateline) == d.location):
            d.location = anchor


def _headline_place(ctx: Context) -> str | None:
    """The first place in the locative in the headline or the lead sentence."""
    for s in ctx.sentences[:2]:
        for pm in ctx.places[s.index]:
            if pm.kind == "GPE" and pm.case in ("loc", "locattr"):
                return ctx.things.ensure(pm.name, "GPE")
    return None


def _quoted_participants(ctx: Context, quotes: list[Quote], event: _Draft | None) -> None:
    """People quoted after the main meeting is reported took part in it (mode unknown)."""
    if event is None or event.future or event.type != "meeting":
        return
    people = {p.id: p for p in ctx.people.people}
    # people named in a sentence that speaks of this kind of event ("Кездесуден кейін Шольц")
    near_event: set[str] = set()
    for s in ctx.sentences:
        if s.start >= event.sentence.start and (found := _trigger(ctx, s)) is not None and found[0] == event.type:
            near_event.update(p.id for _, _, p in _persons(ctx, s))
            if s.words and s.words[0].lower == "ол" and (subject := ctx.previous_person(s.start)) is not None:
                near_event.add(subject.id)
        elif s.start > event.sentence.start and "өз кезегінде" in s.text.lower():  # "X, in turn, …" at the event
            near_event.update(p.id for _, _, p in _persons(ctx, s))
    session = event.trigger.text.lower().startswith(_SESSIONS)  # a session's report: who speaks, spoke at it
    for q in quotes:
        if q.speaker and q.evidence.start >= event.sentence.start and q.speaker in people \
                and (q.speaker in near_event or (session and _official_speaking(people[q.speaker], q))):
            event.join(people[q.speaker], None)


_SCORE = re.compile(r"\b\d{1,2}:\d{1,2}\b")
_MATCH_WORDS = re.compile(r"\b(?:есебімен|гол\w*|ұтты|ұтылды|тең\s+түсті|жеңіліс\w*)\b", re.IGNORECASE)


def _a_match(s: Sentence, trig: Mention) -> bool:
    """ "жолдастық кездесуде Грузия құрамасын 2:1 есебімен ұтты": a "кездесу" with a score or a win is a match."""
    return trig.text.lower().startswith("кездесу") and bool(_SCORE.search(s.text) or _MATCH_WORDS.search(s.text))


_COACHES = frozenset({"бапкер", "жаттықтырушы", "капитан"})
_MATCHES = ("матч", "кездесу", "ойын")


def _coaches_speaking(ctx: Context, quotes: list[Quote], event: _Draft | None) -> None:
    """A coach or captain quoted after a match is reported took part in it (mode unknown); a match, one game of
    teams ("матчта", "кездесуде"), not a championship, where a team's coach is no competitor."""
    if event is None or event.future or event.background or not event.trigger.text.lower().startswith(_MATCHES):
        return
    people = {p.id: p for p in ctx.people.people}
    for q in quotes:
        person = people.get(q.speaker or "")
        if person is not None and q.evidence.start >= event.sentence.start \
                and any(head in _COACHES for head, _ in person.posts):
            event.join(person, None)


_COMMENTATORS = frozenset({"сарапшы", "экономист", "саясаттанушы", "талдаушы", "журналист", "тілші", "ғалым",
                           "зерттеуші", "блогер"})


def _official_speaking(person: Person, quote: Quote) -> bool:
    """A post-holder speaking (not an outside commentator, not something written elsewhere)."""
    heads = {head for head, _ in person.posts}
    verb = quote.verb or ""
    return bool(heads) and not heads & _COMMENTATORS and not verb.startswith("деп жаз") \
        and verb not in ("жазды", "жазады")


def finish(drafts: list[_Draft], person_ids: dict[str, str], thing_ids: dict[str, str]) -> list[Event]:
    events: list[Event] = []
    for n, d in enumerate(drafts, 1):
        parts = [Participant(person_ids[pid], d.participants[pid]) for pid in d.order if pid in person_ids]
        fmt = d.format
        if d.location and fmt not in ("online", "hybrid") and d.type in ("meeting", "visit", "agreement") \
                and not d.background and not d.future:
            # a meeting that took place somewhere, with no remote link stated: those named were there
            parts = [Participant(p.entity, p.mode or "in_person") for p in parts]
        if fmt == "online":  # "бейнебайланыс арқылы өтті": whoever took part without a stated mode was online
            parts = [Participant(p.entity, p.mode or "online") for p in parts]
        modes = {p.mode for p in parts}
        if fmt is None and "online" in modes and "in_person" in modes:
            fmt = "hybrid"
        status = "background" if d.background else "planned" if d.future else "happened"
        events.append(Event(
            id=f"V{n}", type=d.type, evidence=Span(d.sentence.start, d.sentence.end), trigger=d.trigger,
            date=d.date, location=thing_ids.get(d.location) if d.location else None, format=fmt,
            participants=parts, cameo=CAMEO.get(d.type), status=status,
        ))
    return events
