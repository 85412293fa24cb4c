"""How each entity type is shown: a CSS class (its colour) and a label for the legend."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TypeStyle:
    css: str
    label: str


# KazNERD classes (and the short forms some taggers use) grouped into a few colours a reader can tell apart.
_STYLES: dict[str, TypeStyle] = {
    "PERSON": TypeStyle("t-person", "Person"),
    "PER": TypeStyle("t-person", "Person"),
    "GPE": TypeStyle("t-gpe", "Country / city"),
    "LOCATION": TypeStyle("t-location", "Place"),
    "LOC": TypeStyle("t-location", "Place"),
    "ORGANISATION": TypeStyle("t-org", "Organisation"),
    "ORGANIZATION": TypeStyle("t-org", "Organisation"),
    "ORG": TypeStyle("t-org", "Organisation"),
    "NORP": TypeStyle("t-norp", "Nationality / group"),
    "POSITION": TypeStyle("t-position", "Position"),
    "EVENT": TypeStyle("t-event", "Event"),
    "FACILITY": TypeStyle("t-location", "Place"),
    "DATE": TypeStyle("t-date", "Date / time"),
    "TIME": TypeStyle("t-date", "Date / time"),
    "MONEY": TypeStyle("t-number", "Number"),
    "CARDINAL": TypeStyle("t-number", "Number"),
    "ORDINAL": TypeStyle("t-number", "Number"),
    "PERCENTAGE": TypeStyle("t-number", "Number"),
    "QUANTITY": TypeStyle("t-number", "Number"),
}
_OTHER = TypeStyle("t-other", "Other")


def type_style(entity_type: str | None) -> TypeStyle:
    """The style of ``entity_type`` (case-insensitive); unknown or missing types share one neutral colour."""
    if not entity_type:
        return _OTHER
    return _STYLES.get(entity_type.upper(), _OTHER)


def legend(types: list[str | None]) -> list[TypeStyle]:
    """One legend entry per distinct style among ``types``, in order of first appearance."""
    seen: dict[str, TypeStyle] = {}
    for t in types:
        style = type_style(t)
        seen.setdefault(style.css, style)
    return list(seen.values())
