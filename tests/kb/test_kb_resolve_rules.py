"""The pure person-matching rules: surname first, then given names, initials and shared roles."""

from __future__ import annotations

import pytest

from derek.kb.resolve import Candidate, NameParts, better_person_name, choose_person, person_parts
from derek.kb.terms import fold


def _c(eid: int, given: str, positions: set[str] | None = None, surname: str = "sarsenov") -> Candidate:
    return Candidate(eid, surname, given, positions or set())


def _p(given: str, surname: str = "sarsenov") -> NameParts:
    return NameParts(f"{given} {surname}".strip(), surname, given)


@pytest.mark.parametrize(
    ("parts", "positions", "candidates", "expected"),
    [
        (_p("erlan"), set(), [], None),  # nobody known yet
        (_p("erlan"), set(), [_c(1, "erlan")], 1),  # same full name
        (_p("erlan"), set(), [_c(1, "arman")], None),  # same surname, other first name: never merged
        (_p("erlan"), set(), [_c(1, "arman"), _c(2, "erlan")], 2),
        (_p("e"), set(), [_c(1, "erlan")], 1),  # an initial that fits
        (_p("e"), set(), [_c(1, "arman")], None),  # an initial that does not
        (_p("e"), set(), [_c(1, "erlan"), _c(2, "ermek")], None),  # an initial that fits two people
        (_p("e"), {"әкім"}, [_c(1, "erlan", {"әкім"}), _c(2, "ermek", {"депутат"})], 1),  # a shared role decides
        (_p(""), set(), [_c(1, "erlan")], 1),  # surname alone, one person with it
        (_p(""), set(), [_c(1, "erlan"), _c(2, "arman")], None),  # surname alone, two people: keep apart
        (_p(""), {"министр"}, [_c(1, "erlan", {"министр"}), _c(2, "arman", {"әкім"})], 1),
        (_p(""), {"министр"}, [_c(1, "erlan", {"министр"}), _c(2, "arman", {"министр"})], None),
        (_p("erlan"), set(), [_c(1, "")], 1),  # a full name joins a surname-only entity ...
        (_p("erlan"), set(), [_c(1, ""), _c(2, "arman")], None),  # ... unless another first name is known
        (_p("erlan"), set(), [_c(1, "erlan", surname="sarsenova")], None),  # a different surname
    ],
)
def test_choose_person(
    parts: NameParts, positions: set[str], candidates: list[Candidate], expected: int | None
) -> None:
    assert choose_person(parts, positions, candidates) == expected


@pytest.mark.parametrize(
    ("old", "new", "better"),
    [(_p(""), _p("erlan"), True), (_p("e"), _p("erlan"), True), (_p("erlan"), _p("e"), False),
     (_p("erlan"), _p(""), False), (_p("erlan"), _p("erlan"), False)],
)
def test_better_person_name(old: NameParts, new: NameParts, better: bool) -> None:
    assert better_person_name(old, new) is better


@pytest.mark.parametrize(
    ("name", "surname", "given"),
    [
        ("Ерлан Сәрсенов", "Сәрсенов", "Ерлан"),
        ("Сәрсенов Ерлан", "Сәрсенов", "Ерлан"),  # official order, surname first
        ("Гүлнар Төлеева", "Төлеева", "Гүлнар"),
        ("Төлеева Гүлнар", "Төлеева", "Гүлнар"),
        ("Мұхтар Әуезов", "Әуезов", "Мұхтар"),
        ("Асқар Нұрғалиұлы", "Нұрғалиұлы", "Асқар"),
        ("Нұрғалиұлы Асқар", "Нұрғалиұлы", "Асқар"),
        ("Е. Сәрсенов", "Сәрсенов", "Е"),
        ("Сәрсенов", "Сәрсенов", ""),
        ("Лев Толстой", "Толстой", "Лев"),
        ("Qairat Nūrğaliev", "Нұрғалиев", "Қайрат"),  # the same keys from 2021 Latin
    ],
)
def test_person_parts(name: str, surname: str, given: str) -> None:
    parts = person_parts(name)
    assert (parts.surname, parts.given) == (fold(surname), fold(given) if given else "")
