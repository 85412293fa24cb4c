"""Position words with English glosses, and their possessive forms (docs/language.md §5.1).

:func:`title_form` says whether a word is a title and in which form: ``nom`` (президент), ``poss`` (президенті),
``poss_gen`` (президентінің) or ``poss_case`` (президентіне, президентімен).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from derek.extract import gazetteer
from derek.lang import kk

# Titles (nominative -> English gloss) and their kind: rows of lang/kk/data/title_heads.tsv.
_HEAD_ROWS = kk.table("title_heads", 3)
HEADS: dict[str, str] = {title: english for title, english, _ in _HEAD_ROWS}
# post | profession | honour (a role wherever it introduces a name); sport (a role only with an owner);
# winner (only with an owner or a modifier); not_role (introduces a name, is no post)
KINDS: dict[str, str] = {title.lower(): kind or "post" for title, _, kind in _HEAD_ROWS}
# Heads of a country's leader: "Түркия президенті", "Қырғыз басшысы", "Иордания королі".
HEADS_OF_STATE = frozenset({"президент", "басшы", "король", "әмір", "сұлтан", "премьер-министр", "канцлер"})
_POSTPOSED: dict[str, str] = {title: english for title, english, _ in kk.table("postposed_titles", 3)}

# Lowercase words that may stand before a head inside a position ("арнайы өкіл", "сыртқы істер министрі"):
# rows of lang/kk/data/title_modifiers.tsv. Adjective modifiers describe the post rather than name a portfolio
# (no izafet: "арнайы өкіл", not "арнайы өкілі").
_MODIFIER_ROWS = kk.table("title_modifiers", 3)
MODIFIERS: dict[str, str] = {word: english for word, english, _ in _MODIFIER_ROWS}
ADJECTIVE_MODIFIERS = frozenset(word for word, _, kind in _MODIFIER_ROWS if kind == "adjective")
# "экс-президент": a former post is the post with this prefix
FORMER_PREFIX = "экс-"

# Lowercase words that name the holder's side rather than the post: a title after them is not a person's post.
GROUP_WORDS = frozenset({"елдердің", "мемлекеттердің", "басшылары", "министрлері"})


def genitive(lemma: str) -> str:
    """The genitive of a nominative title, for chains: премьер-министр → премьер-министрдің."""
    low = lemma.lower()
    last_vowel = next((c for c in reversed(low) if c in "аәеоөұүыіэияюуё"), "е")
    front = last_vowel not in "аоұыяё"
    end = low[-1]
    if end in "аәеоөұүыіэяю" or end in "мнң":
        first = "н"
    elif end in "рйулзжи":
        first = "д"
    else:
        first = "т"
    return lemma + first + ("ің" if front else "ың")


def possessive(lemma: str) -> str:
    """The 3rd-person possessive of a nominative title (министр → министрі, төраға → төрағасы)."""
    words = lemma.split()
    head = words[-1]
    low = head.lower()
    if low.endswith(("ы", "і")) and len(words) > 1 and low[-2] not in "шж":
        return lemma  # an izafet compound is already possessed
    last_vowel = next((c for c in reversed(low) if c in "аәеоөұүыіэияюуё"), "е")
    back = last_vowel in "аоұыяё" and not low.endswith("ь")
    if low.endswith("ь"):  # король → королі
        head, low = head[:-1], low[:-1]
    if low[-1] in "аәеоөұүыіэияю":
        suffix = "сы" if back else "сі"
    else:
        suffix = "ы" if back else "і"
        if low.endswith("қ"):
            head = head[:-1] + "ғ"
        elif low.endswith("к") and not low.endswith("нк"):
            head = head[:-1] + "г"
    return " ".join([*words[:-1], head + suffix])


@dataclass(frozen=True)
class TitleForm:
    lemma: str  # the last word's nominative ("министр")
    kind: str  # nom | gen | poss | poss_gen | poss_case | plural


_CASE_AFTER_POSS = ("ның", "нің", "на", "не", "н", "нда", "нде", "нан", "нен", "мен", "ндағы", "ндегі")


@lru_cache(maxsize=1)
def _forms() -> dict[str, TitleForm]:
    forms: dict[str, TitleForm] = {}
    for lemma in HEADS:
        head = lemma.split()[-1].lower()
        base = lemma.split()[-1].lower() if len(lemma.split()) == 1 else head
        if len(lemma.split()) > 1:
            continue
        forms.setdefault(base, TitleForm(base, "nom"))
        if base.endswith(_POSSESSED_COMPOUNDS):  # "елбасы" is ел + басы: cases go on as after a possessive
            for suf in (*_CASE_AFTER_POSS, "ға", "ге", "ны", "ні", "да", "де", "дан", "ден"):  # lexicalised: both
                forms.setdefault(base + suf, TitleForm(base, "gen" if suf in ("ның", "нің") else "poss_case"))
            forms.setdefault(base + _first_plural(base), TitleForm(base, "poss"))
            continue
        forms.setdefault(genitive(base).lower(), TitleForm(base, "gen"))
        for poss in _possessives(base):
            forms[poss] = TitleForm(base, "poss")
            forms.setdefault(poss + _first_plural(poss), TitleForm(base, "poss"))  # "Президентіміз": our president
            for suf in _CASE_AFTER_POSS:
                kind = "poss_gen" if suf in ("ның", "нің") else "poss_case"
                forms.setdefault(poss + suf, TitleForm(base, kind))
        if base.capitalize() not in gazetteer.first_names():  # "Сұлтанмен" is a man's name in a case
            for bare in _bare_cases(base):  # "Премьерге", "министрмен": a title in a case, no name after it
                forms.setdefault(bare, TitleForm(base, "case"))
        back = any(c in "аоұыя" for c in base[-3:]) and not any(c in "әеөүі" for c in base[-3:])
        for plural in ("лар", "дар", "тар") if back else ("лер", "дер", "тер"):
            forms.setdefault(base + plural + ("ы" if back else "і"), TitleForm(base, "plural"))
            forms.setdefault(base + plural, TitleForm(base, "plural"))
    return forms


_POSSESSED_COMPOUNDS = ("басы",)


def _bare_cases(base: str) -> tuple[str, ...]:
    """The dative, accusative, locative, ablative and instrumental of an unpossessed title (docs/language.md §2.4)."""
    from derek.extract.suffixes import CASES, _agrees

    return tuple(base + suffix for case in ("dat", "acc", "loc", "abl", "ins") for suffix in CASES[case]
                 if _agrees(base, suffix, case))


def _first_plural(possessed: str) -> str:
    """The 1st-person plural possessive ending after a possessed form: президенті → президентіміз."""
    back = next((c for c in reversed(possessed) if c in "аәеоөұүыіэияю"), "е") in "аоұыя"
    return "мыз" if back else "міз"


def _possessives(base: str) -> tuple[str, ...]:
    """The possessive, and for loans in -ст the common spoken form without the т (экономист → экономисі)."""
    poss = possessive(base)
    if base.endswith("ст"):
        return poss, base[:-1] + poss[len(base):]
    return (poss,)


def title_form(word: str) -> TitleForm | None:
    """The title reading of one word, or None ("экс-министрі": the former post, lemma "экс-министр")."""
    low = word.lower()
    form = _forms().get(low)
    if form is None and low.startswith(FORMER_PREFIX):
        inner = _forms().get(low[len(FORMER_PREFIX) :])
        if inner is not None:
            return TitleForm(FORMER_PREFIX + inner.lemma, inner.kind)
    return form


def kind(title: str) -> str:
    """The kind of a title (post, profession, honour, sport, winner, not_role) by its nominative head."""
    low = title.lower()
    if low.startswith(FORMER_PREFIX):
        low = low[len(FORMER_PREFIX) :]
    return KINDS.get(low, "post")


def gloss(position: str) -> str | None:
    """An English gloss for a nominative position phrase (whole phrase first, then modifiers + head)."""
    from derek.text.posts import english_post  # the state's posts and portfolios, translated (posts_en.tsv)

    if (official := english_post(position)) is not None:
        return official
    if position.lower().startswith(FORMER_PREFIX):
        inner = gloss(position[len(FORMER_PREFIX) :])
        return f"former {inner}" if inner else None
    if position in HEADS:
        return HEADS[position]
    if position in _POSTPOSED:
        return _POSTPOSED[position]  # "хан" → khan (a title after the name: "Абылай хан")
    low = position.lower()
    for key, value in HEADS.items():
        if key.lower() == low:
            return value
    words = position.split()
    head = words[-1].lower()
    head_en = HEADS.get(head)
    if head_en is None:
        form = title_form(head)
        head_en = HEADS.get(form.lemma) if form else None
    if head_en is None:
        return None
    owners = [form.lemma for w in words[:-1] if (form := title_form(w)) is not None and form.kind == "gen"]
    if owners:  # "премьер-министрдің орынбасары": deputy of the prime minister
        rest = " ".join(w for w in words if (f := title_form(w)) is None or f.kind != "gen")
        inner = gloss(rest) or head_en
        return f"{inner} of the {' and '.join(HEADS.get(o, o) for o in owners)}"
    unknown = [w for w in words[:-1] if w.lower() not in MODIFIERS]
    if unknown:  # a portfolio we have no words for: keep it, romanised, after the head
        from derek.text.translit import romanize

        return f"{head_en} ({romanize(' '.join(words[:-1]))})"
    mods = [MODIFIERS[w.lower()] for w in words[:-1]]
    return " ".join([m for m in mods if m] + [head_en])
