"""A report's outline: its headings in page order, as MediaWiki counts them, and what each is.

Tests compare it with the sandbox wiki's `action=parse&prop=sections` of the rendered page (every
heading MediaWiki sees must be a node), and the structure benchmark counts with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from salonbot.report.model import Report
from salonbot.report.render import placed_nodes
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


def outline(report: Report, template: Template | None = None) -> list[OutlineEntry]:
    """The headings of the page `report` renders to, in page order (a node that has no heading
    line on the page, the discussion of themes written without it, has no entry)."""
    template = template or get_template(report.template)
    return [OutlineEntry(placed.level, placed.heading, placed.kind, placed.name)
            for placed in placed_nodes(report, template) if placed.line]
