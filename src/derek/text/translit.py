"""Kazakh Cyrillic ↔ Latin (docs/language.md §1.5) and the cross-script search key (§1.6).

* :func:`to_latin` — the official 2021 alphabet (Қазақстан → Qazaqstan, Үкімет → Ükımet).
* :func:`from_latin` — 2021 Latin back to Cyrillic. Not exactly reversible: ``i`` is и or й, ``h`` is х or һ,
  ``ts`` is тс or ц; the rules pick the usual reading.
* :func:`romanize` — for English readers (Тоқаев → Tokaev, Жомарт → Zhomart), with known English names of
  countries and capitals (Ресей → Russia).
* :func:`fold_key` — a lowercase ASCII key that Cyrillic, 2021/2018/2017 Latin and English spellings of a word
  share (Тоқаев, Toqaev, Tokaev, Tokayev → ``tokaev``).
"""

from __future__ import annotations

import re
import unicodedata

from derek.text.exonyms import english_name, split_place_head
from derek.text.posts import english_post

_WORD = re.compile(r"[^\W\d_]+")

# --- Cyrillic → 2021 Latin -----------------------------------------------------------------------------
_LATIN_2021 = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o",
    "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}  # fmt: skip
# Kazakh Latin casing: и/й → İ, і → I (the capital of dotless ı).
_LATIN_2021_UPPER_EXCEPTIONS = {"и": "İ", "й": "İ", "і": "I", "ё": "İo", "ю": "İu", "я": "İa"}


def _case_tables(lower: dict[str, str], upper_exceptions: dict[str, str]) -> tuple[dict[int, str], dict[int, str]]:
    """Translate tables for mixed-case words and for ALL-CAPS words (where digraphs are all capitals)."""
    mixed: dict[int, str] = {}
    caps: dict[int, str] = {}
    for cyr, lat in lower.items():
        mixed[ord(cyr)] = lat
        caps[ord(cyr)] = lat
        upper = upper_exceptions.get(cyr, lat[:1].upper() + lat[1:])
        mixed[ord(cyr.upper())] = upper
        caps[ord(cyr.upper())] = upper.upper() if cyr not in upper_exceptions else upper[:1] + upper[1:].upper()
    return mixed, caps


_TO_LATIN_MIXED, _TO_LATIN_CAPS = _case_tables(_LATIN_2021, _LATIN_2021_UPPER_EXCEPTIONS)


def _translate_words(text: str, mixed: dict[int, str], caps: dict[int, str]) -> str:
    def one(match: re.Match[str]) -> str:
        word = match.group()
        table = caps if len(word) > 1 and word.isupper() else mixed
        return word.translate(table)

    return _WORD.sub(one, text)


def to_latin(text: str) -> str:
    """``text`` in the 2021 Kazakh Latin alphabet; non-Cyrillic characters pass through."""
    return _translate_words(text, _TO_LATIN_MIXED, _TO_LATIN_CAPS)


# --- English-reader romanisation -----------------------------------------------------------------------
_ROMAN = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}  # fmt: skip
_ROMAN_MIXED, _ROMAN_CAPS = _case_tables(_ROMAN, {})


def _english_name(phrase: str) -> str | None:
    return english_name(phrase)


def romanize(text: str) -> str:
    """``text`` spelled for English readers: a whole known place, organisation or post gets its English name
    (Париж → Paris, Ұлттық банк → National Bank of Kazakhstan, энергетика министрлігі → Ministry of Energy),
    a place with a known head its English pattern (Маңғыстау облысы → Mangghystau Region)."""
    known = _english_name(text.strip()) or english_post(text)
    if known is not None:
        return known
    headed = split_place_head(text.strip())
    if headed is not None:
        return headed[1].replace("{}", romanize(headed[0]))

    def one(match: re.Match[str]) -> str:
        word = match.group()
        known_word = _english_name(word)
        if known_word is not None:
            return known_word
        table = _ROMAN_CAPS if len(word) > 1 and word.isupper() else _ROMAN_MIXED
        return word.translate(table)

    return re.sub(r"[^\W\d_]+(?:-[^\W\d_]+)*", one, text)


# --- 2021 Latin → Cyrillic -----------------------------------------------------------------------------
_FROM_LATIN = {
    "a": "а", "ä": "ә", "b": "б", "v": "в", "g": "г", "ğ": "ғ", "d": "д", "e": "е", "j": "ж", "z": "з",
    "k": "к", "q": "қ", "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о", "ö": "ө", "p": "п", "r": "р",
    "s": "с", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "f": "ф", "h": "х", "y": "ы", "ı": "і", "ş": "ш",
    "c": "ц", "w": "у", "x": "кс",
}  # fmt: skip
_LATIN_VOWELS = frozenset("aäeioöuūüyı")
# Words whose h is һ (docs/language.md §1.5); matched on the start of a lowercase word.
_H_WORDS = ("şahar", "jihaz", "qaharman", "jihan", "gauhar", "allah", "mahabbat", "tauhid", "sahaba")


def _latin_lower(word: str) -> str:
    """Lowercase with the Kazakh Latin case map: İ → i, I → ı."""
    return word.replace("İ", "i").replace("I", "ı").lower()


def _cyrillic_word(word: str) -> str:
    low = _latin_lower(word)
    out: list[str] = []
    i = 0
    n = len(low)
    while i < n:
        ch = low[i]
        prev = low[i - 1] if i else ""
        if ch == "c" and low.startswith("ch", i):
            out.append("ч")
            i += 2
            continue
        if ch == "i":
            nxt = low[i + 1] if i + 1 < n else ""
            if nxt in ("a", "u") and (i == 0 or prev in _LATIN_VOWELS):
                out.append("я" if nxt == "a" else "ю")  # ia → я, iu → ю at a word start or after a vowel
                i += 2
                continue
            out.append("й" if prev in _LATIN_VOWELS else "и")
            i += 1
            continue
        out.append(_FROM_LATIN.get(ch, ch))
        i += 1
    cyr = "".join(out)
    if "h" in low and any(low.startswith(w) for w in _H_WORDS):
        cyr = cyr.replace("х", "һ")
    return _restore_case(word, cyr)


def _restore_case(latin: str, cyr: str) -> str:
    if len(latin) > 1 and latin.isupper():
        return cyr.upper()
    if latin[:1].isupper():
        return cyr[:1].upper() + cyr[1:]
    return cyr


def from_latin(text: str) -> str:
    """2021 Kazakh Latin ``text`` back in Cyrillic (best effort; other characters pass through)."""
    return _WORD.sub(lambda m: _cyrillic_word(m.group()), text)


# --- the search key ------------------------------------------------------------------------------------
_KEY_CYRILLIC = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "і": "i", "ь": "", "э": "e",
    "ю": "iu", "я": "ia",
}  # fmt: skip
_KEY_CYRILLIC_TABLE = str.maketrans(_KEY_CYRILLIC)
# Latin letters whose diacritics carry meaning: strip them to the key letter before the generic strip.
_KEY_LATIN = str.maketrans(
    {"ş": "sh", "ç": "ch", "ı": "i", "ý": "u", "ú": "u", "ü": "u", "ū": "u", "ə": "a", "ɵ": "o", "ß": "ss",
     "ʼ": "", "'": "", "’": "", "‘": "", "`": "", "´": ""}
)  # fmt: skip
# 2017 apostrophe letters that are not just the base letter: s' = ш, c' = ч, y' = у.
_KEY_2017 = re.compile(r"([scy])['’ʼ]", re.IGNORECASE)
_KEY_2017_MAP = {"s": "sh", "c": "ch", "y": "u"}
_KEY_DIGRAPHS = (
    (re.compile("shch"), "sh"),
    (re.compile("dzh"), "dj"),
    (re.compile("zh"), "j"),
    (re.compile("kh"), "h"),
    (re.compile("gh"), "g"),
    (re.compile("ng"), "n"),
    (re.compile("q"), "k"),
    (re.compile("x"), "ks"),
    (re.compile("w"), "u"),
    (re.compile("c(?!h)"), "ts"),
    (re.compile("y"), "i"),
)
# The glide of English -yev / Ye-: Tokayev, Yerlan ↔ Тоқаев, Ерлан.
_KEY_GLIDE = re.compile(r"(?<=[aeiou])i(?=e)|\bi(?=e)")
_KEY_DOUBLE = re.compile(r"([a-z])\1+")
_KEY_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# English exonyms whose key differs from the Kazakh one only by an h: Kazakh(stan) → kazak(stan).
_KEY_EXONYMS = ((re.compile(r"\bkazah"), "kazak"),)


def fold_key(text: str) -> str:
    """The lowercase ASCII search key of ``text`` (words joined by single spaces)."""
    key = text.replace("İ", "i").replace("I", "i").lower()
    key = key.translate(_KEY_CYRILLIC_TABLE)
    key = _KEY_2017.sub(lambda m: _KEY_2017_MAP[m.group(1).lower()], key)
    key = key.translate(_KEY_LATIN)
    if not key.isascii():  # ASCII has nothing to decompose
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    for pattern, repl in _KEY_DIGRAPHS:
        key = pattern.sub(repl, key)
    key = _KEY_GLIDE.sub("", key)
    for pattern, repl in _KEY_EXONYMS:
        key = pattern.sub(repl, key)
    key = _KEY_DOUBLE.sub(r"\1", key)
    return _KEY_NON_ALNUM.sub(" ", key).strip()


# --- the phonetic name key -----------------------------------------------------------------------------
# A coarse key for names across scripts and spelling traditions (Макрон ~ Macron, Ердоған ~ Erdogan,
# Шольц ~ Scholz): the consonant skeleton of the romanisation with look-alike sounds folded
# into one class, h and kh (х, which Russian also writes for English h) dropped, and every run of vowels
# (y and the glides of я, ю, Ye- included) written as a single "a".
_PHONETIC_CYRILLIC = str.maketrans(
    {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
     "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
     "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h",
     "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
     "ю": "iu", "я": "ia"}
)  # fmt: skip
# Latin letters whose diacritic changes the sound: fold them before the generic strip.
_PHONETIC_LATIN = str.maketrans(
    {"č": "ch", "ć": "ch", "ç": "ch", "š": "sh", "ş": "sh", "ś": "sh", "ž": "zh", "ź": "z", "ı": "i", "ł": "l",
     "ñ": "n", "ß": "ss", "ø": "o", "æ": "a", "œ": "a"}
)  # fmt: skip
# Ordered rewrites of Latin spellings; the Cyrillic letters are already in key symbols by then.
_PHONETIC_RULES = (
    (re.compile("tsz"), "j"),  # Цзиньпин (Russian spelling of Chinese j) ~ Jinping
    (re.compile(r"^x"), "s"),  # Xi ~ Си
    (re.compile("x"), "ks"),
    (re.compile("tsch|shch|sch|sh|tch|ch"), "X"),
    (re.compile("dzh|dj|zh"), "j"),
    (re.compile("ck"), "k"),
    (re.compile("c(?=[eiy])"), "s"),
    (re.compile("c"), "k"),
    (re.compile("q"), "k"),
    (re.compile("ph"), "f"),
    (re.compile("th"), "t"),
    (re.compile("kh"), ""),
    (re.compile("gh"), "g"),
    (re.compile("ng$"), "n"),
    (re.compile("ts|tz|z"), "s"),
    (re.compile("[vw]"), "f"),
    (re.compile("h"), ""),
    (re.compile("[aeiouy]+"), "a"),
    (re.compile("X"), "x"),
)
_PHONETIC_DOUBLE = re.compile(r"([a-z])\1+")
# Latin letters read two ways in names: English w is Kazakh у (William ~ Уильям) but German w is в (Wagner
# ~ Вагнер); j is ж in English (John ~ Джон) and й elsewhere (Kaja ~ Кая); Japanese sh is Russian с
# (Ishiba ~ Исиба, Shigeru ~ Сигэру); Turkish c is дж.
_PHONETIC_VARIANTS = (
    (re.compile("w"), "u"),
    (re.compile("j(?!h)"), "y"),
    (re.compile("sh"), "s"),
    (re.compile("c(?!h)"), "dzh"),  # Turkish c is дж (Recep ~ Режеп, Kapucu ~ Капуджу)
)


def _phonetic_word(word: str) -> str:
    key = word.lower().translate(_PHONETIC_CYRILLIC).translate(_PHONETIC_LATIN)
    key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    key = re.sub(r"[^a-zA-Z]", "", key)
    for pattern, repl in _PHONETIC_RULES:
        key = pattern.sub(repl, key)
    return _PHONETIC_DOUBLE.sub(r"\1", key)


def phonetic_key(word: str) -> str:
    """The phonetic key of one name word (Макрон, Macron → ``makran``; Ердоған, Erdoğan → ``ardagan``)."""
    return _phonetic_word(word)


def phonetic_keys(word: str) -> tuple[str, ...]:
    """Every phonetic key a Latin spelling may stand for (William → ``falam``, ``alam``), best first."""
    low = word.lower()
    spellings = [low]
    for pattern, repl in _PHONETIC_VARIANTS:
        spellings += [pattern.sub(repl, s) for s in spellings if pattern.search(s)]
    return tuple(dict.fromkeys(k for k in (_phonetic_word(s) for s in spellings) if k))
