"""Merging an address form into its person keeps every look-up pointing at the right person.

The span index keys a mention by its person's number; a merge takes a person out of ``People.people``, so the
look-ups must still find the people added after it, and the merged mentions must answer the person they joined.
"""

from __future__ import annotations

from derek.extract.coref import People
from derek.extract.names import NameMention


def _mention(start: int, words: tuple[str, ...], via: str = "given") -> NameMention:
    text = " ".join(words)
    return NameMention(start, start + len(text), text, words, 0, via)


def test_people_after_a_merged_one_are_still_found() -> None:
    people = People()
    full = people.add(_mention(0, ("Берік", "Сәрсенов")))
    address = people.add(_mention(20, ("Берік", "Ерланұлы")))
    later = people.add(_mention(40, ("Дана", "Жұмабаева")))
    people.merge(address, full)

    assert people.people == [full, later]
    assert people.of_mention(40, 54) is later
    assert people.of_mention(20, 34) is full
    assert [p for _, _, p in people.persons_in(0, 60)] == [full, full, later]
    assert people.by_surname("Ерланұлы") is full
    assert [m.start for m in full.mentions] == [0, 20]
