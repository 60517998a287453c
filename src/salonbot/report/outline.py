"""A report's outline: its headings in page order, as MediaWiki counts them, and what each is.

Tests compare it with the sandbox wiki's `action=parse&prop=sections` of the page (every heading
MediaWiki sees must be a node), and the structure benchmark counts with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from salonbot.report.model import Node, Report
from salonbot.report.parse import parse_page
from salonbot.report.render import render_report
from salonbot.report.template import Template, get_template


@dataclass(frozen=True)
class OutlineEntry:
    """One heading of a report's page.

    - `level`: the heading's level as MediaWiki counts it (1 to 6), None for a pseudo-heading
      (a bold or `;` line that names a section or a theme);
    - `heading`: the heading's text as `action=parse&prop=sections` shows it in `line` for plain
      text: the title between the equals signs with comments removed, stripped;
    - `kind`: `section` (a template section), `theme`, `topic` (children of a node, as the
      template calls them) or `extra` (a section the template does not name);
    - `name`: the section key for a section, else the node's title.
    """

    level: int | None
    heading: str
    kind: str
    name: str


def _entries(nodes: list[tuple[Node, str, str]], text: str, template: Template,
             kinds: dict[int, str]) -> Iterator[tuple[int, OutlineEntry]]:
    for node, kind, name in nodes:
        source = node.source
        assert source is not None
        if source.heading[1] > source.heading[0]:
            line = text[source.heading[0]:source.heading[1]]
            from salonbot.report.headings import read_line
            read = read_line(line)
            shown = read.title if read is not None else ""
            yield source.heading[0], OutlineEntry(source.level, shown, kind, name)
        child_kind = kinds.get(id(node), "")
        yield from _entries([(child, child_kind, child.title or "") for child in node.children],
                            text, template, kinds)
        yield from _entries([(extra, "extra", extra.title or "") for extra in node.extra_sections],
                            text, template, kinds)


def outline(report: Report, template: Template | None = None, text: str | None = None
            ) -> list[OutlineEntry]:
    """The headings of the page `text` that `report` was read from (or, without it, of the
    page `report` renders to canonically), in page order; a node that has no heading line on
    the page (the discussion of themes written without it) has no entry."""
    template = template or get_template(report.template)
    if text is None:
        text = render_report(report, template)
        report = parse_page(text, report.title, template)
    kinds: dict[int, str] = {}

    def note(node: Node, spec: object) -> None:
        from salonbot.report.template import ChildSpec
        if isinstance(spec, ChildSpec):
            kinds[id(node)] = spec.kind
            for child in node.children:
                note(child, spec.children)

    for key, node in report.sections.items():
        note(node, template.section(key).children)
    nodes = [(node, "section", key) for key, node in report.sections.items()]
    nodes += [(extra, "extra", extra.title or "") for extra in report.extra_sections]
    found = sorted(_entries(nodes, text, template, kinds), key=lambda pair: pair[0])
    return [entry for _, entry in found]
