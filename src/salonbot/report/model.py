"""The report model: plain dataclasses, compared by content.

A report is a tree of nodes that mirrors the page's headings: the template's sections, a
section's children (discussion themes, topics) and theirs, and the "extra sections" the template
does not name (at the top level or under any node). `Node.children` is the tree's own name for
a node's sub-headed entries, the same for every template; the file lists them under the names
its template gives them (`themes:`, a theme's `topics:`), and `Report.listed` reads them by those
names. Each node holds its `text` (prose, as the
reader sees it) and its `points` (a bullet list). The report holds what the page says, never how
the page writes it: a report read from a page carries, apart from its content, where each node
stands on that page (`Source`, not compared), so that a changed report can be written back onto
the page touching only what changed (report/splice.py).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from salonbot.report.template import get_template


@dataclass
class Bullet:
    """One bullet: its text (one line, no leading `*`) and its sub-bullets.

    A bullet with empty text at the top level stands for a blank line between two lists.
    """

    text: str
    children: list[Bullet] = field(default_factory=list)


@dataclass
class Source:
    """Where a node stands on the page it was read from.

    - `heading`: the span of its heading line (a line of `==`, or a bold or `;` line people
      read as a heading); (start, start) for a node with no heading line (themes written
      without the summary heading above them);
    - `level`: the heading's level as MediaWiki counts it, None for a pseudo-heading;
    - `body`: the span of its own content, from the end of the heading line to the next
      heading of any node (its line breaks included);
    - `end`: where its block ends: the end of its last descendant's body;
    - `lead`: for a label written as a list item (`* '''Advocacy'''` with `** ...` under it),
      its list markers, which the depths of its points do not count;
    - `host`: for a node written inside a block (a table row, a template call, an infobox
      parameter: report/embedded.py), the block's span; `heading` is then its label's span,
      `body` its value's, and `more` the spans of an infobox section's other fields.
    """

    heading: tuple[int, int]
    level: int | None
    body: tuple[int, int]
    end: int = 0
    lead: str = ""  # a label written as a list item: its markers (its points are sub-items)
    host: tuple[int, int] | None = None  # a node in a table row, a template call, an infobox
    more: tuple[tuple[int, int], ...] = ()  # an infobox section's other fields (date, place)
    rows: tuple[int, ...] = ()  # a theme in table rows: cells a row (`body` and `more` in order)


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
    extra_sections: list[Node] = field(default_factory=list)
    # The thematic area set by hand (analytics/areas.py); not on the page, so not compared: a
    # page read back from the wiki is the same report with or without it.
    area: str | None = field(default=None, compare=False)
    source: Source | None = field(default=None, compare=False, repr=False)

    def has_content(self) -> bool:
        return bool(self.text or self.points)

    def same_own_content(self, other: Node) -> bool:
        """Whether the node says what `other` says apart from its children and extra sections."""
        return self.text == other.text and self.points == other.points \
            and self.title == other.title


@dataclass
class Report:
    """A whole report page: its title, the intro before the first heading, its sections, its
    top-level extra sections and its categories.

    `sections` maps template section keys to nodes, in page order; a key that is absent has no
    heading on the page. `extra_sections` are the top-level headings the template does not
    name, in page order. `categories` are the page's categories, in page order.
    """

    title: str
    template: str = "strategy-salon"
    intro: str = ""
    sections: dict[str, Node] = field(default_factory=dict)
    extra_sections: list[Node] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    #: The page order of the top-level nodes (section keys, indexes of extra sections) as read
    #: from a page; not compared (the file's order of sections is `sections`' own order).
    order: list[str | int] = field(default_factory=list, compare=False, repr=False)
    #: Figures a person settled in the file (its `figures:` block, report/settled.py): date,
    #: participants, budget_spent. Not on the page, so not compared, like a node's `area`.
    figures: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def same_content(self, other: Report) -> bool:
        """Whether the two reports say the same, their sections in the same order."""
        return self == other and list(self.sections) == list(other.sections)

    def copy(self) -> Report:
        """A copy that shares nothing that can be changed with this report (a deep copy, in
        a fraction of copy.deepcopy's time)."""
        return _copied(self)

    def listed(self, section: str, *keys: str) -> list[Node]:
        """The nodes the file lists under `section`, by the keys its template writes them
        under: `listed("discussion", "themes")` is the discussion's themes,
        `listed("discussion", "themes", "topics")` the topics of every theme, in page order;
        `listed("discussion")` the section itself. [] if the report has no such section. A key
        the template does not name at that place is a KeyError (a misspelt key must not read
        as "none"): Other Areas lists `topics`, not `themes`."""
        spec = get_template(self.template).section(section).children
        nodes = [self.sections[section]] if section in self.sections else []
        for key in keys:
            if spec is None or spec.key != key:
                raise KeyError(key)
            nodes = [child for node in nodes for child in node.children]
            spec = spec.children
        return nodes


_MODEL = (Report, Node, Bullet, Source)


def _copied(value: Any) -> Any:
    if isinstance(value, list):
        return [_copied(item) for item in value]
    if isinstance(value, dict):
        return {key: _copied(item) for key, item in value.items()}
    if isinstance(value, _MODEL):
        new = object.__new__(type(value))
        new.__dict__.update({name: _copied(item) for name, item in value.__dict__.items()})
        return new
    if value is None or isinstance(value, (str, int, float, tuple)):
        return value  # nothing to change in it (the model's tuples hold numbers)
    return copy.deepcopy(value)  # anything else a file's `figures:` may hold
