from __future__ import annotations

import pytest

from derek.ner.stem import split_suffix


@pytest.mark.parametrize(
    ("word", "stem", "ending"),
    [
        ("Бішкектегі", "Бішкек", "тегі"),  # locative-attributive after k
        ("Ташкентке", "Ташкент", "ке"),  # dative after a voiceless consonant
        ("Алматыдан", "Алматы", "дан"),  # ablative after a vowel
        ("Мәскеуде", "Мәскеу", "де"),  # glide у counts as a consonant
        ("Өзбекстанмен", "Өзбекстан", "мен"),  # instrumental
        ("министрлерінің", "министр", "лерінің"),  # plural + 3POSS + genitive
        ("елшісіне", "елші", "сіне"),  # 3POSS after a vowel + pronominal-n dative
        ("әкімі", "әкім", "і"),  # bare 3POSS
        ("кітаптар", "кітап", "тар"),  # plural
        ("БҰҰ-ның", "БҰҰ", "-ның"),  # abbreviation: the ending follows a hyphen
        ("Сейітқазыұлы", "Сейітқазыұлы", ""),  # patronymic kept whole
        ("Жамбыл", "Жамбыл", ""),  # nothing to strip
        ("Оралда", "Орал", "да"),
    ],
)
def test_split_suffix(word: str, stem: str, ending: str) -> None:
    assert split_suffix(word) == (stem, ending)


@pytest.mark.parametrize("word", ["ел", "Ақ", "ІІМ", "Алаш", "да", "2024", "«"])
def test_short_or_bare_words_keep_their_form(word: str) -> None:
    stem, ending = split_suffix(word)
    assert stem + ending == word
    assert len(stem) >= min(len(word), 2)
