"""Title phrases: [OWNER] [PORTFOLIO] [MODIFIERS] TITLE [NAME] (docs/language.md §5.2).

"Бельгия премьер-министрі X", "АҚШ президентінің арнайы өкілі X" (a chain: the last possessed head is the post,
the first noun its owner), "Еуропалық комиссия төрайымы X", "Қытай Коммерция министрі X" (a portfolio),
"саясаттанушы X", "француз әріптесі", "Мемлекет басшысы X" (Kazakhstan's president).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from derek.doc import Mention
from derek.extract import gazetteer, places, titles
from derek.extract.segment import Sentence, Word
from derek.extract.suffixes import stems
from derek.lang import kk
from derek.morph import analyse

# Posts written as a description of an office (docs/language.md §4.3), rows of lang/kk/data/title_offices.tsv:
# written form -> (office, head used to match other mentions of the same post, country assumed as owner)
_OFFICES: dict[str, tuple[str, str, str]] = {
    written: (office, head, country) for written, office, head, country in kk.table("title_offices", 4)
}
DOMESTIC_COUNTRY = "Қазақстан"
_REGION_HEADS = frozenset({"облыс", "облысы", "аудан", "ауданы", "қала", "қаласы"})
_PRONOUNS = frozenset({"ол", "бұл", "осы", "сол", "олар", "мен", "біз", "сіз", "оның", "кейін", "сондай-ақ"})
_POSSESSED = re.compile(r"(?:ы|і|сы|сі)$")


@dataclass(frozen=True)
class TitlePhrase:
    position: str  # nominative post, modifiers included ("арнайы өкіл")
    head: str  # the head's nominative ("өкіл")
    kind: str  # the head's form: nom | poss | poss_gen | poss_case
    owner: str | None  # canonical country / organisation name
    owner_kind: str | None  # GPE | ORGANISATION
    start: int  # first character of the phrase (owner included)
    end: int  # last character of the title word
    first_word: int
    head_word: int
    office: str | None = None  # the office a descriptive post names ("мемлекет басшысы" → "президент")
    owner_assumed: bool = False  # the owner is the default country, not written


def _named(w: Word) -> bool:
    return w.is_cap or w.is_acronym


def _stops_a_name_run(w: Word) -> bool:
    """A capitalised word that cannot belong to an owner's name: a place in a case, a surname, a title."""
    if titles.title_form(w.text) is not None:
        return True
    hit = places.lookup([w])
    if hit and hit[2] not in ("nom", "gen"):
        return True
    low = w.lower
    return len(low) > 4 and low.endswith(("ов", "ев", "ова", "ева", "ұлы", "қызы", "ский", "енко"))


def _org_with_lowercase_head(words: list[Word], j: int, head_stem: str) -> tuple[str, str, int] | None:
    """ "Қазақстан күрес федерациясының", "China COSCO Shipping компаниясының", "«X» ұлттық компаниясының"."""
    i = j
    while i - 1 >= 0 and words[i - 1].is_word and not _named(words[i - 1]) and j - i < 5 \
            and words[i - 1].lower not in kk.words("sentence_adverbs"):  # "Ойыннан кейін құраманың": no name
        i -= 1
    kind = "GPE" if head_stem.lower() in _REGION_HEADS else "ORGANISATION"
    if i - 1 >= 0 and words[i - 1].text == "»":  # an organisation named in quotes
        close = i - 1
        open_ = next((k for k in range(close - 1, max(-1, close - 8), -1) if words[k].text == "«"), None)
        if open_ is not None and close - open_ > 1:
            inner = " ".join(x.text for x in words[open_ + 1 : close])
            return " ".join([inner, *(x.text for x in words[i:j]), head_stem]), kind, open_
        return None
    if i - 1 < 0 or not _named(words[i - 1]):
        return None
    k = i - 1
    while k - 1 >= 0 and _named(words[k - 1]) and not _stops_a_name_run(words[k - 1]) and i - k < 4:
        k -= 1
    if _stops_a_name_run(words[k]) and k < i - 1:
        k += 1
    if k == 0 and k < i - 1 and any(c not in ("nom", "gen") for _, c in stems(words[0].text)[1:]):
        k = 1  # "Форумға Жетісу облысының әкімі": a sentence-initial word in a case is not part of the name
    name = " ".join([*(x.text for x in words[k:j]), head_stem])
    return name, kind, k


def _owner_before(words: list[Word], j: int) -> tuple[str, str, int] | None:
    """The country or organisation whose last word is ``words[j]`` (maybe genitive): (name, kind, first index)."""
    if j < 0:
        return None
    w = words[j]
    where = places.lookup([w])
    if where and where[2] == "locattr" and j > 0 and any(c == "gen" for _, c in stems(words[j - 1].text)):
        return _owner_before(words, j - 1)  # "ұйымының Қазақстандағы өкілі": the organisation's man in a country
    demonym = gazetteer.DEMONYMS.get(w.lower)
    if demonym:
        return demonym, "GPE", j
    if titles.title_form(w.text) is not None:
        return None  # another post ("Бахрейн Королін Премьер-министрдің орынбасары"): not an owner
    readings = stems(w.text)
    head_stem = readings[-1][0]
    genitive = any(c == "gen" for _, c in readings)
    org_noun = gazetteer.is_org_head(head_stem) or gazetteer.is_org_head(w.text)
    if not _named(w):
        if w.lower in _REGION_HEADS and j > 0 and _named(words[j - 1]):  # "Алматы қаласы әкімінің орынбасары"
            hit = places.lookup(words[j - 1 : j])
            if hit and hit[2] in ("nom", "gen"):
                return hit[0], "GPE", j - 1
        if (org_noun or genitive) and titles.title_form(w.text) is None:
            return _org_with_lowercase_head(words, j, head_stem)
        return None
    for n in range(min(4, j + 1), 0, -1):
        span = words[j - n + 1 : j + 1]
        if any(not x.is_word for x in span) or not _named(span[0]):
            continue
        hit = places.lookup(span)
        if hit and hit[2] in ("nom", "gen"):
            return hit[0], hit[1], j - n + 1
    hit = places.lookup([w])
    if hit and hit[2] not in ("nom", "gen"):
        return None  # "Шымкентте қала әкімі": a known place in another case owns nothing
    # an unknown capitalised run ("Түрік Әуежолдары", "Ұлттық банк"): keep it as written, genitive undone
    i = j
    while i - 1 >= 0 and _named(words[i - 1]) and not _stops_a_name_run(words[i - 1]) and j - i < 3:
        i -= 1
    last = next((s for s, c in readings if c == "gen"), w.text)
    if i == 0 and j == 0 and not w.is_acronym:
        return None  # a lone sentence-initial word is too weak to be an owner
    if i == 0 and any(c not in ("nom", "gen") for _, c in stems(words[0].text)[1:]) and j > 0:
        i = 1  # "Кездесуге …": a sentence-initial word in a case is not part of the name
    for p in range(i, j):  # "Сауд Арабиясы Инвестиция …": a known country inside the run owns the rest
        for n in (3, 2, 1):
            hit = places.lookup(words[p : p + n]) if p + n <= j + 1 else None
            if hit and hit[2] in ("nom", "gen") and hit[1] == "GPE":
                return hit[0], hit[1], p
    name = " ".join([*(x.text for x in words[i:j]), last])
    kind = "GPE" if last.lower() in _REGION_HEADS else "ORGANISATION"
    return name, kind, i


def _portfolio(words: list[Word], m: int) -> tuple[list[str], int] | None:
    """ "Коммерция министрі", "Сауда және интеграция министрі": a capitalised bare noun, maybe lowercase words after
    it, right before the title. Returns the words (lowercased) and the index of the first one."""
    k = m - 1
    lowers = 0
    while k >= 0 and words[k].is_word and not _named(words[k]) and lowers < 3:
        w = words[k]
        if titles.title_form(w.text) is not None or gazetteer.is_org_head(w.text) or (
            w.lower != "және" and any(c != "nom" for _, c in stems(w.text)[1:])
        ):
            return None
        k -= 1
        lowers += 1
    if k < 0 or not words[k].is_cap or _stops_a_name_run(words[k]):
        return None
    w = words[k]
    if k == 0 and any(c in ("dat", "abl", "ins") for _, c in stems(w.text)[1:]):
        return None  # "Кеңеске цифрлық даму министрі": a sentence-initial adverbial, not a portfolio
    if w.lower in kk.words("sentence_adverbs"):
        return None  # "Кеше ауыл әкімі": a time adverb, not a portfolio
    if places.lookup([w]) or _POSSESSED.search(w.lower) or w.text in gazetteer.first_names() \
            or w.lower in gazetteer.DEMONYMS or w.lower in _PRONOUNS or any(c == "gen" for _, c in stems(w.text)[1:]):
        return None
    if k > 0 and words[k - 1].is_cap and not places.lookup([words[k - 1]]) and not _initial_in_a_case(words, k - 1):
        return None  # part of a longer capitalised name ("Кеңеске Цифрлық даму министрі": a case ends the run)
    return [x.lower for x in words[k:m]], k


def _initial_in_a_case(words: list[Word], i: int) -> bool:
    """A sentence-initial word with a case ending ("Жиынға", "Кеңеске"): it cannot start a name."""
    return i == 0 and any(c not in ("nom", "gen") for _, c in stems(words[0].text)[1:])


def _chain_start(words: list[Word], j: int) -> tuple[int, list[str]]:
    """Skip earlier titles of a chain ("Премьер-министрінің [бірінші] орынбасары"): (owner index, chain posts)."""
    chain: list[str] = []
    while j >= 0 and (tf := titles.title_form(words[j].text)) is not None and tf.kind in ("poss_gen", "gen"):
        chain.insert(0, titles.genitive(tf.lemma))
        j -= 1
        while j >= 0 and words[j].lower in titles.MODIFIERS and words[j].lower != "және":
            j -= 1
    return j, chain


_ADJECTIVE_SUFFIXES = ("лық", "лік", "дық", "дік", "тық", "тік")


def _lowercase_adjective(w: Word) -> bool:
    """ "өңірлік директоры", "облыстық өкілі": a lowercase relational adjective inside the post."""
    return w.text.islower() and len(w.text) > 5 and w.lower.endswith(_ADJECTIVE_SUFFIXES) \
        and titles.title_form(w.text) is None


@lru_cache(maxsize=1)
def _lower_heads() -> frozenset[str]:
    return frozenset(k.lower() for k in titles.HEADS)


def ner_heads(sentence: Sentence, mentions: Sequence[Mention]) -> dict[int, titles.TitleForm]:
    """Open-vocabulary titles: the last word of an NER POSITION span right before a capitalised word, when the
    title table does not know it ("инспекторы Ерлан …", "маршалы Климент …"). Its nominative comes from the
    morphology (a possessed noun: инспекторы → инспектор)."""
    out: dict[int, titles.TitleForm] = {}
    words = sentence.words
    for m in mentions:
        if m.type != "POSITION" or not (sentence.start <= m.start and m.end <= sentence.end):
            continue
        inside = [i for i, w in enumerate(words) if m.start <= w.start and w.end <= m.end]
        if not inside:
            continue
        last = inside[-1]
        w = words[last]
        if titles.title_form(w.text) is not None or not w.is_word or w.is_cap or last + 1 >= len(words) \
                or not words[last + 1].is_cap or (last > 0 and words[last - 1].lower == "міндетін"):
            continue
        form = _open_form(w.text)
        if form is not None:
            out[last] = form
    return out


def _open_form(word: str) -> titles.TitleForm | None:
    """A title reading of a noun the table lacks: possessed → poss (poss_gen in the genitive), bare → nom."""
    for r in analyse(word.lower()):
        if r.pos != "NOUN" or not r.lemma:
            continue
        feats = dict(r.feats)
        if feats.get("Person[psor]") == "3":
            return titles.TitleForm(r.lemma, "poss_gen" if r.case == "gen" else "poss" if r.case in (None, "nom")
                                    else "poss_case")
        if r.case in (None, "nom") and r.lemma == word.lower():
            return titles.TitleForm(r.lemma, "nom")
    return None


def parse(sentence: Sentence, extra: dict[int, titles.TitleForm] | None = None) -> list[TitlePhrase]:
    """Every title phrase in a sentence (plural titles and titles inside chains are skipped); ``extra`` adds
    title readings by word index (open-vocabulary heads from the NER, see :func:`ner_heads`). A subject's own
    title before another phrase (:func:`subject_titles`) is left out: it introduces no name."""
    return _subjects_dropped(sentence.words, parse_all(sentence, extra))


def subject_titles(sentence: Sentence, phrases: list[TitlePhrase]) -> list[TitlePhrase]:
    """The phrases of :func:`parse_all` that :func:`parse` leaves out ("Елбасы Қырғыз Президенті X-пен"): each
    still refers to its holder, by itself."""
    kept = set(map(id, _subjects_dropped(sentence.words, phrases)))
    return [p for p in phrases if id(p) not in kept]


def parse_all(sentence: Sentence, extra: dict[int, titles.TitleForm] | None = None) -> list[TitlePhrase]:
    """:func:`parse` with the subjects' own titles kept."""
    words = sentence.words
    out: list[TitlePhrase] = []
    heads = _lower_heads()
    for i, w in enumerate(words):
        form = titles.title_form(w.text) or (extra or {}).get(i) or _compound_head(words, i)
        if form is None or form.kind == "case":  # "министрге": a title in a case introduces no name
            continue
        if form.kind == "plural" and not (w.lower.endswith(("ы", "і")) and i + 1 < len(words) and words[i + 1].is_cap):
            continue  # "министрлер" alone names no one; "Мәжіліс депутаттары X мен Y" introduces a list
        acting = _acting_end(words, i) if form.kind in ("poss_gen", "gen") else None
        if acting is not None:  # "бас бапкерінің міндетін атқарушы X", "проректорының м.а. X": the post is kept
            form = titles.TitleForm(form.lemma, "poss")
        elif form.kind in ("poss_gen", "gen") and i + 1 < len(words) and _continues_chain(words, i + 1):
            continue
        m = i
        while m - 1 >= 0 and words[m - 1].lower not in gazetteer.DEMONYMS and (
            words[m - 1].lower in titles.MODIFIERS or _lowercase_adjective(words[m - 1])
        ) and (
            words[m - 1].lower != "және" or (m - 2 >= 0 and words[m - 2].lower in titles.MODIFIERS)
        ):
            m -= 1
        mods = [x.lower for x in words[m:i]]
        head = form.lemma
        izafet = " ".join([*mods, titles.possessive(head)])
        position = izafet if izafet.lower() in heads else " ".join([*mods, head])
        if mods and any(x not in titles.ADJECTIVE_MODIFIERS and not x.endswith(_ADJECTIVE_SUFFIXES) for x in mods):
            position = izafet  # a portfolio noun before the head: "экология министрі"
        owner: tuple[str, str, int] | None = None
        first = m
        office: str | None = None
        assumed = False
        if form.kind in ("nom", "poss") and position.lower() in _OFFICES and not mods:  # "Елбасы X"
            office, head, country = _OFFICES[position.lower()]
            owner, assumed = (country, "GPE", i), True
        elif form.kind != "nom":
            j = m - 1
            fixed = f"{words[j].lower} {titles.possessive(head)}" if j >= 0 else ""
            if fixed in _OFFICES:
                office, head, country = _OFFICES[fixed]
                position = fixed
                owner = (country, "GPE", j)
                assumed = True
            else:
                j, chain = _chain_start(words, j)
                if chain:
                    position = " ".join([*chain, *mods, titles.possessive(head)])
                portfolio = _portfolio(words, j + 1) if not chain and j >= 0 else None
                if portfolio is not None and not places.lookup(words[portfolio[1] : j + 1]):
                    position = " ".join([*portfolio[0], *mods, titles.possessive(head)])
                    j = portfolio[1] - 1
                    first = portfolio[1]
                owner = _owner_before(words, j)
                if owner is None and not chain:
                    found = _portfolio_owner(words, j)
                    if found:
                        owner, words_before = found
                        position = " ".join([*words_before, *mods, titles.possessive(head)])
            if owner:
                first = owner[2]
            outer = _outermost_owner(words, _inner_link_end(words, first, j) if owner else first)
            if outer is not None:  # "ТҮРКСОЙ ұйымының … басқармасының басшысы": the chain's outermost owner
                owner, first = outer, outer[2]
        elif m > 0 and words[m - 1].lower in gazetteer.DEMONYMS:  # "сингапурлық министр", "қазақстандық боксшы"
            owner = (gazetteer.DEMONYMS[words[m - 1].lower], "GPE", m - 1)
            first = m - 1
        elif w.text[:1].isupper() and head in ("президент", "премьер-министр") and (
            i > 0 or (i + 1 < len(words) and (words[i + 1].is_cap or words[i + 1].text.islower()))
        ):  # a sentence-initial "Президент банктің …" is the head of state too
            owner = (DOMESTIC_COUNTRY, "GPE", i)  # "Президент Асқар Бекұлы": domestic by default
            first = i
            assumed = True
        last = acting if acting is not None else i
        out.append(TitlePhrase(position, head, form.kind, owner[0] if owner else None, owner[1] if owner else None,
                               words[first].start, words[last].end, first, last, office, assumed))
    return out


@lru_cache(maxsize=1)
def _compounds() -> dict[tuple[str, str], str]:
    """Fixed two-word titles whose head alone is no title ("еңбек ері", "халық қаһарманы"): (word before, head
    as written) → the head's nominative."""
    out: dict[tuple[str, str], str] = {}
    for title in titles.HEADS:
        parts = title.lower().split()
        if len(parts) == 2 and titles.title_form(parts[1]) is None and parts[1].endswith(("ы", "і")):
            stem = parts[1][:-2] if parts[1].endswith(("сы", "сі")) else parts[1][:-1]
            out[(parts[0], parts[1])] = stem
    return out


def _compound_head(words: list[Word], i: int) -> titles.TitleForm | None:
    if i == 0:
        return None
    stem = _compounds().get((words[i - 1].lower, words[i].lower))
    return titles.TitleForm(stem, "poss") if stem else None


_ACTING = (("міндетін", "атқарушы"), ("міндетін", "атқарушысы"), ("м", ".", "а."), ("м.а.",), ("м", ".", "а", "."))


def _acting_end(words: list[Word], i: int) -> int | None:
    """The index of the last word of an acting marker right after a title in the genitive, or None."""
    for marker in _ACTING:
        n = len(marker)
        if tuple(w.lower for w in words[i + 1 : i + 1 + n]) == marker:
            return i + n
    return None


def _subjects_dropped(words: list[Word], phrases: list[TitlePhrase]) -> list[TitlePhrase]:
    """A bare nominative title right before another title phrase opened by a demonym names a subject of its own,
    not the next name ("Елбасы Қырғыз Президенті X-пен сөйлесті": "Қырғыз" is no name, Елбасы not X's title)."""
    starts = {p.first_word for p in phrases}
    return [p for p in phrases
            if not (p.kind == "nom" and p.first_word == p.head_word and p.head_word + 1 in starts
                    and words[p.head_word + 1].lower in gazetteer.DEMONYMS)]


def _portfolio_owner(words: list[Word], j: int) -> tuple[tuple[str, str, int], list[str]] | None:
    """ "Ресей табиғи ресурстар министрі": up to four lowercase words after a known country or organisation."""
    k = j
    while k >= 0 and k > j - 4 and words[k].is_word and not _named(words[k]):
        if titles.title_form(words[k].text) is not None or any(c != "nom" for _, c in stems(words[k].text)[1:]):
            return None
        k -= 1
        if k >= 0 and _named(words[k]):
            owner = _owner_before(words, k)
            if owner and (gazetteer.country(owner[0]) or gazetteer.organisation(owner[0])):
                first = owner[2] + 1 if any(c == "gen" for _, c in stems(words[owner[2]].text)) else k + 1
                return owner, [x.lower for x in words[min(first, k + 1) : j + 1]]
            return None
    return None


def _continues_chain(words: list[Word], k: int) -> bool:
    """True when a possessed title follows (after modifiers): "президентінің [арнайы] өкілі"."""
    while k < len(words) and words[k].lower in titles.MODIFIERS:
        k += 1
    if k >= len(words):
        return False
    form = titles.title_form(words[k].text)
    return form is not None and form.kind in ("poss", "poss_gen", "poss_case")


# Words that tie a post to an owner further back in a long title: "Президенті жанындағы кеңес", "әлеуметтік даму
# жөніндегі проректоры", "Шетелдердегі түріктер … басқармасының".
_LINKS = kk.words("title_links")  # lang/kk/data/title_links.tsv
_OUTER_SCAN = 12


def _outermost_owner(words: list[Word], first: int) -> tuple[str, str, int] | None:
    """The outermost owner of a long title (docs/extraction.md: a chain keeps its outermost owner): scanning back
    from the phrase's first word over lowercase words, genitives, posts in a chain and links (жанындағы,
    жөніндегі), the furthest known country, known organisation or acronym that owns the chain through a genitive
    or a link. Stops at punctuation, "мен/пен/бен", a word in another case, a participle, a sentence adverb, a
    post of its own, and any other capitalised word (a name before the phrase is someone else's)."""
    best: tuple[str, str, int] | None = None
    linked = False
    k = first - 1
    while k >= 0 and first - k <= _OUTER_SCAN and words[k].is_word:
        w = words[k]
        cases = {c for _, c in stems(w.text)[1:]}
        if w.lower in ("мен", "пен", "бен"):
            break
        form = titles.title_form(w.text)
        if form is not None:
            before_link = k + 1 < len(words) and words[k + 1].lower in _LINKS
            if form.kind not in ("poss_gen", "gen") and not before_link:
                break  # a post of its own ("Премьер-министрі X"), not a link of this chain
            linked = linked or form.kind in ("poss_gen", "gen") or before_link
            k -= 1
            continue
        if w.lower in _LINKS or "gen" in cases:
            linked = True
        elif cases - {"locattr"} or w.lower.endswith(("ған", "ген", "қан", "кен")) \
                or w.lower in kk.words("sentence_adverbs"):
            break
        org_noun = "gen" in cases and any(c == "gen" and gazetteer.is_org_head(st) for st, c in stems(w.text)[1:])
        if _named(w) or org_noun:
            found = _owner_before(words, k) if linked else None
            if found is None or not _known_owner(found):
                break
            best = found
            k = found[2]
            linked = False  # an owner further back needs a link of its own to this one
        k -= 1
    return best


def _inner_link_end(words: list[Word], first: int, last: int) -> int:
    """Where the chain's own scan starts inside an owner found as one run ("ТМД халықаралық ұйымының жастар
    бөлімі"): after its last link or genitive before its last word, else at its first word."""
    start = first
    for idx in range(first, last):
        w = words[idx]
        if w.lower in _LINKS or any(c == "gen" for _, c in stems(w.text)[1:]):
            start = idx + 1
    return start


def _known_owner(owner: tuple[str, str, int]) -> bool:
    name = owner[0]
    first = name.split()[0]
    acronym = "-" not in first and sum(ch.isupper() for ch in first) >= 2  # ТҮРКСОЙ, ҚазҰУ; not Қасым-Жомарт
    return bool(gazetteer.country(name) or gazetteer.organisation(name) or acronym
                or gazetteer.is_org_head(name.split()[-1]))
