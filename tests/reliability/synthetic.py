"""Synthetic Kazakh news for the reliability tests, the scaling benchmark and the fuzzer.

Every sentence is made here from invented parts (names built from syllables, a few common posts, places
and verbs), so the articles are our own text: people with posts, quotes with speakers, meetings, numbers.
The same ``seed`` always gives the same article.
"""

from __future__ import annotations

import random

_GIVEN = ("Ерлан", "Нұрлан", "Айгүл", "Дәурен", "Сәуле", "Бауыржан", "Мадина", "Асхат", "Гүлнар", "Талғат")
_SYLLABLES = ("са", "бе", "ке", "ну", "та", "жа", "ма", "ра", "ли", "до", "шу", "қа", "ға", "се", "ба")
_POSTS = ("министрі", "әкімі", "төрағасы", "директоры", "басшысы")
_OWNERS = ("Энергетика", "Білім", "Денсаулық сақтау", "Ауыл шаруашылығы", "Цифрлық даму")
_PLACES_LOC = ("Астанада", "Алматыда", "Шымкентте", "Қарағандыда", "Ақтөбеде")
_PLACES_DAT = ("Астанаға", "Алматыға", "Шымкентке", "Қарағандыға", "Ақтөбеге")
_TOPICS = ("су ресурстары", "жол құрылысы", "мектеп жөндеуі", "егін жинау", "жылу маусымы")
_UNITS = ("мектеп", "тонна астық", "шақырым жол", "адам", "жұмыс орны")


def surname(rng: random.Random) -> str:
    """An invented Kazakh surname: two or three syllables and a surname ending."""
    core = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return core.capitalize() + rng.choice(("ов", "ев", "баев", "құлов", "бекова"))


def sentence(rng: random.Random, people: list[tuple[str, str, str]]) -> str:
    """One news sentence about one of ``people`` (given name, surname, post)."""
    given, last, post = rng.choice(people)
    owner = rng.choice(_OWNERS)
    shape = rng.randrange(6)
    if shape == 0:
        return (f"{owner} {post} {given} {last} {rng.choice(_PLACES_LOC)} {rng.choice(_TOPICS)} мәселесі "
                f"бойынша кеңес өткізді.")
    if shape == 1:
        return f"«{rng.choice(_TOPICS).capitalize()} биыл уақытында аяқталады», – деді {last}."
    if shape == 2:
        return f"{given} {last} жұмыс сапарымен {rng.choice(_PLACES_DAT)} барды."
    if shape == 3:
        return f"Биыл өңірде {rng.randint(2, 900)} {rng.choice(_UNITS)} бар, бұл былтырғыдан {rng.randint(2, 40)}% көп."
    if shape == 4:
        return f"Жиынға {rng.randint(10, 500)} адам қатысты, олардың бірі онлайн форматта қосылды."
    return f"{last} {rng.choice(_TOPICS)} жөнінде мәлімдеме жасады."


def article(seed: int, sentences: int = 12) -> tuple[str, str]:
    """(title, body) of an invented article with ``sentences`` sentences."""
    rng = random.Random(seed)
    people = [(rng.choice(_GIVEN), surname(rng), rng.choice(_POSTS)) for _ in range(max(2, sentences // 8))]
    title = f"{rng.choice(_PLACES_LOC)} {rng.choice(_TOPICS)} талқыланды ({seed})"
    body = " ".join(sentence(rng, people) for _ in range(sentences))
    return title, body


def dated_text(seed: int, sentences: int = 12) -> str:
    """The article in derek's dated-text format (`` date YYYY-MM-DD Title`` then the body)."""
    title, body = article(seed, sentences)
    return f" date 2025-{seed % 12 + 1:02d}-{seed % 28 + 1:02d} {title}\n{body}\n"
