"""Quotes with resolved speakers (docs/language.md §4), paragraph by paragraph in text order.

Direct: dash paragraphs "— Q, — деді S." (a quote broken by the attribution goes on after it: "— Q2"); marked
speech in «…», „…“, "…" followed by ", — деді S", "— деп атап өтті S", "деп VERB", "дейді ол"; "S: «Q»"; a
paragraph of speech with no opening mark closed by ", — деді S" (house styles that drop the opening dash); a mark
left open until ", — деді S", or to the end of the paragraph when the speaker is the person in focus; follow-on
dash paragraphs with no attribution continue the previous speaker; interview answers (:mod:`interviews`).
Indirect: :mod:`reported`. Outlet credits ("деп хабарлайды Kazinform тілшісі") are sources, not quotes.
"""

from __future__ import annotations

import re
from functools import cache

from derek.doc import Mention, Quote, Span
from derek.extract import interviews, quote_marks, reported
from derek.extract.context import Context
from derek.extract.coref import Person
from derek.extract.segment import Sentence
from derek.extract.speakers import Speaker, Speakers, is_outlet, reports_speech
from derek.extract.speech_verbs import SPK, speech_verbs
from derek.lang import kk

D = r"[—–‒―−-]"
THING_PREFIX = "T:"  # a quote's speaker that is an organisation, an office holder or a title, until the stage maps it
_DOCUMENTS = r"(?:құттықтау|үндеу|жолдау|хат|мәлімдеме|жеделхат|көңіл\s+айтуы|сөз|баяндама)\w*"
# the speaker: up to the sentence end, initials (Т.Есенов) kept
@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    head = rf"(?P<verb>деді|дейді|деп\s+(?:{speech_verbs('dep')}))(?![\w-])"
    return {
        "after": re.compile(rf"^\s*(?:[,.!?…]?\s*{D}|,)\s*{head}{SPK}"),
        "inside": re.compile(rf"[,.!?…]\s*{D}\s*{head}{SPK}[.!?]?"),
        "closing": re.compile(rf"[,.!?…]\s*{D}\s*{head}(?P<spk>[^.!?]*)[.!?]?\s*$"),
        "embedded": re.compile(rf"^\s*(?P<verb>деп\s+(?:{speech_verbs('dep')})|деді|деген|дейді)(?![\w-])"),
        "dash": re.compile(rf"^\s*{D}\s*(?P<q>.+?)[,!?…]?\s*{D}\s*{head}{SPK}[.!?]?(?:\s*{D}\s*(?P<more>.+))?$"),
        "dash_said": re.compile(rf"^\s*{D}\s*(?P<q>.+?)[,!?…]?\s*{D}\s*делінген\s+(?P<spk>[^.!?]+?)"
                                rf"(?:ның|нің|дың|дің|тың|тің)\s+{_DOCUMENTS}"),
        "said_in": re.compile(
            rf"^\s*[,.]?\s*(?:{D}\s*)?делінген\s+(?P<spk>[^.!?]+?)(?:ның|нің|дың|дің|тың|тің)\s+{_DOCUMENTS}"),
    }


class Finder:
    """Collects quotes; :attr:`speakers` resolves who said them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.doc.text
        self.quotes: list[Quote] = []
        self.used: list[tuple[int, int]] = []
        self.speakers = Speakers(ctx)
        self.seen_texts: set[str] = set()
        self.openings: set[tuple[str | None, str]] = set()

    def overlaps(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.used)

    def add(self, text: str, kind: str, start: int, end: int, spk: Speaker, verb: str) -> bool:
        text = text.strip().strip(",").strip()
        key = re.sub(r"\W+", " ", text.lower()).strip()
        speaker = spk.person.id if spk.person else (THING_PREFIX + spk.thing if spk.thing else None)
        opening = (speaker, " ".join(key.split()[:6]))
        if len(text.split()) < 2 or key in self.seen_texts or (len(key.split()) >= 6 and opening in self.openings):
            return False  # the same words twice (a lead and the body repeating one statement) are one quote
        speaker_mention = None
        if spk.found and spk.end > spk.start:
            speaker_mention = Mention(spk.start, spk.end, self.text[spk.start : spk.end])
        self.quotes.append(Quote(text, kind, Span(start, end), speaker, speaker_mention, re.sub(r"\s+", " ", verb)))
        self.used.append((start, end))
        self.seen_texts.add(key)
        self.openings.add(opening)
        self.speakers.heard(spk.person, start)
        return True


class _Direct:
    """The direct forms, one paragraph at a time."""

    def __init__(self, finder: Finder) -> None:
        self.f = finder
        self.text = finder.text
        self.p = _patterns()
        self.previous_quoted: Speaker | None = None  # the speaker of the paragraph before, when it was a quote
        self.interview = interviews.detect(finder.ctx)
        self.ordered: list[list[Sentence]] = []
        self.n = 0  # the paragraph being read
        self.asked = False  # the paragraph just read was a question put to the last speaker

    def run(self) -> None:
        paragraphs: dict[int, list[Sentence]] = {}
        for s in self.f.ctx.sentences:
            paragraphs.setdefault(s.paragraph, []).append(s)
        ordered = [paragraphs[k] for k in sorted(paragraphs)]
        self.ordered = ordered
        for n, sents in enumerate(ordered):
            self.n = n
            before = len(self.f.quotes)
            last: Speaker | None = None
            start, end = sents[0].start, sents[-1].end
            if re.match(rf"^\s*{D}\s*[«\"„“\w]", self.text[start:end]) and len(self.text[start:end].split()) >= 4:
                last = self.dash_paragraph(start, end, ordered[n - 1] if n else None, n)
            else:
                last = self.marked(start, end, sents)
                if last is None:
                    last = self.unmarked(start, end)
            if self.asked:  # the speaker answered before the question answers after it
                self.asked = False
                continue
            self.previous_quoted = last if len(self.f.quotes) > before else None

    # --- dash paragraphs ----------------------------------------------------------------------------------
    def dash_paragraph(self, start: int, end: int, prev: list[Sentence] | None, n: int) -> Speaker | None:
        line = self.text[start:end]
        m = self.p["dash"].match(line)
        if m:
            if is_outlet(m.group("spk")):
                return None
            spk = self.f.speakers.named_in(start + m.start("spk"), start + m.end("spk"), quote_start=start)
            text = m.group("q") + (" " + m.group("more") if m.group("more") else "")
            self.f.add(text, "direct", start, end, spk, m.group("verb"))
            return spk
        said = self.p["dash_said"].match(line)
        if said:  # "— Q, — делінген Мемлекет басшысының құттықтауында."
            spk = self.f.speakers.named_in(start + said.start("spk"), start + said.end("spk") + 4, last=True)
            if spk.person is not None or spk.thing_kind == "POSITION":
                self.f.add(said.group("q"), "direct", start, end, spk, "делінген")
                return spk
        body = re.sub(rf"^\s*{D}\s*", "", line)
        if self.interview is not None:
            turn = self.interview.turn(line)
            if turn == "question":
                return None
            if turn == "answer":
                spk = Speaker(self.interview.person)
                self.f.add(body, "direct", start, end, spk, "")
                return spk
        if prev and self.text[prev[-1].start : prev[-1].end].rstrip().endswith(":"):
            spk = self.f.speakers.named_in(prev[-1].start, prev[-1].end)
        elif self.previous_quoted is not None:
            if line.rstrip().endswith("?") and self._next_is_dash():
                self.asked = True  # "— Q?" between an answer and the next turn: a reporter's question
                return None
            spk = self.previous_quoted
        elif prev is None or self._after_headline(prev, n):
            return None  # "— Бүгін …" opening the body: the dash of a lost dateline, not speech
        else:
            spk = Speaker(None)
        self.f.add(body, "direct", start, end, spk, "")
        return spk

    def _next_is_dash(self) -> bool:
        if self.n + 1 >= len(self.ordered):
            return False
        nxt = self.ordered[self.n + 1]
        return re.match(rf"^\s*{D}", self.text[nxt[0].start : nxt[-1].end]) is not None

    def _after_headline(self, prev: list[Sentence], n: int) -> bool:
        """The paragraph before is the headline (the first line, with no full stop at its end)."""
        return n == 1 and not re.search(r"[.!?:…»\"]\s*$", self.text[prev[0].start : prev[-1].end])

    # --- marked speech ------------------------------------------------------------------------------------
    def marked(self, start: int, end: int, sents: list[Sentence]) -> Speaker | None:
        """Quoted stretches of one paragraph; returns the speaker of the last one taken (None when none)."""
        last: Speaker | None = None
        previous_end = -1
        for mk in quote_marks.find(self.text, start, end):
            if self.f.overlaps(mk.open, mk.end):
                continue
            got = self._closed(mk, start, sents, last, previous_end) if mk.close is not None \
                else self._open(mk, start, end, sents)
            if got is not None:
                last, previous_end = got
        return last

    def _sentence_of(self, at: int, sents: list[Sentence]) -> Sentence:
        return next((s for s in sents if s.start <= at < s.end), sents[-1])

    def _closed(self, mk: quote_marks.Marked, p_start: int, sents: list[Sentence], last: Speaker | None,
                previous_end: int) -> tuple[Speaker, int] | None:
        inner = self.text[mk.inner_start : mk.inner_end]
        s = self._sentence_of(mk.open, sents)
        after = self.text[mk.end : min(len(self.text), max(s.end, mk.end) + 200)]
        before = self.text[s.start : mk.open] if s.start <= mk.open else ""
        said = self.p["said_in"].match(after)
        if said:
            spk = self.f.speakers.named_in(mk.end + said.start("spk"), mk.end + said.end("spk") + 4, last=True)
            if spk.person is not None:  # an embassy's or a ministry's statement: not a person's words
                self.f.add(inner, "direct", mk.open, mk.end + said.end(), spk, "делінген")
                return spk, mk.end + said.end()
            return None
        a = self.p["after"].match(after)
        if a:
            spk_text = a.group("spk")
            if is_outlet(spk_text):
                return None
            spk = self.f.speakers.named_in(mk.end + a.start("spk"), mk.end + a.end("spk"))
            start = mk.open
            if not spk.found and not spk_text.strip() and before.rstrip().endswith(":"):
                spk = self.f.speakers.named_in(s.start, mk.open)  # "S: «Q», – деді."
                start = s.start
            return self._add_broken(inner, mk, start, mk.end + a.end(), spk, a.group("verb"))
        e = self.p["embedded"].match(after)
        if e and len(inner.split()) >= 2:
            verb_end = mk.end + e.end()
            tail = self.text[verb_end : s.end] if s.end > verb_end else ""
            names_after = _names_someone(tail)
            spk = self.f.speakers.named_in(verb_end, verb_end + len(tail)) if names_after \
                else self.f.speakers.named_in(s.start, mk.open)  # "«Q» дейді ол" / "S «Q» деп атады"
            if not spk.found and not re.search(r"\w", before) and not names_after:
                spk = Speaker(self.f.speakers.focus(s.start))  # "X мәлімдеді. «Q» деді." (a group after: no one)
            end = min(s.end, verb_end + 40)
            self.f.add(inner, "direct", s.start, max(end, verb_end), spk, e.group("verb"))
            return spk, verb_end
        if before.rstrip().endswith(":") and len(inner.split()) >= 3:
            spk = self.f.speakers.named_in(s.start, mk.open)
            self.f.add(inner, "direct", s.start, mk.end, spk, ":")
            return spk, mk.end
        broken = self.p["inside"].search(inner)
        if broken and re.match(rf"^\s*{D}\s*\w", inner[broken.end() :]) and not is_outlet(broken.group("spk")):
            spk = self.f.speakers.named_in(mk.inner_start + broken.start("spk"), mk.inner_start + broken.end("spk"))
            return self._add_broken(inner, mk, mk.open, mk.end, spk, broken.group("verb"))  # «Q1, – деді S. – Q2»
        alone = self._standing_alone(mk, p_start, sents[-1].end)
        if alone is not None:
            self.f.add(inner, "direct", mk.open, mk.end, alone, "")
            return alone, mk.end
        if last is not None and previous_end >= 0 and not re.search(r"\w", self.text[previous_end : mk.open]
                                                                    .replace("деді", "")) \
                and len(inner.split()) >= 3:
            self.f.add(inner, "direct", mk.open, mk.end, last, "")  # «Q1», – деді S, – «Q2»
            return last, mk.end
        return None

    def _add_broken(self, inner: str, mk: quote_marks.Marked, start: int, end: int, spk: Speaker,
                    verb: str) -> tuple[Speaker, int]:
        """A quote broken by its own attribution inside the marks ("«Q1, – деді S. – Q2»") is one quote."""
        m = self.p["inside"].search(inner)
        if m and re.match(rf"^\s*{D}\s*\w", inner[m.end() :]):
            inside = self.f.speakers.named_in(mk.inner_start + m.start("spk"), mk.inner_start + m.end("spk"))
            if inside.found:
                spk = inside
            inner = inner[: m.start() + 1] + " " + re.sub(rf"^\s*{D}\s*", "", inner[m.end() :])
        self.f.add(inner, "direct", start, end, spk, verb)
        return spk, end

    def _open(self, mk: quote_marks.Marked, p_start: int, p_end: int, sents: list[Sentence]) -> tuple[Speaker, int] \
            | None:
        """A mark never closed in the paragraph: up to ", — деді S" inside it, else (the excerpt cut it) to the
        paragraph's end when it opens a sentence and someone is in focus."""
        inner = self.text[mk.inner_start : mk.inner_end]
        m = self.p["inside"].search(inner)
        if m:
            if is_outlet(m.group("spk")):
                return None
            spk = self.f.speakers.named_in(mk.inner_start + m.start("spk"), mk.inner_start + m.end("spk"))
            end = mk.inner_start + m.end()
            self.f.add(inner[: m.start()], "direct", mk.open, end, spk, m.group("verb"))
            return spk, end
        s = self._sentence_of(mk.open, sents)
        if re.search(r"\w", self.text[s.start : mk.open]) or len(inner.split()) < 4:
            return None
        closer = self._closed_in_next_paragraph()
        if closer is not None:  # «Q1 … (paragraph) … Q2», – деді S: a quote running over two paragraphs
            self.f.add(inner, "direct", mk.open, p_end, closer, "")
            return closer, p_end
        person = self.f.speakers.focus(mk.open, strict=True)
        if person is None:
            return None
        spk = Speaker(person)
        self.f.add(inner, "direct", mk.open, p_end, spk, "")
        return spk, p_end

    def _closed_in_next_paragraph(self) -> Speaker | None:
        """The speaker of the next paragraph when it closes a mark it never opened and names who spoke."""
        if self.n + 1 >= len(self.ordered):
            return None
        nxt = self.ordered[self.n + 1]
        line = self.text[nxt[0].start : nxt[-1].end]
        close = line.find("»")
        if close < 0 or "«" in line[:close]:
            return None
        a = self.p["after"].match(line[close + 1 :])
        if a is None or is_outlet(a.group("spk")):
            return None
        at = nxt[0].start + close + 1
        spk = self.f.speakers.named_in(at + a.start("spk"), at + a.end("spk"))
        return spk if spk.found else None

    def _standing_alone(self, mk: quote_marks.Marked, p_start: int, p_end: int) -> Speaker | None:
        """A paragraph that is one closed quote, after "S былай деді:" or after a sentence reporting S's speech."""
        if re.search(r"\w", self.text[p_start : mk.open]) or re.search(r"\w", self.text[mk.end : p_end]) \
                or self.n == 0 or len(self.text[mk.inner_start : mk.inner_end].split()) < 5:
            return None
        prev = self.ordered[self.n - 1][-1]
        if prev.text.rstrip().endswith(":"):
            spk = self.f.speakers.named_in(prev.start, prev.end)
            return spk if spk.found else None
        if not reports_speech(prev.text):
            return None
        person = self.f.speakers.focus(mk.open, strict=True)
        return Speaker(person) if person is not None else None

    # --- speech with no opening mark -----------------------------------------------------------------------
    def unmarked(self, start: int, end: int) -> Speaker | None:
        """A paragraph of speech closed by ", — деді S." with no opening dash or mark (BAQ.KZ house style)."""
        line = self.text[start:end]
        m = self.p["closing"].search(line)
        if m is None or is_outlet(m.group("spk")) or not m.group("spk").strip():
            return None
        body = line[: m.start()]
        if len(body.split()) < 4 or self.f.overlaps(start, start + m.start() + 1):
            return None
        spk = self.f.speakers.named_in(start + m.start("spk"), start + m.end("spk"))
        if not spk.found:
            return None
        body = reported.strip_dateline(body).rstrip().rstrip("»\"“”")  # a mark opened a paragraph before
        self.f.add(body, "direct", start, end, spk, m.group("verb"))
        return spk


def _names_someone(tail: str) -> bool:
    """The words after "дейді"/"деді" name the speaker ("дейді ол", "деді министр"), not a new clause."""
    words = re.findall(r"[\w-]+", tail)
    return bool(words) and (words[0].lower() in kk.words("speaker_pronouns") or words[0][:1].isupper()
                            or len(words) <= 3)


def extract(ctx: Context) -> list[Quote]:
    """Quotes in text order; ``speaker`` holds the internal person id until the stage maps it to an entity."""
    finder = Finder(ctx)
    _Direct(finder).run()
    reported.indirect(finder)
    return sorted(finder.quotes, key=lambda q: q.evidence.start)


__all__ = ["THING_PREFIX", "Finder", "Person", "extract", "speech_verbs"]
