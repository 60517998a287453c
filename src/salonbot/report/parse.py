"""Wikitext -> Report: what the page says, with where each node stands on it (`Source`), so that
`render(report, base=text)` gives `text` back (apart from trailing white space, which MediaWiki
strips when it saves) and a changed report changes only its own lines (report/splice.py).

Every heading MediaWiki sees (headings.py) starts a node, matched by name, not by level or
position, with a stack of the open nodes:
- a heading naming a template section not taken yet (its heading, an alias, a translation)
  becomes that section, at whatever level it stands;
- a heading in one of the themes' own spellings (`Discussion Theme 2: X`, `Theme 3 - X`, ...)
  becomes a theme of `discussion` when the discussion is the last top-level node so far;
- any other heading becomes a child (theme, topic) of the nearest open node with a lower level
  if that node has children, else an extra section of it, else a top-level extra section.
A pseudo-heading (a bold or `;` line) counts only when it names a section or a theme. A node's
text and points are read from its content as a reader sees it (report/content.py); the
categories of the whole page are the report's `categories`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from salonbot.report.content import read_content
from salonbot.report.headings import HeadingLine, find_headings
from salonbot.report.model import Node, Report, Source
from salonbot.report.template import (
    ChildSpec,
    SectionSpec,
    Template,
    get_template,
)

# The characters PHP's rtrim() strips, which MediaWiki applies to the end of a page it saves.
MEDIAWIKI_TRAILING_WHITESPACE = " \t\n\r\0\x0b"
#: The level of a node at the top of the page when nothing says otherwise.
TOP_LEVEL = 2

#: The stack level of a pseudo-heading: below every real heading, so any real heading closes it.
PSEUDO_LEVEL = 7


def unclosed_comment(text: str) -> bool:
    """Whether `text` opens an HTML comment it never closes (MediaWiki hides what follows)."""
    return text.rfind("<!--") > text.rfind("-->")


@dataclass
class _Open:
    """A node whose heading was seen and that has not been closed by a heading at its level."""

    level: int  # its heading's level (PSEUDO_LEVEL for a pseudo-heading)
    node: Node
    children: ChildSpec | None
    base_level: int  # the level its children count from


@dataclass
class _Builder:
    """The stack algorithm: which node each heading starts, and where it goes in the report."""

    template: Template
    report: Report
    stack: list[_Open] = field(default_factory=list)
    discussion: _Open | None = None  # the themed section's entry while it is the last one
    headless: list[tuple[int, Node]] = field(default_factory=list)  # nodes with no heading

    def add(self, heading: HeadingLine) -> Node | None:
        """The node `heading` starts, or None if it is a pseudo-heading that names nothing."""
        level = PSEUDO_LEVEL if heading.level is None else heading.level
        open_ = [entry for entry in self.stack if entry.level < level]
        spec = self.template.match_section(heading.shown, self.report.sections)
        if spec is not None:
            return self._section(spec, heading)
        themed = self.template.themed_section
        if themed is not None and themed.children is not None \
                and themed.children.match(heading.shown).specific \
                and (self.discussion is not None or themed.key not in self.report.sections):
            parent = self.discussion or self._headless(themed, heading)
            self.stack = [parent]
            return self._child(parent, themed.children, heading)
        if heading.level is None:
            return None
        self.stack = open_
        if open_ and open_[-1].children is not None:
            return self._child(open_[-1], open_[-1].children, heading)
        if open_:
            return self._extra(open_[-1].node.extra_sections, open_[-1].base_level + 1, heading)
        self.report.order.append(len(self.report.extra_sections))
        self.discussion = None
        return self._extra(self.report.extra_sections, TOP_LEVEL, heading)

    def _push(self, heading: HeadingLine, node: Node, children: ChildSpec | None,
              canonical_level: int) -> _Open:
        level = PSEUDO_LEVEL if heading.level is None else heading.level
        node.source = Source((heading.start, heading.end), heading.level, (heading.end, heading.end))
        base = canonical_level if heading.level is None else heading.level
        entry = _Open(level, node, children, base)
        self.stack.append(entry)
        return entry

    def _headless(self, spec: SectionSpec, heading: HeadingLine) -> _Open:
        """The themed section for a theme that comes without it: a node with no heading line,
        starting where the theme does."""
        node = Node(source=Source((heading.start, heading.start), None,
                                  (heading.start, heading.start)))
        self.report.sections[spec.key] = node
        self.report.order.append(spec.key)
        self.headless.append((heading.start, node))
        base = TOP_LEVEL if heading.level is None else max(heading.level - 1, 1)
        # closed by any heading at the theme's level: only theme spellings reopen it
        level = PSEUDO_LEVEL if heading.level is None else heading.level
        self.discussion = _Open(level, node, spec.children, base)
        return self.discussion

    def _section(self, spec: SectionSpec, heading: HeadingLine) -> Node:
        node = Node()
        self.report.sections[spec.key] = node
        self.report.order.append(spec.key)
        self.stack = []
        entry = self._push(heading, node, spec.children, TOP_LEVEL)
        themed = self.template.themed_section
        self.discussion = entry if themed is not None and themed.key == spec.key else None
        return node

    def _child(self, parent: _Open, spec: ChildSpec, heading: HeadingLine) -> Node:
        node = Node(title=spec.match(heading.shown).title)
        parent.node.children.append(node)
        self._push(heading, node, spec.children, parent.base_level + 1)
        return node

    def _extra(self, extras: list[Node], canonical: int, heading: HeadingLine) -> Node:
        node = Node(title=heading.shown)
        extras.append(node)
        self._push(heading, node, None, canonical)
        return node


def _close_blocks(nodes: list[Node]) -> int:
    """Set `Source.end` of the nodes (and their descendants); the end of the last."""
    end = 0
    for node in nodes:
        assert node.source is not None
        node.source.end = max(node.source.body[1],
                              _close_blocks(node.children + node.extra_sections))
        end = node.source.end
    return end


def parse_page(text: str, title: str = "", template: Template | str | None = None) -> Report:
    """The report held in a page's wikitext, each node with its Source. Never raises."""
    if not isinstance(template, Template):
        template = get_template(template or "strategy-salon")
    text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    report = Report(title=title, template=template.name)
    builder = _Builder(template, report)
    nodes: list[Node] = []  # every node in page order
    for heading in find_headings(text):
        node = builder.add(heading)
        if builder.headless and builder.headless[-1][0] == heading.start:
            nodes.append(builder.headless.pop()[1])
        if node is not None:
            nodes.append(node)
    intro_end = nodes[0].source.heading[0] if nodes and nodes[0].source else len(text)
    intro = read_content(text[:intro_end], lists=False)
    report.intro = intro.text
    categories = intro.categories
    for index, node in enumerate(nodes):
        assert node.source is not None
        start = node.source.heading[1]
        following = nodes[index + 1].source if index + 1 < len(nodes) else None
        end = following.heading[0] if following is not None else len(text)
        node.source.body = (start, end)
        content = read_content(text[start:end])
        node.text, node.points = content.text, content.points
        categories.extend(content.categories)
    report.categories = categories
    _close_blocks(list(report.sections.values()) + report.extra_sections)
    return report
