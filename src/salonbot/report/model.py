"""The report model: plain dataclasses, compared by value.

A report is a tree of nodes that mirrors the page's headings: the template's sections, a section's
children (discussion themes, topics) and theirs, and the "extra sections" the template does not
name (at the top level or under any node). Each node holds its `text` (wikitext kept verbatim) and
its `points` (a bullet list). `Layout` records where a page departs from the canonical spacing,
heading spelling, levels and order, so that any page round-trips byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: An entry of `Layout.order`: a template section's key, or the index of an extra section.
OrderEntry = str | int


@dataclass
class Bullet:
    """One bullet: its text (one line, no leading `*`) and its sub-bullets.

    A bullet with empty text at the top level stands for a blank line between two lists.
    """

    text: str
    children: list[Bullet] = field(default_factory=list)


@dataclass
class Layout:
    """Departures from the canonical form, as `parse` found them (None means canonical).

    - `heading`: the heading line as written, also a pseudo-heading line (a bold line or a `;`
      line that names a section or a theme);
    - `before`, `after`: the newlines between the heading line and the content, and between the
      content and what follows;
    - `level`: the heading's level where it is not the canonical one (2 at the top of the page,
      one more than the parent's heading below it);
    - `content`: how the content's lists and lines depart from the canonical ones (content.py);
    - `order` (a report's own layout only): the page's order of the top-level nodes, where it is
      not the template's order followed by the extra sections.
    """

    heading: str | None = None
    before: int | None = None
    after: int | None = None
    level: int | None = None
    content: Any = None
    order: list[OrderEntry] | None = None


@dataclass
class Node:
    """A section, theme, topic or extra section: prose, then bullets, then its own sub-headed
    children (themes, topics), then its extra sections.

    `title` is set for children and extra sections, whose heading is made from it; a template
    section's heading comes from the template. `area` is the `area:` key of a theme or topic.
    """

    text: str = ""
    points: list[Bullet] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    title: str | None = None
    layout: Layout = field(default_factory=Layout)
    extra_sections: list[Node] = field(default_factory=list)
    # The thematic area set by hand (report/areas.py); not on the page, so not compared: a page
    # read back from the wiki is the same report with or without it.
    area: str | None = field(default=None, compare=False)

    def has_content(self) -> bool:
        return bool(self.text or self.points)


@dataclass
class Report:
    """A whole report page: its title, the intro before the first heading, its sections and its
    top-level extra sections.

    `sections` maps template section keys to nodes; a key that is absent has no heading on the page.
    `extra_sections` are the top-level headings the template does not name, in page order.
    """

    title: str
    template: str = "strategy-salon"
    intro: str = ""
    sections: dict[str, Node] = field(default_factory=dict)
    layout: Layout = field(default_factory=Layout)
    extra_sections: list[Node] = field(default_factory=list)
