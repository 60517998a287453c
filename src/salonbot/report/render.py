"""Report -> wikitext in the canonical form, described in docs/format.md.

Headings mirror the template exactly (`== Date and location ==`); each node's content follows its
heading on the next line; every heading after the first is preceded by one blank line; the
page's categories come last, one a line. A report that came from a page is written back onto
that page by report/splice.py instead, which keeps the page's own form.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from salonbot.report.content import join_content
from salonbot.report.model import Node, Report
from salonbot.report.parse import TOP_LEVEL
from salonbot.report.template import ChildSpec, Template, get_template


def heading_line(level: int, text: str) -> str:
    """The canonical heading line: `== text ==` with `level` equals signs on each side."""
    marks = "=" * level
    return f"{marks} {text} {marks}"


def category_line(name: str) -> str:
    """The link that puts a page in the category `name`."""
    return f"[[Category:{name}]]"


@dataclass(frozen=True)
class Placed:
    """A node in its canonical place: its heading line and level, what it is (`kind`: section,
    theme, topic or extra; `name`: the section key, else the title), the heading's text, and
    the child spec of its children."""

    node: Node
    line: str
    level: int
    kind: str
    name: str
    heading: str
    children: ChildSpec | None


def page_order(report: Report) -> list[str | int]:
    """The top-level nodes in the file's order: the sections as the report lists them, then the
    extra sections."""
    return [*report.sections, *range(len(report.extra_sections))]


def _below(parent: Placed) -> Iterator[Placed]:
    node, spec, level = parent.node, parent.children, parent.level + 1
    if spec is not None:
        for number, child in enumerate(node.children, start=1):
            title = child.title or ""
            text = spec.heading_for(title, number)
            placed = Placed(child, heading_line(level, text), level, spec.kind, title, text,
                            spec.children)
            yield placed
            yield from _below(placed)
    yield from _extras(node.extra_sections, level)


def _extras(extras: list[Node], level: int) -> Iterator[Placed]:
    for extra in extras:
        title = extra.title or ""
        placed = Placed(extra, heading_line(level, title), level, "extra", title, title, None)
        yield placed
        yield from _below(placed)


def placed_nodes(report: Report, template: Template) -> Iterator[Placed]:
    """Every node of the report with its canonical heading, in page order."""
    for entry in page_order(report):
        if isinstance(entry, int):
            yield from _extras([report.extra_sections[entry]], TOP_LEVEL)
            continue
        spec = template.section(entry)
        placed = Placed(report.sections[entry], heading_line(TOP_LEVEL, spec.heading), TOP_LEVEL,
                        "section", entry, spec.heading, spec.children)
        yield placed
        yield from _below(placed)


def node_content(node: Node) -> str:
    """A node's own content (text, then points) in the canonical form."""
    return join_content(node.text, node.points)


def node_block(line: str, node: Node) -> str:
    """A node's heading line and its own content, canonically."""
    content = node_content(node)
    return f"{line}\n{content}" if content else line


def render_report(report: Report, template: Template | None = None) -> str:
    """The page's wikitext in the canonical form. Raises KeyError for a section key the
    template does not have."""
    template = template or get_template(report.template)
    unknown = set(report.sections) - set(template.keys)
    if unknown:
        raise KeyError(f"sections not in template {template.name}: {', '.join(sorted(unknown))}")
    parts = [report.intro] if report.intro else []
    parts.extend(node_block(placed.line, placed.node) for placed in placed_nodes(report, template))
    if report.categories:
        parts.append("\n".join(category_line(name) for name in report.categories))
    return "\n\n".join(parts)
