"""Every quotation form of Kazakh news (texts written for these tests) and who said it."""

from __future__ import annotations

import pytest

from derek.doc import Document
from derek.extract import quote_marks
from derek.extract.stage import extract_facts


def run(text: str, day: str = "2025-03-10") -> Document:
    return extract_facts(Document(text=text, date=day))


def said(doc: Document) -> list[tuple[str | None, str]]:
    """(speaker name, first word) of every quote."""
    ents = {e.id: e.name for e in doc.entities}
    return [(ents.get(q.speaker or ""), q.text.split()[0].strip("«\"„")) for q in doc.quotes]


@pytest.mark.parametrize(("text", "speaker", "first_word"), [
    # ASCII quotes, closed by ", – деді S"
    ('Министр Дәурен Сейітов жиында сөйледі.\n"Біз жаңа жолдар саламыз, жұмыс жалғасады", – деді Сейітов.',
     "Дәурен Сейітов", "Біз"),
    # „…“ with a bare title after the verb
    ("Әкім Бауыржан Нұрланов кездесу өткізді.\n„Қала жаңа саябақ алады, құрылыс басталды“, — деді әкім.",
     "Бауыржан Нұрланов", "Қала"),
    # no opening mark at all: the paragraph is speech closed by ", - деді S" (BAQ.KZ house style)
    ("Депутат Ерлан Серікұлы Жанұзақов мәлімдеме жасады.\nБіз бұл мәселені бірнеше рет көтердік. Жауап әлі жоқ. "
     "Үкімет жауап беруі керек, - деді Жанұзақов.", "Ерлан Серікұлы Жанұзақов", "Біз"),
    # « opened and never closed before ", – деді S"
    ("Президент Ахмет Қалиев сөз сөйледі.\n«Біз көрші елдермен достықты нығайтамыз, жұмыс жалғасады, – деді Қалиев.",
     "Ахмет Қалиев", "Біз"),
    # « left open at the end of the excerpt: the nominative subject just before speaks
    ("Депутат Нұржан Әлиев сөз алды. Оны әріптесі Марат Сәрсенов те қолдады.\n«Бүгін біз үш сұрақ қойдық, бірақ "
     "жауап алмадық. Министр неге келмеді?", "Марат Сәрсенов", "Бүгін"),
    # "«…» дейді ол": the pronoun after the verb
    ("Ғалым Айдос Мұратов кітап жазды.\n«Ғылым – ұзақ жол, оны шыдамдылар ғана жүреді» дейді ол.",
     "Айдос Мұратов", "Ғылым"),
    # "«…» деп сұрады S"
    ("Депутат Алмас Қуанов министрге сауал жолдады.\n«Бұл жоба қашан аяқталады?» деп сұрады Қуанов.",
     "Алмас Қуанов", "Бұл"),
    # a quote broken by its attribution inside one pair of marks
    ("Министр Дәурен Сейітов жиында сөйледі.\n«Жұмыс жалғасады, – деді Сейітов. – Біз бәрін уақытында бітіреміз».",
     "Дәурен Сейітов", "Жұмыс"),
    # "деп жауап берді" with the speaker named by a title the article gave him
    ("Сенат төрағасы Марат Оспанов пікір білдірді.\nЖурналистер одан жаңа заң туралы сұрады.\n«Заң жобасы әлі "
     "қаралып жатыр, асықпаймыз», – деп жауап берді Сенат спикері.", "Марат Оспанов", "Заң"),
])
def test_quote_form_and_speaker(text: str, speaker: str, first_word: str) -> None:
    assert (speaker, first_word) in said(run(text))


def test_pronoun_after_a_genitive_name_is_the_last_speaker() -> None:
    doc = run("Бапкер Ерлан Омаров ойынға баға берді.\n«Жігіттер жақсы ойнады, біз ризамыз», – деді Омаров.\n"
              "Бапкер Асқар Бекұлының жарақатына да тоқталды.\n«Бұл жарақат ауыр емес, ол келесі ойынға шығады», "
              "– деді ол.")
    assert said(doc) == [("Ерлан Омаров", "Жігіттер"), ("Ерлан Омаров", "Бұл")]


def test_follow_on_dash_paragraph_continues_the_speaker() -> None:
    doc = run("Әкім Бауыржан Нұрланов жиын өткізді.\n— Жұмыс жоспар бойынша жүріп жатыр, — деді Нұрланов.\n"
              "— Келесі жылы тағы екі нысан салынады.")
    assert said(doc) == [("Бауыржан Нұрланов", "Жұмыс"), ("Бауыржан Нұрланов", "Келесі")]


def test_dash_opening_the_body_after_the_headline_is_not_speech() -> None:
    doc = run("Жаңа мектептер ашылды\n— Бүгін облыста үш жаңа мектеп ашылды.\nМектептер 600 оқушыға арналған.")
    assert doc.quotes == []


def test_press_questions_are_not_quotes_and_answers_are_the_interviewees() -> None:
    doc = run("Министр Серік Әлімов тілшілердің сауалдарына жауап берді.\n– Жаңа бағдарлама қашан басталады? "
              "Қаржы жеткілікті ме?\n– Бағдарлама келесі айда басталады. Қаржы толық бөлінді.\n"
              "– Ал ауылдарға қашан жетеді?\n– Ауылдарға күзде жетеді, жоспар дайын.")
    assert said(doc) == [("Серік Әлімов", "Бағдарлама"), ("Серік Әлімов", "Ауылдарға")]


def test_interview_headline_names_the_interviewee() -> None:
    doc = run("Айгүл СЕРІКОВА, ғалым: Ғылымға шыдам керек\nҒалым Айгүл Серікова зертханада жұмыс істейді. "
              "Біз онымен әңгімелескен едік.\n– Ғылымға қалай келдіңіз?\n– Бала кезімнен кітап оқыдым. "
              "Әкем мұғалім болды.")
    assert ("Айгүл Серікова", "Бала") in said(doc)
    assert all(first != "Ғылымға" for _, first in said(doc))


def test_unnamed_speaker_brought_in_just_before_stays_unnamed() -> None:
    doc = run("Эколог Айдос Жұмабаев ластану туралы айтты.\n– Ауа жыл сайын ластанып барады, – дейді сарапшы.\n"
              "Есімін атамауды өтінген бір тұрғын да алаңдаушылығын жеткізді.\n"
              "– Балаларым жиі ауырады, біз көшкіміз келеді, – дейді ол.")
    assert said(doc) == [("Айдос Жұмабаев", "Ауа"), (None, "Балаларым")]


def test_outlet_after_the_verb_is_a_credit_not_a_speaker() -> None:
    doc = run("Кеше Астанада форум өтті, деп хабарлайды Egemen.kz.\nФорумға 500 адам қатысты.")
    assert doc.quotes == []


def test_one_statement_in_the_lead_and_the_body_is_one_quote() -> None:
    doc = run("Министр Асхат Бекенов инфляция 8 пайызға дейін төмендегенін атап өтті. Бекенов инфляция 8 пайызға "
              "дейін төмендегенін атап өтті.")
    assert len(doc.quotes) == 1


@pytest.mark.parametrize(("text", "inner", "closed"), [
    ("Ол «Біз «Астана» клубын» деді.", ["Біз «Астана» клубын"], [True]),
    ('"Ауыл "Ел бесігі" бағдарламасы", – деді.', ['Ауыл "Ел бесігі" бағдарламасы'], [True]),
    ("«Президент мырзамен, – деді ол.", ["Президент мырзамен, – деді ол."], [False]),
    ("А „Б“ және “Г” сөздері", ["Б", "Г"], [True, True]),
    ('Ол "жоқ" деді, "иә" деді.', ["жоқ", "иә"], [True, True]),
])
def test_quote_marks(text: str, inner: list[str], closed: list[bool]) -> None:
    found = quote_marks.find(text)
    assert [text[m.inner_start : m.inner_end] for m in found] == inner
    assert [m.close is not None for m in found] == closed


def test_quote_after_a_colon_paragraph_and_over_two_paragraphs() -> None:
    doc = run("Министр Дәурен Сейітов жиында сөйледі. Ол былай деді:\n«Біз жаңа жолдар саламыз, жұмыс жалғасады, бәрі "
              "уақытында бітеді».\nӘкім Бауыржан Нұрланов жиын өткізді.\n«Біз үш жаңа мектеп саламыз. Құрылыс көктемде "
              "басталады.\nЕкі аурухана да ашылады. Қаржы бөлінді», – деді Нұрланов.")
    assert said(doc) == [("Дәурен Сейітов", "Біз"), ("Бауыржан Нұрланов", "Біз"), ("Бауыржан Нұрланов", "Екі")]


def test_a_question_between_answers_is_not_the_speakers() -> None:
    doc = run("Министр Серік Әлімов брифинг өткізді.\n— Жаңа бағдарлама келесі айда басталады, — деді Әлімов.\n"
              "— Ал қаржы жеткілікті ме?\n— Қаржы толық бөлінді, бәрі жоспар бойынша.")
    assert said(doc) == [("Серік Әлімов", "Жаңа"), ("Серік Әлімов", "Қаржы")]


def test_an_outlets_dateline_is_not_what_bul_turaly_reports() -> None:
    """ "Астана, BAQ.KZ тілшісі. Бұл туралы X айтты.": the upper-case domain is one token, so the dateline stays one
    sentence of page furniture and is not taken for the speech "Бұл туралы" points back to."""
    from derek.pipeline import load_pipeline

    doc = load_pipeline()(Document(text="Жаңалық\nАстана, BAQ.KZ тілшісі. Бұл туралы Мәжіліс депутаты Ерлан "
                                        "Сәрсенов айтты.\n— Заң жобасы дайын, — деді Сәрсенов."))
    assert not any("тілшісі" in q.text or q.text.startswith("KZ") for q in doc.quotes), doc.quotes
    assert [q.kind for q in doc.quotes] == ["direct"]


def test_a_pronoun_opening_reported_speech_speaks_not_the_titled_subject_of_the_clause() -> None:
    doc = run("Моңғолия Президенті Бат Эрдэнэ телефон арқылы құттықтау жолдады. Ол Қазақстанның Тұңғыш "
              "Президенті екі ел достығының негізін қалағанын атап өтті.\nНұрсұлтан Назарбаев алғыс айтты.")
    assert [s for s, _ in said(doc)] == ["Бат Эрдэнэ"], said(doc)


def test_reported_speech_after_a_name_with_myrza_starts_after_the_honorific() -> None:
    doc = run("Исиба мырза Жапония компаниялары Қазақстанға инвестиция салуға дайын екенін айтты.")
    assert [q.text.split()[0] for q in doc.quotes] == ["Жапония"]
