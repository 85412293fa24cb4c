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
    stack: list[tuple[str, int]] = []  # (closing mark expected, offset of the opening mark)
    for i in range(start, end):
        c = text[i]
        if c in _PAIRS:
            stack.append((_PAIRS[c], i))
        elif c in _SYMMETRIC:
            if stack and stack[-1][0] in _SYMMETRIC and not _opens(text, i):
                _close(out, stack, i)
            elif stack and stack[-1][0] == "“" and c == "“":
                _close(out, stack, i)  # „…“
            elif _opens(text, i):
                stack.append(("”" if c == "“" else c, i))
        elif c == "»":
            while stack and stack[-1][0] != "»":
                stack.pop()  # an ASCII mark left open inside «…»
            if stack:
                _close(out, stack, i)
    if stack:
        first = stack[0][1]
        out.append(Marked(first, None, first + 1, end))
    return out


def _close(out: list[Marked], stack: list[tuple[str, int]], i: int) -> None:
    _, opened = stack.pop()
    if not stack:
        out.append(Marked(opened, i, opened + 1, i))
