"""Reported (indirect) speech: "S-тың айтуынша, C"; "S C деп VERB"; "S C-ғанын/-атынын/екенін VERB";
"Бұл туралы S мәлімдеді" (the sentence before is what S said). Indirect statements need a speaker.

Each sentence is screened with cheap substring checks before any pattern runs, and no pattern backtracks over a
long sentence: the nominalised-clause form is found by scanning words from the sentence's end.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from derek.extract.context import Context
from derek.extract.speakers import Speaker, Speakers, is_outlet
from derek.extract.speech_verbs import SPK, speech_verbs
from derek.lang import kk


class Finder(Protocol):
    """What reported speech needs of the quote collector (:class:`derek.extract.quotes.Finder`)."""

    ctx: Context
    text: str
    speakers: Speakers

    def overlaps(self, start: int, end: int) -> bool: ...

    def add(self, text: str, kind: str, start: int, end: int, spk: Speaker, verb: str) -> bool: ...

_D = r"[—–‒―−-]"
_NOMINALISED = ("екенін", "ғанын", "генін", "қанын", "кенін", "атынын", "етінін", "йтынын", "йтінін", "ытынын",
                "итінін", "уын", "уін")
_ABOUT_OPENINGS = ("бұл туралы", "бұл жөнінде", "осы туралы")


def strip_dateline(text: str) -> str:
    return re.sub(rf"^[A-ZА-ЯӘҒҚҢӨҰҮҺІ .,-]+\.\s*(?:\d{{1,2}}\s+\w+\.\s*)?[\w.]+\s*{_D}\s*", "", text)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:

    heads = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(kk.words("reported_speech_heads"),
                                                                             key=len, reverse=True))
    return {
        "according": re.compile(rf"(?P<verb>{heads})\s*,\s*(?P<c>.+?)[.!?]?$"),
        "reported": re.compile(rf"^(?P<c>.+?),?\s+деп\s+(?P<verb>{speech_verbs('dep')}){SPK}[.!?]?$"),
        "nominal_verb": re.compile(rf"(?<![\w-])(?P<verb>{speech_verbs('nominal')})\s*[.!?]?\s*$"),
        "about": re.compile(rf"^(?:Бұл\s+(?:туралы|жөнінде)|Осы\s+туралы)\s+(?P<spk>.+?)\s+"
                            rf"(?P<verb>{speech_verbs('about')})[.!?]?$"),
    }


@cache
def _reported_heads() -> tuple[str, ...]:
    return tuple(h.split()[0] for h in kk.words("reported_speech_heads"))


def nominal(text: str) -> tuple[int, str] | None:
    """(end of the clause, verb) for "C-ғанын/екенін … VERB." (optionally "C екенін және D VERB"), scanning back
    from the verb (linear in the sentence)."""
    tail = text[-80:]
    m = _patterns()["nominal_verb"].search(tail)
    if m is None:
        return None
    prefix = text[: len(text) - len(tail) + m.start()].rstrip()
    last_space = max(prefix.rfind(" "), prefix.rfind("\n"), prefix.rfind("\t"))
    if last_space > 0 and prefix.endswith(_NOMINALISED):
        return len(prefix), m.group("verb")
    at = prefix.rfind(" және ", 0, last_space + 1)  # "… екенін және D VERB": the latest clause joined by және
    while at > 0:
        if prefix.endswith(_NOMINALISED, 0, at) and " " in prefix[:at].strip():
            return at, m.group("verb")
        at = prefix.rfind(" және ", 0, at)
    return None


_HONORIFIC = re.compile(r"^\s*(?:мырза|ханым)\b\s*", re.IGNORECASE)


def indirect(f: Finder) -> None:
    p = _patterns()
    sentences = f.ctx.sentences
    for n, s in enumerate(sentences):
        before = sentences[n - 1] if n else None
        if f.overlaps(s.start, s.end) or re.match(rf"^\s*{_D}", s.text):
            continue
        low = s.text.lower()
        if low.startswith(_ABOUT_OPENINGS):
            m = p["about"].match(s.text)
            if m:  # "Бұл туралы X мәлімдеді": the previous sentence is what X said
                if before is not None and not is_outlet(m.group("spk")) and not is_outlet(before.text):
                    spk = f.speakers.named_in(s.start + m.start("spk"), s.start + m.end("spk"), reported=True)
                    if not spk.found:
                        spk = f.speakers.organisation_in(s.start + m.start("spk"), s.start + m.end("spk"))
                    if spk.found and not f.overlaps(before.start, before.end):
                        f.add(strip_dateline(before.text), "indirect", before.start, s.end, spk, m.group("verb"))
                continue
        if any(h in low for h in _reported_heads()):
            m = p["according"].search(s.text)
            if m:
                if is_outlet(s.text[: m.start()]):
                    continue
                spk = f.speakers.named_in(s.start, s.start + m.start(), last=True, reported=True)
                if not spk.found:
                    spk = f.speakers.organisation_in(s.start, s.start + m.start())
                if spk.found:
                    f.add(m.group("c"), "indirect", s.start, s.end, spk, m.group("verb"))
                continue
        if " деп " in low:
            m = p["reported"].match(s.text)
            if m:
                _reported(f, s.start, s.text, m)
                continue
        found = nominal(s.text)
        if found is not None:
            c_end, verb = found
            spk = f.speakers.named_in(s.start, s.start + c_end, reported=True, subject=True)
            if not spk.found:
                spk = f.speakers.organisation_in(s.start, s.start + c_end)
            if spk.found and s.start <= spk.end < s.start + c_end:
                said = _HONORIFIC.sub("", f.text[spk.end : s.start + c_end])  # "Исиба мырза …": not his words
                f.add(said, "indirect", s.start, s.end, spk, verb)


def _reported(f: Finder, start: int, text: str, m: re.Match[str]) -> None:
    tail = m.group("spk")
    spk: Speaker
    if tail.strip():
        if is_outlet(tail):
            return
        spk = f.speakers.named_in(start + m.start("spk"), start + m.end("spk"), reported=True)
        said = m.group("c")
    else:
        spk = f.speakers.named_in(start, start + m.end("c"), reported=True)
        said = f.text[spk.end : start + m.end("c")] if spk.person and spk.end >= start else ""
    if spk.person is not None and said:
        f.add(said, "indirect", start, start + len(text), spk, m.group("verb"))
