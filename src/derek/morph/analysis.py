"""The result type of the analyser."""

from __future__ import annotations

from dataclasses import dataclass

CASE_TAGS = ("gen", "dat", "acc", "loc", "abl", "ins")


@dataclass(frozen=True)
class Analysis:
    """One reading of a word: its lemma, UD part of speech, case, suffix chain and UD features."""

    lemma: str
    pos: str | None
    case: str | None
    suffixes: tuple[str, ...]
    feats: tuple[tuple[str, str], ...] = ()
    score: float = 0.0

    @property
    def feats_dict(self) -> dict[str, str]:
        return dict(self.feats)


def case_of(morphs: tuple[str, ...], kind: str) -> str | None:
    """The case the chain ends in: the last case suffix, or ``nom`` for a nominal without one."""
    for tag in reversed(morphs):
        if tag in CASE_TAGS:
            return tag
        if tag in ("pred", "gy"):
            continue
        if tag in ("P3", "P1S", "P2S", "P2P", "P1P", "PL", "vn", "ppart", "agent", "prpart", "fpart", "intent"):
            return "nom"
        if kind == "V":
            return None
    return "nom" if kind == "N" else None
