"""The one-token-a-line format of `derek tag` and `derek lemmatize`.

One token per line (extra columns after the first space or tab are ignored), a blank line
between sentences. :func:`read_token_sentences` keeps sentence boundaries exactly, so the
output can be printed with the same lines as the input.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable

from derek.errors import InputError
from derek.ingest.inputs import open_binary


def parse_token_lines(lines: Iterable[str]) -> list[list[str]]:
    """Sentences of tokens from the lines of a token file."""
    sents: list[list[str]] = []
    cur: list[str] = []
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        token = line.strip().replace("\t", " ").split(" ")[0]
        cur.append(token)
    if cur:
        sents.append(cur)
    return sents


def format_columns(sents: list[list[str]], labels: list[list[str]], sep: str) -> str:
    """``token<sep>label`` lines with a blank line after each sentence."""
    out: list[str] = []
    for toks, labs in zip(sents, labels, strict=True):
        out.extend(f"{t}{sep}{lab}" for t, lab in zip(toks, labs, strict=True))
        out.append("")
    return "\n".join(out) + ("\n" if out else "")


def read_token_file(path: str) -> list[list[str]]:
    """Sentences of tokens from a UTF-8 token file (``-`` is stdin); a bad file is an InputError naming it."""
    if path == "-":
        return parse_token_lines(sys.stdin)
    try:
        with io.TextIOWrapper(open_binary(path), encoding="utf-8-sig") as fh:
            return parse_token_lines(fh)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
