"""Cue lists from the language tables as one regular expression each.

A cue is a word ("жеке": the whole word) or a prefix ending in ``*`` ("онлайн*": онлайн, онлайн-кездесу);
words of a cue written apart match across any whitespace. Matching is case-insensitive and starts at a word
start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """One expression matching any of ``cues`` (longest first)."""
    parts = []
    for cue in sorted({c.strip().lower() for c in cues if c.strip()}, key=len, reverse=True):
        prefix = cue.endswith("*")
        body = r"\s+".join(re.escape(w) for w in cue.rstrip("*").split())
        parts.append(body + ("" if prefix else r"(?!\w)"))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts or ["(?!)"]) + ")", re.IGNORECASE)
