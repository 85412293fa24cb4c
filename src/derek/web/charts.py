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
    ticks = [(x_of(d), label) for d, label in calendar_ticks(first, last)]
    return Timeline(TIMELINE_WIDTH, int(axis_y + TIMELINE_AXIS_HEIGHT), TIMELINE_LABEL_WIDTH, plot_left,
                    plot_left + plot_width, axis_y, rows, ticks, undated)


MAX_TICKS = 8


def _months_between(first: date, last: date) -> list[date]:
    out, d = [], date(first.year, first.month, 1)
    while d <= last:
        if d >= first:
            out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def calendar_ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Axis ticks on calendar boundaries: 1 January of each year (every 2nd, 5th... when there are many),
    else the first of each month; the two ends when not even a month boundary falls inside."""
    years = [date(y, 1, 1) for y in range(first.year, last.year + 1) if first <= date(y, 1, 1) <= last]
    if len(years) >= 2:
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if len(years) / s <= MAX_TICKS)
        return [(d, str(d.year)) for d in years if d.year % step == 0 or step == 1]
    months = _months_between(first, last)
    if len(months) >= 2:
        step = next(s for s in (1, 2, 3, 6, 12) if len(months) / s <= MAX_TICKS)
        picked = [d for i, d in enumerate(months) if i % step == 0 or d.month == 1]
        return [(d, str(d.year) if d.month == 1 else d.strftime("%Y-%m")) for d in picked]
    return [(first, first.isoformat()), (last, last.isoformat())]


BARS_WIDTH = 720
BARS_HEIGHT = 160
BARS_LEFT = 34
BARS_BOTTOM = 24


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    month: str
    count: int


@dataclass
class BarChart:
    width: int
    height: int
    base_y: float
    left: float
    bars: list[Bar]
    ticks: list[tuple[float, str]]
    top_count: int


def month_bars(counts: list[tuple[str, int]]) -> BarChart | None:
    """One bar per month from the first to the last month counted (empty months drawn as gaps)."""
    parsed = {}
    for month, n in counts:
        try:
            parsed[date.fromisoformat(month + "-01")] = n
        except ValueError:
            continue
    if not parsed:
        return None
    months = _months_between(min(parsed), max(parsed))
    top = max(parsed.values())
    plot_w = BARS_WIDTH - BARS_LEFT - 10
    plot_h = BARS_HEIGHT - BARS_BOTTOM - 10
    slot = plot_w / len(months)
    bars = []
    for i, m in enumerate(months):
        n = parsed.get(m, 0)
        h = round(plot_h * n / top, 1)
        bars.append(Bar(round(BARS_LEFT + i * slot + slot * 0.1, 1), round(10 + plot_h - h, 1),
                        round(max(slot * 0.8, 1.0), 1), h, m.strftime("%Y-%m"), n))
    index = {m: i for i, m in enumerate(months)}
    ticks = [(round(BARS_LEFT + index[d] * slot + slot / 2, 1), label)
             for d, label in calendar_ticks(months[0], months[-1]) if d in index]
    return BarChart(BARS_WIDTH, BARS_HEIGHT, 10 + plot_h, BARS_LEFT, bars, ticks, top)


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
