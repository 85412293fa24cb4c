from __future__ import annotations

import pytest

from derek.ner.gazetteer import classes_of
from derek.ner.stem import split_suffix


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("Жапонияда", "country"),
        ("Моңғолиямен", "country"),
        ("Ыстамбұлға", "city"),
        ("Өскеменде", "city"),
        ("ЮНЕСКО-ның", "org"),
        ("университетінің", "orghead"),
        ("министрі", "position"),
        ("Әсемнің", "fname"),
        ("Сүлейменовтің", "surname"),
        ("Жұмабекқызы", "surname"),
        ("тамызда", "month"),
        ("теңгеге", "currency"),
        ("түркиялық", "demonym"),
        ("бесінші", "ordinal"),
    ],
)
def test_classes_of(word: str, cls: str) -> None:
    assert cls in classes_of(word, split_suffix(word)[0])


@pytest.mark.parametrize("word", ["кездесті", "және", "жақсы", "мектепке"])
def test_common_words_are_not_names(word: str) -> None:
    found = classes_of(word, split_suffix(word)[0])
    assert not {"country", "city", "fname", "surname"} & set(found)
