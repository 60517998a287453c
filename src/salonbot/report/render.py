"""Report -> wikitext. Deterministic; the canonical form is described in docs/format.md.

Headings mirror the template exactly (`== Date and location ==`); each node's content follows its
heading on the next line; every heading after the first is preceded by one blank line. Where a
report was parsed from an untidy page, its `Layout` restores the page's own spacing, heading
spelling, levels and order; a renamed theme, topic or extra section keeps its heading's spelling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from salonbot.report.content import node_content
from salonbot.report.headings import ReadLine, read_line
from salonbot.report.model import Layout, Node, OrderEntry, Report
from salonbot.report.template import ChildSpec, Template, get_template, normalize_title

# The characters PHP's rtrim() strips, which MediaWiki applies to the end of a page it saves.
MEDIAWIKI_TRAILING_WHITESPACE = " \t\n\r\0\x0b"
#: The level of a node at the top of the page when its layout does not say otherwise.
TOP_LEVEL = 2

#: Whether a heading's title (stripped, comments removed) names the node being rendered, and
#: where its title stands in that text (None if it cannot be renamed in place).
Namer = Callable[[str], tuple[bool, tuple[int, int] | None]]


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


@dataclass(frozen=True)
class Placed:
    """A node as it stands on the page: its heading line and level (None for a pseudo-heading),
    what it is (`kind`: section, theme, topic or extra; `name`: the section key, else the title),
    the heading's text as MediaWiki shows it, and the level its children count from."""

    node: Node
    line: str
    level: int | None
    kind: str
    name: str
    heading: str
    base_level: int


def page_order(report: Report, template: Template) -> list[OrderEntry]:
    """The top-level nodes in page order: the layout's order (entries naming nothing dropped),
    then the nodes it does not name, in canonical order (template order, then extra sections)."""
    present: list[OrderEntry] = [key for key in template.keys if key in report.sections]
    present.extend(range(len(report.extra_sections)))
    if not report.layout.order:
        return present
    wanted = set(present)
    order: list[OrderEntry] = []
    for entry in report.layout.order:
        if entry in wanted and not isinstance(entry, bool):
            order.append(entry)
            wanted.discard(entry)
    return order + [entry for entry in present if entry in wanted]


def section_namer(matches: Callable[[str], bool]) -> Namer:
    return lambda text: (matches(text), None)


def child_namer(spec: ChildSpec, title: str) -> Namer:
    def name(text: str) -> tuple[bool, tuple[int, int] | None]:
        found = spec.match(text)
        return found.title == title, found.span
    return name


def extra_namer(title: str) -> Namer:
    def name(text: str) -> tuple[bool, tuple[int, int] | None]:
        start = len(text) - len(text.lstrip())
        return normalize_title(text) == title, (start, start + len(text.strip()))
    return name


def written_heading(layout: Layout, names: Namer, title: str | None) -> tuple[str, ReadLine] | None:
    """The heading line kept in `layout` and how it reads, if it still names the node: as
    written, or with the new title put in place of the old one (a renamed theme keeps its
    spelling)."""
    written = layout.heading
    if written is None:
        return None
    read = read_line(written)
    if read is None:
        return None
    same, span = names(read.title)
    if same:
        return written, read
    region = written[read.title_start:read.title_end]
    if span is None or title is None or "<!--" in region:
        return None
    offset = read.title_start + len(region) - len(region.lstrip())
    line = written[:offset + span[0]] + title + written[offset + span[1]:]
    renamed = read_line(line)
    return (line, renamed) if renamed is not None else None


def place(node: Node, canonical_level: int, canonical_text: str, names: Namer, kind: str,
          name: str) -> Placed:
    """Where a node's heading stands: its written heading if that still names it, else the
    canonical heading at the layout's level (or the canonical level)."""
    if node.layout.heading == "":  # a node with no heading line (themes with no section)
        return Placed(node, "", None, kind, name, "", node.layout.level or canonical_level)
    found = written_heading(node.layout, names, node.title)
    if found is not None:
        line, read = found
        base = canonical_level if read.level is None else read.level
        return Placed(node, line, read.level, kind, name, read.title, base)
    level = node.layout.level or canonical_level
    return Placed(node, heading_line(level, canonical_text), level, kind, name,
                  canonical_text.strip(), level)


def _below(parent: Placed, spec: ChildSpec | None) -> Iterator[Placed]:
    node = parent.node
    level = parent.base_level + 1
    if spec is not None:
        for number, child in enumerate(node.children, start=1):
            title = child.title or ""
            placed = place(child, level, spec.heading_for(title, number),
                           child_namer(spec, title), spec.kind, title)
            yield placed
            yield from _below(placed, spec.children)
    yield from _extras(node.extra_sections, level)


def _extras(extras: list[Node], level: int) -> Iterator[Placed]:
    for extra in extras:
        title = extra.title or ""
        placed = place(extra, level, title, extra_namer(title), "extra", title)
        yield placed
        yield from _below(placed, None)


def placed_nodes(report: Report, template: Template) -> Iterator[Placed]:
    """Every node of the report with its heading, in page order."""
    for entry in page_order(report, template):
        if isinstance(entry, int):
            yield from _extras([report.extra_sections[entry]], TOP_LEVEL)
            continue
        spec = template.section(entry)
        placed = place(report.sections[entry], TOP_LEVEL, spec.heading,
                       section_namer(spec.matches), "section", entry)
        yield placed
        yield from _below(placed, spec.children)


def render_report(report: Report, template: Template | None = None) -> str:
    """The page's wikitext. Raises KeyError for a section key the template does not have."""
    template = template or get_template(report.template)
    unknown = set(report.sections) - set(template.keys)
    if unknown:
        raise KeyError(f"sections not in template {template.name}: {', '.join(sorted(unknown))}")
    nodes = list(placed_nodes(report, template))
    parts = []
    if report.intro or report.layout.before is not None or report.layout.after is not None:
        gaps = canonical_intro_gaps(bool(report.intro), bool(nodes))
        parts.append(_with_layout(report.intro, report.layout, gaps))
    for index, placed in enumerate(nodes):
        content = node_content(placed.node)
        gaps = canonical_gaps(bool(content), at_end=index == len(nodes) - 1)
        parts.append(placed.line + _with_layout(content, placed.node.layout, gaps))
    return "".join(parts)
