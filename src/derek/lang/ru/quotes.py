"""Russian quotes and their speakers.

Direct: words in quotation marks closed by ``, — сказал он`` (straight quotes may nest: the quote runs from the
quotation mark that opens the paragraph); a dash paragraph closed by ``, — прокомментировал господин Карабаев``;
a dash paragraph after a caption line ``Олжас Бектенов, премьер-министр РК:``. Indirect: ``отметил, что …``,
``Как отметил X, …``, ``По его словам, …``.

Speakers: a named person; a pronoun (``он``) → the last person named before the quote; a title alone
(``глава государства``, ``глава МИД РК``) → the person holding that office in the article, else the last person
named before who holds no office of another owner, else an entity for the title itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from derek.doc import Entity, Mention, Quote, Role, Span
from derek.lang import ru
from derek.lang.ru.context import Article
from derek.lang.ru.entities import owner_name
from derek.lang.ru.morphology import analyse
from derek.lang.ru.ner import title_words

_OPEN = "\"«“„"
_CLOSE_THEN_VERB = re.compile(r"[\"»”]\s*[,.!?…]?\s*[-–—]\s*([а-яё]+)", re.IGNORECASE)
_DASH_CLOSE = re.compile(r"[,.!?…]\s*[-–—]\s*([а-яё]+)", re.IGNORECASE)
_PHRASE_END = re.compile(r"[.,;:!?\n«»\"]")


@dataclass
class Speaker:
    entity: str | None
    mention: Mention | None


def _verb(word: str) -> bool:
    return word.lower() in ru.words("speech_verbs")


def _last_person(art: Article, before: int) -> Mention | None:
    found = [m for m in art.persons(0, before) if not art.is_quoted(m.start)]
    return found[-1] if found else None


def _title_office(phrase: str) -> tuple[str, str | None] | None:
    words = phrase.lower().split()
    if not words:
        return None
    words[0] = analyse(words[0])[0]
    for length in range(len(words), 0, -1):
        key = " ".join(words[:length])
        row = next((r for r in ru.table("head_titles", 3) if r[0] == key), None)
        if row is not None:
            rest = " ".join(phrase.split()[length:])
            owner = owner_name(rest) if rest else None
            return row[1], owner or (row[2] or None)
    if words[0] in title_words() and not _honorific(words[0]):  # "— сказал аким": the office is the title itself
        rest = " ".join(phrase.split()[1:])
        return words[0], owner_name(rest) if rest else None
    return None


def _honorific(lemma: str) -> bool:
    return any(row[0] == lemma and row[1] == "honorific" for row in ru.table("titles", 3))


def _holder(art: Article, roles: list[Role], office: str, owner: str | None, before: int) -> str | None:
    def owner_of(role: Role) -> str | None:
        ent = art.doc.entity(role.of)
        return ent.name if ent else None

    holders = [r.person for r in roles if r.position.startswith(office) and (
        owner is None or owner_of(r) in {None, owner})]
    if holders:
        return holders[0]
    conflicting = {r.person for r in roles if owner_of(r) not in {None, owner}}
    for m in reversed([m for m in art.persons(0, before) if not art.is_quoted(m.start)]):
        if art.entity(m) not in conflicting:
            return art.entity(m)
    return None


def _title_entity(art: Article, phrase: str, start: int) -> str:
    name = phrase.strip()
    for ent in art.doc.entities:
        if ent.type == "POSITION" and ent.name.lower() == name.lower():
            ent.mentions.append(Mention(start, start + len(name), name, "POSITION"))
            return ent.id
    ent = Entity(f"E{len(art.doc.entities) + 1}", "POSITION", name, None, [Mention(start, start + len(name), name,
                                                                                      "POSITION")])
    art.doc.entities.append(ent)
    return ent.id


def resolve(art: Article, roles: list[Role], start: int, end: int, before: int) -> Speaker:
    """The speaker named in ``text[start:end]`` (a name, a pronoun or a title), for a quote starting at ``before``."""
    stop = _PHRASE_END.search(art.text, start, end)
    end = stop.start() if stop else end
    phrase = art.text[start:end].strip()
    if not phrase:
        return Speaker(None, None)
    offset = start + art.text[start:end].index(phrase)
    person = next((m for m in art.persons(start, end)), None)
    if person is not None:
        return Speaker(art.entity(person), person)
    first = phrase.split()[0].lower()
    mention = Mention(offset, offset + len(phrase), phrase)
    if first in ru.words("pronouns"):
        last = _last_person(art, before)
        return Speaker(art.entity(last) if last else None, Mention(offset, offset + len(first), phrase[: len(first)]))
    office = _title_office(phrase)
    if office is not None:
        places = [m for m in art.places(offset, offset + len(phrase)) if m.type == "GPE"]  # a country, not the body
        named = art.doc.entity(art.entity(places[0])) if places else None
        owner = named.name if named is not None else office[1]
        holder = _holder(art, roles, office[0], owner, before)
        return Speaker(holder or _title_entity(art, phrase, offset), mention)
    return Speaker(None, None)


def _open_before(text: str, close: int) -> int | None:
    para = text.rfind("\n", 0, close) + 1
    lead = len(text[para:close]) - len(text[para:close].lstrip())
    if text[para + lead : para + lead + 1] in _OPEN and text[para + lead : para + lead + 1]:
        return para + lead
    guillemet = text.rfind("«", para, close)
    if guillemet >= 0:
        return guillemet
    for i in range(close - 1, para - 1, -1):
        if text[i] in "\"“„" and (i == para or text[i - 1] in " :(\n"):
            return i
    return None


def _quoted(art: Article, roles: list[Role]) -> list[Quote]:
    out: list[Quote] = []
    text = art.text
    for m in _CLOSE_THEN_VERB.finditer(text):
        if not _verb(m.group(1)):
            continue
        opening = _open_before(text, m.start())
        if opening is None or any(q.evidence.start <= opening < q.evidence.end for q in out):
            continue
        words = text[opening + 1 : m.start()].strip()
        line_end = text.find("\n", m.end())
        speaker = resolve(art, roles, m.end(), len(text) if line_end < 0 else line_end, opening)
        span_end = speaker.mention.end if speaker.mention else m.end()
        out.append(Quote(words, "direct", Span(opening, span_end), speaker.entity, speaker.mention, m.group(1)))
        art.quoted.append((opening, m.start()))
    return out


_COLON_QUOTE = re.compile(
    r"(?<![а-яё])(?P<verb>[а-яё]+)(?=(?P<tail>[^.!?\n«\"]{0,60}):\s*(?P<open>[«\"“„]))", re.IGNORECASE
)


def _closing(text: str, opening: int) -> int | None:
    """The quotation mark that closes the one at ``opening`` (guillemets nest; a straight quote closes before
    punctuation or the end of the line)."""
    if text[opening] == "«":
        depth = 0
        for i in range(opening, len(text)):
            if text[i] == "\n":
                return None
            depth += {"«": 1, "»": -1}.get(text[i], 0)
            if depth == 0:
                return i
        return None
    for m in re.finditer(r"[\"”](?=\s*(?:[.,;!?…]|$))", text[opening + 1 :], re.MULTILINE):
        end = opening + 1 + m.start()
        if "\n" in text[opening:end]:
            return None
        return end
    return None


def _colon_quotes(art: Article, roles: list[Role], taken: list[Quote]) -> list[Quote]:
    """``Токаев заявил: «…»``: the speaker is the subject before the speech verb."""
    out: list[Quote] = []
    for m in _COLON_QUOTE.finditer(art.text):
        opening = m.start("open")
        if not _verb(m.group("verb")) or any(q.evidence.start <= opening < q.evidence.end for q in taken):
            continue
        closing = _closing(art.text, opening)
        if closing is None:
            continue
        speaker = _subject(art, roles, m.start("verb"))
        if speaker.entity is None:
            continue
        words = art.text[opening + 1 : closing].strip()
        out.append(Quote(words, "direct", Span(m.start(), closing + 1), speaker.entity, speaker.mention,
                         m.group("verb")))
        taken = [*taken, out[-1]]
        art.quoted.append((opening, closing))
    return out


def _caption_speaker(art: Article, para_start: int) -> Mention | None:
    text = art.text
    prev_end = para_start - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    prev_start = text.rfind("\n", 0, prev_end) + 1
    line = text[prev_start:prev_end]
    people = art.persons(prev_start, prev_end)
    if not people or len(line) > 120 or text[prev_start : people[0].start].strip():
        return None
    if line.rstrip().endswith(":") or re.match(r"\s*,", text[people[0].end : prev_end]):
        return people[0]
    return None


def _dash_paragraphs(art: Article, roles: list[Role]) -> list[Quote]:
    out: list[Quote] = []
    text = art.text
    for para in re.finditer(r"(?m)^[-–—]\s+(.+)$", text):
        body_start, body_end = para.start(1), para.end(1)
        close = None
        for m in _DASH_CLOSE.finditer(text, body_start, body_end):
            if _verb(m.group(1)):
                close = m
        if close is not None:
            speaker = resolve(art, roles, close.end(), body_end, para.start())
            words = text[body_start : close.start() + (0 if text[close.start()] == "," else 1)].strip()
            verb: str | None = close.group(1)
        else:
            caption = _caption_speaker(art, para.start())
            if caption is None:
                continue
            speaker = Speaker(art.entity(caption), caption)
            words, verb = text[body_start:body_end].strip(), None
        out.append(Quote(words, "direct", Span(para.start(), body_end), speaker.entity, speaker.mention, verb))
        art.quoted.append((body_start, body_end))
    return out


_INDIRECT = (
    re.compile(r"(?P<verb>[а-яё]+),\s+что\s+(?P<words>[^\n]+?)(?=[.!?](?:\s|$)|\n|$)", re.IGNORECASE),
)
_AS_SAID = re.compile(r"(?:^|[.!?]\s+|\n)Как\s+(?P<verb>[а-яё]+)\s+(?P<who>[^,\n]{2,60}),\s+(?P<words>[^\n]+?)"
                      r"(?=[.!?](?:\s|$)|\n|$)")
_IN_HIS_WORDS = re.compile(r"По\s+(?P<who>его|её|ее|их|[^,\n]{2,60}?)\s+словам,\s+(?P<words>[^\n]+?)"
                           r"(?=[.!?](?:\s|$)|\n|$)")
_BY_WORDS = re.compile(r"По\s+словам\s+(?P<who>[^,\n]{2,60}),\s+(?P<words>[^\n]+?)(?=[.!?](?:\s|$)|\n|$)")


def _subject(art: Article, roles: list[Role], verb_start: int) -> Speaker:
    sent_start, _ = art.sentence_of(verb_start)
    people = [m for m in art.persons(sent_start, verb_start) if not art.is_quoted(m.start)]
    if people:
        return Speaker(art.entity(people[-1]), people[-1])
    head = art.text[sent_start:verb_start].strip()
    words = re.sub(r"^(?:так|также|при этом|в свою очередь|кроме того),?\s+", "", head, flags=re.IGNORECASE)
    return resolve(art, roles, verb_start - len(words) - 1 if words else verb_start, verb_start, verb_start) if (
        words) else Speaker(None, None)


def _indirect(art: Article, roles: list[Role]) -> list[Quote]:
    out: list[Quote] = []
    text = art.text
    for m in _INDIRECT[0].finditer(text):
        if not _verb(m.group("verb")) or art.is_quoted(m.start()):
            continue
        speaker = _subject(art, roles, m.start("verb"))
        if speaker.entity is None:
            continue
        out.append(Quote(m.group("words"), "indirect", Span(m.start(), m.end()), speaker.entity, speaker.mention,
                         m.group("verb")))
    for m in _AS_SAID.finditer(text):
        if not _verb(m.group("verb")) or art.is_quoted(m.start("verb")):
            continue
        speaker = resolve(art, roles, m.start("who"), m.end("who"), m.start("who"))
        if speaker.entity is not None:
            out.append(Quote(m.group("words"), "indirect", Span(m.start("verb"), m.end()), speaker.entity,
                             speaker.mention, m.group("verb")))
    for m in [*_IN_HIS_WORDS.finditer(text), *_BY_WORDS.finditer(text)]:
        if art.is_quoted(m.start()):
            continue
        if m.group("who").lower() in {"его", "её", "ее", "их"}:
            last = _last_person(art, m.start())
            speaker = Speaker(art.entity(last) if last else None, None)
        else:  # "По словам Президента Казахстана, ...": a name or a title
            speaker = resolve(art, roles, m.start("who"), m.end("who"), m.start())
        if speaker.entity is not None:
            out.append(Quote(m.group("words"), "indirect", Span(m.start(), m.end()), speaker.entity,
                             speaker.mention, None))
    return out


def extract(art: Article, roles: list[Role]) -> list[Quote]:
    quotes = _quoted(art, roles)
    quotes += [q for q in _dash_paragraphs(art, roles) if not any(
        o.evidence.start <= q.evidence.start < o.evidence.end for o in quotes)]
    quotes += _colon_quotes(art, roles, quotes)
    quotes += _indirect(art, roles)
    quotes.sort(key=lambda q: q.evidence.start)
    return quotes
