"""Photo captions, credits, sources and view counters are found as spans and yield no facts."""

from __future__ import annotations

import pytest

from derek.doc import Article
from derek.extract import furniture
from derek.extract.stage import extract_facts

LINES = [
    ("Фото: Серік Жұмабаев", True),
    ("Әкім мен министр. Фото: gov.kz", True),
    ("Дереккөз: Алматы облысы әкімдігі", True),
    ("Қаралым: 2340", True),
    ("1 874", True),
    ("Автор: Гүлнар Бекова", True),
    ("Министр жиынға қатысты.", False),
    ("Фотокөрме ашылды.", False),  # a word that begins like a marker is text
    ("Авторы белгісіз өлең оқылды.", False),
]


@pytest.mark.parametrize(("line", "furniture_line"), LINES)
def test_furniture_lines(line: str, furniture_line: bool) -> None:
    text = f"Тақырып\n{line}\nСоңы."
    found = furniture.spans(text)
    assert bool(found) is furniture_line
    for span in found:  # offsets index the text as it is
        assert text[span.start : span.end] == line


def test_a_credit_after_a_long_paragraph_takes_only_the_credit() -> None:
    body = " ".join(["Министр облыста жаңа мектептің ашылуына қатысып, мұғалімдермен кездесті."] * 4)
    text = f"{body} Фото: akorda.kz"
    (span,) = furniture.spans(text)
    assert text[span.start : span.end] == "Фото: akorda.kz"


def test_furniture_yields_no_person_and_no_claim() -> None:
    body = ("Денсаулық сақтау министрі Айгүл Сәрсенова Ақтөбеге барды.\n"
            "Фото: Ержан Тілеубаев\n"
            "Қаралым: 1520")
    doc = extract_facts(Article(body=body, title="Министр Ақтөбеде").to_document())
    people = {e.name for e in doc.entities if e.type == "PERSON"}
    assert "Айгүл Сәрсенова" in people
    assert not any("Тілеубаев" in name for name in people)
    assert all(c.value != 1520 for c in doc.claims)
