"""Reports as rows of data (`salonbot export`): a reports table, one row a report, and a points
table, one row a bullet. The column names are stable (docs/export.md); export/write.py writes them
as CSV, JSON Lines or SQLite.

A point's place: its section (the template key; none under a top-level heading the template
does not name), its theme (number and title) and topic where it is under one, the display text
of every heading above it, its depth (1 for a top-level bullet) and its parent point. The first
level of children of a section is a theme when those children have topics of their own (the
discussion's themes), else a topic (the topics of Other Areas). A point's area is its topic's
area (an `area:` key, else the one the topic's title names), else its theme's; points outside
themes and topics have none. Every node has its points exported, extra sections at any depth
included; a bullet a reader sees nothing of is not a point (the parser already keeps
placeholders, signatures, replies and categories out of the bullets). A theme titled with the
template's guidance ("Name of the theme") is not a real theme: it is not numbered or counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from salonbot.analytics.areas import node_area
from salonbot.analytics.overview import label_for, one_line
from salonbot.export.figures import Figure, Figures, figures_of
from salonbot.report.display import display_text
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.render import node_content
from salonbot.report.template import ChildSpec, Template, get_template

#: The reports table, in column order.
REPORT_COLUMNS = ("report_id", "title", "affiliate", "file", "date_and_location", "date",
                  "participants", "budget", "budget_amount", "budget_currency", "themes", "points",
                  "file_sha1", "date_source", "date_reason", "participants_source",
                  "participants_reason", "budget_source", "budget_reason", "budget_usd",
                  "budget_usd_source", "budget_usd_reason")
#: The points table, in column order.
POINT_COLUMNS = ("point_id", "report_id", "report_title", "affiliate", "section", "theme_number",
                 "theme_title", "area", "topic", "depth", "parent_point_id", "position", "text",
                 "headings", "plain_text")
#: Between the headings of a point's `headings` column.
HEADINGS_SEPARATOR = " > "

Value = str | int | Decimal | None


@dataclass(frozen=True)
class Place:
    """Where a run of bullets sits: section (None outside the template's sections), theme
    (number, title), topic, area, and the display text of every heading above it."""

    section: str | None
    theme_number: int | None = None
    theme_title: str | None = None
    topic: str | None = None
    area: str | None = None
    headings: tuple[str, ...] = ()

    def under(self, title: str | None, **changes: Any) -> Place:
        """The place of a node headed `title` under this one, with `changes`."""
        return replace(self, headings=(*self.headings, display_text(title or "")), **changes)


@dataclass
class Exported:
    """One report as rows: its reports row and its points rows (tuples in column order)."""

    report: tuple[Value, ...]
    points: list[tuple[Value, ...]]


def _top_level(report: Report) -> Iterator[tuple[str | None, Node]]:
    """The report's top-level nodes, in page order: (section key, node), (None, extra)."""
    keys = set(report.sections)
    extras = range(len(report.extra_sections))
    order = report.order
    if set(order) != keys | set(extras) or len(order) != len(keys) + len(extras):
        order = [*report.sections, *extras]
    for item in order:
        if isinstance(item, str):
            yield item, report.sections[item]
        else:
            yield None, report.extra_sections[item]


def real_themes(report: Report) -> list[Node]:
    """The discussion's themes, without those whose title is guidance left in from the
    template ("Name of the theme")."""
    names = get_template(report.template).names
    return [theme for theme in report.listed("discussion", "themes")
            if not names.is_placeholder(theme.title or "")]


def places(report: Report) -> Iterator[tuple[Place, Node]]:
    """Every node of the report, with its place, in page order: the template's sections, their
    themes and topics, and every heading the template does not name, at any depth."""
    template = get_template(report.template)
    for key, node in _top_level(report):
        if key is None:
            yield from _extra(Place(None).under(node.title), node)
            continue
        spec = template.section(key)
        place = Place(key, headings=(spec.heading,))
        yield place, node
        yield from _children(place, node, spec.children, template)
        for extra in node.extra_sections:
            yield from _extra(place.under(extra.title), extra)


def _extra(place: Place, node: Node) -> Iterator[tuple[Place, Node]]:
    """A node the template does not name and everything under it, in the place of its parent."""
    yield place, node
    for child in [*node.children, *node.extra_sections]:
        yield from _extra(place.under(child.title), child)


def _children(place: Place, node: Node, spec: ChildSpec | None,
              template: Template) -> Iterator[tuple[Place, Node]]:
    if spec is None:
        for child in node.children:
            yield from _extra(place.under(child.title), child)
        return
    number = 0
    for child in node.children:
        area = node_area(child, template.name)
        if spec.children is None:  # these children are topics
            yield from _extra(place.under(child.title, topic=child.title, area=area), child)
            continue
        if template.names.is_placeholder(child.title or ""):
            theme = place.under(child.title, area=area)
        else:
            number += 1
            theme = place.under(child.title, theme_number=number, theme_title=child.title,
                                area=area)
        yield theme, child
        for topic in child.children:
            yield from _extra(theme.under(topic.title, topic=topic.title,
                                          area=node_area(topic, template.name) or area), topic)
        for extra in child.extra_sections:
            yield from _extra(theme.under(extra.title), extra)


def export_report(report: Report, report_id: int, first_point_id: int, file: str = "",
                  file_sha1: str = "", figures: Figures | None = None) -> Exported:
    """The rows of one report (from the file `file`, whose bytes have the sha1 `file_sha1`,
    with its `figures`, read from it unless given); its points are numbered from
    `first_point_id` on. A bullet a reader sees nothing of (a
    blank separator, an anchor, a template that shows nothing) is not a point; its sub-bullets
    are, one level up."""
    prefix = get_template(report.template).title_prefix
    affiliate = label_for(report.title, prefix)
    points: list[tuple[Value, ...]] = []

    def add(bullets: list[Bullet], place: tuple[Value, ...], headings: str, depth: int,
            parent: int | None) -> None:
        for bullet in bullets:
            shown = display_text(bullet.text) if bullet.text else ""
            if not shown:
                add(bullet.children, place, headings, depth, parent)
                continue
            point_id = first_point_id + len(points)
            points.append((point_id, *place, depth, parent, len(points) + 1, bullet.text,
                           headings, shown))
            if bullet.children:
                add(bullet.children, place, headings, depth + 1, point_id)

    for place, node in places(report):
        if node.points:  # the columns a run of bullets shares, made once for all of them
            add(node.points, (report_id, report.title, affiliate, place.section,
                              place.theme_number, place.theme_title, place.area, place.topic),
                HEADINGS_SEPARATOR.join(place.headings), 1, None)
    return Exported(report_row(report, report_id, affiliate, file, len(points), file_sha1,
                               figures), points)


def _cells(figure: Figure) -> tuple[Value, ...]:
    """A figure's source and reason cells."""
    return figure.source, figure.reason


def report_row(report: Report, report_id: int, affiliate: str, file: str,
               points: int, file_sha1: str = "", figures: Figures | None = None
               ) -> tuple[Value, ...]:
    """The reports row of a report (see REPORT_COLUMNS), with its `figures` (read unless
    given)."""
    sections = report.sections
    date = node_content(sections["date_and_location"]) if "date_and_location" in sections else ""
    budget = node_content(sections["budget"]) if "budget" in sections else ""
    figures = figures or figures_of(report)
    amount, usd = figures.budget_spent.value, figures.budget_spent_usd.value
    return (report_id, report.title, affiliate, file or None, one_line(date) if date else None,
            figures.date.value.isoformat() if figures.date.value else None,
            figures.participants.value, one_line(budget) if budget else None,
            amount.value if amount else None, amount.currency if amount else None,
            len(real_themes(report)), points, file_sha1 or None,
            *_cells(figures.date), *_cells(figures.participants), *_cells(figures.budget_spent),
            usd, *_cells(figures.budget_spent_usd))


_POINT_ID, _REPORT_ID, _PARENT = (POINT_COLUMNS.index(name) for name in (
    "point_id", "report_id", "parent_point_id"))
assert (_POINT_ID, _REPORT_ID) == (0, 1) and _PARENT > 1 and REPORT_COLUMNS[0] == "report_id"


def to_stored(rows: Exported) -> tuple[Any, ...]:
    """The rows of one report as plain data `marshal` keeps (the load cache's data store, see
    sync/local.py): a Decimal is kept as ("decimal", its digits as written)."""
    return (rows.report[0], rows.points[0][_POINT_ID] if rows.points else 0,
            tuple(("decimal", str(value)) if isinstance(value, Decimal) else value
                  for value in rows.report), rows.points)


def from_stored(stored: Any, report_id: int, first_point_id: int) -> Exported:
    """The rows `to_stored` gave `stored` for, the report numbered `report_id` and its points
    from `first_point_id` on (their parents with them). Raises ValueError if `stored` is not
    what `to_stored` gives."""
    try:
        old_report_id, old_first, report, points = stored
        shift = first_point_id - old_first
        report = (report_id, *(Decimal(value[1]) if isinstance(value, tuple) else value
                               for value in report[1:]))
        points = [(point[_POINT_ID] + shift, report_id, *point[_REPORT_ID + 1:_PARENT],
                   None if point[_PARENT] is None else point[_PARENT] + shift,
                   *point[_PARENT + 1:]) for point in points]
    except (TypeError, ValueError, IndexError, ArithmeticError) as error:
        raise ValueError(f"not the rows of a report: {error}") from None
    if len(report) != len(REPORT_COLUMNS) or set(map(len, points)) - {len(POINT_COLUMNS)}:
        raise ValueError("not the rows of a report: another number of columns")
    return Exported(report, points)
