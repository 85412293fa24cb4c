"""Russian events: a trigger (встреча, переговоры, заседание ...) with its place, date, participants and modes.

The place is the body or place after ``в``/``во``/``на`` in the trigger's sentence (``в Акорде``,
``во Дворце Независимости``). The first event of an article is its main one: when its sentence names fewer
than two people, its participants are the people the report names outside quotations; otherwise, and for every
later event, the people named in its own sentence. Attendance comes from
cue phrases (``в режиме видеоконференции`` → online, ``прибыл``/``тёплый приём`` → in person) in a sentence that
names the participant; a ``call`` has no modes.
"""

from __future__ import annotations

import re

from derek.doc import Event, Mention, Participant, Span
from derek.extract.dates import parse_iso
from derek.lang import ru
from derek.lang.ru.context import Article
from derek.lang.ru.dates import in_sentence, is_background


def _trigger(art: Article, start: int, end: int) -> tuple[int, int, str] | None:
    """The first trigger of the sentence ``text[start:end]`` outside quotation marks (offsets in the text)."""
    low = art.text[start:end].lower()
    best: tuple[int, int, str] | None = None
    for cue, kind in ru.table("event_triggers", 2):
        for m in re.finditer(rf"(?<![а-яё]){re.escape(cue)}", low):
            if art.is_quoted(start + m.start()):
                continue
            if best is None or start + m.start() < best[0]:
                best = (start + m.start(), start + m.end(), kind)
            break
    return best


def _location(art: Article, start: int, end: int, trigger: int) -> str | None:
    """The place after в/во/на in the sentence, outside quotes; one after the trigger first."""
    places = [m for m in art.places(start, end) if not art.is_quoted(m.start)]
    for m in sorted(places, key=lambda m: (m.start < trigger, m.start)):
        before = art.text[max(start, m.start - 4) : m.start].lower()
        if (re.search(r"(?:^|\s)(?:в|во|на)\s$", before) and m.type != "ORGANISATION") or (
            re.search(r"(?:^|\s)(?:в|во)\s$", before) and m.type == "ORGANISATION" and " " in m.text
        ):
            return art.entity(m)
    return None


def _modes(art: Article, people: list[str]) -> dict[str, str]:
    modes: dict[str, str] = {}
    cues = ru.table("mode_cues", 3)
    for sent in art.doc.sentences:
        low = art.text[sent.start : sent.end].lower()
        for cue, mode, who in cues:
            found = re.search(rf"(?<![а-яё]){re.escape(cue)}(?![а-яё])(?!\s+участие)", low)
            if not found:
                continue
            named = [m for m in art.persons(sent.start, sent.end) if not art.is_quoted(m.start)]
            if who == "object":  # "Токаев принял министра": the one received came; the host is not marked
                named = [m for m in named if m.start > sent.start + found.start()]
            for m in named:
                if art.entity(m) in people:
                    modes.setdefault(art.entity(m), mode)
    return modes


def extract(art: Article) -> list[Event]:
    events: list[Event] = []
    article_date = parse_iso(art.doc.date)
    outside = [m for m in art.persons() if not art.is_quoted(m.start)]
    for sent in art.doc.sentences:
        sentence = art.text[sent.start : sent.end]
        found = _trigger(art, sent.start, sent.end)
        if found is None or is_background(sentence):
            continue
        start, end, kind = found
        here = [m for m in art.persons(sent.start, sent.end) if not art.is_quoted(m.start)]
        named_here = {art.entity(m) for m in here}
        # The main event's sentence naming fewer than two people ("Токаев провел встречи с акимами"): the people
        # the report names elsewhere are its participants.
        mentions: list[Mention] = here if events or len(named_here) >= 2 else here + outside
        people = list(dict.fromkeys(art.entity(m) for m in sorted(mentions, key=lambda m: m.start)))
        if not people:
            continue
        modes = {} if kind == "call" else _modes(art, people)
        trigger = Mention(start, end, art.text[start:end])
        events.append(Event(
            id=f"V{len(events) + 1}", type=kind, evidence=Span(sent.start, sent.end), trigger=trigger,
            date=in_sentence(sentence, article_date) or art.doc.date,
            location=_location(art, sent.start, sent.end, start),
            participants=[Participant(p, modes.get(p)) for p in people],
        ))
    return events
