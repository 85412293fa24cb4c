"""Roles: person – position – of, from title phrases before a name and from appositions
("X, Бельгия премьер-министрі, …", "X – Қазақстанның энергетика министрі.")."""

from __future__ import annotations

import dataclasses
import re

from derek.doc import Role, Span
from derek.extract import gazetteer, office_holders, titles
from derek.extract.context import Context
from derek.extract.coref import Person
from derek.extract.names import NameMention
from derek.extract.segment import DASHES
from derek.extract.titlephrase import DOMESTIC_COUNTRY, TitlePhrase
from derek.lang import kk


def _is_role(ph: TitlePhrase) -> bool:
    """Whether a title phrase makes a role, by its head's kind (lang/kk/data/title_heads.tsv): a sports noun only
    with an owner ("Куба боксшысы X"; "боксшы X" alone describes), a win only with an owner or a modifier
    ("әлем чемпионы X", "күміс жүлдегері X"), students and residents never."""
    kind = titles.kind(ph.head)
    if kind == "not_role":
        return False
    if kind == "sport":
        return ph.owner is not None
    if kind == "winner":
        return ph.owner is not None or ph.position.split()[-1].lower() != ph.head
    return True


def extract(ctx: Context, person_ids: dict[str, str], thing_ids: dict[str, str]) -> list[Role]:
    roles: list[Role] = []
    seen: set[tuple[str, str, str | None]] = set()
    own_country = _own_countries(ctx)

    def add(person: Person, ph: TitlePhrase, start: int, end: int) -> None:
        if not _is_role(ph):
            return
        owner = ph.owner or _local_place(ctx, ph)
        if ph.owner_assumed and own_country.get(person.id):
            owner = own_country[person.id]  # a guest's "мемлекет басшысы" is his own country's head of state
        of = thing_ids.get(owner) if owner else None
        person_id = person_ids[person.id]
        key = (person_id, ph.position, of)
        if key in seen:
            return
        seen.add(key)
        roles.append(Role(person_id, ph.position, Span(start, end), titles.gloss(ph.office or ph.position), of,
                          ph.office))

    for p in ctx.people.people:
        for m in p.mentions:
            if m.title is not None and not _object_after_subject_title(ctx, m, p) \
                    and not _subject_meeting_the_name(ctx, m, p) and not _title_of_a_pair(ctx, m):
                add(p, m.title, min(m.title.start, m.start), max(m.end, m.title.end))  # "Абылай хан": after
    for person, ph, start in ctx.appositions:
        add(person, ph, start, ph.end)
    for person, ph in [*_credits(ctx), *_respectively(ctx)]:
        add(person, ph, ph.start, ph.end)
    return _drop_vaguer(roles)


_HEADS_OF_STATE = titles.HEADS_OF_STATE


def _own_countries(ctx: Context) -> dict[str, str]:
    """Each person's country when a written title says it ("Түркия президенті X"): the one foreign country
    owning a head-of-state post of theirs."""
    out: dict[str, str] = {}
    for p in ctx.people.people:
        written = {ph.owner for ph in _phrases_of(ctx, p)
                   if ph.owner and not ph.owner_assumed and ph.owner_kind == "GPE" and ph.head in _HEADS_OF_STATE}
        written.discard(DOMESTIC_COUNTRY)
        if len(written) == 1:
            out[p.id] = next(iter(written))
    return out


def _phrases_of(ctx: Context, person: Person) -> list[TitlePhrase]:
    found = [m.title for m in person.mentions if m.title is not None]
    found += [ph for who, ph, _ in ctx.appositions if who is person]
    found += [ph for ph, who in ctx.title_refs if who is person]
    return found


def _object_after_subject_title(ctx: Context, m: NameMention, person: Person) -> bool:
    """ "Қырғыз басшысы Нұрсұлтан Назарбаевты құттықтады", "Бапкер X-тың алаңнан қуылған сәтіне тоқталды": a
    title opening the sentence before a name in the accusative (an owned title) or the genitive (a bare one) may
    be the subject's, named elsewhere, not the name's. It is read so only when someone else holds that post:
    another person of the article with it, or, for an owned title, the office's holder that day by
    ``office_holders.tsv`` or a post of the same kind of another country the table gives the named person.
    Otherwise the title is the name's ("Сербия Президенті Александр Вучичті … қарсы алу рәсімінен кейін",
    "Бапкер X-тың айтуынша")."""
    ph = m.title
    if ph is None or ph.first_word != 0 or ph.owner_assumed:
        return False
    owned = m.case == "acc" and ph.kind == "poss" and ph.owner is not None
    bare = m.case in ("acc", "gen") and ph.kind == "nom" and ph.owner is None
    if not (owned or bare):
        return False
    if any(other is not person and _same_post(ph, post) for other in ctx.people.people for post in other.posts):
        return True
    office = office_holders.office_of(ph.head, ph.owner) if owned else None
    if office is None:
        return False
    holder = office_holders.holder(*office, ctx.article_date)
    if holder is not None:
        return holder.split()[-1] not in {person.surname, m.surname}
    return office_holders.holds_elsewhere(" ".join(m.words), *office)


# An active verb of meeting a few words after "TITLE NAME-мен": the title is its subject, the name the partner.
_MEETS = re.compile(r"[^.!?;]{0,60}?\b(?:кездес|сөйлес|жүздес|келіссөз\s+жүргіз|пікір\s+алмас)", re.IGNORECASE)


def _subject_meeting_the_name(ctx: Context, m: NameMention, person: Person) -> bool:
    """ "Түркияда мемлекет басшысы Ердоғанмен кездесіп": a title with no written owner before a name in the
    instrumental, an active verb of meeting after it, is the subject's when the office's holder that day
    (``office_holders.tsv``) is someone else ("Мемлекет басшысы X-пен келіссөздер өтті" keeps it: no such verb)."""
    ph = m.title
    if ph is None or m.case != "ins" or not (ph.owner_assumed or ph.owner is None) \
            or not _MEETS.match(ctx.doc.text, m.end):
        return False
    holder = ctx.office_holder_name(ph)
    return holder is not None and holder.split()[-1] not in {person.surname, m.surname}


_PAIRED = re.compile(r"\s+(?:мен|пен|бен)\s+(?:[A-ZА-ЯӘҒҚҢӨҰҮҺІЁ]\S*\s+){0,2}[A-ZА-ЯӘҒҚҢӨҰҮҺІЁ]\S*?"
                     r"(?:ның|нің|дың|дің|тың|тің)\b")


def _title_of_a_pair(ctx: Context, m: NameMention) -> bool:
    """ "аудармашы Тоқаев пен Ердоғанның әңгімесі": a bare title before a name paired with a genitive name
    ("of X and Y") heads neither of them."""
    ph = m.title
    return ph is not None and ph.kind == "nom" and ph.owner is None and bool(_PAIRED.match(ctx.doc.text, m.end))


def _same_post(ph: TitlePhrase, post: tuple[str, str | None]) -> bool:
    """Whether ``post`` (head, owner) is the post ``ph`` names: the same head, or two heads of state ("Қырғыз
    басшысы", "Қырғыз Президенті"), of the same owner (a country by any of its names)."""
    head, owner = post
    same_head = head == ph.head or (head in _HEADS_OF_STATE and ph.head in _HEADS_OF_STATE)
    if ph.owner is None:  # a bare title ("Бапкер"): anyone holding a post with that head
        return head == ph.head
    return same_head and owner is not None and office_holders.country_key(owner) == office_holders.country_key(ph.owner)


_LOCAL_POSTS: dict[str, str] = {position: tail for position, tail in kk.table("local_posts", 2)}
_PLACE_TAILS = tuple(t for t in _LOCAL_POSTS.values() if t)


def _local_place(ctx: Context, ph: TitlePhrase) -> str | None:
    """ "қала әкімі" in a sentence naming one city (local_posts.tsv): that city; None when it names none or
    several."""
    if ph.position not in _LOCAL_POSTS:
        return None
    tail = _LOCAL_POSTS[ph.position]
    sentence = next((s for s in ctx.sentences if s.start <= ph.start < s.end), None)
    if sentence is None:
        return None
    found = {pm.name for pm in ctx.places[sentence.index] if pm.kind == "GPE" and not gazetteer.country(pm.name)
             and (pm.name.endswith(" " + tail) if tail else not pm.name.endswith(_PLACE_TAILS))}
    return next(iter(found)) if len(found) == 1 else None


def _respectively(ctx: Context) -> list[tuple[Person, TitlePhrase]]:
    """ "Қазақстан мен Қытайдың сыртқы істер министрлері тиісінше X пен Y": a plural post, owners listed before
    it and names after "тиісінше" pair up in order."""
    out: list[tuple[Person, TitlePhrase]] = []
    for s in ctx.sentences:
        words = s.words
        for i, w in enumerate(words):
            t = i - 2 if i >= 2 and words[i - 1].text == "," else i - 1  # "президенттері, тиісінше"
            if w.lower != "тиісінше" or t < 0:
                continue
            form = titles.title_form(words[t].text)
            if form is None or form.kind != "plural":
                continue
            m = t
            while m - 1 >= 0 and words[m - 1].lower in titles.MODIFIERS:
                m -= 1
            mods = [x.lower for x in words[m:t]]
            owners = [pm for pm in ctx.places[s.index] if m - 6 <= pm.first_word and pm.last_word < m]
            people: list[Person] = []
            for _, _, person in ctx.persons_in(w.end, s.end):
                if person not in people:
                    people.append(person)
            if len(owners) < 2 or len(owners) != len(people):
                continue
            portfolio = any(x not in titles.ADJECTIVE_MODIFIERS for x in mods)
            position = " ".join([*mods, titles.possessive(form.lemma) if portfolio else form.lemma])
            for owner, person in zip(owners, people, strict=True):
                out.append((person, TitlePhrase(position, form.lemma, "poss", owner.name, owner.kind, owner.start,
                                                words[t].end, owner.first_word, t)))
    return out


def _credits(ctx: Context) -> list[tuple[Person, TitlePhrase]]:
    """Credits lines: "Режиссері – X.", "Суретші – X, Y." (a title opening the sentence, a dash, names)."""
    out: list[tuple[Person, TitlePhrase]] = []
    for s in ctx.sentences:
        phrases = [ph for ph in ctx.phrases[s.index] if ph.first_word == 0 and ph.kind in ("nom", "poss")]
        if not phrases or len(s.words) < 3:
            continue
        ph = phrases[0]
        dash = ph.head_word + 1
        if dash >= len(s.words) or s.words[dash].text not in DASHES:
            continue
        for _, _, person in ctx.persons_in(s.words[dash].end, s.end):
            if (person, ph) not in out:
                out.append((person, ph))
    return out


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
            if ph.kind not in ("poss", "poss_case", "nom") or ph.first_word < 2:
                continue
            sep = s.words[ph.first_word - 1]
            if sep.text not in DASHES and sep.text != ",":
                continue
            before = s.words[ph.first_word - 2]
            person = ctx.people.of_mention(before.start, before.end)
            if person is None and sep.text == ",":  # "X, академик, Қазақстанның Еңбек ері": a second apposition
                person = next((who for who, other, _ in ctx.appositions
                               if other.head_word == ph.first_word - 2 and other.end <= ph.start
                               and s.start <= other.start), None)
            nxt = s.words[ph.head_word + 1] if ph.head_word + 1 < len(s.words) else None
            if person is None or (nxt is not None and ctx.people.of_mention(nxt.start, nxt.end)):
                continue
            if sep.text == "," and not (nxt is None or nxt.text in (",", ".", ":")):
                continue
            here = [m.start for m in person.mentions if m.sentence == s.index]
            ctx.appositions.append((person, ph, min(here) if here else before.start))
            person.posts.append((ph.head, ph.owner))


def linked_titles(ctx: Context) -> None:
    """ "Премьер-министрдің орынбасары – Сыртқы істер министрі X", "театрының директоры, еңбек сіңірген
    қайраткері X": stacked titles (a dash or a comma between them) are all X's."""
    for s in ctx.sentences:
        phrases = sorted(ctx.phrases[s.index], key=lambda p: p.head_word)
        for i in range(len(phrases) - 2, -1, -1):  # from the right: a stack of three gives the first two to X
            first = phrases[i]
            k = first.head_word + 1
            if k >= len(s.words) or (s.words[k].text not in DASHES and s.words[k].text != ","):
                continue
            second = next((p for p in phrases[i + 1 :] if p.first_word == k + 1), None)
            if second is None:
                continue
            nxt = second.head_word + 1
            person = ctx.people.of_mention(s.words[nxt].start, s.words[nxt].end) if nxt < len(s.words) else None
            if person is None:
                person = next((who for who, ph, _ in ctx.appositions if ph is second), None)
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
