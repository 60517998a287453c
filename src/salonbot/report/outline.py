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
from salonbot.report.model import Node, Report
from salonbot.report.parse import parse_page
from salonbot.report.render import render_report
from salonbot.report.template import ChildSpec, Template, get_template


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
