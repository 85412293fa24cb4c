"""Verbs in the tenses and non-finite forms of docs/language.md §3.1 → the bare stem (UD Kazakh)."""

from __future__ import annotations

import pytest

from derek.morph import analyse, lemma

VERBS = [
    # definite past, negative past
    ("жазды", "жаз"), ("оқыды", "оқы"), ("сөйледі", "сөйле"), ("бітті", "біт"), ("жазбады", "жаз"),
    ("келмеді", "кел"), ("көрмеді", "көр"), ("жаздық", "жаз"), ("келдім", "кел"), ("бардыңыз", "бар"),
    # present-future, negative present
    ("жазады", "жаз"), ("келеді", "кел"), ("оқиды", "оқы"), ("сөйлейді", "сөйле"), ("тоқтайды", "тоқта"),
    ("бермейді", "бер"), ("жазбайды", "жаз"), ("барамын", "бар"), ("көреміз", "көр"),
    # participles, intentional, evidential
    ("жазған", "жаз"), ("көрген", "көр"), ("шыққан", "шық"), ("жазатын", "жаз"), ("оқитын", "оқы"),
    ("бармақ", "бар"), ("көрмек", "көр"), ("жазыпты", "жаз"), ("келіпті", "кел"),
    # converbs, conditional, optative
    ("жазып", "жаз"), ("тоқтап", "тоқта"), ("жаза", "жаз"), ("көрсе", "көр"), ("жазса", "жаз"), ("болсын", "бол"),
    # verbal nouns with case
    ("жазуға", "жаз"), ("көруге", "көр"), ("тоқтатуға", "тоқтат"),
    # stem-final voicing and vowel stems
    ("табады", "тап"), ("шығады", "шық"), ("шығып", "шық"), ("қояды", "қой"),
    # passive stripped as UD does
    ("жазылды", "жаз"), ("ашылды", "аш"), ("табылды", "тап"),
]


@pytest.mark.parametrize(("form", "expected"), VERBS)
def test_verb_lemma(form: str, expected: str) -> None:
    assert lemma(form) == expected


@pytest.mark.parametrize(("form", "feat"), [("жазбады", ("Polarity", "Neg")), ("ашылды", ("Voice", "Pass")),
                                            ("жазған", ("VerbForm", "Part")), ("жазып", ("VerbForm", "Conv"))])
def test_verb_features(form: str, feat: tuple[str, str]) -> None:
    best = analyse(form)[0]
    assert best.pos == "VERB"
    assert feat in best.feats


def test_verbs_have_no_case_when_finite() -> None:
    assert analyse("жазды")[0].case is None
