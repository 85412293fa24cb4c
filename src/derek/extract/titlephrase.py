"""Title phrases: [OWNER] [MODIFIERS] TITLE [NAME] (kazakh-notes §5.2).

"Бельгия премьер-министрі X", "АҚШ президентінің арнайы өкілі X" (a chain: the last possessed head is the post,
the first genitive its owner), "Еуропалық комиссия төрайымы X", "саясаттанушы X", "француз әріптесі".
"""

from __future__ import annotations

from dataclasses import dataclass

from derek.extract import gazetteer, places, titles
from derek.extract.segment import Sentence, Word
from derek.extract.suffixes import stems

# Fixed compounds whose owner word is part of the post; they name Kazakhstan's offices (kazakh-notes §4.3).
_DOMESTIC = {"мемлекет басшысы": "Мемлекет басшысы", "үкімет басшысы": "Үкімет басшысы"}
DOMESTIC_COUNTRY = "Қазақстан"


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


def _owner_before(words: list[Word], j: int, sentence: Sentence | None) -> tuple[str, str, int] | None:
    """The country or organisation whose last word is ``words[j]`` (maybe genitive): (name, kind, first index)."""
    if j < 0:
        return None
    w = words[j]
    demonym = gazetteer.DEMONYMS.get(w.lower)
    if demonym:
        return demonym, "GPE", j
    head_stem = stems(w.text)[-1][0]
    genitive = any(c == "gen" for _, c in stems(w.text))
    org_noun = gazetteer.is_org_head(head_stem) or gazetteer.is_org_head(w.text)
    if not (w.is_cap or w.is_acronym) and (org_noun or genitive) and titles.title_form(w.text) is None:
        # "Қазақстан күрес федерациясының", "Түрікменстан делегациясының": a capitalised word, maybe lowercase
        # words, then a noun (in the genitive, or an organisation noun)
        i = j
        while i - 1 >= 0 and words[i - 1].is_word and not (words[i - 1].is_cap or words[i - 1].is_acronym) \
                and j - i < 3:
            i -= 1
        if i - 1 >= 0 and (words[i - 1].is_cap or words[i - 1].is_acronym):
            name = " ".join([*(x.text for x in words[i - 1 : j]), head_stem])
            return name, "ORGANISATION", i - 1
        return None
    if not (w.is_cap or w.is_acronym):
        return None
    for n in range(min(4, j + 1), 0, -1):
        span = words[j - n + 1 : j + 1]
        if any(not x.is_word for x in span):
            continue
        if not (span[0].is_cap or span[0].is_acronym):
            continue
        hit = places.lookup(span)
        if hit and hit[2] in ("nom", "gen"):
            return hit[0], hit[1], j - n + 1
    # an unknown capitalised run ("Түрік Әуежолдары", "Ұлттық банк"): keep it as written, genitive undone
    i = j
    while i - 1 >= 0 and (words[i - 1].is_cap or words[i - 1].is_acronym) and j - i < 3:
        i -= 1
    if not (words[i].is_cap or words[i].is_acronym):
        return None
    last = words[j].text
    for stem, case in stems(last):
        if case == "gen":
            last = stem
            break
    name = " ".join([*(x.text for x in words[i:j]), last])
    if i == 0 and j == 0 and not words[0].is_acronym:
        return None  # a lone sentence-initial word is too weak to be an owner
    if j > i:  # "Қазақстанның Оқу-ағарту министрі": a country in the genitive, then a portfolio
        lead = places.lookup(words[i : i + 1])
        if lead and lead[2] == "gen":
            return lead[0], lead[1], i
    return name, "ORGANISATION", i


def parse(sentence: Sentence) -> list[TitlePhrase]:
    """Every title phrase in a sentence (plural titles and titles inside chains are skipped)."""
    words = sentence.words
    out: list[TitlePhrase] = []
    for i, w in enumerate(words):
        form = titles.title_form(w.text)
        if form is None or form.kind == "plural":
            continue
        if form.kind == "poss_gen" and i + 1 < len(words) and _continues_chain(words, i + 1):
            continue
        m = i
        while m - 1 >= 0 and words[m - 1].lower in titles.MODIFIERS and (
            words[m - 1].lower != "және" or (m - 2 >= 0 and words[m - 2].lower in titles.MODIFIERS)
        ):
            m -= 1
        mods = [x.lower for x in words[m:i]]
        head = form.lemma
        izafet = " ".join([*mods, titles.possessive(head)])
        position = izafet if izafet.lower() in {k.lower() for k in titles.HEADS} else " ".join([*mods, head])
        owner: tuple[str, str, int] | None = None
        first = m
        if mods and any(x not in titles.ADJECTIVE_MODIFIERS for x in mods):
            position = izafet  # a portfolio noun before the head: "экология министрі"
        if form.kind != "nom":
            j = m - 1
            fixed = f"{words[j].lower} {titles.possessive(head)}" if j >= 0 else ""
            if fixed in _DOMESTIC:
                position = head = _DOMESTIC[fixed]
                owner = (DOMESTIC_COUNTRY, "GPE", j)
            else:
                # a chain: skip earlier possessed titles in the genitive, the owner is the first noun
                while j >= 0 and (tf := titles.title_form(words[j].text)) is not None and tf.kind == "poss_gen":
                    j -= 1
                    while j >= 0 and words[j].lower in titles.MODIFIERS and words[j].lower != "және":
                        j -= 1
                owner = _owner_before(words, j, sentence)
                if owner is None:
                    found = _portfolio_owner(words, j)
                    if found:
                        owner, portfolio = found
                        position = " ".join([*portfolio, *mods, titles.possessive(head)])
            lead_gen = owner is not None and any(c == "gen" for _, c in stems(words[owner[2]].text)[1:])
            if owner and lead_gen and owner[2] + 1 < m and not mods and owner[2] + 1 <= j:
                between = [x.text for x in words[owner[2] + 1 : j + 1] if x.is_word]
                if between and all(x.is_cap for x in words[owner[2] + 1 : j + 1]):
                    position = " ".join([*(b.lower() for b in between), titles.possessive(head)])
            if owner:
                first = owner[2]
        elif w.text[:1].isupper() and head in ("президент", "премьер-министр") and (
            i > 0 or (i + 1 < len(words) and words[i + 1].is_cap)
        ):
            owner = (DOMESTIC_COUNTRY, "GPE", i)  # "Президент Қасым-Жомарт Тоқаев": domestic by default
            first = i
        out.append(TitlePhrase(position, head, form.kind, owner[0] if owner else None, owner[1] if owner else None,
                               words[first].start, w.end, first, i))
    return out


def _portfolio_owner(words: list[Word], j: int) -> tuple[tuple[str, str, int], list[str]] | None:
    """ "Ресей табиғи ресурстар министрі": up to three lowercase words after a known country or organisation."""
    k = j
    while k >= 0 and k > j - 4 and words[k].is_word and not (words[k].is_cap or words[k].is_acronym):
        if titles.title_form(words[k].text) is not None:
            return None
        k -= 1
        if k >= 0 and (words[k].is_cap or words[k].is_acronym):
            owner = _owner_before(words, k, None)
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
