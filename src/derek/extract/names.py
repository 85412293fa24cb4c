"""Person-name mentions: after a title, a given name, or a speech verb; in a meeting frame; NER PERSON spans.

A name is a run of capitalised words (particles such as фон, дер, де, ван in between); only its last word
carries the case, which :func:`derek.extract.suffixes.name_stem` undoes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from derek.extract import cues, gazetteer, places, titles
from derek.extract.dates import MONTHS, WEEKDAYS
from derek.extract.segment import Sentence, Word
from derek.extract.suffixes import CASES, PERSON_CASES, name_stem, stems
from derek.extract.titlephrase import TitlePhrase
from derek.lang import kk

PARTICLES = frozenset(
    {"фон", "дер", "де", "ван", "ди", "ле", "бин", "ибн", "бен", "әл", "аль", "дель", "ла", "да", "дос", "ду", "дас"}
)
# Capitalised words that start sentences or name things other than people.
NOT_NAMES = (
    frozenset(
        [
            "бұл",
            "ол",
            "осы",
            "сол",
            "олар",
            "біз",
            "мен",
            "сіз",
            "бұған",
            "бұдан",
            "осыған",
            "сонымен",
            "сондай-ақ",
            "алайда",
            "бірақ",
            "ал",
            "және",
            "кейін",
            "бүгін",
            "кеше",
            "ертең",
            "қазір",
            "биыл",
            "былтыр",
            "мұнда",
            "онда",
            "жиында",
            "кездесу",
            "кездесуде",
            "кездесуге",
            "жиын",
            "саммит",
            "форум",
            "сапар",
            "келіссөз",
            "президент",
            "министр",
            "үкімет",
            "парламент",
            "сенат",
            "мәжіліс",
            "ақорда",
            "мемлекет",
            "елбасы",
            "тұңғыш",
            "жалпы",
            "сонымен_қатар",
            "сондықтан",
            "айта",
            "еске",
            "мысалы",
            "әрине",
            "негізі",
            "дегенмен",
            "керісінше",
            "соңында",
            "басында",
            "атап",
            "бірінші",
            "екінші",
            "үшінші",
            "құрметті",
            "ханым",
            "мырза",
            "жолдас",
            "фото",
            "суретте",
            "дереккөз",
            "толығырақ",
        ]
    )
    | MONTHS
    | WEEKDAYS
)
SPEECH_HEADS = frozenset({"деді", "дейді", "деген", "деп"})


@dataclass
class NameMention:
    start: int
    end: int
    text: str
    words: tuple[str, ...]  # nominative words (last one de-inflected)
    sentence: int
    via: str  # title | given | speech | frame | ner | surname | postposed
    title: TitlePhrase | None = None
    case: str = "nom"

    @property
    def surname(self) -> str:
        return self.words[-1]


# Capitalised document and programme words that take case endings ("Жолдауында", "Конституцияға").
_NOT_NAME_STARTS = ("жолдау", "жарлы", "конституция", "кодекс", "бағдарлама", "стратегия", "тұжырымдама", "декларация")


_ADJECTIVE_ENDINGS = ("лық", "лік", "дық", "дік", "тық", "тік", "дағы", "дегі", "тағы", "тегі")


def _is_name_word(w: Word) -> bool:
    if not w.is_cap or w.lower in NOT_NAMES or w.lower.startswith(_NOT_NAME_STARTS):
        return False
    if w.text not in gazetteer.first_names() and any(st.lower() in NOT_NAMES for st, _ in stems(w.text)[1:]):
        return False  # "Елбасыға", "Президентті": a word of the list with a case ending
    if "-" in w.text and w.text.rsplit("-", 1)[1][:1].islower():
        return False  # "Telegram-арнасында", "Facebook-парақшасында": a word with a suffix, not a name
    if places.lookup([w]):
        return False
    if w.lower.endswith(_ADJECTIVE_ENDINGS) and w.text not in gazetteer.first_names():
        return False  # Ұлттық, Еуропалық, Мемлекеттік: capitalised adjectives open organisation names
    return titles.title_form(w.text) is None or w.text in gazetteer.first_names()


def name_run(words: list[Word], k: int, limit: int = 4) -> int:
    """The index after the last word of a name starting at ``k`` (``k`` when there is none).

    ``limit`` counts capitalised words; particles (фон, дер, бин, әл-…) in between do not count.
    """
    j = k
    end = k
    caps = 0
    while j < len(words) and caps <= limit:
        w = words[j]
        if j > k and _starts_known_name(words, j):
            break
        if j > k and j + 1 < len(words) and _place_head(words[j + 1]):
            break  # "Асайын Байханов Ақсу ауданындағы": the word before a place head names the place
        if _is_name_word(w) or (j > k and (_ARABIC_ARTICLE.match(w.text) or _one_letter_part(words, j))):
            j += 1
            end = j
            caps += 1
        elif w.lower in PARTICLES and j > k and _particles_then_name(words, j):
            j += 1
        else:
            break
    if caps > limit:
        return k
    if end == k + 1 and words[k].lower.endswith(_PARTICIPLE) and words[k].text not in gazetteer.first_names():
        return k  # "Король Бірлескен мәлімдемеге": a lone capitalised participle opens a document's name
    return end


_PARTICIPLE = ("ған", "ген", "қан", "кен")
# "әл-Мактум", "ал-Тани": a lowercase Arabic article glued to a capitalised name
_ARABIC_ARTICLE = re.compile(r"^(?:әл|ал|аль|эль|ад|ас|ат|ар|аш|ан)-[A-ZА-ЯӘҒҚҢӨҰҮҺІ]")


def _one_letter_part(words: list[Word], j: int) -> bool:
    """ "Ван И": a one-letter last part of a name (not an initial, which a full stop follows)."""
    w = words[j]
    initial = j + 2 < len(words) and words[j + 1].text == "." and words[j + 2].is_cap
    return len(w.text) == 1 and w.text.isalpha() and w.text.isupper() and not initial


def _starts_known_name(words: list[Word], j: int) -> bool:
    """True when a known multi-word place or organisation starts at ``j`` ("Түркі мемлекеттері ұйымының")."""
    for n in range(min(gazetteer.MAX_NAME_WORDS, len(words) - j), 1, -1):
        span = words[j : j + n]
        if all(x.is_word for x in span) and places.lookup(span):
            return True
    return False


SURNAME_ENDINGS = ("ов", "ев", "ёв", "ова", "ева", "ёва", "ин", "ина", "ұлы", "қызы", "улы", "кызы", "ский", "ская",
                   "цкий", "енко", "ян", "дзе", "швили", "вич", "бек", "бекова", "баев", "баева")


def is_surname_shaped(word: str) -> bool:
    """Ends like a surname (-ов, -ева, -ұлы, -ский …)."""
    low = word.lower()
    return len(low) >= 4 and low.endswith(SURNAME_ENDINGS)


def _particles_then_name(words: list[Word], j: int) -> bool:
    while j < len(words) and words[j].lower in PARTICLES:
        j += 1
    return j < len(words) and words[j].is_cap


def _not_a_person(words: list[Word]) -> bool:
    """A run that is a known place, organisation, or is followed by an organisation noun."""
    if places.lookup(words) or places.lookup(words[:1]):
        return True
    if any(w.lower in gazetteer.OUTLETS or w.lower in kk.words("outlets") or w.lower.endswith(_SITE_ENDINGS)
           for w in words):
        return True  # "Egemen.kz", "Sputnik": an outlet's credit, never a person
    return any(places.lookup([w]) for w in words)


_SITE_ENDINGS = (".kz", ".com", ".ru", ".org", ".net", ".info")


def _names_an_organisation(nxt: Word) -> bool:
    """ "Абай атындағы университет", "Жұмабаев қоры": the run is part of an organisation's name."""
    if gazetteer.is_org_head(nxt.text) or nxt.lower.startswith("атында"):
        return True
    return any(case in ("gen", "acc", "dat", "abl", "ins") and gazetteer.is_org_head(stem)
               for stem, case in stems(nxt.text)[1:]) and nxt.lower.endswith(("ның", "нің", "на", "не", "н", "нан",
                                                                                 "нен", "мен"))


# The last word of a two-word name may also carry an ablative ("X Y-ден шақыру алды"); a lone word may not
# (a place name in -дан/-ден is far more common than a person).
_PERSON_CASES_AFTER_GIVEN = PERSON_CASES | {"abl"}


def make(
    sentence: Sentence, a: int, b: int, via: str, attested: frozenset[str], title: TitlePhrase | None = None
) -> NameMention | None:
    if b - a >= 3 and _case_word_before_a_name(sentence.words, a, b):
        a += 1  # "Голдарды Ерасыл Тоқтаров соқты": a sentence-initial noun in a case, then the name
    run = sentence.words[a:b]
    if not run or _not_a_person(run):
        return None
    last = _title_case(run[-1].text)
    stem = name_stem(last, _PERSON_CASES_AFTER_GIVEN if len(run) > 1 else PERSON_CASES, attested)
    if last in gazetteer.first_names() and stem not in attested:
        stem = last  # a given name listed as it is ("Тілеуберді", "Жұмабике"): its ending is no case
    case = next((c for s, c in stems(last) if s == stem), "nom")
    owned = case == "gen" and (len(run) > 1 or is_surname_shaped(stem))  # "X Y-тың соты": Y's trial, Y a person
    if via != "title" and b < len(sentence.words) and not owned and _names_an_organisation(sentence.words[b]):
        return None
    words = tuple([*(_title_case(w.text) for w in run[:-1]), stem])
    start, end = run[0].start, run[-1].end
    return NameMention(
        start,
        end,
        sentence.text[start - sentence.start : end - sentence.start],
        words,
        sentence.index,
        via,
        title,
        case,
    )


def _opens_a_portfolio(words: list[Word], a: int, b: int) -> bool:
    """ "Мемлекет басшысы Ауыл шаруашылығы министрін": one capitalised word, then lowercase words up to a title,
    is the portfolio of the next title, not a name."""
    if b - a != 1 or b >= len(words) or words[b].is_cap or not words[b].is_word:
        return False
    return any(titles.title_form(w.text) is not None for w in words[b : b + 3])


def find(sentence: Sentence, phrases: list[TitlePhrase], attested: frozenset[str],
         known: dict[str, set[str]] | None = None) -> list[NameMention]:
    """Names in one sentence that a construction makes unambiguous; ``known`` (surname -> given names of people
    named after a title anywhere in the article) splits a run that joins two of them."""
    words = sentence.words
    out: list[NameMention] = []
    taken: set[int] = set()

    def add(a: int, b: int, via: str, title: TitlePhrase | None = None) -> None:
        if b <= a or any(i in taken for i in range(a, b)):
            return
        m = make(sentence, a, b, via, attested, title)
        if m:
            out.append(m)
            taken.update(range(a, b))

    for ph in phrases:  # title + name; a plural title + a list of names ("депутаттары X, Y мен Z")
        k = _after_honorific(words, ph.head_word + 1)
        if not _opens_a_portfolio(words, k, name_run(words, k)):
            add(k, name_run(words, k), "title", ph)
        while ph.kind == "plural" and k < len(words):
            k = name_run(words, k)
            if k + 1 < len(words) and words[k].lower in (",", "мен", "пен", "бен", "және") and words[k + 1].is_cap:
                k += 1
                add(k, name_run(words, k), "title", ph)
            else:
                break
    first_names = gazetteer.first_names()
    for i, w in enumerate(words):  # given name + a surname in capitals ("Асқар ЖҰМАДІЛДАЕВ", an interview's byline)
        if i not in taken and w.text in first_names and i + 1 < len(words) and _capital_surname(words[i + 1]):
            add(i, i + 2, "given")
    for i, w in enumerate(words):  # given name + surname
        if i not in taken and w.text in first_names and i + 1 < len(words):
            parts = split_joined(words, i, name_run(words, i), known or {}, attested)
            if parts[0][1] - i >= 2:
                add(i, parts[0][1], "given")
            for a, b in parts[1:]:  # "A B C D-мен": the second full name, when the article names him after a title
                if b - a >= 2 and known and name_stem(words[b - 1].text, attested=attested) in known:
                    add(a, b, "given")
    for i, w in enumerate(words):  # "— деді X", "деп атап өтті X"
        if w.lower in SPEECH_HEADS:
            k = i + 1
            while k < len(words) and words[k].is_word and not words[k].is_cap and k - i <= 3:
                k += 1
            if k < len(words) and k > i:
                b = name_run(words, k)
                if b > k and (b == len(words) or not words[b].is_word or words[b].lower in ("мырза", "ханым")):
                    add(k, b, "speech")
    return out


def find_shaped(sentence: Sentence, known_surnames: set[str], attested: frozenset[str],
                covered: set[int]) -> list[NameMention]:
    """Two or three capitalised words ending in a surname shape ("Мәди Тәкиев", "Айгерім Әбілқызы").

    ``covered`` holds the start offsets of words already in a mention; a run whose last word is a known
    surname is left to the surname and frame rules ("Лукашенко Пашинянмен" is two people).
    """
    words = sentence.words
    out: list[NameMention] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.start in covered or not _is_name_word(w):
            i += 1
            continue
        b = split_joined(words, i, name_run(words, i, limit=3), {}, attested)[0][1]
        if b - i >= 2 and not any(x.start in covered for x in words[i:b]):
            last = name_stem(words[b - 1].text, attested=attested)
            if is_surname_shaped(last) and (last not in known_surnames or words[i].text in gazetteer.first_names()):
                m = make(sentence, i, b, "shape", attested)
                if m:
                    out.append(m)
                    i = b
                    continue
        i += 1
    return out


_SPEECH_VERB = re.compile(r"\b(?:айтты|мәлімдеді|деді|атап\s+өтті|хабарлады|растады|жазды|сендірді|ескертті|"
                          r"түсіндірді|бағалады|атап\s+көрсетті|мәлім\s+етті)\b")


def find_initialled(sentence: Sentence, attested: frozenset[str], covered: set[int]) -> list[NameMention]:
    """Initials and a surname: "Қ.Ахметов", "Н. Ә. Бекұлы", "Дж. Смит"."""
    words = sentence.words
    out: list[NameMention] = []
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and _is_initial(words[j]) and words[j + 1].text == ".":
            j += 2
        if j > i and j < len(words) and words[j].start not in covered and _is_name_word(words[j]):
            m = make(sentence, j, j + 1, "initials", attested)
            if m is not None:
                initials = [f"{words[k].text}." for k in range(i, j, 2)]
                start = words[i].start
                m.start, m.words = start, (*initials, *m.words)
                m.text = sentence.text[start - sentence.start : m.end - sentence.start]
                out.append(m)
            i = j + 1
            continue
        i = max(i + 1, j)  # a run of initials with no surname after it: no later start inside it has one either
    return out


def _is_initial(w: Word) -> bool:
    return (len(w.text) == 1 and w.text.isupper()) or w.text in ("Дж", "Ж", "Ш")


def find_speaking_subject(sentence: Sentence, attested: frozenset[str], covered: set[int]) -> list[NameMention]:
    """A lone surname-shaped word opening a sentence that reports speech ("Ахметов бұл шешімді қолдайтынын айтты")."""
    words = sentence.words
    if not _SPEECH_VERB.search(sentence.text.lower()):
        return []
    for i, w in enumerate(words[:3]):
        if w.start in covered or not _is_name_word(w):
            continue
        stem = name_stem(w.text, attested=attested)
        if is_surname_shaped(stem) and name_run(words, i) == i + 1:
            m = make(sentence, i, i + 1, "subject", attested)
            return [m] if m else []
    return []


def find_frames(sentence: Sentence, known_surnames: set[str], attested: frozenset[str]) -> list[NameMention]:
    """Single unknown names joined to a known person: "X Y-мен кездесті", "X пен Y", "X мырза"."""
    words = sentence.words
    out: list[NameMention] = []
    for i, w in enumerate(words):
        if not _is_name_word(w) or (i == 0 and w.lower in NOT_NAMES):
            continue
        if name_stem(w.text, attested=attested) in known_surnames:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        partner = None
        if nxt is not None and nxt.lower in ("мырза", "ханым"):
            partner = True
        elif nxt is not None and nxt.is_cap:
            stem_case = [(s, c) for s, c in stems(nxt.text) if c == "ins"]
            partner = any(s in known_surnames for s, _ in stem_case)
        elif nxt is not None and nxt.lower in ("мен", "пен", "бен") and i + 2 < len(words):
            k = i + 2
            if words[k].lower in ("оның", "өзінің") and k + 2 < len(words) \
                    and titles.title_form(words[k + 1].text) is not None:
                k += 2  # "Мұстафа мен оның әйелі Салва": and his wife Y
            partner = name_stem(words[k].text, attested=attested) in known_surnames
        if partner:
            m = make(sentence, i, i + 1, "frame", attested)
            if m:
                out.append(m)
    return out


# Endings no given name has (unlike -бек, -ин, -ян, or the patronymics -вич, -ұлы before a surname).
_SURE_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ова", "ева", "ёва", "ский", "ская", "цкий", "цкая", "енко", "дзе", "швили")
_JOINING_CASES = frozenset({"gen", "ins", "dat", "acc", "abl"})


def split_joined(words: list[Word], a: int, b: int, known: dict[str, set[str]],
                 attested: frozenset[str]) -> list[tuple[int, int]]:
    """Split the name run ``words[a:b]`` where it joins two people ("X Y-мен кездесті" tagged as one name).

    ``known`` maps the surnames of people already found in the document to the given names seen with them.
    A boundary falls after a word that carries a case ending (only a name's last word does), before the
    surname of a known person whose given name is not the word before it, and between two surnames when the
    first has an ending no given name has (-ов, -ева, -ский).
    """
    parts: list[tuple[int, int]] = []
    start = a
    first_names = gazetteer.first_names()
    for i in range(a, b - 1):
        two_full = i > start and words[i - 1].text in first_names and words[i + 1].text in first_names \
            and words[i].lower.endswith(_SURE_SURNAME_ENDINGS) and words[i].text not in first_names
        if two_full or _ends_known_name(words, start, i, known) \
                or _joins_two(words[i].text, words[i + 1].text, known, attested):  # two_full: "A Bов C Dов"
            parts.append((start, i + 1))
            start = i + 1
    parts.append((start, b))
    return parts


def _ends_known_name(words: list[Word], start: int, i: int, known: dict[str, set[str]]) -> bool:
    """``words[start:i + 1]`` is the full name of a person already found ("A B" of "A B C D-мен")."""
    given = known.get(words[i].text)
    return bool(given) and i > start and all(w.text in given for w in words[start:i])  # type: ignore[operator]


def _joins_two(left: str, right: str, known: dict[str, set[str]], attested: frozenset[str]) -> bool:
    first_names = gazetteer.first_names()
    if left not in first_names and _inflected(left, attested):
        return True
    right_stem = name_stem(right, attested=attested)
    if right_stem in known and left != right_stem:
        given = known[right_stem]
        if left in known or (given and left not in given and left not in first_names):
            return True
    return (left.lower().endswith(_SURE_SURNAME_ENDINGS) and is_surname_shaped(right_stem)
            and left not in first_names)


def _inflected(word: str, attested: frozenset[str]) -> bool:
    """A case ending that is sure: a stem seen bare in the document, or a genitive/instrumental ending."""
    for stem, case in stems(word)[1:]:
        if case not in _JOINING_CASES:
            continue
        if stem in attested or case in ("gen", "ins"):
            return True
    return False


# "Абылай хан", "Төле би": titles written after the name (lang/kk/data/postposed_titles.tsv), and the words after
# one that make the phrase something named after the person ("Абылай хан даңғылы", named_after_heads.tsv).
POSTPOSED_TITLES: dict[str, str] = {title: endings for title, _, endings in kk.table("postposed_titles", 3)}
_NAMED_AFTER = cues.pattern(kk.words("named_after_heads"))


def find_postposed(sentence: Sentence, attested: frozenset[str], covered: set[int]) -> list[NameMention]:
    """A name followed by a postposed title, the title in any case ("Кенесары хан", "Абылай ханның"): a person
    whose role is that title; not when a place, street or institution named after him follows."""
    words = sentence.words
    out: list[NameMention] = []
    for i, w in enumerate(words):
        if i == 0 or w.is_cap:
            continue
        title = _postposed_title(w.lower)
        if title is None or words[i - 1].start in covered or not _is_name_word(words[i - 1]):
            continue
        if i + 1 < len(words) and _NAMED_AFTER.match(words[i + 1].lower):
            continue
        a = i - 1
        while a > 0 and i - a < 3 and _is_name_word(words[a - 1]) and words[a - 1].start not in covered \
                and not (a - 1 == 0 and words[a - 1].lower in NOT_NAMES):
            a -= 1  # "Әз Тәуке хан": two words before the title
        if a == 0 and words[0].text not in gazetteer.first_names() and i - a > 1:
            a += 1  # a capitalised word opening the sentence is more often not part of the name
        phrase = TitlePhrase(title, title, "nom", None, None, words[a].start, w.end, a, i)
        m = make(sentence, a, i, "postposed", attested, phrase)
        if m is not None and m.case == "nom":
            out.append(m)
    return out


def _postposed_title(word: str) -> str | None:
    """The postposed title a lowercase word is, bare or with any case ending ("ханның", "бидің": a two-letter
    stem, shorter than :func:`stems` undoes)."""
    for title, endings in POSTPOSED_TITLES.items():
        if word == title or (word.startswith(title) and word[len(title):] in _CASE_ENDINGS[endings]):
            return title
    return None


_CASE_ENDINGS = {"all": frozenset(ending for endings in CASES.values() for ending in endings),
                 "gen": frozenset(CASES["gen"])}


# "Президенті, Жоғары мәртебелі X мырза": the style of address between a title and the name it introduces
_HONORIFICS = tuple(tuple(style.split()) for style in kk.words("styles_of_address"))  # styles_of_address.tsv


def _after_honorific(words: list[Word], k: int) -> int:
    """The index of the name after a title, past a comma and a style of address when there is one."""
    j = k + 1 if k < len(words) and words[k].text == "," else k
    for style in _HONORIFICS:
        n = len(style)
        if tuple(w.lower for w in words[j : j + n]) == style and j + n < len(words) and words[j + n].is_cap:
            return j + n
    return k


def _title_case(word: str) -> str:
    """A name word written in capitals as a name is written ("ЖҰМАДІЛДАЕВ" → "Жұмаділдаев"); others as they are."""
    return word.capitalize() if len(word) > 3 and word.isupper() and word.isalpha() else word


def _capital_surname(w: Word) -> bool:
    """A surname written in capitals after a given name ("ЖҰМАДІЛДАЕВ", "ӘБІЛҚЫЗЫ"), not an acronym or a place."""
    text = w.text
    if len(text) <= 3 or not text.isupper() or not text.isalpha() or places.lookup([w]):
        return False
    return is_surname_shaped(name_stem(text.capitalize()))


# Heads of geographic names (lang/kk/data/place_heads.tsv, one-word rows, not the local governments: "әкімдікте"
# after a name is where someone acts): "ауданы", "облысы", "қаласы", "ауылы", "өзені".
_PLACE_HEADS = frozenset(h for h, english in kk.table("place_heads", 2)
                         if " " not in h and not any(x in english for x in ("Akimat", "Maslikhat")))


def _place_head(w: Word) -> bool:
    """A lowercase place head, bare or in a case ("ауданындағы", "облысының", "қаласында")."""
    return w.text.islower() and any(stem in _PLACE_HEADS for stem, _ in stems(w.text))


def _case_word_before_a_name(words: list[Word], a: int, b: int) -> bool:
    """The sentence's first word carries a case ending and is no given name, and a name follows it: a given name,
    or words ending in a surname ("Голдарды Ерасыл Тоқтаров")."""
    first_names = gazetteer.first_names()
    if a != 0 or words[a].text in first_names \
            or not any(c in ("acc", "dat", "loc", "abl", "ins") for _, c in stems(words[a].text)[1:]):
        return False
    return words[a + 1].text in first_names or is_surname_shaped(name_stem(words[b - 1].text))
