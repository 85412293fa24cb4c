"""Events of real news shapes: status (planned, background), attendance modes only for the persons the text
says, events of more kinds (court, protest, ceremony, contest with prizes), participants by anaphora and by the
event word in the locative (sentences written for these tests)."""

from __future__ import annotations

import pytest

from derek.doc import Document, Event
from derek.extract import cues
from derek.extract.stage import extract_facts


def run(text: str) -> Document:
    return extract_facts(Document(text=text, date="2025-04-08"))


def people(doc: Document, event: Event) -> dict[str, str | None]:
    names = {e.id: e.name for e in doc.entities}
    return {names[p.entity]: p.mode for p in event.participants}


def test_a_planned_event_is_marked_planned() -> None:
    doc = run("Кеше Астанада экология форумы өтті. Келесі жылы форум Түркістанда өтеді.")
    status = {e.status for e in doc.events}
    assert "happened" in status and "planned" in status


def test_background_is_marked_background() -> None:
    doc = run("Министр Бақыт Омаров Шымкентте кәсіпкерлермен кездесті. "
              "Бұдан бұрын Бақыт Омаров Таразда фермерлермен кездескен еді.")
    assert [e.status for e in doc.events] == ["happened", "background"]


def test_online_participants_of_an_online_meeting() -> None:
    doc = run("Саммит бейнеконференция форматында өтті. Оған Грузия Президенті Леван Гелашвили және "
              "Армения Президенті Ашот Мкртчян қатысты.")
    meeting = next(e for e in doc.events if e.type == "meeting")
    assert meeting.format == "online"
    assert people(doc, meeting) == {"Леван Гелашвили": "online", "Ашот Мкртчян": "online"}


def test_a_mode_goes_only_to_the_clause_that_states_it() -> None:
    doc = run("Кеше Алматыда банк форумы өтті. Форумға Қаржы министрі Ерлан Жақсыбеков қатысты, "
              "ал Ұлттық банк төрағасы Ғалым Серіков бейнебайланыс арқылы қосылды.")
    modes = people(doc, next(e for e in doc.events if e.type == "meeting"))
    assert modes["Ғалым Серіков"] == "online"
    assert modes["Ерлан Жақсыбеков"] != "online"


def test_attendees_after_the_event_word_in_the_dative() -> None:
    doc = run("Қарағандыда жастар форумы басталды. Іс-шараға Мәдениет министрі Дина Әлімова мен "
              "ректор Серік Бекұлы қатысты.")
    assert set(people(doc, doc.events[0])) == {"Дина Әлімова", "Серік Бекұлы"}


def test_the_subject_acting_at_a_session_took_part() -> None:
    doc = run("Премьер-министр Асқар Дәулетов Үкімет отырысында әкімдерге тапсырма берді.")
    assert "Асқар Дәулетов" in people(doc, doc.events[0])


def test_the_pronoun_subject_after_a_place_is_the_one_before() -> None:
    doc = run("Сенат төрағасы Марат Әлиев Италияға ресми сапармен барды. "
              "Римде ол Италия Сенатының төрағасы Лоренцо Бьянкимен кездесті.")
    meeting = next(e for e in doc.events if e.type == "meeting")
    assert {"Марат Әлиев", "Лоренцо Бьянки"} <= set(people(doc, meeting))


@pytest.mark.parametrize(("text", "kind"), [
    ("Алматыда бұрынғы әкімнің ісі бойынша сот отырысы өтті.", "other"),
    ("Ақтөбеде тұрғындар наразылық акциясына шықты.", "other"),
    ("Астанада мемлекеттік наградаларды тапсырудың салтанатты рәсімі өтті.", "other"),
    ("Министрлікте баспасөз мәслихаты өтті.", "statement"),
    ("Әнші Айгерім Сейітова халықаралық байқауда бас жүлдені жеңіп алды.", "competition"),
    ("Кеше «Қайрат» пен «Астана» арасындағы матч өтті.", "competition"),
    ("Мәжілісте Үкімет сағаты өтті.", "meeting"),
])
def test_more_kinds_of_events(text: str, kind: str) -> None:
    assert kind in {e.type for e in run(text).events}


def test_a_contest_only_described_is_no_event() -> None:
    assert run("Бұл байқау жастарға арналған.").events == []


def test_cue_patterns_match_words_and_prefixes() -> None:
    pattern = cues.pattern(["жеке", "онлайн*", "өзі қатыс*"])
    assert pattern.search("Ол жеке келді")
    assert not pattern.search("жекеменшік мектеп")
    assert pattern.search("онлайн-кездесу өтті")
    assert pattern.search("министр өзі  қатысты")


def test_the_place_of_the_event_is_the_one_its_participle_gives() -> None:
    doc = run("Германияда оқыған түлектер Шымкентте өткен форумға қатысты.")
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(e.location) for e in doc.events if e.type == "meeting"] == ["Шымкент"]


def test_who_opened_the_forum_took_part() -> None:
    doc = run("Кеше Таразда жастар форумы өтті. Форумды аудан әкімі Ерлан Сапаров ашты.")
    assert "Ерлан Сапаров" in people(doc, doc.events[0])


def test_the_two_heads_of_state_are_the_foreign_head_and_the_president_that_day() -> None:
    """ "екі ел басшыларының келіссөздері": the one foreign head the article names and Kazakhstan's president on
    the article's date (office_holders.tsv), when the article names him; the guest received in the accusative
    came in person."""
    doc = run("Чили Президенті Мигель Ортегасты Ақордада ресми қарсы алу рәсімінен кейін екі ел басшыларының "
              "келіссөздері өтті.\nҚасым-Жомарт Тоқаев Чилиді маңызды серіктес деп атады.")
    meeting = next(e for e in doc.events if e.type == "meeting")
    assert set(people(doc, meeting)) == {"Мигель Ортегас", "Қасым-Жомарт Тоқаев"}
    assert people(doc, meeting)["Мигель Ортегас"] == "in_person"


def test_two_heads_need_the_president_named_in_the_article() -> None:
    doc = run("Чили Президенті Мигель Ортегасты Ақордада ресми қарсы алу рәсімінен кейін екі ел басшыларының "
              "келіссөздері өтті.")
    meeting = next(e for e in doc.events if e.type == "meeting")
    assert people(doc, meeting) == {"Мигель Ортегас": "in_person"}


@pytest.mark.parametrize(("text", "guest"), [
    ("Қайрат Бекұлы Чили Сыртқы істер министрі Мигель Ортегасты қабылдады.", "Мигель Ортегас"),
    ("Кеше Қайрат Бекұлы Жапония елшісі Кэндзи Ямадоны ресми түрде қабылдады.", "Кэндзи Ямадо"),
])
def test_the_one_received_came_in_person(text: str, guest: str) -> None:
    """No place is named (a meeting somewhere makes everyone present): the accusative after "қабылдады" says it."""
    doc = run(text)
    modes = {name: mode for e in doc.events for name, mode in people(doc, e).items()}
    assert modes.get(guest) == "in_person", modes
    assert all(e.location is None for e in doc.events)


def test_the_one_acted_on_at_the_event_took_part() -> None:
    """The event word in the locative, a phrase trigger included ("Үкімет сағатында"): the subject and the one
    in the accusative were there; a deputy quoted after the report of a session spoke at it."""
    doc = run("Бүгін Мәжілістегі Үкімет сағатында депутаттар Энергетика министрі Ербол Сәтбаевты сынға алды.\n"
              "Мәжіліс депутаты Гүлнар Әлімова министрдің жауабына көңілі толмады.\n"
              "«Бізге нақты жоспар керек», – деді Гүлнар Әлімова.")
    meeting = next(e for e in doc.events if e.type == "meeting")
    assert set(people(doc, meeting)) == {"Ербол Сәтбаев", "Гүлнар Әлімова"}


def test_someone_only_mentioned_in_the_genitive_at_an_event_is_not_a_participant() -> None:
    doc = run("Бүгін Үкімет сағатында депутаттар Ербол Сәтбаевтың бұрынғы шешімдерін талқылады.")
    assert all(not e.participants for e in doc.events)


def test_a_call_with_someone_new_is_a_call_of_its_own_and_elbasy_is_the_first_president() -> None:
    """Елбасы (and Тұңғыш Президент) name one man (office_holders.tsv), also right before another country's
    title ("Елбасы Моңғолия Президенті X-пен"), where it introduces no name."""
    doc = run("Нұрсұлтан Назарбаев туған күнінде құттықтаулар қабылдады.\n"
              "Елбасы Моңғолия Президенті Бат Эрдэнэмен телефон арқылы сөйлесті.\n"
              "Сонымен қатар Елбасы Грузия Президенті Леван Гелашвилимен де телефон арқылы сөйлесті.")
    calls = [people(doc, e) for e in doc.events if e.type == "call"]
    assert calls == [{"Нұрсұлтан Назарбаев": None, "Бат Эрдэнэ": None},
                     {"Нұрсұлтан Назарбаев": None, "Леван Гелашвили": None}]


def test_credentials_handed_to_another_ambassador_and_a_meeting_told_in_a_quote_are_events_of_their_own() -> None:
    doc = run("Кеше Ақордада Қасым-Жомарт Тоқаев Жапонияның жаңа елшісі Кэндзи Ямадоға сенім грамотасын тапсырды.\n"
              "«Біз Премьер-министр Сигеру Исибамен келіссөздер жүргіздік», – деді Тоқаев.\n"
              "Сондай-ақ Президент Чили елшісі Мигель Ортегасқа да сенім грамотасын тапсырды.")
    meetings = [set(people(doc, e)) for e in doc.events if e.type == "meeting"]
    assert {"Қасым-Жомарт Тоқаев", "Кэндзи Ямадо"} in meetings
    assert not any("Сигеру Исиба" in m and "Кэндзи Ямадо" in m for m in meetings)
    assert any("Мигель Ортегас" in m and "Кэндзи Ямадо" not in m for m in meetings), meetings


def test_the_event_of_an_attribution_is_not_one_its_quote_mentions() -> None:
    """ "«…саммитке…», – деді X Y-мен өткен кездесуден кейін": the meeting of X and Y happened; the summit the
    quote speaks of is not where they were."""
    doc = run("«Келесі айда өтетін саммитке дайындық жүріп жатыр», – деді Ерлан Сәрсенов Моңғолия сыртқы істер "
              "министрі Бат Эрдэнэмен өткен кездесуден кейін.")
    happened = [set(people(doc, e)) for e in doc.events if e.status == "happened"]
    assert {"Ерлан Сәрсенов", "Бат Эрдэнэ"} in happened, [(e.type, e.status, people(doc, e)) for e in doc.events]


def test_someone_who_came_to_the_event_took_part_in_person() -> None:
    doc = run("Астанада халықаралық кинофестиваль ашылды.\n"
              "Қазылар алқасын фестивальге арнайы келген француз режиссері Пьер Дюваль басқарады.")
    festival = next(e for e in doc.events if e.type == "other")
    assert people(doc, festival).get("Пьер Дюваль") == "in_person"


def test_a_friendly_with_a_score_is_a_match_and_its_scorers_and_quoted_coach_took_part() -> None:
    doc = run("Қазақстан құрамасы Астанада өткен жолдастық кездесуде Армения құрамасын 3:1 есебімен ұтты.\n"
              "Голдарды Ерасыл Тоқтаров пен Дәулет Сейітов соқты.\n"
              "Құраманың бас бапкері Ерлан Сәдуақасов ойынға жоғары баға берді.\n"
              "«Жігіттер соңына дейін күресті», – деді бапкер.")
    match = next(e for e in doc.events if e.type == "competition")
    assert set(people(doc, match)) == {"Ерасыл Тоқтаров", "Дәулет Сейітов", "Ерлан Сәдуақасов"}


def test_a_championships_coach_is_no_competitor() -> None:
    doc = run("Астанада дзюдодан Азия чемпионаты өтті. Алтын медальді Нұрбол Жақсылықов жеңіп алды.\n"
              "Құраманың бас бапкері Ерлан Сәдуақасов: «Жігіттер жақсы өнер көрсетті», – деді.")
    championship = next(e for e in doc.events if e.type == "competition")
    assert "Ерлан Сәдуақасов" not in people(doc, championship)


def test_a_first_deputy_attending_a_meeting_makes_no_match() -> None:
    doc = run("Ақордада Мемлекет басшысы банк президенті Хелена Линдквистті қабылдады.\n"
              "Кездесуге Премьер-министрдің бірінші орынбасары Ерлан Сәрсенбаев қатысты.")
    assert {e.type for e in doc.events} == {"meeting"}


def test_talks_held_by_video_link_are_online_for_everyone_who_took_part() -> None:
    doc = run("Мемлекет басшысы Қасым-Жомарт Тоқаев Жапония Премьер-министрі Сигеру Исибамен бейнебайланыс арқылы "
              "келіссөз жүргізді.\nКеліссөзге Сыртқы істер министрі Ермек Көшербаев та қатысты.")
    talks = next(e for e in doc.events if e.type == "meeting")
    assert talks.format == "online"
    assert set(people(doc, talks).values()) == {"online"} and len(people(doc, talks)) == 3


def test_someone_joining_by_video_does_not_make_the_whole_event_online() -> None:
    doc = run("Астанада энергетика форумы өтті. Форумға Жапония министрі Кэндзи Ямадо бейнебайланыс арқылы "
              "қосылды.")
    assert all(e.format != "online" for e in doc.events)


def test_an_opening_ceremony_attended_is_an_event() -> None:
    doc = run("Алматы қаласының әкімі Ерболат Досаев метро бекетінің ашылу салтанатына қатысты.")
    assert any(e.type == "other" and "Ерболат Досаев" in people(doc, e) for e in doc.events)
