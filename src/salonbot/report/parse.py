"""Wikitext -> Report, losslessly: `render_report(parse_page(text)) == text` for any page text
(apart from trailing white space, which MediaWiki strips when it saves).

Every heading MediaWiki sees (headings.py) starts a node, matched by name, not by level or
position, with a stack of the open nodes:
- a heading naming a template section not taken yet (its heading, an alias, a translation)
  becomes that section, at whatever level it stands;
- a heading in one of the themes' own spellings (`Discussion Theme 2: X`, `Theme 3 - X`, ...)
  becomes a theme of `discussion` when the discussion is the last top-level node so far;
- any other heading becomes a child (theme, topic) of the nearest open node with a lower level
  if that node has children, else an extra section of it, else a top-level extra section.
A pseudo-heading (a bold or `;` line) counts only when it names a section or a theme. Levels,
spellings and order that are not the canonical ones are kept in `Layout`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from salonbot.report.content import split_content
from salonbot.report.headings import HeadingLine, find_headings
from salonbot.report.model import Layout, Node, OrderEntry, Report
from salonbot.report.render import (
    MEDIAWIKI_TRAILING_WHITESPACE,
    TOP_LEVEL,
    Namer,
    canonical_gaps,
    canonical_intro_gaps,
    child_namer,
    extra_namer,
    place,
    section_namer,
)
from salonbot.report.template import (
    ChildSpec,
    SectionSpec,
    Template,
    get_template,
    normalize_title,
)

#: The stack level of a pseudo-heading: below every real heading, so any real heading closes it.
PSEUDO_LEVEL = 7


def unclosed_comment(text: str) -> bool:
    """Whether `text` opens an HTML comment it never closes (MediaWiki hides what follows)."""
    return text.rfind("<!--") > text.rfind("-->")


def _gaps(body: str) -> tuple[int, str, int]:
    """(newlines before, content, newlines after) of a stretch of page text."""
    content = body.strip("\n")
    if not content:
        return len(body), "", 0
    before = len(body) - len(body.lstrip("\n"))
    after = len(body) - len(body.rstrip("\n"))
    return before, content, after


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
    order: list[OrderEntry] = field(default_factory=list)
    discussion: _Open | None = None  # the themed section's entry while it is the last one
    headless: list[tuple[int, Node]] = field(default_factory=list)  # nodes with no heading

    def add(self, heading: HeadingLine, written: str) -> Node | None:
        """The node `heading` starts (its layout's heading and level set), or None if it is a
        pseudo-heading that names nothing."""
        level = PSEUDO_LEVEL if heading.level is None else heading.level
        open_ = [entry for entry in self.stack if entry.level < level]
        spec = self.template.match_section(heading.title, self.report.sections)
        if spec is not None:
            return self._section(spec, heading, written)
        themed = self.template.themed_section
        if themed is not None and themed.children is not None \
                and themed.children.match(heading.title).specific \
                and (self.discussion is not None or themed.key not in self.report.sections):
            parent = self.discussion or self._headless(themed, heading)
            self.stack = [parent]
            return self._child(parent, themed.children, heading, written)
        if heading.level is None:
            return None
        self.stack = open_
        if open_ and open_[-1].children is not None:
            return self._child(open_[-1], open_[-1].children, heading, written)
        if open_:
            return self._extra(open_[-1].node.extra_sections, open_[-1].base_level + 1, heading,
                               written)
        self.order.append(len(self.report.extra_sections))
        self.discussion = None
        return self._extra(self.report.extra_sections, TOP_LEVEL, heading, written)

    def _push(self, heading: HeadingLine, node: Node, children: ChildSpec | None,
              canonical_level: int) -> _Open:
        level = PSEUDO_LEVEL if heading.level is None else heading.level
        if heading.level is not None and heading.level != canonical_level:
            node.layout.level = heading.level
        base = canonical_level if heading.level is None else heading.level
        entry = _Open(level, node, children, base)
        self.stack.append(entry)
        return entry

    @staticmethod
    def _keep_heading(node: Node, written: str, canonical_level: int, text: str,
                      names: Namer) -> None:
        """Keep the heading line as written where it is not the canonical one."""
        if place(node, canonical_level, text, names, "", "").line != written:
            node.layout.heading = written

    def _headless(self, spec: SectionSpec, heading: HeadingLine) -> _Open:
        """The themed section for a theme that comes without it: a node with no heading line
        (`layout.heading` ""), starting where the theme does."""
        node = Node(layout=Layout(heading=""))
        self.report.sections[spec.key] = node
        self.order.append(spec.key)
        self.headless.append((heading.start, node))
        base = TOP_LEVEL if heading.level is None else max(heading.level - 1, 1)
        node.layout.level = None if base == TOP_LEVEL else base
        # closed by any heading at the theme's level: only theme spellings reopen it
        level = PSEUDO_LEVEL if heading.level is None else heading.level
        self.discussion = _Open(level, node, spec.children, base)
        return self.discussion

    def _section(self, spec: SectionSpec, heading: HeadingLine, written: str) -> Node:
        node = Node()
        self.report.sections[spec.key] = node
        self.order.append(spec.key)
        self.stack = []
        entry = self._push(heading, node, spec.children, TOP_LEVEL)
        self._keep_heading(node, written, TOP_LEVEL, spec.heading, section_namer(spec.matches))
        themed = self.template.themed_section
        self.discussion = entry if themed is not None and themed.key == spec.key else None
        return node

    def _child(self, parent: _Open, spec: ChildSpec, heading: HeadingLine, written: str) -> Node:
        title = spec.match(heading.title).title
        node = Node(title=title)
        parent.node.children.append(node)
        canonical = parent.base_level + 1
        self._push(heading, node, spec.children, canonical)
        self._keep_heading(node, written, canonical,
                           spec.heading_for(title, len(parent.node.children)),
                           child_namer(spec, title))
        return node

    def _extra(self, extras: list[Node], canonical: int, heading: HeadingLine,
               written: str) -> Node:
        node = Node(title=normalize_title(heading.title))
        extras.append(node)
        self._push(heading, node, None, canonical)
        self._keep_heading(node, written, canonical, node.title or "", extra_namer(node.title or ""))
        return node


def _canonical_order(report: Report, template: Template) -> list[OrderEntry]:
    order: list[OrderEntry] = [key for key in template.keys if key in report.sections]
    return order + list(range(len(report.extra_sections)))


def parse_page(text: str, title: str = "", template: Template | str | None = None) -> Report:
    """The report held in a page's wikitext. Never raises for any text."""
    if not isinstance(template, Template):
        template = get_template(template or "strategy-salon")
    text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    report = Report(title=title, template=template.name)
    builder = _Builder(template, report)
    cuts: list[tuple[int, int, Node]] = []
    for heading in find_headings(text):
        node = builder.add(heading, text[heading.start:heading.end])
        if builder.headless and builder.headless[-1][0] == heading.start:
            cuts.append((heading.start, heading.start, builder.headless.pop()[1]))
        if node is not None:
            cuts.append((heading.start, heading.end, node))
    intro_end = cuts[0][0] if cuts else len(text)
    before, report.intro, after = _gaps(text[:intro_end])
    canonical = canonical_intro_gaps(bool(report.intro), bool(cuts))
    report.layout = Layout(before=None if before == canonical[0] else before,
                           after=None if after == canonical[1] else after)
    if builder.order != _canonical_order(report, template):
        report.layout.order = builder.order
    for index, (_, end, node) in enumerate(cuts):
        at_end = index == len(cuts) - 1
        before, content, after = _gaps(text[end : len(text) if at_end else cuts[index + 1][0]])
        canonical = canonical_gaps(bool(content), at_end)
        node.layout.before = None if before == canonical[0] else before
        node.layout.after = None if after == canonical[1] else after
        node.text, node.points, node.layout.content = split_content(content)
    return report
