"""Countries, places and organisations named in a sentence, in nominative (gazetteer look-ups + case undoing)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from derek.extract import gazetteer, titles
from derek.extract.segment import Sentence, Word
from derek.extract.suffixes import stems

_ORG_CASES = ("nom", "gen", "dat", "loc", "abl", "ins", "acc", "locattr")


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str  # canonical nominative
    kind: str  # GPE | ORGANISATION
    case: str
    first_word: int  # index of the first word in the sentence
    last_word: int


def lookup(words: list[Word]) -> tuple[str, str, str] | None:
    """(name, kind, case) when these words name a known country, place or organisation."""
    if not words:
        return None
    return _lookup_texts(tuple(w.text for w in words))


@lru_cache(maxsize=131072)  # the same few words come back in every sentence and every article
def _lookup_texts(texts: tuple[str, ...]) -> tuple[str, str, str] | None:
    prefix = " ".join(texts[:-1])
    for stem, case in stems(texts[-1]):
        name = f"{prefix} {stem}" if prefix else stem
        hit = gazetteer.country(name)
        if hit:
            return hit, "GPE", case
        hit = gazetteer.place(name)
        if hit:
            return hit, "GPE", case
        hit = gazetteer.organisation(name)
        if hit:
            return hit, "ORGANISATION", case
    return None


def _breaks_a_name(w: Word) -> bool:
    if titles.title_form(w.text) is not None:
        return True  # "Премьер-министр Павлодар облысына": a title is no part of a place's name
    low = w.lower
    if len(low) > 4 and low.endswith(("ов", "ев", "ова", "ева", "ұлы", "қызы", "ский", "енко")):
        return True
    hit = lookup([w])
    return hit is not None and hit[2] not in ("nom", "gen")


def _org_by_head(words: list[Word], i: int) -> tuple[int, str, str] | None:
    """A capitalised run ending in an organisation head noun starting at ``i``: (last index, name, case)."""
    j = i
    while j < len(words) and (words[j].is_cap or words[j].is_acronym) and j - i < 4:
        if _breaks_a_name(words[j]):
            return None  # "Бекенов Нью-Йоркте БҰҰ …": a person or a place in a case is not part of a name
        j += 1
    if j == i or j >= len(words):
        return None
    head = words[j]
    for stem, case in stems(head.text):
        if gazetteer.is_org_head(stem) and case in _ORG_CASES:
            return j, " ".join([*(w.text for w in words[i:j]), stem]), case
    return None


REGION_HEADS = frozenset({"облыс", "облысы", "аудан", "ауданы", "қала", "қаласы"})


def find(sentence: Sentence) -> list[PlaceMention]:
    """Known places and organisations in a sentence, longest match first, left to right."""
    words = sentence.words
    out: list[PlaceMention] = []
    i = 0
    while i < len(words):
        w = words[i]
        if not (w.is_cap or w.is_acronym):
            i += 1
            continue
        found = None
        if i + 1 < len(words) and any(stem.lower() in REGION_HEADS for stem, _ in stems(words[i + 1].text)):
            org = _org_by_head(words, i)  # "Павлодар облысына": the region, not the city of the same name
            if org:
                found = (org[0], org[1], "GPE", org[2])
        for n in range(min(gazetteer.MAX_NAME_WORDS, len(words) - i), 0, -1) if found is None else ():
            span = words[i : i + n]
            if any(not x.is_word for x in span):
                continue
            hit = lookup(span)
            if hit:
                found = (i + n - 1, *hit)
                break
        if found is None:
            org = _org_by_head(words, i)
            if org:
                kind = "GPE" if org[1].split()[-1].lower() in REGION_HEADS else "ORGANISATION"
                found = (org[0], org[1], kind, org[2])
        if found is None:
            i += 1
            continue
        last, name, kind, case = found
        start, end = words[i].start, words[last].end
        out.append(PlaceMention(start, end, sentence.text[start - sentence.start : end - sentence.start], name, kind,
                                case, i, last))
        i = last + 1
    return out
