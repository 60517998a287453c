"""A page's read (parse.py's: its report, each node with its Source, and the shape it was read
with) as plain data, and back: lists, strings, numbers and None, which JSON writes and reads and
which cannot run code, so that sync/reads.py can keep the reads of a reports folder's base
copies across processes (a reports folder may be a clone of someone else's).

`read_as_data` gives None for a read it cannot write (a node of the shape that is not in the
report, `figures` in the report: neither comes from a page). `read_from_data` checks every
value's type and every position against the page text it is for, and gives None, never an
error, for data that is not such a read (damaged, cut short, written by other code): the page
is then read again.
"""

from __future__ import annotations

from typing import Any

from salonbot.report.headings import HeadingLine
from salonbot.report.model import Bullet, Node, Report, Source
from salonbot.report.parse import PageShape
from salonbot.report.template import Template

#: The form of the data; another form is not read.
FORMAT = 1


class _NotARead(ValueError):
    """Raised when data is not a read of the page it is read for."""


def _nodes_in_order(report: Report) -> list[Node]:
    """Every node of `report`: the sections, then the extra sections, each before its children
    and its own extra sections."""
    found: list[Node] = []

    def walk(node: Node) -> None:
        found.append(node)
        for child in node.children + node.extra_sections:
            walk(child)

    for node in [*report.sections.values(), *report.extra_sections]:
        walk(node)
    return found


def _bullet_data(bullet: Bullet) -> list[Any]:
    return [bullet.text, [_bullet_data(child) for child in bullet.children]]


def _source_data(source: Source | None) -> list[Any] | None:
    if source is None:
        return None
    return [list(source.heading), source.level, list(source.body), source.end, source.lead,
            None if source.host is None else list(source.host),
            [list(span) for span in source.more], list(source.rows)]


def _node_data(node: Node) -> list[Any]:
    return [node.text, [_bullet_data(bullet) for bullet in node.points],
            [_node_data(child) for child in node.children], node.title,
            [_node_data(extra) for extra in node.extra_sections], node.area,
            _source_data(node.source)]


def read_as_data(read: tuple[Report, PageShape]) -> dict[str, Any] | None:
    """The read of a page as plain data (see the module docstring); None if it cannot be."""
    report, shape = read
    if report.figures:
        return None
    index = {id(node): number for number, node in enumerate(_nodes_in_order(report))}
    if any(id(node) not in index for node in shape.nodes + shape.containers):
        return None
    return {
        "format": FORMAT,
        "template": report.template,
        "intro": report.intro,
        "sections": [[key, _node_data(node)] for key, node in report.sections.items()],
        "extra_sections": [_node_data(node) for node in report.extra_sections],
        "categories": list(report.categories),
        "order": list(report.order),
        "headings": [[heading.start, heading.end, heading.level, heading.title, heading.style]
                     for heading in shape.headings],
        "by_place": [[place, spec.key] for place, spec in shape.by_place.items()],
        "nodes": [index[id(node)] for node in shape.nodes],
        "containers": [index[id(node)] for node in shape.containers],
        "plain": shape.plain,
        "bare": shape.bare,
    }


class _Reader:
    """Reads the data of a read of a page `length` characters long, checking it as it goes."""

    def __init__(self, length: int):
        self.length = length

    @staticmethod
    def text(value: Any) -> str:
        if type(value) is not str:
            raise _NotARead("not a string")
        return value

    @staticmethod
    def items(value: Any) -> list[Any]:
        if type(value) is not list:
            raise _NotARead("not a list")
        return value

    def position(self, value: Any) -> int:
        if type(value) is not int or not 0 <= value <= self.length:
            raise _NotARead("not a position on the page")
        return value

    def span(self, value: Any) -> tuple[int, int]:
        start, end = self.items(value)
        if self.position(start) > self.position(end):
            raise _NotARead("not a span of the page")
        return start, end

    @staticmethod
    def level(value: Any) -> int | None:
        if value is not None and (type(value) is not int or not 1 <= value <= 7):
            raise _NotARead("not a heading level")
        return value

    def optional_text(self, value: Any) -> str | None:
        return None if value is None else self.text(value)

    def bullet(self, value: Any) -> Bullet:
        text, children = self.items(value)
        return Bullet(self.text(text), [self.bullet(child) for child in self.items(children)])

    def source(self, value: Any) -> Source | None:
        if value is None:
            return None
        heading, level, body, end, lead, host, more, rows = self.items(value)
        return Source(self.span(heading), self.level(level), self.span(body), self.position(end),
                      self.text(lead), None if host is None else self.span(host),
                      tuple(self.span(span) for span in self.items(more)),
                      tuple(self.position(row) for row in self.items(rows)))

    def node(self, value: Any) -> Node:
        text, points, children, title, extras, area, source = self.items(value)
        return Node(self.text(text), [self.bullet(bullet) for bullet in self.items(points)],
                    [self.node(child) for child in self.items(children)],
                    self.optional_text(title),
                    [self.node(extra) for extra in self.items(extras)],
                    self.optional_text(area), self.source(source))

    def heading(self, value: Any) -> HeadingLine:
        start, end, level, title, style = self.items(value)
        if self.position(start) > self.position(end):
            raise _NotARead("not a heading line of the page")
        return HeadingLine(start, end, self.level(level), self.text(title), self.text(style))

    def order(self, value: Any) -> str | int:
        if type(value) is not str and type(value) is not int:
            raise _NotARead("not an entry of the page order")
        return value


def read_from_data(data: Any, text: str, title: str,
                   template: Template) -> tuple[Report, PageShape] | None:
    """The read that `data` (read_as_data's) holds of the page text `text` (trailing white
    space stripped, as parse.py reads it), with `title` as its report's; None if `data` is not
    such a read, for that template, in this FORMAT."""
    try:
        return _read_from_data(data, text, title, template)
    except (_NotARead, ValueError, TypeError, KeyError, IndexError, RecursionError):
        return None


def _read_from_data(data: Any, text: str, title: str,
                    template: Template) -> tuple[Report, PageShape]:
    if type(data) is not dict or data.get("format") != FORMAT \
            or data.get("template") != template.name:
        raise _NotARead("another form of data, or of another template")
    reader = _Reader(len(text))
    sections: dict[str, Node] = {}
    for key, node in map(reader.items, reader.items(data["sections"])):
        template.section(reader.text(key))  # (KeyError: not one of the template's)
        sections[key] = reader.node(node)
    report = Report(title=title, template=template.name, intro=reader.text(data["intro"]),
                    sections=sections,
                    extra_sections=[reader.node(node)
                                    for node in reader.items(data["extra_sections"])],
                    categories=[reader.text(name) for name in reader.items(data["categories"])],
                    order=[reader.order(entry) for entry in reader.items(data["order"])])
    nodes = _nodes_in_order(report)
    headings = [reader.heading(heading) for heading in reader.items(data["headings"])]
    by_place = {reader.position(place): template.section(reader.text(key))
                for place, key in map(reader.items, reader.items(data["by_place"]))}
    in_page_order = [nodes[number] for number in reader.items(data["nodes"])
                     if type(number) is int and number >= 0]
    containers = [nodes[number] for number in reader.items(data["containers"])
                  if type(number) is int and number >= 0]
    if len(in_page_order) != len(data["nodes"]) or len(containers) != len(data["containers"]) \
            or type(data["plain"]) is not bool or type(data["bare"]) is not bool:
        raise _NotARead("not the shape of a read")
    if any(node.source is None for node in in_page_order):
        raise _NotARead("a node of the page with no place on it")
    return report, PageShape(headings, by_place, in_page_order, containers, data["plain"],
                             data["bare"])
