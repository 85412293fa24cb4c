"""Streamed exports under ``/api/export``: every table as CSV or JSON Lines, and the flat events TSV."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import StreamingResponse

from derek.kb import KnowledgeBase
from derek.kb.event_table import event_tsv_lines
from derek.kb.export import TABLES, TEXT_FORMATS, prepare, text_lines
from derek.web.errors import ErrorBody

router = APIRouter(prefix="/api/export", tags=["export"],
                   responses={404: {"model": ErrorBody, "description": "no such table or format"}})

MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
         "tsv": "text/tab-separated-values; charset=utf-8"}


def _stream(kb: KnowledgeBase, lines: Iterator[str]) -> Iterator[bytes]:
    try:
        for line in lines:
            yield line.encode("utf-8")
    finally:
        kb.close()


@router.get("/{filename}", summary="One table as a file (streamed)",
            description="`{table}.csv` or `{table}.jsonl` for the tables articles, entities, mentions, roles, quotes, "
            "events, participants, claims (columns: docs/export.md); `events.tsv` for the flat GDELT-style event "
            "table, one row per event and actor pair. The same files as `derek export`.",
            response_class=StreamingResponse,
            responses={200: {"content": {"text/csv": {"example": "entity_id,type,name\n7,PERSON,Нұрлан Жанботаев\n"},
                                         "application/x-ndjson": {"example": '{"entity_id": 7, "type": "PERSON"}\n'},
                                         "text/tab-separated-values": {}}}})
def export_file(request: Request, filename: str) -> StreamingResponse:
    name, _, fmt = filename.rpartition(".")
    is_events_tsv = filename == "events.tsv"
    if not is_events_tsv and (name not in TABLES or fmt not in TEXT_FORMATS):
        tables = ", ".join(TABLES)
        raise HTTPException(404, f"No export {filename!r}: ask for TABLE.csv or TABLE.jsonl (tables: {tables}), "
                                 "or events.tsv")
    kb = KnowledgeBase(request.app.state.db_path, readonly=True)
    prepare(kb.conn)
    lines = event_tsv_lines(kb.conn) if is_events_tsv else text_lines(kb.conn, name, fmt)
    return StreamingResponse(_stream(kb, lines), media_type=MEDIA[fmt],
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})
