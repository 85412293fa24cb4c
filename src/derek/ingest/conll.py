"""The one-token-a-line format of `derek tag` and `derek lemmatize`.

One token per line, a blank line between sentences. Extra columns may follow the token after a
tab (``token<TAB>gold label``) and are ignored. A token may hold a space (UD Kazakh writes a few multiword
forms so, and the scorers' token lists keep them); a line that reads as ``token LABEL`` (an IOB2 label after
a space) is refused with the file and line named, never silently taken as one token.
:func:`read_token_file` keeps sentence boundaries exactly, so the output can be printed with the
same lines as the input.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterable

from derek.errors import InputError
from derek.ingest.inputs import STDIN_NAME, open_binary

_LABEL = re.compile(r"O|[BIES]-[A-Z_]+")  # an IOB2/BIOES label, as in `token LABEL` files


def _token(line: str, source: str, number: int) -> str:
    token = line.split("\t", 1)[0].strip()
    if not token:
        raise InputError(f"{source}:{number}", "the line starts with a tab: the token is missing")
    words = token.split()
    if len(words) > 1 and _LABEL.fullmatch(words[-1]):
        raise InputError(
            f"{source}:{number}",
            f"{token!r} reads as a token and a label separated by a space; put any extra column after a tab",
        )
    return token  # a token may hold a space: UD writes some multiword forms so ("деген екен")


def parse_token_lines(lines: Iterable[str], source: str = STDIN_NAME) -> list[list[str]]:
    """Sentences of tokens from the lines of a token file; InputError naming ``source:line`` for a bad line."""
    sents: list[list[str]] = []
    cur: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append(_token(line, source, number))
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
            return parse_token_lines(fh, path)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
