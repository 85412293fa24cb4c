"""Geometry for the two server-side SVG charts: a role timeline and a co-participant graph.

Only numbers and plain strings come out; the templates draw and escape them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from derek.kb import KBEntity, RoleRow

TIMELINE_WIDTH = 720
TIMELINE_LABEL_WIDTH = 240
TIMELINE_ROW_HEIGHT = 30
TIMELINE_TOP = 10
TIMELINE_AXIS_HEIGHT = 34
TIMELINE_GAP = 28  # between the row labels and the first possible dot
TIMELINE_RIGHT_MARGIN = 44  # room for half of the last date label


@dataclass(frozen=True)
class TimelinePoint:
    x: float
    date: str
    doc_id: str


@dataclass
class TimelineRow:
    label: str
    y: float
    x1: float
    x2: float
    points: list[TimelinePoint] = field(default_factory=list)


@dataclass
class Timeline:
    width: int
    height: int
    label_width: int
    plot_left: float
    plot_right: float
    axis_y: float
    rows: list[TimelineRow]
    ticks: list[tuple[float, str]]
    undated: list[RoleRow]


def _parse(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def role_label(role: RoleRow) -> str:
    """``position (of X)`` as one line of text, e.g. ``сыртқы істер министрі · Қазақстан``."""
    return f"{role.position} · {role.of_name}" if role.of_name else role.position


def role_timeline(roles: list[RoleRow]) -> Timeline | None:
    """One row per distinct post, a dot for every dated article that names it; None when nothing is dated."""
    dated = [(r, d) for r in roles if (d := _parse(r.date)) is not None]
    undated = [r for r in roles if _parse(r.date) is None]
    if not dated:
        return None
    first = min(d for _, d in dated)
    last = max(d for _, d in dated)
    if (last - first).days < 30:
        first, last = first - timedelta(days=15), last + timedelta(days=15)
    span_days = (last - first).days
    plot_left = TIMELINE_LABEL_WIDTH + TIMELINE_GAP
    plot_width = TIMELINE_WIDTH - plot_left - TIMELINE_RIGHT_MARGIN

    def x_of(d: date) -> float:
        return round(plot_left + plot_width * (d - first).days / span_days, 1)

    by_label: dict[str, list[tuple[RoleRow, date]]] = {}
    for role, d in dated:
        by_label.setdefault(role_label(role), []).append((role, d))
    rows: list[TimelineRow] = []
    for i, (label, items) in enumerate(sorted(by_label.items(), key=lambda kv: min(d for _, d in kv[1]))):
        y = TIMELINE_TOP + i * TIMELINE_ROW_HEIGHT + TIMELINE_ROW_HEIGHT / 2
        xs = [x_of(d) for _, d in items]
        points = [TimelinePoint(x_of(d), d.isoformat(), r.doc_id) for r, d in items]
        rows.append(TimelineRow(label, y, min(xs), max(xs), points))
    axis_y = TIMELINE_TOP + len(rows) * TIMELINE_ROW_HEIGHT + 6
    tick_count = 4
    ticks = [
        (x_of(first + timedelta(days=round(span_days * k / tick_count))),
         (first + timedelta(days=round(span_days * k / tick_count))).isoformat())
        for k in range(tick_count + 1)
    ]
    return Timeline(TIMELINE_WIDTH, int(axis_y + TIMELINE_AXIS_HEIGHT), TIMELINE_LABEL_WIDTH, plot_left,
                    plot_left + plot_width, axis_y, rows, ticks, undated)


GRAPH_SIZE = 460
GRAPH_MAX_NODES = 12


@dataclass(frozen=True)
class GraphNode:
    x: float
    y: float
    label: str
    entity_id: int
    css: str
    count: int = 0
    anchor: str = "middle"
    label_x: float = 0.0
    label_y: float = 0.0
    stroke: float = 1.0


@dataclass
class Graph:
    size: int
    center: GraphNode
    nodes: list[GraphNode]
    more: int


def co_participant_graph(entity: KBEntity, css: str, partners: list[tuple[KBEntity, int, str]]) -> Graph | None:
    """The entity in the middle, up to a dozen co-participants on a circle; edges thicker for more shared events."""
    if not partners:
        return None
    mid = GRAPH_SIZE / 2
    radius = GRAPH_SIZE / 2 - 80
    shown = partners[:GRAPH_MAX_NODES]
    nodes: list[GraphNode] = []
    for i, (other, count, other_css) in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / len(shown)
        x, y = mid + radius * math.cos(angle), mid + radius * math.sin(angle)
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        label_x = x + 14 * cos
        label_y = y + 14 * math.sin(angle) + (4 if abs(cos) >= 0.3 else (14 if math.sin(angle) > 0 else -6))
        nodes.append(GraphNode(round(x, 1), round(y, 1), other.name, other.id, other_css, count, anchor,
                               round(label_x, 1), round(label_y, 1), min(1.0 + count, 6.0)))
    center = GraphNode(mid, mid, entity.name, entity.id, css, label_x=mid, label_y=mid + 26)
    return Graph(GRAPH_SIZE, center, nodes, max(0, len(partners) - len(shown)))
