"""Claims: a number with what it counts (26 ел, 21 миллион адам), money with its currency, percentages (§7.4)."""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation
from functools import cache

from derek.doc import Claim, Span
from derek.extract.dates import MONTHS
from derek.extract.gazetteer import DEMONYMS
from derek.extract.suffixes import CASES
from derek.lang import kk
from derek.morph import analyse

_SCALE = {"мың": 3, "млн": 6, "миллион": 6, "млрд": 9, "миллиард": 9, "трлн": 12, "триллион": 12}  # powers of ten
_CURRENCY = {
    "доллар": "USD", "долларға": "USD", "теңге": "KZT", "еуро": "EUR", "рубль": "RUB", "юань": "CNY",
    "фунт": "GBP", "иена": "JPY", "сом": "KGS", "сум": "UZS", "лира": "TRY", "₸": "KZT", "$": "USD", "€": "EUR",
}
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?)(?:-(?P<suffix>\w+))?"
    r"(?:\s*(?P<pct>%|пайыз\w*))?"
    r"(?:\s+(?P<scale>мың\w*|млн\.?|миллион\w*|млрд\.?|миллиард\w*|трлн\.?|триллион\w*))?"
    r"(?:(?:\s+|(?<=\.))(?:АҚШ\s+)?(?P<unit>[а-яәғқңөұүһі$€₸]+))?",
    re.IGNORECASE,
)
# "4-6%", "2024–2025": a range of two numbers is no single claim
_RANGE_AFTER = re.compile(r"\s*[-–—]\s*\d")
_RANGE_BEFORE = re.compile(r"\d\s*[-–—]\s*$")
# What a hyphen may join to a number and still leave a quantity ("100-ден астам", "12 талдаушының 9-ы"):
# case and possessive endings; any other word after the hyphen makes an ordinal ("75-сессия", "9-сынып").
_POSSESSIVE = ("", "ы", "і", "сы", "сі", "ын", "ін", "н")
_QUANTITY_SUFFIXES = frozenset(
    p + c for p in _POSSESSIVE for c in ("", *(x for xs in CASES.values() for x in xs))
) | {"тей", "дей", "дай", "тай", "ке дейін", "ға дейін", "ге дейін", "қа дейін"}


@cache
def _non_units() -> tuple[frozenset[str], tuple[str, ...]]:
    """Words after a number that make it no claim (ages, durations, grades, weight classes): exact forms, prefixes."""
    forms = [row[0].lower() for row in kk.table("claim_non_units", 2)]
    return frozenset(f for f in forms if not f.endswith("*")), tuple(f[:-1] for f in forms if f.endswith("*"))


def _not_a_quantity(word: str) -> bool:
    exact, prefixes = _non_units()
    low = word.lower()
    return low in exact or low.startswith(prefixes)
_WORD_NUMBERS = {
    "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10,
    "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70, "сексен": 80, "тоқсан": 90,
    "жүз": 100,
}
# A word numeral counts only with a scale word ("екі миллион адам"): "екі ел" is phrasing, not a reported quantity.
_WORD_NUMBER = re.compile(r"\b(?P<word>" + "|".join(_WORD_NUMBERS) + r")\s+(?P<scale>мың|миллион|миллиард|триллион)"
                          r"\w*\s+(?P<unit>[а-яәғқңөұүһі]+)", re.IGNORECASE)
_NOT_UNITS = kk.words("claim_function_words")
_HEDGES = kk.words("claim_hedges")


_UNIT_SUFFIXES = sorted(
    ["ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті",
     "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "сы", "сі",
     "сына", "сіне", "сын", "сін", "сының", "сінің"],
    key=len, reverse=True,
)


def _unit(word: str) -> str:
    """The counted noun in nominative: елден → ел, долларға → доллар, компаниясы → компания."""
    low = word.lower()
    if low.endswith(("шы", "ші")):
        return low
    for currency in _CURRENCY:
        if low.startswith(currency) and currency.isalpha():
            return currency
    if low in _HEDGES or low in _NOT_UNITS:
        return low
    nouns = [r.lemma.lower() for r in analyse(low) if r.pos == "NOUN" and r.lemma]
    stripped = _strip_case(low)
    if stripped != low and stripped in nouns and not low.endswith(("мен", "бен", "пен")):
        return stripped  # a case ending the morphology also reads (гектарды → гектар)
    for lemma in nouns:  # else the morphology's noun lemma; a stem cut too short ("гек") is passed over
        if not (len(lemma) < 4 and len(low) >= 7):
            return lemma
    return stripped


def _strip_case(low: str) -> str:
    for suffix in _UNIT_SUFFIXES:
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) >= 2 and any(c in "аәеоөұүыіэиуя" for c in stem):
            return stem
    return low


_ADJECTIVES = kk.words("claim_adjectives")
# Participles that stand before a counted noun ("12 бірлескен жоба", "5 салынған мектеп").
_PARTICIPLE_ENDINGS = ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін")
# Numbers that are not quantities: a match score ("3:0 есебімен"), a weight class ("57 келіге").
_SCORE = re.compile(r"\d\s*:\s*$|^\s*:\s*\d")
_CATEGORY_UNITS = ("есеб", "есеп", "келіге", "кг-ға", "келі салмақ", "кг салмақ")


_NOUNS_LIKE_ADJECTIVES = frozenset({"бірлік", "мүмкіндік", "кәсіпорындық"})


def _is_adjective(word: str) -> bool:
    low = word.lower()
    return low in DEMONYMS or low in _ADJECTIVES or (len(low) > 5 and low.endswith(_PARTICIPLE_ENDINGS)) or (
        low.endswith(("лық", "лік", "дық", "дік", "тық", "тік", "ғы", "гі")) and low not in _NOUNS_LIKE_ADJECTIVES
    )


def _modifies_next(word: str, rest: str) -> bool:
    """ "елді мекен": a word in -лы/-ды before a noun (not before a verb) is an adjective."""
    nxt = re.match(r"\s+([а-яәғқңөұүһі]+)", rest)
    low = word.lower()
    if nxt is None or any(low.startswith(c) for c in _CURRENCY if c.isalpha()):
        return False
    return low.endswith(("лы", "лі", "ды", "ді", "ты", "ті")) and not _is_verb_like(nxt.group(1).lower())


def _is_verb(word: str) -> bool:
    """The morphology's best reading is a finite verb ("тұрады"), not a possessed noun ("студенті")."""
    if word.endswith(("шы", "ші")):  # agent nouns (құтқарушы) read as verbs to the morphology
        return False
    readings = analyse(word)
    if not readings:
        return _is_verb_like(word)
    return readings[0].pos == "VERB" and readings[0].case is None


# "12 талдаушының 9-ы": the whole a part is counted from; "контейнерлер саны": the number of …
_OF_WHOLE = re.compile(r"\d[\d ,]*\s+(?P<noun>[а-яәғқңөұүһі]+?)(?:ның|нің|дың|дің|тың|тің)\s*$", re.IGNORECASE)
_NUMBER_OF = re.compile(r"(?P<noun>[а-яәғқңөұүһі]{3,}?)(?:лар|лер|дар|дер|тар|тер)?\s+саны\b[^.,;:!?]*$",
                        re.IGNORECASE)


def _verb_follows(rest: str) -> bool:
    nxt = re.match(r"\s+([а-яәғқңөұүһі]+)\s*[.,;!?]", rest)
    return nxt is not None and _is_verb(nxt.group(1).lower())


def _is_verb_like(unit: str) -> bool:
    return unit.endswith(("анын", "енін", "ынын", "інін", "ған", "ген", "қан", "кен", "ды", "ді", "ты", "ті", "ып",
                          "іп", "ады", "еді"))


def _voiced(word: str) -> str:
    """The stem before a vowel suffix: final к/қ/п voice to г/ғ/б (қыркүйек → қыркүйег)."""
    return word[:-1] + {"к": "г", "қ": "ғ", "п": "б"}.get(word[-1], word[-1])


_LARGEST = 1e18  # no figure a news text reports is larger (world GDP in tenge is about 5e16)


def _finite(exact: Decimal) -> float | None:
    """The value as a float, or None when it is not finite or too large to be a reported quantity."""
    try:
        value = float(exact)
    except (OverflowError, InvalidOperation, ValueError):
        return None
    return value if math.isfinite(value) and abs(value) <= _LARGEST else None


def extract(text: str) -> list[Claim]:
    claims: list[Claim] = []
    for m in _NUMBER.finditer(text):
        raw = m.group("num")
        if _RANGE_AFTER.match(text, m.end("num")) or _RANGE_BEFORE.search(text[max(0, m.start() - 3) : m.start()]):
            continue  # "4-6%", "2024–2025": a range
        suffix = (m.group("suffix") or "").lower()
        if suffix and suffix not in _QUANTITY_SUFFIXES and not re.match(r"(?:ы|і|сы|сі)\b", suffix):
            continue  # "75-сессия", "9-сынып": an ordinal before its noun
        next_word = re.match(r"\s+([а-яәғқңөұүһі-]+)", text[m.end("num") :], re.IGNORECASE)
        if next_word and not m.group("pct") and not m.group("scale") and _not_a_quantity(next_word.group(1)):
            continue  # "43 жастағы", "3 күнге", "57 келіде": an age, a duration, a weight class
        after = text[m.end("num") : m.end("num") + 12].lstrip("-")
        yearish = re.match(r"\s*(жыл|ж\.|ғасыр|сағат)", after) or (re.match(r"\d{4}$", raw) and not m.group("pct"))
        if yearish and (not m.group("unit") or m.group("unit").lower().startswith("жыл")):
            continue
        unit_word = m.group("unit") or ""
        part = re.match(r"\d+-(?:ы|і|сы|сі)\b", text[m.start() : m.end("num") + 6])
        if part:  # "12 талдаушының 9-ы": nine of the twelve analysts
            whole = _OF_WHOLE.search(text[max(0, m.start() - 60) : m.start()])
            if whole:
                claims.append(Claim(float(raw), part.group(0), Span(m.start(), m.start() + part.end()),
                                    _unit(whole.group("noun")), "count"))
            continue
        if re.match(r"\d+-(?:ншы|нші|шы|ші|ыншы|інші)\b", text[m.start() : m.end("num") + 6]):
            continue  # "5-ші" (fifth): not a quantity
        if unit_word.lower() in MONTHS or any(unit_word.lower().startswith((mo, _voiced(mo))) for mo in MONTHS):
            continue  # a date: "5 қыркүйек", "8 қыркүйегінде"
        if re.fullmatch(r"(?:19|20)\d\d", raw) and not m.group("scale") and re.search(
                r"(?:ы|і|сы|сі)(?:ның|нің|на|не|нда|нде|н)?$", unit_word.lower()):
            continue  # "2026 іріктеуінің": a year naming a possessed thing
        if _SCORE.search(text[max(0, m.start() - 3) : m.start()]) or _SCORE.match(text[m.end("num") :]) or (
            text[m.end("num") : m.end("num") + 16].lower().lstrip().startswith(_CATEGORY_UNITS)
        ):
            continue
        exact = Decimal(raw.replace(" ", "").replace("\u00a0", "").replace(",", "."))
        scale = m.group("scale")
        if scale:  # exact decimal arithmetic: "4,1 трлн" is 4100000000000, not 4099999999999.9995
            exact = exact.scaleb(next(v for k, v in _SCALE.items() if scale.lower().startswith(k)))
        value = _finite(exact)
        if value is None:
            continue  # a number too long to be a quantity (hundreds of digits): no claim, never Infinity
        end = m.end()
        if m.group("pct"):
            points = re.match(r"\s+тармақ\w*", text[m.end("pct") :]) if m.group("pct").lower() == "пайыздық" else None
            if points:  # "0,5 пайыздық тармақ": percentage points, not a percentage
                end = m.end("pct") + points.end()
                claims.append(Claim(value, text[m.start() : end], Span(m.start(), end), "пайыздық тармақ", "count"))
                continue
            claims.append(Claim(value, text[m.start() : m.end("pct")], Span(m.start(), m.end("pct")), "пайыз",
                                "percent"))
            continue
        unit: str | None = _unit(unit_word) if unit_word else None
        for _ in range(4):  # "100-ден астам жаңа бірлескен компания": skip a hedge, then adjectives/participles
            if not (unit in _HEDGES or (unit_word and _is_adjective(unit_word))):
                break
            nxt = re.match(r"\s+([а-яәғқңөұүһі]+)", text[end:], re.IGNORECASE)
            if nxt is None or (unit not in _HEDGES and _is_verb(nxt.group(1).lower())
                               and not _is_adjective(nxt.group(1))):
                break  # "100 мыңнан астам корей тұрады": the demonym is the noun
            unit_word = nxt.group(1)
            unit = _unit(unit_word)
            end = end + nxt.end()
        adjective = bool(unit and unit_word and _modifies_next(unit_word, text[end:]))
        if adjective:
            unit = unit_word.lower()  # "14 елді мекенде": an adjective in -ды/-ді keeps its ending
        if unit in _NOT_UNITS or (unit is not None and not adjective and _is_verb_like(unit)):
            unit = None
        if unit is not None and not adjective and unit_word and _is_verb(unit_word.lower()) and not _verb_follows(
            text[end:]
        ):
            unit = None  # "100 мыңнан астам корей тұрады"; but "16,2 центнерді құрады": the verb comes next
        if unit is None or unit in _HEDGES:
            counted = _NUMBER_OF.search(text[max(0, m.start() - 80) : m.start()])
            unit = _unit(counted.group("noun")) if counted and scale else None  # "контейнерлер саны … 1 миллионға"
        if unit is None and not scale:
            continue
        currency = next((c for k, c in _CURRENCY.items() if unit and unit.startswith(k)), None)
        kind = "money" if currency else "count"
        claims.append(Claim(value, text[m.start() : end], Span(m.start(), end), unit, kind, currency))
    for m in _WORD_NUMBER.finditer(text):
        exact = Decimal(_WORD_NUMBERS[m.group("word").lower()]).scaleb(_SCALE[m.group("scale").lower()])
        unit = _unit(m.group("unit"))
        currency = next((c for k, c in _CURRENCY.items() if unit.startswith(k)), None)
        claims.append(Claim(float(exact), m.group(0), Span(m.start(), m.end()), unit,
                            "money" if currency else "count", currency))
    claims.sort(key=lambda c: c.evidence.start)
    return claims
