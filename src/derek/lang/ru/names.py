"""Names in the nominative: a person's first name and surname (patronymic dropped), a place or body's phrase.

The gold and the knowledge base use nominative names (``Гульмире Исимбаевой`` → ``Гульмира Исимбаева``,
``Дворце Независимости`` → ``Дворец Независимости``). The case of a person's name is the one its words agree
on; the words are put into the nominative keeping their gender. Words the dictionary does not know and that
end in a vowel other than а/я (Алматы, Атырау, Кокшетау) are indeclinable in Russian and stay as written.
"""

from __future__ import annotations

import re
from typing import Any

from derek.lang.ru.models import morph
from derek.lang.ru.morphology import parses, restore_case

_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овн|евн|ичн|инич)[а-я]{0,3}$")
_PERSON_MARKS = ("Name", "Surn", "Patr")
_INDECLINABLE_ENDINGS = ("ау", "еу", "ы", "и", "о", "э", "ю")
_ADJECTIVE = re.compile(
    r"(?:ск|цк|зск|нн|н|ов|ев|ин)(?:ий|ый|ой|ая|ое|ого|ому|ым|ом|ую|ые|ых|ыми|ие|их|ими|ее|его|ему|ей)$"
)
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def is_patronymic(word: str) -> bool:
    low = word.lower()
    return len(low) > 6 and bool(_PATRONYMIC.search(low)) and any("Patr" in p.tag for p in parses(low))


def _indeclinable(word: str) -> bool:
    low = word.lower()
    return low.endswith(_INDECLINABLE_ENDINGS) and not morph().word_is_known(low)


def _declined(word: str) -> list[Any]:
    """The readings of ``word``, without indeclinable ones (Анне) when a declined reading (Анна) exists."""
    found = parses(word)
    if not word.lower().endswith(("е", "и", "у", "ю", "ой", "ей")):
        return found  # Айгуль, Ажар: indeclinable women's names keep their nominative reading
    declined = [p for p in found if "Fixd" not in p.tag]
    return declined or found


def _case_votes(word: str, marks: tuple[str, ...]) -> dict[str, int]:
    votes: dict[str, int] = {}
    for p in _declined(word):
        for case in _CASES:
            if case in p.tag:
                weight = 2 if any(m in p.tag for m in marks) else 1
                votes[case] = max(votes.get(case, 0), weight)
    return votes


def _reading(word: str, case: str, marks: tuple[str, ...]) -> Any:
    found = [p for p in _declined(word) if case in p.tag and "plur" not in p.tag]
    marked = [p for p in found if any(m in p.tag for m in marks)]
    return (marked or found or [None])[0]


def _to_nominative(word: str, case: str, marks: tuple[str, ...]) -> str:
    if case == "nomn" or _indeclinable(word) or not any(c.isalpha() for c in word):
        return word
    if "-" in word:  # Касым-Жомарта: only the last part declines
        head, _, last = word.rpartition("-")
        return f"{head}-{_to_nominative(last, case, marks)}"
    reading = _reading(word, case, marks)
    if reading is None:
        return word
    target = inflect_like(reading, {"nomn", "sing"}, word)
    return restore_case(target, word) if target else word


def _common_case(names: list[str]) -> str:
    totals: dict[str, int] = {}
    for word in names:
        last = word.rpartition("-")[2]
        if _indeclinable(last):
            continue
        for case, weight in _case_votes(last, _PERSON_MARKS).items():
            totals[case] = totals.get(case, 0) + weight
    if not totals:
        return "nomn"
    best = max(totals.values())
    if totals.get("nomn") == best:
        if totals.get("gent") == best and len(names) > 1 and _unknown_masculine_genitive(names[0]):
            return "gent"  # Касым-Жомарта Токаева: an unknown man's name in -а is his genitive
        return "nomn"
    return max(totals, key=lambda c: totals[c])


def _unknown_masculine_genitive(given: str) -> bool:
    last = given.rpartition("-")[2].lower()
    if morph().word_is_known(last) or not last.endswith("а"):
        return False
    return any("gent" in p.tag and "masc" in p.tag and "Name" in p.tag for p in parses(last))


def inflect_like(reading: Any, grammemes: set[str], word: str) -> str | None:
    """The form of ``reading``'s lexeme with ``grammemes`` closest in spelling to ``word`` (высшего → высший)."""
    keep = {"Supr"} if "Supr" in reading.tag else set()
    if "NOUN" in reading.tag and reading.tag.gender:
        keep.add(str(reading.tag.gender))
    forms = [f for f in reading.lexeme if grammemes <= set(f.tag.grammemes) and keep <= set(f.tag.grammemes)]
    if not forms:
        target = reading.inflect(grammemes)
        return str(target.word) if target is not None else None

    def shared(form: Any) -> int:
        n = 0
        for a, b in zip(str(form.word), word.lower(), strict=False):
            if a != b:
                break
            n += 1
        return n

    return str(max(forms, key=shared).word)


def person_name(words: list[str]) -> str:
    """The nominative first name and surname of a person mention (its patronymic dropped)."""
    if len(words) == 3 and is_patronymic(words[2]) and not is_patronymic(words[1]):
        words = [words[1], words[0], words[2]]  # official order: Смаилов Алихан Асханович
    kept = [w for w in words if not is_patronymic(w)]
    if not kept:
        return " ".join(words)
    case = _common_case(kept)
    return " ".join(_to_nominative(w, case, _PERSON_MARKS) for w in kept)


def _head_index(words: list[str]) -> int:
    """The first noun of a phrase (the words before it agree with it)."""
    for i, word in enumerate(words):
        if not _is_adjective(word):
            return i
    return len(words) - 1


def _is_adjective(word: str) -> bool:
    found = parses(word)
    if found and ("ADJF" in found[0].tag or "PRTF" in found[0].tag):
        return True
    return bool(_ADJECTIVE.search(word.lower())) and any("ADJF" in p.tag for p in found)


def _noun_reading(word: str) -> Any:
    readings = [p for p in parses(word) if "NOUN" in p.tag]
    sing = [p for p in readings if "plur" not in p.tag] or readings
    geo = [p for p in sing if "Geox" in p.tag]
    if geo:
        return geo[0]
    if not sing:
        return None
    case = next((c for c in _CASES if c in sing[0].tag), "nomn")
    same = sorted((p for p in sing if case in p.tag), key=lambda p: -len(p.normal_form))
    return same[0] if same else sing[0]


def _adjective_nominative(word: str, grammemes: set[str]) -> str:
    adj = next((p for p in parses(word) if ("ADJF" in p.tag or "PRTF" in p.tag) and "Supr" not in p.tag), None)
    adj = adj or next((p for p in parses(word) if "ADJF" in p.tag or "PRTF" in p.tag), None)
    if adj is None:
        return word
    target = inflect_like(adj, {"nomn", *grammemes}, word)
    return restore_case(target, word) if target else word


def phrase_nominative(text: str) -> str:
    """A place or organisation phrase with its head noun and the adjectives before it in the nominative.

    A lone region adjective (``Актюбинской``) becomes ``Актюбинская``; ``Мангистауской областей`` becomes
    ``Мангистауская область``.
    """
    words = text.split()
    if not words or not re.search("[а-яё]", words[0].lower()):
        return text
    head = _head_index(words)
    head_word = words[head]
    if _is_adjective(head_word):  # an adjective alone
        return " ".join([*words[:head], _adjective_nominative(head_word, {"femn", "sing"}), *words[head + 1 :]])
    if _indeclinable(head_word) or head_word.isupper():
        return text
    reading = _noun_reading(head_word)
    if reading is None or ("nomn" in reading.tag and "plur" not in reading.tag):
        return text
    nominative = inflect_like(reading, {"nomn", "sing"}, head_word)
    if nominative is None:
        return text
    out = list(words)
    out[head] = restore_case(nominative, head_word)
    gender = {str(reading.tag.gender)} if reading.tag.gender else set()
    for i in range(head):
        out[i] = _adjective_nominative(words[i], {"sing", *gender})
    return " ".join(out)
