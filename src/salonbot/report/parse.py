"""Wikitext -> Report, losslessly: `render_report(parse_page(text)) == text` for any page text
(apart from trailing white space, which MediaWiki strips when it saves).

mwparserfromhell finds the page's top-level headings (a `== x ==` inside a template, a comment or a
`<pre>` is not a heading). A heading starts a node of the report only when it is where the template
expects it; every other character of the page stays verbatim in the text of the node before it.
"""

from __future__ import annotations

from dataclasses import dataclass

import mwparserfromhell
from mwparserfromhell.nodes import Heading, Text

from salonbot.report.content import split_content
from salonbot.report.model import Layout, Node, Report
from salonbot.report.render import (
    MEDIAWIKI_TRAILING_WHITESPACE,
    canonical_gaps,
    canonical_intro_gaps,
    heading_line,
)
from salonbot.report.template import ChildSpec, SectionSpec, Template, get_template


@dataclass
class _Cut:
    """A structural heading: where it stands in the page and which node it starts."""

    start: int
    end: int
    level: int
    node: Node
    canonical_heading: str


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


def _layout(before: int, after: int, canonical: tuple[int, int], heading: str | None) -> Layout:
    return Layout(
        heading=heading,
        before=None if before == canonical[0] else before,
        after=None if after == canonical[1] else after,
    )


class _Structure:
    """Decides, heading by heading, which headings start a node of the template's tree."""

    def __init__(self, template: Template):
        self.template = template
        self.report_sections: dict[str, Node] = {}
        self.section_index = -1
        self.section: SectionSpec | None = None
        self.path: list[tuple[Node, ChildSpec | None]] = []  # open nodes below the section
        self.level: int | None = None  # level of the last structural heading
        self.blocked: int | None = None  # an unknown heading at this level closed the nodes below

    def classify(self, level: int, text: str) -> tuple[Node, str] | None:
        """The node a heading starts and its canonical heading text, or None if it starts none."""
        if self.blocked is not None and level > self.blocked:
            return None
        found = self._match(level, text)
        if found is None:
            if self.level is not None and level <= self.level:
                self.blocked = level if self.blocked is None else min(self.blocked, level)
            return None
        self.blocked = None
        self.level = level
        return found

    def _match(self, level: int, text: str) -> tuple[Node, str] | None:
        if level == 2:
            for index in range(self.section_index + 1, len(self.template.sections)):
                spec = self.template.sections[index]
                if spec.matches(text):
                    node = Node()
                    self.report_sections[spec.key] = node
                    self.section_index, self.section = index, spec
                    self.path = [(node, spec.children)]
                    return node, spec.heading
            return None
        depth = level - 2  # 1 for the section's children, 2 for theirs
        if self.section is None or not 1 <= depth <= len(self.path):
            return None
        parent, child_spec = self.path[depth - 1]
        if child_spec is None:
            return None
        title = child_spec.match(text)
        if title is None:
            return None
        node = Node(title=title)
        parent.children.append(node)
        del self.path[depth:]
        self.path.append((node, child_spec.children))
        return node, child_spec.heading_for(title, len(parent.children))


def _headings(text: str) -> list[tuple[int, int, Heading]]:
    """(start, end, node) of each top-level heading that has nothing but spaces after it.

    As in MediaWiki, an HTML comment that is never closed hides the rest of the page, so no
    heading after it counts (mwparserfromhell leaves such a `<!--` in plain text).
    """
    found = []
    position = 0
    for node in mwparserfromhell.parse(text).nodes:
        length = len(str(node))
        if isinstance(node, Text) and "<!--" in node.value:
            break
        if isinstance(node, Heading):
            end = position + length
            line_end = text.find("\n", end)
            rest = text[end:] if line_end == -1 else text[end:line_end]
            if not rest.strip(" \t"):
                found.append((position, end, node))
        position += length
    return found


def parse_page(text: str, title: str = "", template: Template | str | None = None) -> Report:
    """The report held in a page's wikitext. Never raises for any text."""
    if not isinstance(template, Template):
        template = get_template(template or "strategy-salon")
    text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    structure = _Structure(template)
    cuts: list[_Cut] = []
    for start, end, heading_node in _headings(text):
        found = structure.classify(heading_node.level, str(heading_node.title))
        if found is not None:
            node, canonical = found
            cuts.append(_Cut(start, end, heading_node.level, node, canonical))

    report = Report(title=title, template=template.name, sections=structure.report_sections)
    intro_end = cuts[0].start if cuts else len(text)
    before, intro, after = _gaps(text[:intro_end])
    report.intro = intro
    report.layout = _layout(before, after, canonical_intro_gaps(bool(intro), bool(cuts)), None)
    for index, cut in enumerate(cuts):
        at_end = index == len(cuts) - 1
        body = text[cut.end : len(text) if at_end else cuts[index + 1].start]
        before, content, after = _gaps(body)
        written = text[cut.start : cut.end]
        heading = None if written == heading_line(cut.level, cut.canonical_heading) else written
        cut.node.layout = _layout(before, after, canonical_gaps(bool(content), at_end), heading)
        cut.node.text, cut.node.points, cut.node.layout.content = split_content(content)
    return report
