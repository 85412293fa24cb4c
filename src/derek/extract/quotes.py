"""Quotes with resolved speakers (kazakh-notes §4).

Direct: dash paragraphs "— Q, — деді S." (with "— Q2" continuing), «Q», — деді S; S «Q» деп VERB; S: «Q».
Indirect: S-тың айтуынша, C; S C деп VERB; S C-ғанын/-атынын/екенін VERB.
Outlet credits ("деп хабарлайды Kazinform тілшісі") are sources, not quotes. A speaker that cannot be resolved
stays None for direct quotes; indirect statements need a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from derek.doc import Mention, Quote, Span
from derek.extract import gazetteer, places, titles
from derek.extract.context import Context
from derek.extract.coref import Person
from derek.extract.segment import Sentence

_D = r"[—–‒―−-]"
_SPEECH = (
    r"атап\s+өтті|атап\s+көрсетті|баса\s+айтты|баса\s+назар\s+аударды|мәлім\s+етті|жауап\s+берді|"
    r"үміт\s+білдірді|сенім\s+білдірді|пікір\s+білдірді|жоққа\s+шығарды|талап\s+етті|"
    r"мәлімдеді|бағалады|айтты|хабарлады|жазды|қосты|сендірді|ескертті|түсіндірді|растады|сұрады|"
    r"толықтырды|түйіндеді|есептейді|санайды|шақырды|болжады|мәлімдейді|айтады|атап\s+өтеді|жеткізді|мойындады|"
    r"хабарлайды|жазады"
)
# the speaker: up to the sentence end, initials (Т.Есенов) kept
_SPK = r"(?P<spk>(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|[^.!?])*)"
_AFTER_VERB = re.compile(rf"^\s*(?:[,.!?…]?\s*{_D}|,)\s*(?P<verb>деді|дейді|деп\s+(?:{_SPEECH})){_SPK}")
# «Q», делінген X-тың құттықтауында: "it is said in X's congratulation / address / letter / statement"
_SAID_IN = re.compile(
    r"^\s*[,.]?\s*(?:{d}\s*)?делінген\s+(?P<spk>[^.!?]+?)(?:ның|нің|дың|дің|тың|тің)\s+"
    r"(?:құттықтау|үндеу|жолдау|хат|мәлімдеме|жеделхат|көңіл\s+айтуы|сөз|баяндама)\w*".replace("{d}", _D)
)
_EMBEDDED = re.compile(rf"^\s*(?P<verb>деп\s+(?:{_SPEECH})|деді|деген|дейді)")
_DASH_PARA = re.compile(
    rf"^\s*{_D}\s*(?P<q>.+?)[,!?…]?\s*{_D}\s*(?P<verb>деді|дейді|деп\s+(?:{_SPEECH})){_SPK}[.!?]?"
    rf"(?:\s*{_D}\s*(?P<more>.+))?$"
)
_GUILLEMETS = re.compile(r"«((?:[^«»]|«[^«»]*»)*)»")
_ACCORDING = re.compile(
    r"(?P<verb>айтуынша|сөзінше|пікірінше|хабарлауынша|мәліметінше|мәлімдеуінше|дерегінше|бағалауынша|"
    r"жазуынша|атап\s+өткендей|айтқанындай|айтқандай)\s*,\s*(?P<c>.+?)[.!?]?$"
)
_REPORTED = re.compile(rf"^(?P<c>.+?),?\s+деп\s+(?P<verb>{_SPEECH}){_SPK}[.!?]?$")
_NOMINAL = re.compile(
    r"(?P<c>.+(?:екенін|ғанын|генін|қанын|кенін|атынын|етінін|йтынын|йтінін|ытынын|итінін|уын|уін))\s+"
    r"(?:және\s+.+?\s+)?(?P<verb>мәлімдеді|айтты|атап\s+өтті|растады|хабарлады|жариялады|баса\s+айтты|ескертті|"
    r"мәлім\s+етті|жеткізді|түсіндірді|атап\s+көрсетті|мойындады|сендірді|білдірді)[.!?]?$"
)
_ABOUT_THIS = re.compile(
    r"^(?:Бұл\s+(?:туралы|жөнінде)|Осы\s+туралы)\s+(?P<spk>.+?)\s+(?P<verb>мәлімдеді|айтты|"
    r"растады|мәлім\s+етті|атап\s+өтті|түсіндірді)[.!?]?$"  # "… хабарлады" credits a source, not a statement
)
_PRONOUNS = frozenset({"ол", "оның", "өзі"})
_SIDE = re.compile(r"\bтарап(?:ы|тың|ының)\b|баспасөз\s+(?:қызметі|хатшылығы)|министрлі(?:гі|гінің)\b|"
                   r"\bведомство(?:сы|сының)\b", re.IGNORECASE)
THING_PREFIX = "T:"  # a quote's speaker that is an organisation or a country, until the stage maps it


@dataclass
class _Speaker:
    person: Person | None
    start: int = 0
    end: int = 0
    thing: str | None = None  # an organisation or a side speaking ("СІМ баспасөз қызметі", "Қытай тарапы")


_WINNER_NOUNS = frozenset({"жеңімпаз", "чемпион", "чемпионы", "жеңімпазы", "жеңімпаздың", "чемпионның"})


def _is_outlet(text: str) -> bool:
    low = text.lower()
    return "тілші" in low or any(w in gazetteer.OUTLETS for w in re.findall(r"\w+", low)) or "агенттігі" in low


class _Finder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.doc.text
        self.quotes: list[Quote] = []
        self.used: list[tuple[int, int]] = []
        self.last_speaker: Person | None = None

    def overlaps(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.used)

    def speaker_in(self, start: int, end: int, last: bool = False) -> _Speaker:
        """The person a stretch of text names (a name, a resolved title, or a pronoun)."""
        found = self.ctx.persons_in(start, end)
        if found:
            s, e, p = found[-1] if last else found[0]
            return _Speaker(p, s, e)
        words = re.findall(r"\w+", self.text[start:end].lower())
        if words and words[0] in _PRONOUNS:
            return _Speaker(self._previous_subject(start), start, start + len(words[0]))
        if len(words) >= 2 and gazetteer.is_org_head(words[0]) and titles.title_form(words[1]) is not None:
            head = self._head_of(words[0])  # "— деді банк басшысы": the one person holding a post in a bank
            if head is not None:
                return _Speaker(head)
        if words and words[0] in _WINNER_NOUNS:  # "— деді жеңімпаз": the person the article says won
            winner = self.ctx.winner_before(start)
            if winner is not None:
                return _Speaker(winner)
        if len(words) >= 2 and words[0] in gazetteer.DEMONYMS and titles.title_form(words[1]) is not None:
            return _Speaker(self._of_country(gazetteer.DEMONYMS[words[0]], titles.title_form(words[1]), start))
        form = titles.title_form(words[0]) if words else None
        if form is not None and form.kind == "nom":  # "— деді сарапшы": the one expert, else the subject before
            holders = {p.id: p for p in self.ctx.people.people for h, _ in p.posts if h == form.lemma}
            if len(holders) == 1:
                return _Speaker(next(iter(holders.values())))
            return _Speaker(self.ctx.previous_subject(start))
        return _Speaker(None)

    def _of_country(self, country: str, form: titles.TitleForm | None, before: int) -> Person | None:
        """ "— деді сингапурлық министр": the person of that country with that post, else its only person."""
        people = self.ctx.people.of_country(country)
        same = [p for p in people if form is not None and any(h == form.lemma for h, _ in p.posts)]
        pool = same or people
        if len(pool) == 1:
            return pool[0]
        earlier = [p for p in pool if min(m.start for m in p.mentions) < before]
        return earlier[-1] if len(earlier) == 1 else None

    def _head_of(self, org_noun: str) -> Person | None:
        """The one person whose post's owner is named by ``org_noun`` ("банк" → "… даму банкі")."""
        found = {p.id: p for p in self.ctx.people.people for _, owner in p.posts
                 if owner and owner.split()[-1].lower().startswith(org_noun)}
        return next(iter(found.values())) if len(found) == 1 else None

    def organisation_in(self, start: int, end: int) -> _Speaker:
        """A known organisation or country speaking through a side or a press office: "Қытай тарапының",
        "Сыртқы істер министрлігінің баспасөз қызметі" (the stretch must name no person)."""
        head = self.text[start:end]
        if not _SIDE.search(head):
            return _Speaker(None)
        sentence = next((s for s in self.ctx.sentences if s.start <= start < s.end), None)
        if sentence is None:
            return _Speaker(None)
        words = [w for w in sentence.words if start <= w.start and w.end <= end]
        hits: list[tuple[str, str, int, int]] = []
        for i in range(len(words)):
            for n in (4, 3, 2, 1):
                hit = places.lookup(words[i : i + n]) if i + n <= len(words) else None
                if hit and hit[2] in ("nom", "gen"):
                    hits.append((hit[0], hit[1], words[i].start, words[i + n - 1].end))
                    break
        ministry = next((i for i, w in enumerate(words) if w.lower.startswith("министрлі")), None)
        if ministry is not None and ministry > 0 and words[0].is_cap:  # "Сыртқы істер министрлігінің"
            name = " ".join([*(w.text for w in words[:ministry]), "министрлігі"])
            hits.insert(0, (name, "ORGANISATION", words[0].start, words[ministry].end))
        best = next((h for h in hits if h[1] == "ORGANISATION"), hits[0] if hits else None)
        if best is None:
            return _Speaker(None)
        self.ctx.things.ensure(best[0], best[1])
        office = re.match(r"\s*(?:баспасөз\s+(?:қызметі|хатшылығы)|тарап(?:ы|тың|ының))\b", self.text[best[3] : end])
        return _Speaker(None, best[2], best[3] + (office.end() if office else 0), best[0])

    def _previous_subject(self, before: int) -> Person | None:
        """The one person of the nearest earlier sentence that names people, else the last speaker."""
        return self.ctx.previous_person(before) or self.last_speaker

    def add(self, text: str, kind: str, start: int, end: int, spk: _Speaker, verb: str) -> None:
        text = text.strip().strip(",").strip()
        if len(text.split()) < 2:
            return
        speaker_mention = None
        if (spk.person is not None or spk.thing is not None) and spk.end > spk.start:
            speaker_mention = Mention(spk.start, spk.end, self.text[spk.start : spk.end])
        speaker = spk.person.id if spk.person else (THING_PREFIX + spk.thing if spk.thing else None)
        self.quotes.append(Quote(text, kind, Span(start, end), speaker, speaker_mention, re.sub(r"\s+", " ", verb)))
        self.used.append((start, end))
        if spk.person is not None:
            self.last_speaker = spk.person

    @staticmethod
    def _strip_dateline(text: str) -> str:
        return re.sub(rf"^[A-ZА-ЯӘҒҚҢӨҰҮҺІ .]+\.\s*(?:\d{{1,2}}\s+\w+\.\s*)?[\w.]+\s*{_D}\s*", "", text)

    # --- direct --------------------------------------------------------------------------
    def dash_paragraphs(self) -> None:
        paragraphs: dict[int, list[Sentence]] = {}
        for s in self.ctx.sentences:
            paragraphs.setdefault(s.paragraph, []).append(s)
        prev: list[Sentence] | None = None
        prev_speaker: Person | None = None
        prev_was_quote = False
        for _, sents in sorted(paragraphs.items()):
            start, end = sents[0].start, sents[-1].end
            line = self.text[start:end]
            if not re.match(rf"^\s*{_D}\s*[«\w]", line) or len(line.split()) < 4:
                prev, prev_was_quote = sents, False
                continue
            m = _DASH_PARA.match(line)
            if m:
                spk = self.speaker_in(start + m.start("spk"), start + m.end("spk"))
                text = m.group("q") + (" " + m.group("more") if m.group("more") else "")
                if not _is_outlet(m.group("spk")):
                    self.add(text, "direct", start, end, spk, m.group("verb"))
                    prev_speaker = spk.person
                    prev_was_quote = True
                prev = sents
                continue
            speaker: Person | None = None
            if prev and self.text[prev[-1].start : prev[-1].end].rstrip().endswith(":"):
                speaker = self.speaker_in(prev[-1].start, prev[-1].end).person
            elif prev_was_quote:
                speaker = prev_speaker
            body = re.sub(rf"^\s*{_D}\s*", "", line)
            self.add(body, "direct", start, end, _Speaker(speaker), "")
            prev, prev_speaker, prev_was_quote = sents, speaker, True

    def guillemets(self) -> None:
        for s in self.ctx.sentences:
            for m in _GUILLEMETS.finditer(s.text):
                q_start, q_end = s.start + m.start(), s.start + m.end()
                if self.overlaps(q_start, q_end):
                    continue
                inner = m.group(1)
                after = self.text[q_end : s.end + 200]
                before = self.text[s.start : q_start]
                said = _SAID_IN.match(after)
                if said:
                    spk = self.speaker_in(q_end + said.start("spk"), q_end + said.end("spk") + 4, last=True)
                    if spk.person is not None:  # an embassy's or a ministry's statement: not a person's words
                        self.add(inner, "direct", q_start, q_end + said.end(), spk, "делінген")
                    continue
                a = _AFTER_VERB.match(after)
                if a:
                    spk_text = a.group("spk")
                    if _is_outlet(spk_text):
                        continue
                    spk = self.speaker_in(q_end + a.start("spk"), q_end + a.end("spk"))
                    start = q_start
                    if spk.person is None and not spk_text.strip() and before.rstrip().endswith(":"):
                        spk = self.speaker_in(s.start, q_start)  # "S: «Q», – деді."
                        start = s.start
                    self.add(inner, "direct", start, q_end + a.end(), spk, a.group("verb"))
                    continue
                e = _EMBEDDED.match(after)
                if e and len(inner.split()) >= 2:
                    spk = self.speaker_in(s.start, q_start)
                    if spk.person is None and not re.search(r"\w", before):
                        spk = _Speaker(self._previous_subject(s.start))
                    end = min(s.end, q_end + e.end() + 40)
                    self.add(inner, "direct", s.start, max(end, q_end + e.end()), spk, e.group("verb"))
                    continue
                if before.rstrip().endswith(":") and len(inner.split()) >= 3:
                    spk = self.speaker_in(s.start, q_start)
                    self.add(inner, "direct", s.start, q_end, spk, ":")

    # --- indirect ------------------------------------------------------------------------
    def indirect(self) -> None:
        previous: Sentence | None = None
        for s in self.ctx.sentences:
            before, previous = previous, s
            if self.overlaps(s.start, s.end) or re.match(rf"^\s*{_D}", s.text):
                continue
            m = _ABOUT_THIS.match(s.text)
            if m:  # "Бұл туралы X мәлімдеді": the previous sentence is what X said
                if before is not None and not _is_outlet(m.group("spk")):
                    spk = self.speaker_in(s.start + m.start("spk"), s.start + m.end("spk"))
                    if spk.person is None:
                        spk = self.organisation_in(s.start + m.start("spk"), s.start + m.end("spk"))
                    if (spk.person is not None or spk.thing is not None) and not self.overlaps(before.start,
                                                                                               before.end):
                        self.add(self._strip_dateline(before.text), "indirect", before.start, s.end, spk,
                                 m.group("verb"))
                continue
            m = _ACCORDING.search(s.text)
            if m:
                head = s.text[: m.start()]
                if _is_outlet(head):
                    continue
                spk = self.speaker_in(s.start, s.start + m.start(), last=True)
                if spk.person is None:
                    spk = self.organisation_in(s.start, s.start + m.start())
                if spk.person is not None or spk.thing is not None:
                    self.add(m.group("c"), "indirect", s.start, s.end, spk, m.group("verb"))
                continue
            m = _REPORTED.match(s.text)
            if m:
                tail = m.group("spk")
                if tail.strip():
                    if _is_outlet(tail):
                        continue
                    spk = self.speaker_in(s.start + m.start("spk"), s.start + m.end("spk"))
                    text = m.group("c")
                else:
                    spk = self.speaker_in(s.start, s.start + m.end("c"))
                    text = self.text[spk.end : s.start + m.end("c")] if spk.person else ""
                if spk.person is not None and text:
                    self.add(text, "indirect", s.start, s.end, spk, m.group("verb"))
                continue
            m = _NOMINAL.search(s.text)
            if m:
                spk = self.speaker_in(s.start, s.start + m.end("c"))
                if spk.person is None:
                    spk = self.organisation_in(s.start, s.start + m.end("c"))
                if (spk.person is not None or spk.thing is not None) and spk.end < s.start + m.end("c"):
                    text = self.text[spk.end : s.start + m.end("c")]
                    self.add(text, "indirect", s.start, s.end, spk, m.group("verb"))


def extract(ctx: Context) -> list[Quote]:
    """Quotes in text order; ``speaker`` holds the internal person id until the stage maps it to an entity."""
    finder = _Finder(ctx)
    finder.dash_paragraphs()
    finder.guillemets()
    finder.indirect()
    return sorted(finder.quotes, key=lambda q: q.evidence.start)
