"""The report model: plain dataclasses, compared by value.

A report is a tree of nodes that mirrors the page's headings: the template's sections, a section's
children (discussion themes, topics) and theirs. Each node holds its `text` (wikitext kept verbatim)
and its `points` (a bullet list). `Layout` records where a page departs from the canonical spacing
and heading spelling, so that any page round-trips byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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

    `heading` is the heading line as written; `before` and `after` count the newlines between the
    heading line and the content, and between the content and what follows.
    """

    heading: str | None = None
    before: int | None = None
    after: int | None = None

    def is_empty(self) -> bool:
        return self.heading is None and self.before is None and self.after is None


@dataclass
class Node:
    """A section, theme or topic: prose, then bullets, then its own sub-headed children.

    `title` is set for children (themes, topics), whose heading is made from it; a template
    section's heading comes from the template. `area` is the `area:` key of a theme or topic.
    """

    text: str = ""
    points: list[Bullet] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    title: str | None = None
    layout: Layout = field(default_factory=Layout)
    # The thematic area set by hand (report/areas.py); not on the page, so not compared: a page
    # read back from the wiki is the same report with or without it.
    area: str | None = field(default=None, compare=False)

    def has_content(self) -> bool:
        return bool(self.text or self.points)


@dataclass
class Report:
    """A whole report page: its title, the intro before the first heading, and its sections.

    `sections` maps template section keys to nodes; a key that is absent has no heading on the page.
    """

    title: str
    template: str = "strategy-salon"
    intro: str = ""
    sections: dict[str, Node] = field(default_factory=dict)
    layout: Layout = field(default_factory=Layout)
