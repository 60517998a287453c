"""Reports as rows of data (`salonbot export`): a reports table, one row a report, and a points
table, one row a bullet. The column names are stable (docs/export.md); sync/export.py writes them
as CSV, JSON Lines or SQLite.

A point's place: its section (the template key), its theme (number and title) and topic where it
is under one, its depth (1 for a top-level bullet) and its parent point. The first level of
children of a section is a theme when those children have topics of their own (the discussion's
themes), else a topic (the topics of Other Areas). A point's area is its topic's area (an `area:`
key, else the one the topic's title names), else its theme's; points outside themes and topics
have none. Blank bullets (the separator between two lists) are not points.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from salonbot.report.areas import node_area
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.overview import label_for, one_line
from salonbot.report.readings import report_figures
from salonbot.report.render import node_content
from salonbot.report.template import ChildSpec, get_template

#: The reports table, in column order.
REPORT_COLUMNS = ("report_id", "title", "affiliate", "file", "date_and_location", "date",
                  "participants", "budget", "budget_amount", "budget_currency", "themes", "points",
                  "file_sha1")
#: The points table, in column order.
POINT_COLUMNS = ("point_id", "report_id", "report_title", "affiliate", "section", "theme_number",
                 "theme_title", "area", "topic", "depth", "parent_point_id", "position", "text")

Value = str | int | Decimal | None


@dataclass
class Place:
    """Where a run of bullets sits: section, theme (number, title), topic and area."""

    section: str
    theme_number: int | None = None
    theme_title: str | None = None
    topic: str | None = None
    area: str | None = None


@dataclass
class Exported:
    """One report as rows: its reports row and its points rows (tuples in column order)."""

    report: tuple[Value, ...]
    points: list[tuple[Value, ...]]


def _places(report: Report) -> Iterator[tuple[Place, Node]]:
    """Every node of the report with points, with its place, in page order."""
    template = get_template(report.template)
    for spec in template.sections:
        node = report.sections.get(spec.key)
        if node is None:
            continue
        yield Place(spec.key), node
        yield from _children(spec.key, node, spec.children, report.template)


def _children(section: str, node: Node, spec: ChildSpec | None,
              template: str) -> Iterator[tuple[Place, Node]]:
    if spec is None:
        return
    for number, child in enumerate(node.children, start=1):
        area = node_area(child, template)
        if spec.children is None:  # these children are topics
            yield Place(section, topic=child.title, area=area), child
            continue
        theme = Place(section, number, child.title, area=area)
        yield theme, child
        for topic in child.children:
            yield Place(section, number, child.title, topic.title,
                        node_area(topic, template) or area), topic


def export_report(report: Report, report_id: int, first_point_id: int, file: str = "",
                  file_sha1: str = "") -> Exported:
    """The rows of one report (from the file `file`, whose bytes have the sha1 `file_sha1`);
    its points are numbered from `first_point_id` on."""
    prefix = get_template(report.template).title_prefix
    affiliate = label_for(report.title, prefix)
    points: list[tuple[Value, ...]] = []

    def add(bullets: list[Bullet], place: Place, depth: int, parent: int | None) -> None:
        for bullet in bullets:
            point_id = parent
            if bullet.text:
                point_id = first_point_id + len(points)
                points.append((point_id, report_id, report.title, affiliate, place.section,
                               place.theme_number, place.theme_title, place.area, place.topic,
                               depth, parent, len(points) + 1, bullet.text))
            add(bullet.children, place, depth + 1, point_id)

    for place, node in _places(report):
        add(node.points, place, 1, None)
    return Exported(report_row(report, report_id, affiliate, file, len(points)) + (file_sha1,),
                    points)


def _iso(date: datetime.date | None) -> str | None:
    return date.isoformat() if date else None


def report_row(report: Report, report_id: int, affiliate: str, file: str,
               points: int) -> tuple[Value, ...]:
    """The reports row of a report (see REPORT_COLUMNS), without the file's sha1."""
    sections = report.sections
    date = node_content(sections["date_and_location"]) if "date_and_location" in sections else ""
    budget = node_content(sections["budget"]) if "budget" in sections else ""
    figures = report_figures(report)
    amount = figures.budget_spent.value
    discussion = sections.get("discussion")
    return (report_id, report.title, affiliate, file, one_line(date) if date else None,
            _iso(figures.date.value), figures.participants.value,
            one_line(budget) if budget else None, amount.value if amount else None,
            amount.currency if amount else None,
            len(discussion.children) if discussion else 0, points)
