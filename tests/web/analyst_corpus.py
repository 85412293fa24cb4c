"""A second, small knowledge base for the analyst views: a career over four years, a reprint by another
outlet, a planned event, and the same person stored twice (full name and given name + patronymic).

All texts are made up for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from derek.doc import Document, Entity, Event, Mention, Participant, Quote, Role, Source, Span
from derek.kb import KnowledgeBase

PERSON = "Серік Жұмабаев"
PATRONYMIC_FORM = "Серік Болатұлы"  # the same man, written with his patronymic in one article
PARTNER = "Әлия Сапарова"
REGION = "Ақмола облысы"
REPRINT_PUBLISHER = "Дала Ньюс"
FIRST_PUBLISHER = "Жаршы"


def _span(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface))


def _entity(text: str, local: str, etype: str, name: str, surface: str) -> Entity:
    start = text.index(surface)
    return Entity(local, etype, name, None, [Mention(start, start + len(surface), surface, etype)])


@dataclass
class Story:
    date: str
    post: str
    place: str
    quote: str
    publisher: str = FIRST_PUBLISHER
    event_type: str = "meeting"
    status: str | None = None
    title: str | None = None
    with_patronymic_form: bool = False
    details: str = ""

    def document(self) -> Document:
        title = self.title or f"{self.place}: {self.post} кездесу өткізді"
        said = f"«{self.quote}», — деді {PERSON}."
        others = f" Жиынға {PATRONYMIC_FORM} да қатысты." if self.with_patronymic_form else ""
        body = (f"{self.place} — {self.post} {PERSON} {PARTNER}мен кездесті. Кездесу {self.place}да өтті."
                f"{others} {said} Тараптар ынтымақтастықты талқылады. {self.details}")
        text = f"{title}\n{body}"
        doc = Document(text=text, title=title, date=self.date, source=Source(publisher=self.publisher))
        doc.entities = [
            _entity(text, "p1", "PERSON", PERSON, f"{PERSON} {PARTNER}"[: len(PERSON)]),
            _entity(text, "p2", "PERSON", PARTNER, PARTNER),
            _entity(text, "g1", "GPE", self.place, f"{self.place}да"),
        ]
        if self.with_patronymic_form:
            doc.entities.append(_entity(text, "p3", "PERSON", PATRONYMIC_FORM, PATRONYMIC_FORM))
        doc.roles = [Role("p1", self.post, _span(text, f"{self.post} {PERSON}"), None, "g1" if "әкім" in self.post
                          else None)]
        doc.quotes = [Quote(self.quote, "direct", _span(text, said), "p1", None, "деді")]
        people = [Participant("p1", "in_person"), Participant("p2", "in_person")]
        if self.with_patronymic_form:
            people.append(Participant("p3", None))
        event = Event("v1", self.event_type, _span(text, f"{PARTNER}мен кездесті"), date=self.date, location="g1",
                      participants=people)
        if self.status:
            event.status = self.status  # type: ignore[attr-defined]  # the optional field of the document contract
        doc.events = [event]
        return doc


DETAILS = [
    "Биыл облыстағы үш жүз шақырым жол жөнделмек. Жұмысқа жергілікті мердігерлер тартылады. Жөндеу көктемде "
    "басталып, күзге дейін аяқталуы тиіс. Тұрғындар жаңа аялдамалар салуды да сұрады.",
    "Жаңа оқу жылына дейін төрт мектеп пайдалануға беріледі. Оның екеуі ауылдық жерде салынып жатыр. Мұғалімдерге "
    "арналған тұрғын үй мәселесі де көтерілді. Әкімдік жер телімдерін бөліп қойған.",
    "Өткен маусымда бидай өнімі әр гектардан орта есеппен он бес центнерден айналды. Диқандар тыңайтқыш бағасына "
    "шағымданды. Министрлік субсидия тәртібін жеңілдетуге уәде берді.",
    "Ет пен астық экспорты бір жылда едәуір артты. Жаңа нарықтарға шығу үшін сертификаттау жеделдетіледі. Шекарадағы "
    "тексеру бекеттерінің жұмысы да жақсарды деп хабарланды.",
    "Қостанайда ауыл шаруашылығы техникасының көрмесі ұйымдастырылады. Оған шетелдік өндірушілер шақырылған. "
    "Министр көрменің ашылуына барады деп жоспарланып отыр.",
]

STORIES = [
    Story("2021-03-02", "облыс әкімі", REGION, "Жолдар жөнделеді", details=DETAILS[0]),
    Story("2021-09-20", "облыс әкімі", REGION, "Мектептер салынады", with_patronymic_form=True, details=DETAILS[1]),
    Story("2023-02-11", "ауыл шаруашылығы министрі", "Астана", "Егін жақсы шықты", details=DETAILS[2]),
    Story("2024-06-05", "ауыл шаруашылығы министрі", "Астана", "Экспорт өсті", details=DETAILS[3]),
    Story("2024-07-15", "ауыл шаруашылығы министрі", "Қостанай", "Көрме келесі айда өтеді", event_type="visit",
          status="planned", details=DETAILS[4]),
]


@dataclass
class AnalystCorpus:
    db: Path
    docs: list[Document] = field(default_factory=list)
    reprint: Document | None = None


def build_analyst_corpus(db: Path) -> AnalystCorpus:
    corpus = AnalystCorpus(db)
    with KnowledgeBase(db) as kb:
        for story in STORIES:
            doc = story.document()
            kb.add_document(doc)
            corpus.docs.append(doc)
        first = STORIES[3]
        reprint = Story(first.date, first.post, first.place, first.quote, publisher=REPRINT_PUBLISHER,
                        title="Министр экспорт туралы айтты", details=first.details).document()
        kb.add_document(reprint)
        corpus.reprint = reprint
    return corpus
