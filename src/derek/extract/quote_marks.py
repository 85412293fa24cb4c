"""Quoted stretches in one paragraph, in one linear pass: «…», „…“, “…”, "…" (ASCII), nested marks inside an
outer pair, and a stretch left open at the paragraph's end (a quote the excerpt cut, or one closed only by
"— деді X" in house styles that drop the closing mark).

ASCII and curly double quotes are the same character for opening and closing; a mark after a space (or at the
start, or after an opening bracket or dash) and before a letter opens, any other closes.
"""

from __future__ import annotations

from dataclasses import dataclass

_PAIRS = {"«": "»", "„": "“"}
_SYMMETRIC = frozenset('"“”')
_OPENERS_BEFORE = frozenset(" \t\n([{—–-«„")
MAX_DEPTH = 8  # quotes are never nested deeper; a run of opening marks past it is noise, not structure


@dataclass(frozen=True)
class Marked:
    """A top-level quoted stretch: ``open`` is the opening mark's offset, ``close`` the closing mark's (None when
    the paragraph ends first); ``inner`` is what lies between."""

    open: int
    close: int | None
    inner_start: int
    inner_end: int

    @property
    def end(self) -> int:
        return self.close + 1 if self.close is not None else self.inner_end


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPENERS_BEFORE and not after.isspace()


def find(text: str, start: int = 0, end: int | None = None) -> list[Marked]:
    """Top-level quoted stretches of ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    out: list[Marked] = []
    closers: list[str] = []  # the closing mark each open mark expects, innermost last
    first = -1  # the offset of the outermost open mark (only top-level stretches are reported)
    for i in range(start, end):
        c = text[i]
        if c in _PAIRS:
            first = i if not closers else first
            if len(closers) < MAX_DEPTH:
                closers.append(_PAIRS[c])
            continue
        if c in _SYMMETRIC:
            if closers and ((closers[-1] in _SYMMETRIC and not _opens(text, i)) or (closers[-1] == "“" == c)):
                closers.pop()  # "…" / “…” / „…“
            elif _opens(text, i):
                first = i if not closers else first
                if len(closers) < MAX_DEPTH:
                    closers.append("”" if c == "“" else c)
                continue
            else:
                continue
        elif c == "»":
            while closers and closers[-1] != "»":
                closers.pop()  # an ASCII mark left open inside «…»
            if not closers:
                continue
            closers.pop()
        else:
            continue
        if not closers:
            out.append(Marked(first, i, first + 1, i))
    if closers:
        out.append(Marked(first, None, first + 1, end))
    return out
