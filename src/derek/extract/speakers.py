"""Who a quote's attribution names: a person by name, by a title, by a pronoun; a side or press office speaking for
an organisation; else the holder of a top office on the article's day; else the title itself (docs/language.md §4.3).

A quote is never credited to a place or an outlet. Titles resolve in this order: the person holding that post in
the article (``People.resolve_title``, then the post a bare title stands for in ``speaker_title_aliases.tsv``),
the holder of the office on the article's date (``office_holders.tsv``), the last speaker when the article gives
that person no other post, and last an entity for the title as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from derek.extract import gazetteer, office_holders, places, titles
from derek.extract.context import Context
from derek.extract.coref import Person
from derek.extract.segment import Sentence
from derek.extract.titlephrase import DOMESTIC_COUNTRY, TitlePhrase
from derek.lang import kk

_SIDE = re.compile(r"\bтарап(?:ы|тың|ының)\b|баспасөз\s+(?:қызметі|хатшылығы)|министрлі(?:гі|гінің)\b|"
                   r"\bведомство(?:сы|сының)\b", re.IGNORECASE)
HOLDER_KIND = "POSITION"  # the entity type of an office resolved through office_holders.tsv, and of a bare title
_WINNER_NOUNS = frozenset({"жеңімпаз", "чемпион", "чемпионы", "жеңімпазы", "жеңімпаздың", "чемпионның"})
_CREDIT_WORDS = frozenset({"тілшісі", "тілшілері", "агенттігі", "агенттігінің", "басылымы", "порталы", "сайты"})


def is_outlet(text: str) -> bool:
    """A credit line rather than a speaker: an outlet's name, a ``*.kz`` site, "X тілшісі", "X агенттігі"."""
    words = re.findall(r"[\w.]+", text.lower())
    outlets = kk.words("outlets") | gazetteer.OUTLETS
    return any(w.strip(".") in outlets or w.strip(".").endswith(".kz") or w in _CREDIT_WORDS for w in words)


def reports_speech(sentence: str) -> bool:
    """A narrative sentence (not itself speech) ending in a verb of saying."""
    text = sentence.strip()
    if not text or text[0] in "«\"„“—–-" or text.endswith(("»", '"')):
        return False
    last = re.sub(r"[^\w\s-]", "", text.lower()).split()[-1:]
    return bool(last) and last[0] in _SAYING_ENDS


_SAYING_ENDS = frozenset(row[0].split()[-1] for row in kk.table("speech_verbs", 2))


@dataclass
class Speaker:
    person: Person | None
    start: int = 0
    end: int = 0
    thing: str | None = None  # an organisation speaking, a holder from the office table, or a title
    thing_kind: str = "ORGANISATION"  # ORGANISATION | GPE (a side) | POSITION (an office holder, a title)

    @property
    def found(self) -> bool:
        return self.person is not None or self.thing is not None


class Speakers:
    """Speaker resolution for one document; remembers the last person quoted (the person in focus)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.doc.text
        self.last_speaker: Person | None = None
        self.last_speaker_at = -1

    # --- focus ---------------------------------------------------------------------------------------------
    def focus(self, before: int, strict: bool = False) -> Person | None:
        """The person a pronoun stands for: the one nominative person of the nearest earlier sentence that names
        people; when that sentence names people only in other cases ("Бапкер X-тың сәтіне тоқталды"), or names
        several, the last person quoted. A sentence just before that reports speech with no named person
        ("Есімін атамаған бір ана да алаңдаушылығын жеткізді.") brings in someone unnamed: no one. ``strict``
        accepts only a nominative person of that sentence (a speaker who is clear with no attribution at all)."""
        nearest = True
        for s in reversed(self.ctx.sentences):
            if s.start >= before:
                continue
            found = self.ctx.persons_in(s.start, min(s.end, before))
            if not found:
                if nearest and reports_speech(s.text):
                    return None
                nearest = False
                continue
            nominative = {p.id: p for a, b, p in found if self._nominative(p, a)}
            if len(nominative) == 1:
                return next(iter(nominative.values()))
            if strict:
                return None
            if self.last_speaker is not None:
                return self.last_speaker
            people = {p.id: p for _, _, p in found}
            return next(iter(people.values())) if len(people) == 1 else None
        return self.last_speaker

    @staticmethod
    def _nominative(p: Person, at: int) -> bool:
        m = next((m for m in p.mentions if m.start == at), None)
        return m is None or m.case == "nom"  # a resolved title mention ("Сенат спикері") counts as a subject

    def heard(self, person: Person | None, at: int) -> None:
        if person is not None:
            self.last_speaker, self.last_speaker_at = person, at

    # --- a stretch of text naming the speaker --------------------------------------------------------------
    def named_in(self, start: int, end: int, last: bool = False, reported: bool = False,
                 subject: bool = False, quote_start: int | None = None) -> Speaker:
        """The speaker a stretch names (after "— деді", before "айтуынша"); a title no one in the article holds
        becomes a speaker of its own only for direct speech (``reported`` False). With ``subject`` the speaker is
        the clause's subject: a stretch naming people only in other cases ("X-тың … болғанын атап өтті") names
        no speaker. A pronoun stands for the person in focus before ``quote_start`` (the quoted words' start)."""
        words = re.findall(r"[\w-]+", self.text[start:end].lower())
        found = self.ctx.persons_in(start, end)
        named = [x for x in found if any(m.start == x[0] for m in x[2].mentions)]
        if not named and len(words) >= 2 and words[0] in gazetteer.DEMONYMS and titles.title_form(words[1]):
            person = self._of_country(gazetteer.DEMONYMS[words[0]], titles.title_form(words[1]), start)
            if person is not None:  # "— деді сингапурлық министр": that country's minister
                at = self.text.lower().find(words[1], start)
                return Speaker(person, start + len(self.text[start:end]) - len(self.text[start:end].lstrip()),
                               at + len(words[1]))
        if subject and words and words[0] in kk.words("speaker_pronouns"):
            at = start + self.text[start:end].lower().find(words[0])
            if not found or found[0][0] > at:  # "Ол Тұңғыш Президент … негізін қалағанын атап өтті": "Ол" speaks
                return Speaker(self.focus(start if quote_start is None else quote_start), at, at + len(words[0]))
        if found and subject and not any(self._nominative(p, a) for a, _, p in found):
            return Speaker(None)
        if found:
            if last:
                s, e, p = found[-1]
            else:
                s, e, p = next((x for x in found if self._nominative(x[2], x[0])), found[0])
            return Speaker(p, s, e)
        if not words:
            return Speaker(None)
        if words[0] in kk.words("speaker_pronouns"):
            at = start + self.text[start:end].lower().find(words[0])
            return Speaker(self.focus(start if quote_start is None else quote_start), at, at + len(words[0]))
        phrase = self._phrase_at(start, end)
        if len(words) >= 2 and gazetteer.is_org_head(words[0]) and titles.title_form(words[1]) is not None:
            head = self._head_of(words[0])  # "— деді банк басшысы": the one person holding a post in a bank
            if head is not None:
                return Speaker(head)
        if words[0] in _WINNER_NOUNS:  # "— деді жеңімпаз": the person the article says won
            winner = self.ctx.winner_before(start)
            if winner is not None:
                return Speaker(winner)
        if len(words) >= 2 and words[0] in gazetteer.DEMONYMS and titles.title_form(words[1]) is not None:
            return Speaker(self._of_country(gazetteer.DEMONYMS[words[0]], titles.title_form(words[1]), start))
        if phrase is not None:
            return self.by_title(phrase, start, reported)
        return Speaker(None)

    def _phrase_at(self, start: int, end: int) -> TitlePhrase | None:
        """The title phrase that opens the stretch (at most two words in: "— деді облыс әкімі")."""
        sentence = self._sentence_at(start)
        if sentence is None:
            return None
        opening = [w for w in sentence.words if w.start >= start and w.is_word][:3]
        if not opening:
            return None
        for ph in self.ctx.phrases.get(sentence.index, []):
            if opening[0].start <= ph.start < end and ph.end <= end and ph.start <= opening[-1].start:
                return ph
        return None

    def _sentence_at(self, at: int) -> Sentence | None:
        return next((s for s in self.ctx.sentences if s.start <= at < s.end), None)

    # --- titles ----------------------------------------------------------------------------------------------
    def by_title(self, ph: TitlePhrase, at: int, reported: bool = False) -> Speaker:
        """A speaker named only by a title (see the module docstring for the order)."""
        person = self.ctx.resolve_title(ph, at) or self._by_alias(ph, at)
        if person is not None:
            return Speaker(person, ph.start, ph.end)
        office = office_holders.office_of(ph.head, ph.owner)
        if office is not None:
            name = office_holders.holder(*office, self.ctx.article_date)
            if name is not None:
                named = self.ctx.people.by_surname(name.split()[-1])
                if named is not None:
                    return Speaker(named, ph.start, ph.end)
                if not reported:  # the office, named by its holder that day; not a person the article names
                    self.ctx.things.ensure(name, HOLDER_KIND)
                    return Speaker(None, ph.start, ph.end, name, HOLDER_KIND)
        subject = self.ctx.previous_subject(at) if ph.owner is None and ph.kind == "nom" else None
        if subject is not None:
            return Speaker(subject, ph.start, ph.end)  # "Эколог X … атады. — …, — дейді сарапшы"
        recent = self.last_speaker
        if recent is not None and not any(h != ph.head for h, _ in recent.posts) and office is None:
            return Speaker(recent, ph.start, ph.end)  # "— деді Досаев … — деді әкім": the same man
        if reported:
            return Speaker(None)
        title = self.text[ph.start : ph.end]
        if ph.owner is None and office is not None and office[1] == office_holders.country_key("Қазақстан"):
            title = f"Қазақстан {titles.possessive(ph.head)}" if ph.head == ph.position else title
        self.ctx.things.ensure(title, HOLDER_KIND)
        return Speaker(None, ph.start, ph.end, title, HOLDER_KIND)

    def _by_alias(self, ph: TitlePhrase, at: int) -> Person | None:
        """ "вице-премьер" → the one person whose post is "орынбасар" (of the prime minister), and so on."""
        posts = {post for alias, post in kk.table("speaker_title_aliases", 2) if alias == ph.head}
        if not posts:
            return None
        holders = [p for p in self.ctx.people.people if any(
            h in posts or ("*" in posts and ph.owner is not None and o == ph.owner) for h, o in p.posts)]
        if len(holders) == 1:
            return holders[0]
        earlier = [p for p in holders if min(m.start for m in p.mentions) < at]
        return earlier[-1] if earlier else None

    def _of_country(self, country: str, form: titles.TitleForm | None, before: int) -> Person | None:
        """ "— деді сингапурлық министр": the person of that country with that post, else its only person."""
        people = self.ctx.people.of_country(country)
        if office_holders.country_key(country) == office_holders.country_key(DOMESTIC_COUNTRY):
            people += [p for p in self.ctx.people.people if p not in people and any(o is None for _, o in p.posts)]
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

    # --- organisations -------------------------------------------------------------------------------------
    def organisation_in(self, start: int, end: int) -> Speaker:
        """A known organisation speaking through a side or a press office: "Сыртқы істер министрлігінің баспасөз
        қызметі", "Қытай тарапының" (a country as a side; the stretch must name no person)."""
        head = self.text[start:end]
        if not _SIDE.search(head):
            return Speaker(None)
        sentence = self._sentence_at(start)
        if sentence is None:
            return Speaker(None)
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
            return Speaker(None)
        self.ctx.things.ensure(best[0], best[1])
        office = re.match(r"\s*(?:баспасөз\s+(?:қызметі|хатшылығы)|тарап(?:ы|тың|ының))\b", self.text[best[3] : end])
        return Speaker(None, best[2], best[3] + (office.end() if office else 0), best[0], best[1])
