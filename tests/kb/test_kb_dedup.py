"""Reprints of one agency story are grouped (MinHash); different stories are not."""

from __future__ import annotations

from collections.abc import Callable

from derek.doc import Document
from derek.kb import KnowledgeBase
from derek.kb.dedup import signature, similarity
from derek.kb.terms import words

STORY = (
    "Маңғыстау облысында жаңа тұщыландыру зауыты іске қосылды. Зауыт тәулігіне елу мың текше метр ауыз су "
    "береді. Жобаны жергілікті әкімдік пен шетелдік инвестор бірлесіп жүзеге асырды. Құрылысқа үш жүзден астам "
    "адам тартылды. Енді Ақтау қаласы мен маңайындағы ауылдар сумен толық қамтылады. Әкімдіктің мәліметінше, "
    "келесі жылы тағы екі зауыт салу жоспарланып отыр. Тұрғындар жаздағы су тапшылығы енді қайталанбайды деп "
    "үміттенеді. Мамандар зауыттың теңіз суын тазартатын жүйесі заманауи екенін атап өтті."
)
OTHER = (
    "Алматыда халықаралық кітап көрмесі ашылды. Көрмеге жиырма елден баспалар қатысып жатыр. Қонақтар жаңа "
    "аудармаларды көріп, авторлармен кездесті. Көрме бір аптаға созылады және кіру тегін. Ұйымдастырушылар "
    "келесі жылы көрмені Шымкентте өткізуді жоспарлап отыр. Балалар әдебиетіне арналған бөлім ерекше назар аударды."
)


def test_reprint_is_similar_and_other_story_is_not() -> None:
    a = signature(words("Ақтауда су зауыты ашылды\n" + STORY))
    b = signature(words("Маңғыстауда тұщыландыру зауыты іске қосылды\nАҚТАУ. " + STORY + " Толығырақ сайтта."))
    c = signature(words(OTHER))
    assert similarity(a, b) >= 0.7
    assert similarity(a, c) < 0.2


def test_reprints_fold_into_one_hit(kb: KnowledgeBase, build: Callable[..., Document]) -> None:
    first = build("Ақтауда су зауыты ашылды\n" + STORY, "2024-07-01", [])
    first.source.publisher = "Агенттік"
    reprint = build("Маңғыстауда тұщыландыру зауыты іске қосылды\nАҚТАУ. " + STORY + " Толығырақ сайтта.",
                    "2024-07-02", [])
    reprint.source.publisher = "Өңірлік газет"
    other = build("Кітап көрмесі\n" + OTHER + " Көрмеде су туралы кітаптар да бар.", "2024-07-03", [])
    for doc in (first, reprint, other):
        assert kb.add_document(doc).added
    hits = kb.search("су")
    assert len(hits) == 2
    by_id = {h.doc_id: h for h in hits}
    story = by_id.get(first.id) or by_id[reprint.id]
    assert sorted([story.doc_id, *story.duplicates]) == sorted([first.id, reprint.id])
    assert by_id[other.id].duplicates == []
    rows = {a.doc_id: a for a in kb.list_articles()}
    assert rows[reprint.id].duplicate_of == first.id
    assert rows[first.id].duplicate_of is None
    assert kb.stats()["duplicate_articles"] == 1
