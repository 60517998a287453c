"""A report's outline: its headings in page order, as MediaWiki counts them, and what each is.

Tests compare it with the sandbox wiki's `action=parse&prop=sections` of the page (every heading
MediaWiki sees must be a node), the corpus's expected outlines and the structure benchmark count
with it, and `salonbot outline` shows it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from salonbot.report.display import display_text
from salonbot.report.headings import read_line
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.parse import parse_page
from salonbot.report.render import render_report
from salonbot.report.template import ChildSpec, Template, get_template
from salonbot.report.unplaced import quoted


@dataclass(frozen=True)
class OutlineEntry:
    """One heading (or label) of a report's page.

    - `level`: the heading's level as MediaWiki counts it (1 to 6), None for a pseudo-heading
      (a bold or `;` line, a list item's label) that names a section or a theme;
    - `heading`: the heading's text as `action=parse&prop=sections` shows it in `line` for plain
      text: the title between the equals signs with comments removed, stripped;
    - `kind`: `section` (a template section), `theme`, `topic` (children of a node, as the
      template calls them), `extra` (a section the template does not name) or `placeholder`
      (a theme or topic whose title is guidance left in from the template: no data);
    - `name`: the section key for a section, what a reader sees of a placeholder's heading, else
      the node's title.
    """

    level: int | None
    heading: str
    kind: str
    name: str


def _entries(nodes: list[tuple[Node, str, str, ChildSpec | None]], text: str,
             template: Template) -> Iterator[tuple[int, OutlineEntry]]:
    for node, kind, name, spec in nodes:
        source = node.source
        assert source is not None
        if source.heading[1] > source.heading[0]:
            read = read_line(text[source.heading[0]:source.heading[1]])
            shown = read.title if read is not None else ""
            if kind in ("theme", "topic") and template.names.is_placeholder(node.title or ""):
                kind, name = "placeholder", display_text(shown)
            yield source.heading[0], OutlineEntry(source.level, shown, kind, name)
        if spec is not None:
            yield from _entries([(child, spec.kind, child.title or "", spec.children)
                                 for child in node.children], text, template)
        yield from _entries([(extra, "extra", extra.title or "", None)
                             for extra in node.extra_sections], text, template)


def outline(report: Report, template: Template | None = None, text: str | None = None
            ) -> list[OutlineEntry]:
    """The headings of the page `text` that `report` was read from (or, without it, of the
    page `report` renders to canonically), in page order; a node that has no heading line on
    the page (the discussion of themes written without it) has no entry."""
    template = template or get_template(report.template)
    if text is None:
        text = render_report(report, template)
        report = parse_page(text, report.title, template)
    nodes = [(node, "section", key, template.section(key).children)
             for key, node in report.sections.items()]
    nodes += [(extra, "extra", extra.title or "", None) for extra in report.extra_sections]
    return [entry for _, entry in sorted(_entries(nodes, text, template), key=lambda e: e[0])]


@dataclass(frozen=True)
class OutlineNode:
    """One node of a report as `salonbot outline` shows it.

    - `line`: the line of the page where its heading (or, with none, its content) starts;
    - `level`: the heading's level (`2`), `-` for a label (a bold or `;` line, a list item's
      label, a table row's or a template's label), empty for a node with no heading line (the
      intro, a discussion written without its own heading);
    - `kind`: `intro`, `section`, `theme`, `topic`, `extra` (not placed) or `placeholder`;
    - `name`: the section key of a section, else the node's title (a placeholder's shown text);
    - `heading`: what a reader sees of the heading it came from (empty with no heading line);
    - `area`: the thematic area of a theme or topic, if it names one;
    - `depth`: 0 for the intro and the top-level nodes, one more for each node above;
    - `lines`, `points`: its content: lines of prose and points (sub-points included).
    """

    line: int
    level: str
    kind: str
    name: str
    heading: str
    area: str | None
    depth: int
    lines: int
    points: int


def _count_points(points: list[Bullet]) -> int:
    return sum((1 if bullet.text else 0) + _count_points(bullet.children) for bullet in points)


def _prose_lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())


def _nodes(nodes: list[tuple[Node, str, str, ChildSpec | None]], text: str, template: Template,
           depth: int) -> Iterator[tuple[tuple[int, int], OutlineNode]]:
    for node, kind, name, spec in nodes:
        source = node.source
        assert source is not None
        start, end = source.heading
        if end > start:
            read = read_line(text[start:end])
            shown = display_text(read.title if read is not None else text[start:end])
            level = "-" if source.level is None else str(source.level)
            if kind in ("theme", "topic") and template.names.is_placeholder(node.title or ""):
                kind, name = "placeholder", shown
        else:
            start, shown, level = source.body[0], "", ""
            while start < len(text) and text[start] == "\n":
                start += 1  # the line its content starts on
        area = template.names.area(node.title) \
            if kind in ("theme", "topic") and node.title else None
        yield (start, depth), OutlineNode(text.count("\n", 0, start) + 1, level, kind, name,
                                          shown, node.area or area, depth,
                                          _prose_lines(node.text), _count_points(node.points))
        if spec is not None:
            yield from _nodes([(child, spec.kind, child.title or "", spec.children)
                               for child in node.children], text, template, depth + 1)
        yield from _nodes([(extra, "extra", extra.title or "", None)
                           for extra in node.extra_sections], text, template, depth + 1)


def outline_nodes(report: Report, text: str, template: Template | None = None
                  ) -> list[OutlineNode]:
    """Every node of `report`, read from the page `text`, in page order: the intro (if the page
    has text before its first heading), each section, theme, topic and extra section, with
    what it holds."""
    template = template or get_template(report.template)
    found: list[tuple[tuple[int, int], OutlineNode]] = []
    if report.intro:
        found.append(((0, -1), OutlineNode(1, "", "intro", "intro", "", None, 0,
                                           _prose_lines(report.intro), 0)))
    nodes = [(node, "section", key, template.section(key).children)
             for key, node in report.sections.items()]
    nodes += [(extra, "extra", extra.title or "", None) for extra in report.extra_sections]
    found += _nodes(nodes, text, template, 0)
    return [node for _, node in sorted(found, key=lambda pair: pair[0])]


def _what(node: OutlineNode) -> str:
    """What a node became, in words: its kind and name, then the heading it came from."""
    source = f", from {quoted(node.heading)}" if node.heading else ", no heading line"
    if node.kind == "intro":
        return "intro"
    if node.kind == "section":
        return f"section {node.name}{source}"
    if node.kind in ("theme", "topic"):
        area = f"area {node.area}" if node.area else "no area"
        source = "" if node.heading == node.name else source
        return f"{node.kind} {quoted(node.name)}, {area}{source}"
    shown = f": {quoted(node.heading)}" if node.heading else ""
    if node.kind == "placeholder":
        return f"placeholder{shown} (guidance from the template: no data)"
    return f"not placed{shown}"


def _content(node: OutlineNode) -> str:
    parts = [f"{node.lines} line{'' if node.lines == 1 else 's'}"] if node.lines else []
    if node.points:
        parts.append(f"{node.points} point{'' if node.points == 1 else 's'}")
    return ", ".join(parts) or "empty"


def outline_lines(nodes: list[OutlineNode]) -> list[str]:
    """The outline as a person reads it: a header, then for each node its line on the page,
    its level and what it became (indented by depth), and under it what it holds."""
    lines = ["line  level  what it became"]
    for node in nodes:
        indent = "  " * node.depth
        lines.append(f"{node.line:>4}  {node.level:<5}  {indent}{_what(node)}")
        lines.append(f"{'':>4}  {'':<5}  {indent}  {_content(node)}")
    return lines
