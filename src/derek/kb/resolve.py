"""Deciding whether a document's entity is an entity the knowledge base already knows.

Pure rules, no database: the caller fetches the candidates. People are matched by surname key,
then first names, initials and shared roles; two people who share a surname but not a first
name are never merged, and when the evidence is thin the answer is "new entity" (``None``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.kb.terms import fold, lemmas, words

PERSON_TYPES = frozenset({"PERSON", "PER"})
# Kinds of place one outlet's NER may call a city and another's a facility (Ақорда, Акорда): one family.
PLACE_TYPES = ("GPE", "LOCATION", "FACILITY")


@dataclass(frozen=True)
class NameParts:
    """Folded keys of a name: the whole name, the surname (last word) and the first given name."""

    key: str
    surname: str
    given: str = ""

    @property
    def given_is_initial(self) -> bool:
        return len(self.given) == 1


@dataclass
class Candidate:
    """A KB entity that might be the same real-world thing."""

    id: int
    surname: str
    given: str
    positions: set[str] = field(default_factory=set)


def name_key(name: str) -> str:
    """The folded key of a whole name (words folded and joined by one space)."""
    return " ".join(k for k in (fold(w) for w in words(name)) if k)


def cross_key(key: str) -> str:
    """A folded key with the vowels Kazakh and Russian spell differently collapsed: ``o`` and ``u`` are one.

    The folded key (:func:`derek.text.translit.fold_key`) already makes Тоқаев and Токаев one (``tokaev``), but a
    Kazakh ө/ұ/ү is written о or у in Russian (Оразалин / Уразалин, Қарашөкеев / Карашукеев): this key is the
    fallback that matches them, used only when the exact folded key finds nobody.
    """
    return key.replace("o", "u")


def lemma_key(name: str) -> str:
    """The folded key of a name's lemmas (Еуропалық Одағы and Еуропалық одақ share one); not for people."""
    return " ".join(k for k in (fold(x) for x in lemmas(name)) if k)


_SURNAME_ENDINGS = ("ov", "ev", "ova", "eva", "uli", "kizi", "ski", "skaia")


def _looks_like_surname(key: str) -> bool:
    return len(key) > 3 and key.endswith(_SURNAME_ENDINGS)


def person_parts(name: str) -> NameParts:
    """Surname = the last word; given name = the first word when there are two or more.

    Official order puts the surname first (Сәрсенов Ерлан); when only the first word has a
    surname ending (-ов, -ева, -ұлы ...), the two are swapped.
    """
    keys = [k for k in (fold(w) for w in words(name)) if k]
    if not keys:
        return NameParts("", "")
    if len(keys) > 1 and _looks_like_surname(keys[0]) and not _looks_like_surname(keys[-1]):
        keys = [*keys[1:], keys[0]]
    given = keys[0] if len(keys) > 1 else ""
    return NameParts(" ".join(keys), keys[-1], given)


def _given_compatible(a: str, b: str) -> bool:
    """Two given-name keys can be one person: equal, or one is the other's initial."""
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


def _by_role(cands: list[Candidate], positions: set[str]) -> int | None:
    shared = [c for c in cands if positions and c.positions & positions]
    return shared[0].id if len(shared) == 1 else None


def choose_person(parts: NameParts, positions: set[str], candidates: list[Candidate]) -> int | None:
    """The KB person that ``parts`` names, or None when there is none or it is not certain."""
    cands = [c for c in candidates if c.surname == parts.surname]
    if not cands:
        return None
    if not parts.given:  # surname only: attach only when it is unambiguous
        if len(cands) == 1:
            return cands[0].id
        return _by_role(cands, positions)
    named = [c for c in cands if c.given]
    if not parts.given_is_initial:
        exact = [c for c in named if c.given == parts.given]
        if len(exact) == 1:
            return exact[0].id
        if len(exact) > 1:
            return _by_role(exact, positions)
    compatible = [c for c in named if _given_compatible(c.given, parts.given)]
    conflicting = [c for c in named if not _given_compatible(c.given, parts.given)]
    if len(compatible) == 1:
        return compatible[0].id
    if len(compatible) > 1:
        return _by_role(compatible, positions)
    bare = [c for c in cands if not c.given]
    if len(bare) == 1 and not conflicting:
        return bare[0].id
    return None


def better_person_name(old: NameParts, new: NameParts) -> bool:
    """True when ``new`` says more than ``old`` (a full first name where there was none or an initial)."""
    if not new.given:
        return False
    return not old.given or (old.given_is_initial and not new.given_is_initial)
