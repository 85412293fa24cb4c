"""Example responses for the API reference (``/docs``): short, made up, in the shapes the endpoints return."""

from __future__ import annotations

from typing import Any

_ENTITY = {"id": 7, "type": "PERSON", "name": "Нұрлан Жанботаев", "latin": "Nurlan Zhanbotaev",
           "aliases": ["Жанботаев"], "article_count": 2, "mention_count": 3}
_HIT = {"doc_id": "3f2a9c1e0b7d4a55", "title": "Астанада министрлер кездесті", "date": "2025-03-14",
        "publisher": "Дала Ньюс", "score": 4.2, "snippet": "… министрі [Жанботаев] кездесті …",
        "snippet_parts": [["… министрі ", False], ["Жанботаев", True], [" кездесті …", False]],
        "duplicates": ["9b0c4d2e1f3a5b67"]}
_EVENT = {"doc_id": "3f2a9c1e0b7d4a55", "title": "Астанада министрлер кездесті", "type": "meeting",
          "date": "2025-03-14", "location_name": "Астана", "format": "in_person",
          "participants": [[7, "Нұрлан Жанботаев", "in_person"], [9, "Ласло Ковач", None]], "start": 41,
          "end": 160, "id": 12, "status": None, "location_id": 5, "location_stated": True}

EXAMPLES: dict[str, Any] = {
    "search": {"query": "Жанботаев", "limit": 10, "offset": 0, "total": 1, "sort": "relevance", "hits": [_HIT],
               "facets": {"publisher": [["Дала Ньюс", 1]], "type": [["meeting", 1]], "month": [["2025-03", 1]]},
               "reprints": {"3f2a9c1e0b7d4a55": [{"doc_id": "9b0c4d2e1f3a5b67", "title": "Министрлер кездесті",
                                                   "publisher": "Жаршы", "date": "2025-03-15"}]}},
    "articles": {"limit": 50, "offset": 0, "total": 1,
                 "articles": [{"doc_id": "3f2a9c1e0b7d4a55", "title": "Астанада министрлер кездесті",
                               "date": "2025-03-14", "publisher": "Дала Ньюс", "url": "https://example.kz/a/1",
                               "path": "news/a1.txt", "added_at": "2025-03-15T08:00:00+00:00",
                               "duplicate_of": None}]},
    "entities": {"limit": 50, "offset": 0, "total": 1, "entities": [_ENTITY]},
    "entity": {"entity": _ENTITY,
               "mentions": [{"doc_id": "3f2a9c1e0b7d4a55", "title": "Астанада министрлер кездесті",
                             "date": "2025-03-14", "start": 60, "end": 76, "text": "Нұрлан Жанботаев"}],
               "roles": [{"position": "энергетика министрі", "position_en": "minister of energy",
                          "of_name": "Қазақстан", "date": "2025-03-14", "doc_id": "3f2a9c1e0b7d4a55",
                          "of_entity_id": 3}],
               "quotes": [{"text": "Жобалар келесі жылы басталады", "kind": "direct", "verb": "деді",
                           "date": "2025-03-14", "doc_id": "3f2a9c1e0b7d4a55", "title": "Астанада министрлер кездесті",
                           "speaker_id": 7, "speaker_name": "Нұрлан Жанботаев", "start": 200, "end": 250}],
               "co_participants": [{"entity": {**_ENTITY, "id": 9, "name": "Ласло Ковач", "latin": "Laslo Kovach",
                                               "aliases": []}, "shared_events": 1}]},
    "events": {"limit": 100, "offset": 0, "total": 1, "events": [_EVENT],
               "facets": {"type": [["meeting", 1]], "place": [["Астана", 1]], "month": [["2025-03", 1]]}},
    "article": {"schema": "derek.document/1", "id": "3f2a9c1e0b7d4a55", "title": "Астанада министрлер кездесті",
                "date": "2025-03-14", "language": "kk", "text": "Астанада министрлер кездесті\nАСТАНА. ...",
                "source": {"publisher": "Дала Ньюс", "url": "https://example.kz/a/1", "dateline": "Астана"},
                "entities": [{"id": "E1", "type": "PERSON", "name": "Нұрлан Жанботаев", "latin": "Nurlan Zhanbotaev",
                              "mentions": [{"start": 60, "end": 76, "text": "Нұрлан Жанботаев"}]}],
                "roles": [], "quotes": [], "events": [], "claims": [], "kb_entity_ids": {"E1": 7}},
    "stats": {"articles": 33, "duplicate_articles": 1, "entities": 165, "entities_by_type": {"GPE": 40, "PERSON": 60},
              "mentions": 429, "roles": 64, "quotes": 48, "events": 31, "claims": 98, "first_date": "2019-06-04",
              "last_date": "2025-11-03", "schema_version": 5},
}


def example(name: str) -> dict[str, Any]:
    """An OpenAPI ``responses[200]`` entry carrying the example named ``name``."""
    return {"content": {"application/json": {"example": EXAMPLES[name]}}}
