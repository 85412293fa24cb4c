"""A person's posts as spans: one row per post (and whom it is of), from its first to its last dated article."""

from __future__ import annotations

from dataclasses import dataclass, field

from derek.kb import RoleRow


@dataclass
class RoleSpan:
    position: str
    position_en: str | None
    of_name: str | None
    of_entity_id: int | None
    first_date: str | None = None
    last_date: str | None = None
    first_doc: str | None = None
    last_doc: str | None = None
    doc_ids: list[str] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return len(self.doc_ids)

    @property
    def single_date(self) -> bool:
        return self.first_date == self.last_date


def _key(role: RoleRow) -> tuple[str, str]:
    of = str(role.of_entity_id) if role.of_entity_id is not None else (role.of_name or "").casefold()
    return " ".join(role.position.casefold().split()), of


def role_spans(roles: list[RoleRow]) -> list[RoleSpan]:
    """Every distinct post once, with the first and last dated article naming it and how many articles do;
    ordered by when the post was first seen (undated posts last)."""
    spans: dict[tuple[str, str], RoleSpan] = {}
    for role in roles:
        span = spans.get(_key(role))
        if span is None:
            span = spans[_key(role)] = RoleSpan(role.position, role.position_en, role.of_name, role.of_entity_id)
        span.position_en = span.position_en or role.position_en
        if role.doc_id not in span.doc_ids:
            span.doc_ids.append(role.doc_id)
        if role.date:
            if span.first_date is None or role.date < span.first_date:
                span.first_date, span.first_doc = role.date, role.doc_id
            if span.last_date is None or role.date > span.last_date:
                span.last_date, span.last_doc = role.date, role.doc_id
    return sorted(spans.values(), key=lambda s: (s.first_date is None, s.first_date or "", s.position))
