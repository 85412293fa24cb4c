"""Month names (``data/months.tsv``): Kazakh, Russian and English, as Kazakhstan's outlets write them."""

from __future__ import annotations

from functools import cache

from derek.lang.kk import table
from derek.lang.kk.phonology import voiced_stem


@cache
def kazakh() -> dict[str, int]:
    """Kazakh month name (nominative) → 1–12."""
    return {kk: int(n) for n, kk, _ru, _gen, _en in table("months", 5)}


@cache
def all_names() -> frozenset[str]:
    """Every nominative month name, Kazakh and Russian (the words a dateline or a NER feature looks for)."""
    return frozenset(kk for _n, kk, _ru, _g, _e in table("months", 5)) | frozenset(
        ru for _n, _k, ru, _g, _e in table("months", 5)
    )


@cache
def stems() -> dict[str, int]:
    """Prefixes that identify a month in any case ending, longest first when matched.

    Kazakh names and their voiced stems (қыркүйек → қыркүйег-і), Russian names without a final soft sign
    (январ-я) and their genitives (мая), English names cut to three letters.
    """
    out: dict[str, int] = {}
    for n, kk, ru, genitive, en in table("months", 5):
        number = int(n)
        out[kk] = out[voiced_stem(kk)] = number
        out[ru.removesuffix("ь")] = out[genitive] = out[ru] = number
        out[en[:3]] = number
    return out
