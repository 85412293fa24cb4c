"""Speech verbs (``lang/kk/data/speech_verbs.tsv``) as regex alternations, and the speaker span that follows them;
shared by direct quotes (:mod:`derek.extract.quotes`) and reported speech (:mod:`derek.extract.reported`)."""

from __future__ import annotations

import re
from functools import cache

from derek.lang import kk

SPK = r"(?P<spk>(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|[^.!?])*)"


def speech_verbs(frame: str) -> str:
    """A regex alternation of the speech verbs of ``speech_verbs.tsv`` used in ``frame`` (dep, nominal, about)."""
    return _verbs(frame)


@cache
def _verbs(frame: str) -> str:
    forms = [form for form, frames in kk.table("speech_verbs", 2) if frame in frames.split(",")]
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
