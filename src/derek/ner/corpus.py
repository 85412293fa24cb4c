"""Reading and writing IOB2 files (``token LABEL`` a line, a blank line between sentences)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from derek.errors import InputError

Sentence = tuple[list[str], list[str]]


def read_iob2(path: str | Path) -> list[Sentence]:
    """``(tokens, labels)`` per sentence; a line without a label gets ``O``."""
    sents: list[Sentence] = []
    toks: list[str] = []
    labs: list[str] = []
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if not line.strip():
                    if toks:
                        sents.append((toks, labs))
                        toks, labs = [], []
                    continue
                parts = line.replace("\t", " ").rsplit(" ", 1)
                toks.append(parts[0])
                labs.append(parts[1] if len(parts) == 2 else "O")
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if toks:
        sents.append((toks, labs))
    return sents


def write_iob2(path: str | Path, tokens: Iterable[list[str]], labels: Iterable[list[str]]) -> None:
    """The scorer's format: ``token LABEL`` lines, a blank line after each sentence."""
    with open(path, "w", encoding="utf-8") as fh:
        for toks, labs in zip(tokens, labels, strict=True):
            fh.writelines(f"{t} {lab}\n" for t, lab in zip(toks, labs, strict=True))
            fh.write("\n")


def entity_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans of an IOB2 sequence (a stray ``I-`` opens a span, as in CoNLL)."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    typ = ""
    for i, lab in enumerate([*labels, "O"]):
        if lab == "O" or lab.startswith("B-") or (lab.startswith("I-") and lab[2:] != typ):
            if start is not None:
                out.append((start, i, typ))
            start, typ = (i, lab[2:]) if lab != "O" else (None, "")
    return out
