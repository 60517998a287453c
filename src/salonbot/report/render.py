"""Report -> wikitext. Deterministic; the canonical form is described in docs/format.md.

Headings mirror the template exactly (`== Date and location ==`); each node's content follows its
heading on the next line; every heading after the first is preceded by one blank line. Where a
report was parsed from an untidy page, its `Layout` restores the page's own spacing and spelling.
"""

from __future__ import annotations

from collections.abc import Iterator

from salonbot.report.content import node_content
from salonbot.report.model import Layout, Node, Report
from salonbot.report.template import ChildSpec, SectionSpec, Template, get_template

# The characters PHP's rtrim() strips, which MediaWiki applies to the end of a page it saves.
MEDIAWIKI_TRAILING_WHITESPACE = " \t\n\r\0\x0b"


def heading_line(level: int, text: str) -> str:
    """The canonical heading line: `== text ==` with `level` equals signs on each side."""
    marks = "=" * level
    return f"{marks} {text} {marks}"


def canonical_gaps(has_content: bool, at_end: bool) -> tuple[int, int]:
    """Newlines (before, after) a node's content in the canonical form."""
    if has_content:
        return 1, 0 if at_end else 2
    return (0 if at_end else 2), 0


def canonical_intro_gaps(has_content: bool, has_headings: bool) -> tuple[int, int]:
    """Newlines (before, after) the intro in the canonical form."""
    return 0, 2 if (has_content and has_headings) else 0


def _with_layout(content: str, layout: Layout, canonical: tuple[int, int]) -> str:
    before = canonical[0] if layout.before is None else layout.before
    after = canonical[1] if layout.after is None else layout.after
    return "\n" * before + content + "\n" * after


def heading_identity(
    line: str, level: int, spec: SectionSpec | None, child: ChildSpec | None
) -> str | None:
    """What a heading line names: a section key or a child title, if it is at `level`.

    Used to decide whether a heading as written on the wiki (kept in `Layout.heading`) still names
    the node being rendered; if it does, the page's own spelling is kept.
    """
    import mwparserfromhell  # local: render of tidy reports needs no parser

    nodes = mwparserfromhell.parse(line).nodes
    if len(nodes) != 1 or not isinstance(nodes[0], mwparserfromhell.nodes.Heading):
        return None
    heading = nodes[0]
    if heading.level != level:
        return None
    title = str(heading.title)
    if spec is not None:
        return spec.key if spec.matches(title) else None
    assert child is not None
    return child.match(title)


Walked = tuple[int, str, Node, str, SectionSpec | None, ChildSpec | None]


def walk(report: Report, template: Template) -> Iterator[Walked]:
    """Each node of the report in page order: (level, canonical heading text, node, identity,
    the section's spec or the child spec that made its heading)."""

    def children(node: Node, spec: ChildSpec | None, level: int) -> Iterator[Walked]:
        if spec is None:
            return
        for number, child in enumerate(node.children, start=1):
            title = child.title or ""
            yield level, spec.heading_for(title, number), child, title, None, spec
            yield from children(child, spec.children, level + 1)

    for section_spec in template.sections:
        node = report.sections.get(section_spec.key)
        if node is None:
            continue
        yield 2, section_spec.heading, node, section_spec.key, section_spec, None
        yield from children(node, section_spec.children, 3)


def render_report(report: Report, template: Template | None = None) -> str:
    """The page's wikitext. Raises KeyError for a section key the template does not have."""
    template = template or get_template(report.template)
    unknown = set(report.sections) - set(template.keys)
    if unknown:
        raise KeyError(f"sections not in template {template.name}: {', '.join(sorted(unknown))}")
    nodes = list(walk(report, template))
    parts = []
    if report.intro or not report.layout.is_empty():
        gaps = canonical_intro_gaps(bool(report.intro), bool(nodes))
        parts.append(_with_layout(report.intro, report.layout, gaps))
    for index, (level, heading_text, node, identity, spec, child) in enumerate(nodes):
        line = node.layout.heading
        if line is None or heading_identity(line, level, spec, child) != identity:
            line = heading_line(level, heading_text)
        content = node_content(node)
        gaps = canonical_gaps(bool(content), at_end=index == len(nodes) - 1)
        parts.append(line + _with_layout(content, node.layout, gaps))
    return "".join(parts)
