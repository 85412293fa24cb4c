"""Interviews and press Q&A: the headline or lead announces one ("X-пен сұхбат", "X тілшілердің сауалдарына
жауап берді", "… әңгімелескен едік"), and the dash turns that follow alternate between the interviewer's
questions (not quotes: no named speaker) and the interviewee's answers (direct quotes of the person named there).

A turn with a question mark that follows an answer (or opens the exchange) is a question; the turn after a
question is an answer; a further turn with no question mark goes on with the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from derek.extract.context import Context
from derek.extract.coref import Person
from derek.lang import kk

_LEAD_PARAGRAPHS = 3  # the headline, a subtitle and the lead


@dataclass
class Interview:
    person: Person
    state: str = field(default="start")  # start | question | answer

    def turn(self, line: str) -> str:
        """ "question" or "answer" for the next dash turn, in order."""
        asks = "?" in line
        if self.state == "question":
            self.state = "answer"
        elif asks:
            self.state = "question"
        else:
            self.state = "answer"
        return self.state


def detect(ctx: Context) -> Interview | None:
    """The interview the article is, with its interviewee, or None."""
    cues = tuple(kk.words("interview_cues"))
    lead = [s for s in ctx.sentences if s.paragraph < _LEAD_PARAGRAPHS]
    cued = False
    for s in lead:
        low = s.text.lower()
        if not any(re.search(rf"(?<!\w){re.escape(c)}", low) for c in cues):
            continue
        cued = True
        found = ctx.persons_in(s.start, s.end)
        if found:
            return Interview(found[-1][2] if "жауап" in low else _cue_person(ctx, found))
    headline = _headline_speaker(ctx)
    if headline is not None:
        return Interview(headline)
    if cued:  # "… әңгімелескен едік": the person the lead is about
        named = [p for s in lead for _, _, p in ctx.persons_in(s.start, s.end)]
        if named:
            return Interview(max(named, key=named.count))
    return None


def _cue_person(ctx: Context, found: list[tuple[int, int, Person]]) -> Person:
    """The person the cue names: the one joined to it ("Берік Уәлимен сұхбат"), else the sentence's last."""
    for _a, b, p in found:
        if re.match(r"(?:мен|пен|бен)?\s+(?:сұхбат|әңгіме)", ctx.doc.text[b : b + 12].lower()) or \
                ctx.doc.text[b - 3 : b].lower() in ("мен", "пен", "бен"):
            return p
    return found[-1][2]


def _headline_speaker(ctx: Context) -> Person | None:
    """ "NAME, title, title: words" as the headline: an interview's usual headline shape."""
    first = [s for s in ctx.sentences if s.paragraph == 0]
    if not first:
        return None
    line = ctx.doc.text[first[0].start : first[-1].end]
    colon = line.find(":")
    if colon <= 0:
        return None
    found = ctx.persons_in(first[0].start, first[0].start + colon)
    if found and found[0][0] == first[0].start and re.match(r"^[^:]*,", line[:colon]):
        return found[0][2]
    return None
