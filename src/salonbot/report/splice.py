"""Report -> wikitext onto the page it came from ("selective serialisation", as Parsoid serves
VisualEditor): the page keeps its own form, and only what the report changed is rewritten.

`render_onto(report, base)` parses the base page (with each node's Source), pairs the report's
nodes with the page's (sections by key, themes, topics and extra sections by title, a renamed one
by its place), and writes the page again from the page's own pieces:

- a node whose content, children and extra sections are unchanged keeps its whole block, byte
  for byte, wherever it now stands (a moved theme or section moves its block);
- a changed node keeps its heading line (a renamed theme changes only the title in it) and its
  content is spliced line by line (report/content.py): unchanged lines keep their bytes;
- a new node is written in the style of its siblings on the page: a sibling's heading line with
  the new title and number (its Translate markers left out), at the siblings' level;
- a deleted node leaves nothing of its block;
- the top-level order follows the file: the sections in the file's order fill the places the
  page's sections held, the extra sections fill the places of the page's extra sections, and a
  new one goes right after the one before it in the file;
- categories that the report no longer lists are taken off the page, new ones added after the
  last category link (or at the end).

The result is checked: it reads back as the report. Where line-level splicing of a node would not
read back, that node's content is written in the canonical form in the page's list style; where
even that fails, SpliceError is raised rather than a page reformatted silently.
"""

from __future__ import annotations

import re

from salonbot.errors import SalonbotError
from salonbot.report.content import (
    diff_opcodes,
    join_content,
    read_content,
    splice_content,
    splice_text,
)
from salonbot.report.embedded import EmbeddedChange, edit_embedded
from salonbot.report.form import category_name, hidden_pieces
from salonbot.report.headings import read_line
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.parse import (
    MEDIAWIKI_TRAILING_WHITESPACE,
    TOP_LEVEL,
    holds_embedded,
    read_page,
    read_page_after,
)
from salonbot.report.render import category_line, heading_line
from salonbot.report.template import ChildSpec, Template, fold_spaces, get_template

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
# How every category link among the hidden pieces (form.py) starts.
_CATEGORY_LINK = re.compile(r"\[\[[ \t]*[Cc][Aa][Tt][Ee][Gg][Oo][Rr][Yy][ \t]*:")


class SpliceError(SalonbotError):
    """Raised when a report's change cannot be written onto its page without rewriting parts of
    the page it did not change (the page is then left as it is)."""


def _points_key(points: list[Bullet]) -> tuple[object, ...]:
    return tuple((bullet.text, _points_key(bullet.children)) for bullet in points)


def _node_key(node: Node) -> tuple[object, ...]:
    """What a node's repr would tell apart (its area too), without writing the repr."""
    return (node.title, node.area, *_digest(node)[1:])


def _digest(node: Node) -> tuple[object, ...]:
    return (node.title, node.text, _points_key(node.points),
            tuple(_node_key(child) for child in node.children),
            tuple(_node_key(extra) for extra in node.extra_sections))


def pair_nodes(new: list[Node], old: list[Node]) -> list[int | None]:
    """For each node of `new`, the index of the node of `old` it is (None: a new node):
    unchanged nodes in their order first (a deleted node next to an identical one is the one
    that goes), then the same title (wherever it moved), then, between two paired neighbours,
    the unpaired ones place by place (a renamed node)."""
    titles = [node.title for node in old]
    if len(set(titles)) == len(old) and [node.title for node in new] == titles:
        # the same titles in the same order, none twice: each node is the one of its title
        # (what the passes below find: an unchanged node has its own title)
        return list(range(len(new)))
    pairs: list[int | None] = [None] * len(new)
    for tag, i1, i2, j1, _ in diff_opcodes([_digest(node) for node in old],
                                           [_digest(node) for node in new]):
        if tag == "equal":
            for offset in range(i2 - i1):
                pairs[j1 + offset] = i1 + offset
    taken = {index for index in pairs if index is not None}
    for index, node in enumerate(new):
        if pairs[index] is None:
            found = next((k for k, other in enumerate(old)
                          if k not in taken and other.title == node.title), None)
            if found is not None:
                pairs[index] = found
                taken.add(found)
    position = 0
    while position < len(new):
        if pairs[position] is not None:
            position += 1
            continue
        end = position
        while end < len(new) and pairs[end] is None:
            end += 1
        low = max((paired for paired in pairs[:position] if paired is not None), default=-1)
        high = min((paired for paired in pairs[end:] if paired is not None), default=len(old))
        candidates = [k for k in range(low + 1, high) if k not in taken]
        for offset, index in enumerate(range(position, end)):
            if offset < len(candidates):
                pairs[index] = candidates[offset]
                taken.add(candidates[offset])
        position = end
    return pairs


Entry = tuple[str, object]


def _merged_order(chains: list[list[Entry | None]], base: list[Entry]) -> list[tuple[int, int]]:
    """The page order of the new top-level nodes, as (chain, index in chain).

    `chains[c][i]` is the base entry the i-th node of chain c is (None if new); `base` is the
    base page's order of entries. The nodes of each chain that were on the page fill, in the
    chain's order, the places that chain's nodes held; a new node follows the one before it in
    its chain (or comes first, or last)."""
    where = {entry: (c, i) for c, chain in enumerate(chains) for i, entry in enumerate(chain)
             if entry is not None}
    slots = [where[entry] for entry in base if entry in where]
    result: list[tuple[int, int]] = []
    fill = {c: [(c, i) for i, entry in enumerate(chain) if entry is not None]
            for c, chain in enumerate(chains)}
    for c, _ in slots:
        result.append(fill[c].pop(0))
    for c, chain in enumerate(chains):
        for i, entry in enumerate(chain):
            if entry is not None:
                continue
            before = [(c, k) for k in range(i - 1, -1, -1) if (c, k) in result]
            after = [(c, k) for k in range(i + 1, len(chain)) if (c, k) in result]
            if before:
                result.insert(result.index(before[0]) + 1, (c, i))
            elif after:
                result.insert(result.index(after[0]), (c, i))
            else:
                result.append((c, i))
    return result


class _Writer:
    """Writes a report onto the text of its base page."""

    def __init__(self, text: str, template: Template, plain: bool, labelled: bool = False):
        self.text = text
        self.template = template
        self.plain = plain  # changed contents in the canonical form (the fallback)
        # a renamed theme whose label is a bold or `;` line (a theme because it named an area)
        # labelled as one (`; Discussion Theme 2 (New title)`), so that it stays a theme
        self.labelled = labelled
        self.parts: list[str] = []

    def add(self, piece: str, block: bool) -> None:
        """Append a piece of page text; a block (a heading line and what follows) starts on a
        line of its own, after a blank line if the text before it ends a line's content."""
        if block and self.parts and piece and not self.parts[-1].endswith("\n"):
            self.parts.append("\n\n")
        if piece:
            self.parts.append(piece)

    def content(self, node: Node, base: Node) -> str:
        """The base node's content rewritten to say what `node` says."""
        assert base.source is not None
        raw = self.text[base.source.body[0]:base.source.body[1]]
        if node.text == base.text and node.points == base.points:
            return raw
        # Read as the page's read read it (with the template's guidance): that read is kept
        # (content.py), so this one and the check's read of what is written reuse reads done.
        # Where guidance is left in, it is read as text (its lines are rewritten in place,
        # as they always were).
        content = read_content(raw, lead=base.source.lead,
                               placeholder=self.template.names.is_placeholder)
        if any(line.kind == "placeholder" for line in content.lines):
            content = read_content(raw, lead=base.source.lead)
        if self.plain:
            head = "".join(content.lines[index].raw + "\n" for index in content.head)
            return head + join_content(node.text, node.points, content.marks, content.space,
                                       content.lead)
        return splice_content(content, node.text, node.points)

    def node(self, node: Node, base: Node | None, heading: str, spec: ChildSpec | None) -> None:
        """Write `node` (paired with `base`, or new with the heading line `heading`)."""
        if base is not None and base.source is not None:
            source = base.source
            if source.host is not None:
                return  # written in a table, a template call or an infobox: in its host's text
            if node == base:
                self.add(self.text[source.heading[0]:source.end], block=True)
                return
            line = self.text[source.heading[0]:source.heading[1]] if node.title == base.title \
                else heading
            body = self.content(node, base)
            if not line and node.has_content():
                line = heading  # themes written without the summary heading: give it one now
            # (a term's definition goes on after it on its line: `;Term: definition`)
            on_its_line = self.text[source.heading[1]:source.heading[1] + 1] not in ("\n", "")
            if line and body and not body.startswith("\n") and not on_its_line:
                body = "\n" + body
            self.add(line + body, block=bool(line))
            self.children(node, base, spec, source.level)
            return
        read = read_line(heading)  # a label written as a list item has its points under it
        lead = read.style[: len(read.style) - len(read.style.lstrip("*#:"))] if read else ""
        content = join_content(node.text, node.points, lead=lead)
        self.add(heading + ("\n" + content if content else ""), block=True)
        self.children(node, None, spec, read.level if read is not None else None)

    def children(self, node: Node, base: Node | None, spec: ChildSpec | None,
                 level: int | None) -> None:
        level = TOP_LEVEL if level is None else level
        olds = base.children if base is not None else []
        pairs = pair_nodes(node.children, olds) if spec is not None else []
        extras = base.extra_sections if base is not None else []
        extra_pairs = pair_nodes(node.extra_sections, extras)
        # the children and the node's own extra headings (sessions over themes) in the base's
        # page order; new ones after the one before them
        chains: list[list[Entry | None]] = [
            [("c", paired) if paired is not None else None for paired in pairs],
            [("x", paired) if paired is not None else None for paired in extra_pairs]]
        placed = [(old.source.heading[0], ("c", index)) for index, old in enumerate(olds)
                  if old.source is not None] + \
            [(old.source.heading[0], ("x", index)) for index, old in enumerate(extras)
             if old.source is not None]
        base_order: list[Entry] = [entry for _, entry in sorted(placed, key=lambda at: at[0])]
        previous: list[Node] = []  # the child before, on the page: a new one is written like it
        for chain, index in _merged_order(chains, base_order):
            if chain == 0:
                assert spec is not None
                paired = pairs[index]
                child = node.children[index]
                old = olds[paired] if paired is not None else None
                heading = self.child_heading(spec, child.title or "", index + 1, old,
                                             previous + olds, level) \
                    if _needs_heading(child, old) else ""
                self.node(child, old, heading, spec.children)
                previous = [old] if old is not None else previous
            else:
                extra = node.extra_sections[index]
                paired = extra_pairs[index]
                old = extras[paired] if paired is not None else None
                sibling = old or (extras[0] if extras else None)
                heading = self.extra_heading(extra.title or "", old, sibling, level + 1) \
                    if _needs_heading(extra, old) else ""
                self.node(extra, old, heading, None)

    def _line_of(self, node: Node) -> str:
        assert node.source is not None
        return self.text[node.source.heading[0]:node.source.heading[1]]

    def child_heading(self, spec: ChildSpec, title: str, number: int, old: Node | None,
                      siblings: list[Node], level: int) -> str:
        """The heading line of a child: its own renamed, or a sibling's restyled, or canonical."""
        if old is not None:
            pseudo = old.source is not None and old.source.level is None
            line = self._line_of(old)
            if old.title and title and not (self.labelled and pseudo) \
                    and line.count(old.title) == 1 and "<!--" not in line:
                # the title where it stands, whatever label the siblings share around it
                return line.replace(old.title, title)
            wanted = spec.heading_for(title, number) if self.labelled and pseudo else title
            renamed = _renamed(self._line_of(old), spec, wanted, None)
            if renamed is not None:
                return renamed
        for sibling in ([old] if old is not None else []) + siblings:
            line = self._line_of(sibling)
            if line:
                restyled = _renamed(_COMMENT.sub("", line).rstrip(), spec, title, number)
                if restyled is not None:
                    return restyled
        return heading_line(min(level + 1, 6), spec.heading_for(title, number))

    def extra_heading(self, title: str, old: Node | None, sibling: Node | None,
                      level: int) -> str:
        if old is not None:
            renamed = _renamed(self._line_of(old), None, title, None)
            if renamed is not None:
                return renamed
        if sibling is not None and sibling.source is not None and sibling.source.level:
            level = sibling.source.level
        return heading_line(min(level, 6), title)

    def section_heading(self, key: str, base: Report) -> str:
        spec = self.template.section(key)
        levels = [node.source.level for node in base.sections.values()
                  if node.source is not None and node.source.level]
        return heading_line(levels[0] if levels else TOP_LEVEL, spec.heading)


def _needs_heading(node: Node, base: Node | None) -> bool:
    """Whether _Writer.node writes `node` (paired with `base`) with the heading line it is
    given: a new node, a renamed one, or one that had no heading line of its own (the line
    is not made for the others, which keep theirs)."""
    if base is None or base.source is None:
        return True
    source = base.source
    return source.host is None and (node.title != base.title
                                    or source.heading[0] == source.heading[1])


def _renamed(line: str, spec: ChildSpec | None, title: str, number: int | None) -> str | None:
    """`line` (a heading line) with its title replaced by `title` (and its number by `number`,
    if given), or None if the title cannot be found in it."""
    read = read_line(line)
    if read is None:
        return None
    region = line[read.title_start:read.title_end]
    if "<!--" in region:
        return None
    offset = read.title_start + len(region) - len(region.lstrip())
    shown = region.strip()
    found = spec.match(shown) if spec is not None else None
    edits: list[tuple[tuple[int, int], str]] = []
    if found is not None and found.specific:
        if found.span is None:
            return None
        edits.append((found.span, title))
        if number is not None and found.number is not None:
            edits.append((found.number, str(number)))
    elif fold_spaces(shown) or title:
        edits.append(((0, len(shown)), title))
    for (start, end), value in sorted(edits, reverse=True):
        line = line[:offset + start] + value + line[offset + end:]
    return line if read_line(line) is not None else None


def _categories(text: str, wanted: list[str]) -> str:
    """`text` with the category links the report does not list taken off and the missing ones
    added after the last category link (or at the end of the page)."""
    links = [piece for piece in hidden_pieces(text) if category_name(piece) is not None] \
        if _CATEGORY_LINK.search(text) else []  # (a page with no link to any: none to look for)
    if [category_name(link) for link in links] == wanted:
        return text
    keep = list(wanted)
    removals = []
    for link in links:
        name = category_name(link)
        if name in keep:
            keep.remove(name)
        else:
            removals.append(link.span())
    for start, end in reversed(removals):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        if not text[line_start:start].strip() and not text[end:line_end].strip():
            start, end = max(line_start - 1, 0), line_end  # the link's line goes with it
        text = text[:start] + text[end:]
    if keep:
        added = "\n".join(category_line(name) for name in keep)
        kept = [piece for piece in hidden_pieces(text) if category_name(piece) is not None]
        if kept:
            at = kept[-1].end()
            text = text[:at] + "\n" + added + text[at:]
        else:
            text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE) + "\n\n" + added
    return text


def _write(report: Report, base: Report, text: str, template: Template, plain: bool,
           labelled: bool = False) -> str:
    writer = _Writer(text, template, plain, labelled)
    nodes = list(base.sections.values()) + base.extra_sections
    first = min((node.source.heading[0] for node in nodes if node.source is not None),
                default=len(text))
    intro = text[:first]
    if report.intro != base.intro:
        content = read_content(intro, lists=False)
        if report.intro:
            intro = splice_text(content, report.intro)
        else:  # no intro any more: its form stays, not the blank lines that set it apart
            intro = "".join(line.raw + "\n" for line in content.lines if line.form)
    writer.add(intro, block=False)
    section_chain: list[Entry | None] = [("s", key) if key in base.sections else None
                                         for key in report.sections]
    extra_pairs = pair_nodes(report.extra_sections, base.extra_sections)
    extra_chain: list[Entry | None] = [("x", index) if index is not None else None
                                       for index in extra_pairs]
    base_order: list[Entry] = [("s", entry) if isinstance(entry, str) else ("x", entry)
                               for entry in base.order]
    keys = list(report.sections)
    for chain, index in _merged_order([section_chain, extra_chain], base_order):
        if chain == 0:
            key = keys[index]
            spec = template.section(key)
            was = base.sections.get(key)
            writer.node(report.sections[key], was, writer.section_heading(key, base)
                        if _needs_heading(report.sections[key], was) else "", spec.children)
        else:
            extra = report.extra_sections[index]
            paired = extra_pairs[index]
            old = base.extra_sections[paired] if paired is not None else None
            sibling = old or (base.extra_sections[0] if base.extra_sections else None)
            heading = writer.extra_heading(extra.title or "", old, sibling, TOP_LEVEL) \
                if _needs_heading(extra, old) else ""
            writer.node(extra, old, heading, None)
    written = "".join(writer.parts).rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    return _categories(written, report.categories)


def render_onto(report: Report, base: str, template: Template | None = None) -> str:
    """The page text of `report` written onto the page text `base` (see the module
    docstring). The page returned always reads back as `report` (parse_page gives the same
    content: validate.check_data relies on it and reads it back no more). Raises SpliceError
    if the change cannot be written without reformatting."""
    template = template or get_template(report.template)
    text = base.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    parsed = read_page(text, report.title, template)
    if report.same_content(parsed):
        return text
    try:  # what is written in table rows, template calls and an infobox, in its place first
        # (a page with none of them: nothing to edit there, nothing to refuse)
        edited = edit_embedded(report, parsed, text) \
            if holds_embedded(text, report.title, template) else text
    except EmbeddedChange as error:
        raise SpliceError(f"{report.title or 'the report'}: {error}; make this change on the "
                          "wiki, then pull") from None
    if edited != text:
        text = edited
        parsed = read_page(text, report.title, template)
        if report.same_content(parsed):
            return text
    # A comment never closed hides the rest of the page: it stays last, whatever moves.
    hidden = hidden_pieces(text) if "<!--" in text else []
    trailer = ""
    if hidden and hidden[-1].group().startswith("<!--") and not hidden[-1].group().endswith("-->"):
        visible = text[:hidden[-1].start()].rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
        apart = read_page(visible, report.title, template)
        if apart.same_content(parsed):  # (where the page reads the same without it: white
            # space before the comment may be content, a line of a carriage return ends a list)
            text, trailer, parsed = visible, text[len(visible):], apart
    for plain, labelled in ((False, False), (True, False), (False, True)):
        written = _write(report, parsed, text, template, plain, labelled) + trailer
        if report.same_content(read_page_after(written, text, report.title, template)):
            return written
    raise SpliceError(f"{report.title or 'the report'}: this change cannot be written onto the "
                      "page without the page reading differently (removing or moving this "
                      "section would put other headings under another one, or the change takes "
                      "away the date, amounts or photographs by which a heading in a language "
                      "salonbot does not know was read as its section: name that heading in "
                      "[aliases] of salonbot.toml); make this change on the wiki, then pull")
