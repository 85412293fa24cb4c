"""Position words with English glosses, and their possessive forms (kazakh-notes §5.1).

:func:`title_form` says whether a word is a title and in which form: ``nom`` (президент), ``poss`` (президенті),
``poss_gen`` (президентінің) or ``poss_case`` (президентіне, президентімен).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# Single-word heads: nominative -> English.
HEADS: dict[str, str] = {
    "президент": "president",
    "вице-президент": "vice-president",
    "премьер-министр": "prime minister",
    "премьер": "premier",
    "вице-премьер": "deputy prime minister",
    "министр": "minister",
    "вице-министр": "deputy minister",
    "төраға": "chair",
    "төрайым": "chairwoman",
    "спикер": "speaker",
    "хатшы": "secretary",
    "өкіл": "representative",
    "елші": "ambassador",
    "консул": "consul",
    "басшы": "head",
    "көшбасшы": "leader",
    "жетекші": "leader",
    "бастық": "chief",
    "орынбасар": "deputy",
    "директор": "director",
    "құрылтайшы": "founder",
    "әкім": "akim (governor)",
    "губернатор": "governor",
    "мэр": "mayor",
    "депутат": "member of parliament",
    "сенатор": "senator",
    "мүше": "member",
    "канцлер": "chancellor",
    "король": "king",
    "патшайым": "queen",
    "королева": "queen",
    "әмір": "emir",
    "ханзада": "prince",
    "сұлтан": "sultan",
    "патриарх": "patriarch",
    "прокурор": "prosecutor",
    "судья": "judge",
    "уәкіл": "commissioner",
    "кеңесші": "adviser",
    "көмекші": "aide",
    "қолбасшы": "commander",
    "генерал": "general",
    "шенеунік": "official",
    "тілші": "correspondent",
    "сарапшы": "expert",
    "саясаттанушы": "political scientist",
    "өнертанушы": "art critic",
    "мәдениеттанушы": "cultural scholar",
    "әдебиеттанушы": "literary scholar",
    "композитор": "composer",
    "дирижер": "conductor",
    "суретші": "painter",
    "ректор": "rector",
    "қатысушы": "participant",
    "әріптес": "counterpart",
    "профессор": "professor",
    "академик": "academician",
    "экономист": "economist",
    "талдаушы": "analyst",
    "журналист": "journalist",
    "дипломат": "diplomat",
    "жазушы": "writer",
    "ақын": "poet",
    "ғалым": "scientist",
    "тарихшы": "historian",
    "заңгер": "lawyer",
    "дәрігер": "doctor",
    "бапкер": "coach",
    "жаттықтырушы": "coach",
    "спортшы": "athlete",
    "футболшы": "footballer",
    "боксшы": "boxer",
    "балуан": "wrestler",
    "чемпион": "champion",
    "гроссмейстер": "grandmaster",
    "капитан": "captain",
    "әнші": "singer",
    "актер": "actor",
    "режиссер": "director (film)",
    "продюсер": "producer",
    "кәсіпкер": "entrepreneur",
    "инвестор": "investor",
    "банкир": "banker",
    "менеджер": "manager",
    "инженер": "engineer",
    "мұғалім": "teacher",
    "студент": "student",
    "зерттеуші": "researcher",
    "маман": "specialist",
    "аудитор": "auditor",
    "омбудсмен": "ombudsman",
    "комиссар": "commissioner",
    "еврокомиссар": "European commissioner",
    "атташе": "attaché",
    "делегат": "delegate",
    "бас хатшы": "secretary-general",
    "бас директор": "director general",
    "атқарушы директор": "executive director",
    "арнайы өкіл": "special envoy",
    "тұрақты өкіл": "permanent representative",
    "ресми өкіл": "official spokesperson",
    "баспасөз хатшысы": "press secretary",
    "бас прокурор": "prosecutor general",
    "бас консул": "consul general",
    "бас қолбасшы": "commander-in-chief",
    "Мемлекет басшысы": "head of state",
    "Үкімет басшысы": "head of government",
    "Мемлекеттік хатшы": "secretary of state",
    "бас редактор": "editor-in-chief",
    "сыртқы істер министрі": "foreign minister",
    "ішкі істер министрі": "interior minister",
    "қорғаныс министрі": "defence minister",
    "қаржы министрі": "finance minister",
    "әділет министрі": "justice minister",
    "энергетика министрі": "energy minister",
    "экономика министрі": "economy minister",
    "денсаулық сақтау министрі": "health minister",
    "білім министрі": "education minister",
    "сауда министрі": "trade minister",
    "мәдениет министрі": "culture minister",
    "басқарма төрағасы": "chairman of the management board",
    "бірінші орынбасар": "first deputy",
    "облыс әкімі": "regional akim",
    "қала әкімі": "city mayor",
    "бас бапкер": "head coach",
}

# Lowercase words that may stand before a head inside a position ("арнайы өкіл", "сыртқы істер министрі").
MODIFIERS: dict[str, str] = {
    "арнайы": "special",
    "бас": "chief",
    "тұрақты": "permanent",
    "ресми": "official",
    "атқарушы": "executive",
    "бірінші": "first",
    "сыртқы": "foreign",
    "ішкі": "internal",
    "істер": "affairs",
    "қорғаныс": "defence",
    "қаржы": "finance",
    "әділет": "justice",
    "энергетика": "energy",
    "экономика": "economy",
    "сауда": "trade",
    "ауыл": "agriculture",
    "шаруашылығы": "",
    "білім": "education",
    "ғылым": "science",
    "және": "and",
    "денсаулық": "health",
    "сақтау": "",
    "мәдениет": "culture",
    "ақпарат": "information",
    "цифрлық": "digital",
    "даму": "development",
    "көлік": "transport",
    "өнеркәсіп": "industry",
    "құрылыс": "construction",
    "еңбек": "labour",
    "әлеуметтік": "social",
    "қорғау": "protection",
    "экология": "ecology",
    "туризм": "tourism",
    "спорт": "sport",
    "баспасөз": "press",
    "төтенше": "emergency",
    "жағдайлар": "situations",
    "ұлттық": "national",
    "жоғары": "high",
    "уақытша": "interim",
    "басқарма": "board",
    "облыс": "regional",
    "қала": "city",
    "аудан": "district",
    "су": "water",
    "ресурстары": "resources",
    "өкілетті": "plenipotentiary",
    "тағайындалған": "designate",
    "халықаралық": "international",
    "саяси": "political",
    "әскери": "military",
}

# Modifiers that describe the post rather than name a portfolio (no izafet: "арнайы өкіл", not "арнайы өкілі").
ADJECTIVE_MODIFIERS = frozenset(
    {"арнайы", "бас", "тұрақты", "ресми", "атқарушы", "бірінші", "уақытша", "жоғары", "өкілетті", "тағайындалған",
     "және", "төтенше", "халықаралық", "саяси", "әскери"}
)

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
        forms.setdefault(genitive(base).lower(), TitleForm(base, "gen"))
        for poss in _possessives(base):
            forms[poss] = TitleForm(base, "poss")
            for suf in _CASE_AFTER_POSS:
                kind = "poss_gen" if suf in ("ның", "нің") else "poss_case"
                forms.setdefault(poss + suf, TitleForm(base, kind))
        back = any(c in "аоұыя" for c in base[-3:]) and not any(c in "әеөүі" for c in base[-3:])
        for plural in ("лар", "дар", "тар") if back else ("лер", "дер", "тер"):
            forms.setdefault(base + plural + ("ы" if back else "і"), TitleForm(base, "plural"))
            forms.setdefault(base + plural, TitleForm(base, "plural"))
    return forms


def _possessives(base: str) -> tuple[str, ...]:
    """The possessive, and for loans in -ст the common spoken form without the т (экономист → экономисі)."""
    poss = possessive(base)
    if base.endswith("ст"):
        return poss, base[:-1] + poss[len(base):]
    return (poss,)


def title_form(word: str) -> TitleForm | None:
    """The title reading of one word, or None."""
    return _forms().get(word.lower())


def gloss(position: str) -> str | None:
    """An English gloss for a nominative position phrase (whole phrase first, then modifiers + head)."""
    from derek.text.posts import english_post  # the state's posts and portfolios, translated (posts_en.tsv)

    if (official := english_post(position)) is not None:
        return official
    if position in HEADS:
        return HEADS[position]
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
        from derek.extract.latin import romanize

        return f"{head_en} ({romanize(' '.join(words[:-1]))})"
    mods = [MODIFIERS[w.lower()] for w in words[:-1]]
    return " ".join([m for m in mods if m] + [head_en])
