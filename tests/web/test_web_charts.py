"""Geometry of the role timeline and the co-participant graph."""

from __future__ import annotations

import math
from datetime import date

from derek.kb import KBEntity, RoleRow
from derek.web.charts import (
    GRAPH_MAX_NODES,
    GRAPH_SIZE,
    MAX_TICKS,
    calendar_ticks,
    co_participant_graph,
    month_bars,
    role_label,
    role_timeline,
)


def _role(position: str, date: str | None, of: str | None = None, doc: str = "d") -> RoleRow:
    return RoleRow(position, None, of, date, doc)


def test_no_dated_roles_no_chart() -> None:
    assert role_timeline([]) is None
    assert role_timeline([_role("әкім", None)]) is None


def test_one_row_per_post_in_order_of_first_appearance() -> None:
    roles = [
        _role("вице-министр", "2021-02-01", "Қаржы министрлігі", "a"),
        _role("министр", "2023-06-10", "Қаржы министрлігі", "b"),
        _role("вице-министр", "2022-01-15", "Қаржы министрлігі", "c"),
        _role("әкім", None),
    ]
    chart = role_timeline(roles)
    assert chart is not None
    assert [r.label for r in chart.rows] == ["вице-министр · Қаржы министрлігі", "министр · Қаржы министрлігі"]
    first, second = chart.rows
    assert [p.doc_id for p in first.points] == ["a", "c"]
    assert first.x1 == chart.plot_left and second.x2 == chart.plot_right  # earliest and latest dates at the edges
    assert first.x1 < first.x2 < second.x1
    assert second.y > first.y
    assert [r.position for r in chart.undated] == ["әкім"]
    assert [label for _, label in chart.ticks] == ["2022", "2023"]  # 1 January of each year inside the range
    assert all(chart.plot_left < x < chart.plot_right for x, _ in chart.ticks)


def test_a_single_date_sits_in_the_middle() -> None:
    chart = role_timeline([_role("елші", "2024-09-09")])
    assert chart is not None
    assert math.isclose(chart.rows[0].points[0].x, (chart.plot_left + chart.plot_right) / 2, abs_tol=1)


def test_role_label() -> None:
    assert role_label(_role("төраға", None, "Сенат")) == "төраға · Сенат"
    assert role_label(_role("төраға", None)) == "төраға"


def _entity(i: int, name: str) -> KBEntity:
    return KBEntity(i, "PERSON", name, None)


def test_graph_places_partners_on_a_circle_round_the_entity() -> None:
    partners = [(_entity(i, f"Адам {i}"), 5 - i, "t-person") for i in range(2, 6)]
    graph = co_participant_graph(_entity(1, "Бауыржан Нұров"), "t-person", partners)
    assert graph is not None
    mid = GRAPH_SIZE / 2
    assert (graph.center.x, graph.center.y) == (mid, mid)
    distances = {round(math.hypot(n.x - mid, n.y - mid)) for n in graph.nodes}
    assert len(distances) == 1
    assert [n.entity_id for n in graph.nodes] == [2, 3, 4, 5]
    assert [n.stroke for n in graph.nodes] == sorted((n.stroke for n in graph.nodes), reverse=True)
    assert all(0 <= n.x <= GRAPH_SIZE and 0 <= n.y <= GRAPH_SIZE for n in graph.nodes)


def test_graph_caps_its_nodes_and_counts_the_rest() -> None:
    partners = [(_entity(i, f"Ұйым {i}"), 1, "t-org") for i in range(2, 2 + GRAPH_MAX_NODES + 3)]
    graph = co_participant_graph(_entity(1, "Алихан Бек"), "t-person", partners)
    assert graph is not None and len(graph.nodes) == GRAPH_MAX_NODES and graph.more == 3
    assert co_participant_graph(_entity(1, "Алихан Бек"), "t-person", []) is None


def test_calendar_ticks_fall_on_years_then_months_then_the_ends() -> None:
    labels = [label for _, label in calendar_ticks(date(2019, 5, 1), date(2024, 2, 1))]
    assert labels == ["2020", "2021", "2022", "2023", "2024"]
    many = calendar_ticks(date(1990, 1, 1), date(2025, 1, 1))
    assert len(many) <= MAX_TICKS and all(d.month == 1 and d.day == 1 for d, _ in many)
    assert [label for _, label in calendar_ticks(date(2025, 2, 10), date(2025, 5, 3))] == ["2025-03", "2025-04",
                                                                                          "2025-05"]
    assert [label for _, label in calendar_ticks(date(2024, 11, 10), date(2025, 2, 3))] == ["2024-12", "2025",
                                                                                           "2025-02"]
    assert [label for _, label in calendar_ticks(date(2025, 3, 2), date(2025, 3, 20))] == ["2025-03-02",
                                                                                          "2025-03-20"]


def test_month_bars_fill_the_empty_months_and_scale_to_the_busiest() -> None:
    chart = month_bars([("2025-01", 2), ("2025-04", 4), ("bogus", 9)])
    assert chart is not None
    assert [(b.month, b.count) for b in chart.bars] == [("2025-01", 2), ("2025-02", 0), ("2025-03", 0),
                                                        ("2025-04", 4)]
    tall = max(b.height for b in chart.bars)
    assert chart.bars[3].height == tall and chart.bars[0].height == tall / 2 and chart.bars[1].height == 0
    assert all(b.y + b.height == chart.base_y for b in chart.bars)
    assert month_bars([]) is None
