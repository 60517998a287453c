"""Wikitext -> Report: what the page says, with where each node stands on it (`Source`), so that
`render(report, base=text)` gives `text` back (apart from trailing white space, which MediaWiki
strips when it saves) and a changed report changes only its own lines (report/splice.py).

Every heading MediaWiki sees (headings.py) starts a node, matched by name, not by level or
position, with a stack of the open nodes:
- a heading naming a template section not taken yet (any of its names in the template's name
  index, report/names.py) becomes that section, at whatever level it stands;
- a heading labelled as a theme (`Discussion Theme 2: X`, `Theme 3 - X`, `2. Thème : X`, ...)
  becomes a theme of `discussion` when the discussion is the last top-level node so far;
- any other heading becomes a child (theme, topic) of the nearest open node with a lower level
  if that node has children, else an extra section of it, else a top-level extra section.
A pseudo-heading (a bold or `;` line) counts only when it names a section or a theme. A node's
text and points are read from its content as a reader sees it (report/content.py); the
categories of the whole page are the report's `categories`.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from salonbot.report.content import read_categories, read_text_and_points
from salonbot.report.embedded import embedded_children, infobox_sections
from salonbot.report.headings import (
    DRAWN,
    LABEL_LENGTH,
    PARAGRAPH_LABEL,
    PLAIN_LABEL_WORDS,
    QUOTED,
    HeadingLine,
    find_headings,
    link_left_open,
    spans_of,
)
from salonbot.report.labels import (
    labelled_alike,
    labelled_marks,
    strip_sibling_labels,
    unquoted,
)
from salonbot.report.memo import clear_with_caches, page_cache
from salonbot.report.model import Node, Report, Source
from salonbot.report.slots import sections_by_place
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
    containers: list[Node] = field(default_factory=list)  # the nodes that have children
    by_place: dict[int, SectionSpec] = field(default_factory=dict)  # see slots.py
    alike: set[int] = field(default_factory=set)  # headings labelled alike (_labelled_alike)
    groups: set[int] = field(default_factory=set)  # headings over themes (_session_groups)
    named: set[str] = field(default_factory=set)  # sections a heading names as spelt (not close)

    def add(self, heading: HeadingLine, promoted: bool = False) -> Node | None:
        """The node `heading` starts, or None if it is a pseudo-heading that names nothing.
        `promoted`: a pseudo-heading that is a sibling of labels naming themes (see parse_page)."""
        level = PSEUDO_LEVEL if heading.level is None else heading.level
        open_ = [entry for entry in self.stack if entry.level < level]
        # by place first: what a heading holds may overrule a close spelling (slots.py)
        spec = self.by_place.get(heading.start)
        if spec is None or spec.key in self.report.sections:
            spec = self.template.match_section(heading.shown, self.report.sections)
            if spec is not None and spec.key in self.named \
                    and self.template.names.section_by_spelling(heading.shown):
                # a close spelling of a section another heading names as written is no
                # name of it (`=== Aufgaben ===`, tasks, one letter from `Ausgaben`, spending,
                # where `== Erklärung zum Budget ==` names the budget)
                spec = None
        if spec is not None:
            return self._section(spec, heading)
        if heading.start in self.groups and self.discussion is not None and open_ \
                and open_[0] is self.discussion:
            # a session over themes: a heading of the discussion's own, not a theme; the
            # themes under it stay the discussion's
            self.stack = open_
            return self._extra(open_[-1].node.extra_sections, open_[-1].base_level + 1, heading)
        themed = self.template.themed_section
        labelled = area = False
        if themed is not None and themed.children is not None:
            labelled = self.template.names.theme(heading.shown).labelled \
                or heading.start in self.alike
            area = self.template.names.area(heading.shown) is not None
        may_open = self.discussion is not None or (
            themed is not None and themed.key not in self.report.sections)
        if themed is not None and themed.children is not None and may_open and (
                labelled or (area and not open_ and heading.level is not None)):
            # a theme wherever it stands (`Theme 2 - X`), or an area's name as a heading of
            # its own with nothing open (each theme written as a section of its own)
            parent = self.discussion or self._headless(themed, heading)
            self.stack = [parent]
            return self._child(parent, themed.children, heading)
        if heading.level is None:
            # a label naming an area (or beside such labels) under a node that has themes or
            # topics: one of them; anywhere else it is text
            if (area or promoted) and open_ and open_[-1].children is not None:
                if area and not promoted and len(open_) >= 2 and themed is not None \
                        and open_[-2].children is themed.children \
                        and open_[-1].node.source is not None \
                        and open_[-1].node.source.level is not None:
                    # an area's name as a label after a theme written with a heading: the
                    # next theme, written another way (a topic names a part of its theme)
                    open_ = open_[:-1]
                self.stack = open_
                children = open_[-1].children
                assert children is not None
                return self._child(open_[-1], children, heading)
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
        node.source = Source((heading.start, heading.end), heading.level, (heading.end, heading.end),
                             lead=list_lead(heading.style))
        base = canonical_level if heading.level is None else heading.level
        entry = _Open(level, node, children, base)
        if children is not None:
            self.containers.append(node)
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
        # closed by any heading at the theme's level: only theme labels reopen it
        level = PSEUDO_LEVEL if heading.level is None else heading.level
        self.discussion = _Open(level, node, spec.children, base)
        self.containers.append(node)  # (its themes' titles lose the label they share)
        return self.discussion

    def _section(self, spec: SectionSpec, heading: HeadingLine) -> Node:
        node = Node()
        self.report.sections[spec.key] = node
        self.report.order.append(spec.key)
        self.stack = []
        entry = self._push(heading, node, spec.children, TOP_LEVEL)
        if heading.level is None:
            entry.level = PSEUDO_LEVEL - 1  # a label opens it: the labels after it are its own
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
    """Set `Source.end` of the nodes (and their descendants); the end of the last on the page
    (a node's extra headings may stand before its children: themes read as labels after a
    heading of the summary that names none)."""
    end = 0
    for node in nodes:
        assert node.source is not None
        node.source.end = max(node.source.body[1],
                              _close_blocks(node.children + node.extra_sections))
        end = max(end, node.source.end)
    return end


def list_lead(style: str) -> str:
    """The list markers of a label written as a list item (`*` of `* '''Advocacy'''`, `:` of an
    indented `:'''Advocacy'''`), else ''."""
    return style[: len(style) - len(style.lstrip("*#:"))]


def _family(heading: HeadingLine) -> str:
    """Which pseudo-headings are siblings: labels of list items at the same depth (of wiki
    lists, of HTML lists), or lines."""
    if heading.style.startswith("<li>"):
        return f"html{len(list_lead(heading.style[4:]))}"
    lead = list_lead(heading.style)
    if lead:
        return f"list{len(lead)}"
    # a plain line pairs with plain lines only
    return "line" if heading.style not in ("", PARAGRAPH_LABEL) else "plain"


def _build(title: str, template: Template, headings: list[HeadingLine],
           promoted: set[int], by_place: dict[int, SectionSpec]
           ) -> tuple[Report, list[Node], list[Node]]:
    """The report the headings make (with the sections `by_place` found by their place,
    slots.py), its nodes in page order, and those that have children. The text of the page
    counts only through `by_place` (read_page_after relies on it)."""
    report = Report(title=title, template=template.name)
    groups, grouped = session_groups(headings, template, by_place)
    named = {key for heading in headings if heading.level is not None
             and not template.names.section_by_spelling(heading.shown)
             for key in [template.names.section(heading.shown)] if key is not None}
    builder = _Builder(template, report, by_place=by_place,
                       alike=_labelled_alike(headings, template, by_place) | grouped,
                       groups=groups, named=named)
    nodes: list[Node] = []  # every node in page order
    for heading in headings:
        node = builder.add(heading, heading.start in promoted)
        if builder.headless and builder.headless[-1][0] == heading.start:
            nodes.append(builder.headless.pop()[1])
        if node is not None:
            nodes.append(node)
    return report, nodes, builder.containers


def _labelled_alike(headings: list[HeadingLine], template: Template,
                    by_place: dict[int, SectionSpec]) -> set[int]:
    """On a page with no heading for the themed section, the sub-headings of a heading that are
    labelled alike, with a counter, one of them naming a thematic area (`Mesa 1: Alianzas`,
    `Mesa 2: Diversidade` under What happened): themes, as a theme label of the lexicon makes
    them (rule 2 of the module docstring), in a language it does not know. Under a section
    whose children are topics they stay its topics; at the top of the page (`Salon 1:
    Kathmandu`, `Salon 2: Pokhara`) they are salons, not themes."""
    themed = template.themed_section
    if themed is None or themed.children is None:
        return set()
    named = _named_sections(headings, template, by_place)
    if themed.key in {spec.key for spec in named.values()}:
        return set()
    found: set[int] = set()
    groups: dict[tuple[int, int], list[HeadingLine]] = {}
    parents: list[HeadingLine] = []  # the open real headings
    for heading in headings:
        if heading.level is None:
            continue
        while parents and parents[-1].level is not None and parents[-1].level >= heading.level:
            parents.pop()
        parent = parents[-1] if parents else None
        spec = named.get(parent.start) if parent is not None else None
        if parent is not None and (spec is None or spec.children is None):
            groups.setdefault((parent.start, heading.level), []).append(heading)
        parents.append(heading)
    for (parent_start, _), group in groups.items():
        titles = [heading.shown for heading in group]
        stripped = strip_sibling_labels(titles)
        labelled = [(heading, rest) for heading, title, rest in zip(group, titles, stripped,
                                                                    strict=True) if title != rest]
        if len(labelled) < 2 or not all(
                any(char.isdigit() for char in heading.shown[:len(heading.shown) - len(rest)])
                or any(not char.isalnum() and not char.isspace()
                       for char in heading.shown[:len(heading.shown) - len(rest)])
                for heading, rest in labelled):
            continue
        # one names an area; or, under a heading read by what it holds (a page in a language
        # no lexicon knows: `What happened and what we discussed`), three or more do so alike
        if any(template.names.area(rest) is not None for _, rest in labelled) \
                or parent_start in by_place and len(labelled) >= 3:
            found.update(heading.start for heading, _ in labelled)
    return found


def _named_sections(headings: list[HeadingLine], template: Template,
                    by_place: dict[int, SectionSpec]) -> dict[int, SectionSpec]:
    """The template sections the page's real headings are, by start offset: by name (each once)
    or by place (slots.py)."""
    taken: set[str] = set()
    named: dict[int, SectionSpec] = {}
    for heading in headings:
        if heading.level is None:
            continue
        placed = by_place.get(heading.start)  # (first: it may overrule a close spelling)
        spec = placed if placed is not None and placed.key not in taken \
            else template.match_section(heading.shown, taken)
        if spec is not None:
            taken.add(spec.key)
            named[heading.start] = spec
    return named


def session_groups(headings: list[HeadingLine], template: Template,
                   by_place: dict[int, SectionSpec]) -> tuple[set[int], set[int]]:
    """Themes grouped under sessions (`=== Morning ===` over `==== 1. Theme: X ====`): the
    headings of the discussion's first level that are no themes, and the themes under them.
    They are sessions when none of them is a theme (labelled as one or naming an area; sessions
    are often labelled alike, `Session 1: Morning`) while the headings under them, all sessions
    taken together, are two or
    more themes: two of them name areas or carry the lexicon's theme label, or they are labelled
    alike with counters that run on from one session to the next (1 and 2 under the morning, 3
    under the afternoon: one list of themes, where the sub-topics of themes start again at 1).
    Empty sets where the page has no such sessions."""
    inside = _inside_the_discussion(headings, template, by_place)
    real = [heading for heading in inside if heading.level is not None]
    if not real:
        return set(), set()
    first = min(heading.level for heading in real if heading.level is not None)
    sessions = [heading for heading in real if heading.level == first]
    names = template.names
    interludes = _interludes(sessions, template)
    if interludes:
        return interludes, set()

    def theme(title: str) -> bool:
        return names.theme(title).labelled or names.area(title) is not None

    titles = [heading.shown for heading in sessions]
    if any(theme(title) for title in titles) \
            or template.match_section(titles[0], set()) is not None:
        return set(), set()
    under: list[HeadingLine] = []  # each session's own items: its first level, else its labels
    for index, session in enumerate(sessions):
        end = sessions[index + 1].start if index + 1 < len(sessions) else 1 << 62
        items = [heading for heading in inside if session.start < heading.start < end]
        levels = [heading.level for heading in items if heading.level is not None]
        level = min(levels) if levels else None
        under += [heading for heading in items if heading.level == level]
    shown = [heading.shown for heading in under]
    if len(shown) < 2:
        return set(), set()
    if sum(theme(title) for title in shown) >= 2 or _counted_on(shown):
        return {heading.start for heading in sessions}, {heading.start for heading in under}
    return set(), set()


def _inside_the_discussion(headings: list[HeadingLine], template: Template,
                           by_place: dict[int, SectionSpec]) -> list[HeadingLine]:
    """The headings under the themed section's heading (none if it has no real heading)."""
    themed = template.themed_section
    if themed is None or themed.children is None:
        return []
    starts = [start for start, spec in _named_sections(headings, template, by_place).items()
              if spec.key == themed.key]
    discussion = next((heading for heading in headings if starts and heading.start == starts[0]),
                      None)
    if discussion is None or discussion.level is None:
        return []
    inside: list[HeadingLine] = []
    for heading in headings[headings.index(discussion) + 1:]:
        if heading.level is not None and heading.level <= discussion.level:
            break
        inside.append(heading)
    return inside


def _interludes(sessions: list[HeadingLine], template: Template) -> set[int]:
    """The headings among the discussion's themes that are no theme: between two of three or
    more themes labelled alike with a counter (`Ulutaga 1: X`, `Ulutaga 2: Y`), not labelled
    so, naming no area and labelled as no theme (`=== Vakacegu ni siga ===`, the lunch break,
    between the second theme and its continuation): the discussion's own headings."""
    titles = [heading.shown for heading in sessions]
    alike = labelled_alike(titles)
    stripped = strip_sibling_labels(titles)
    counted = [index for index in alike if any(
        char.isdigit() for char in titles[index][:len(titles[index]) - len(stripped[index])])]
    if len(counted) < 3:
        return set()
    names = template.names
    return {sessions[index].start for index in range(counted[0] + 1, counted[-1])
            if index not in counted and names.area(titles[index]) is None
            and not names.theme(titles[index]).labelled}


def _counted_on(titles: list[str]) -> bool:
    """Whether all of `titles` are labelled alike with a counter in the label, the counters
    running 1, 2, 3... in page order."""
    stripped = strip_sibling_labels(titles)
    if stripped == titles or any(title == rest for title, rest in zip(titles, stripped,
                                                                      strict=True)):
        return False
    counters = []
    for title, rest in zip(titles, stripped, strict=True):
        label = title[:len(title) - len(rest)] if title.endswith(rest) else title
        digits = "".join(str(unicodedata.digit(char)) for char in label
                         if unicodedata.category(char) == "Nd")
        if not digits:
            return False
        counters.append(int(digits))
    return counters == list(range(1, len(titles) + 1))


def _siblings(headings: list[HeadingLine], nodes: list[Node], template: Template,
              shown: dict[int, str], notes: set[int]) -> set[int]:
    """The pseudo-headings that are siblings of labels that became themes or topics: in the
    same node's block, of the same family (a bold line beside bold lines, a list item's label
    beside labels at its depth), that look like labels (no sentence ending)."""
    taken = {node.source.heading[0] for node in nodes if node.source}
    by_start = {heading.start: heading for heading in headings}
    promoted: set[int] = set()
    for position, parent in enumerate(nodes):
        labels = [by_start[child.source.heading[0]] for child in parent.children
                  if child.source and child.source.level is None
                  and child.source.heading[0] in by_start]
        if not labels or parent.source is None:
            continue
        families = {_family(label) for label in labels}
        titles = [label.shown for label in labels]
        span = (parent.source.heading[1], _block_end(parent, nodes, position))
        # a block under one of the parent's headed descendants (a theme written as `=== X ===`)
        # is that descendant's text, not a sibling of the parent's labels
        headed = sorted(node.source.heading[0] for node in _descendants(parent)
                        if node.source and node.source.level is not None)
        labelled = sorted(node.source.heading[0] for node in _descendants(parent)
                          if node.source and node.source.level is None)
        candidates: list[int] = []
        for heading in headings:
            if heading.level is None and heading.start not in taken \
                    and heading.start not in notes \
                    and heading.style != PARAGRAPH_LABEL and not heading.style.endswith(QUOTED) \
                    and span[0] <= heading.start < span[1] and _family(heading) in families \
                    and (not heading.shown.rstrip().endswith((".", "!", "?", "。"))
                         or _labelled_as(heading.shown, titles)) \
                    and not _under(heading.start, headed, labelled):
                candidates.append(heading.start)
        if candidates:
            kept = set(_labelled_ones(sorted([label.start for label in labels] + candidates),
                                      shown, template))
            promoted.update(start for start in candidates if start in kept)
    return promoted


def _notes(headings: list[HeadingLine]) -> set[int]:
    """The pseudo-headings right under another of another style, on the next line (a bold
    `Q2. Theme 1 – X` over an italic `Open ended · 12 responses`): the first is the label, the
    second its note, never a label of its own. A line that ends like a sentence labels nothing
    (an italic `Per punt de bevindingen.` over a bold `4a. Samenwerkingen`): the line under it
    is no note of it."""
    return {heading.start for before, heading in zip(headings, headings[1:], strict=False)
            if heading.level is None and before.level is None and before.style != heading.style
            and 0 <= heading.start - before.end <= 1
            and not before.shown.rstrip().endswith((".", "!", "。"))}


def _labelled_ones(starts: list[int], shown: dict[int, str], template: Template) -> list[int]:
    """Of lines of one style that read as labels, those that are themes: all of them, but where
    two or more carry a theme's label (`Theme 1 – X`, `Tema 2: Y`) or share one among
    themselves (`Artículo 1.º – X`, `Artículo 2.º – Y`) and the others do not (a title over
    them, `Powered by Mentimeter` under them), those and the ones naming an area."""
    names = template.names
    titles = [shown[start] for start in starts]
    marked = [names.theme(title).labelled for title in titles]
    if sum(marked) < 2 and len(titles) >= 3:
        marked = labelled_marks(titles)
    if sum(marked) < 2 or all(marked):
        return starts
    return [start for start, title, label in zip(starts, titles, marked, strict=True)
            if label or names.area(title) is not None or names.is_placeholder(title)]


def _labelled_as(title: str, siblings: list[str]) -> bool:
    """Whether `title` (a line ending like a sentence) shares the label of labels that became
    themes (`Artículo 4.º – Disposición final.` beside `Artículo 1.º – Alianzas.`): a label."""
    return len(title.split()) <= PLAIN_LABEL_WORDS + 3 and len(siblings) >= 2 \
        and len(siblings) in labelled_alike([*siblings, title])


def _block_end(node: Node, nodes: list[Node], position: int) -> int:
    """Where the block of `node` (`nodes[position]`) ends: the heading of the first node after
    it, in page order, that is none of its descendants (a very large number for none)."""
    inside = {id(found) for found in _descendants(node)}
    return next((found.source.heading[0] for found in nodes[position + 1:]
                 if id(found) not in inside and found.source), 1 << 62)


def _discussion_labels(headings: list[HeadingLine], nodes: list[Node], report: Report,
                       template: Template, shown: dict[int, str], notes: set[int]) -> set[int]:
    """The pseudo-headings that are themes by their place: in the discussion's own text (before
    its first theme, if it has any), at least two lines of one style (`'''`, `''`, `;`, a box, a
    list item's label) that look like labels; plain list items, plain lines and template calls
    above a list that open no box (`{{fake heading|...}}`, but also `{{Quote|...}}`) only where one
    names a theme or an area, they share a label, or each starts with a symbol. The names of
    their words do not matter: a page in a language no lexicon knows writes its themes this way
    too."""
    themed = template.themed_section
    node = report.sections.get(themed.key) if themed is not None else None
    if node is None or node.source is None or id(node) not in {id(n) for n in nodes}:
        return set()
    position = next(index for index, found in enumerate(nodes) if found is node)
    start = node.source.heading[1]
    following = nodes[position + 1].source if position + 1 < len(nodes) else None
    end = following.heading[0] if following is not None else 1 << 62
    styles: dict[str, list[int]] = {}
    for heading in headings:
        if heading.level is None and start <= heading.start < end \
                and len(heading.shown) <= LABEL_LENGTH and heading.start not in notes \
                and not heading.shown.rstrip().endswith((".", "!", "。")):
            styles.setdefault(heading.style, []).append(heading.start)
    for style, starts in styles.items():
        # a question heads its answers as a label does when every line of its style asks (an
        # FAQ's themes); beside labels that do not, it is a prompt or a question to the reader
        asking = [start for start in starts if shown[start].rstrip().endswith("?")]
        if asking and (len(asking) < len(starts) or style == PARAGRAPH_LABEL):
            styles[style] = [start for start in starts if start not in asking]
    names = template.names
    for style, starts in styles.items():
        if style != PARAGRAPH_LABEL:
            styles[style] = _labelled_ones(starts, shown, template)

    def themes(style: str, starts: list[int]) -> bool:
        if len(starts) < 2:
            return False
        if style.endswith(QUOTED):
            return False  # a sentence quoting its theme: a theme only by naming an area
        if style.lstrip("*#:") and style not in (DRAWN, PARAGRAPH_LABEL):
            return True  # bold, italic, a term, a box: marked as labels by their form
        # plain list items with sub-items and plain lines are points and text as often: they
        # are themes only when one names a theme or an area, or they share a label (an edited
        # point must not turn the lines around it into themes)
        titles = [shown[start] for start in starts]
        if all(title[:1] and unicodedata.category(title[0]) in ("So", "Sk") for title in titles):
            return True  # each marked by a symbol (`🤝 Partnerships`, `💡 Capacity`)
        return any(names.theme(title).labelled or names.area(title) is not None
                   for title in titles) or strip_sibling_labels(titles) != titles

    found = {start for style, starts in styles.items()
             if style != PARAGRAPH_LABEL and themes(style, starts) for start in starts}
    # lines over paragraphs are text far more often than labels: each is a theme only by its
    # own label, one that names a theme or that its siblings share (`من: سلمى` over a mail's
    # lines stays text beside `المحور الأول: ...`)
    # (all of them in the discussion's block, themes found otherwise among them)
    after = _block_end(node, nodes, position)
    starts = [heading.start for heading in headings if heading.style == PARAGRAPH_LABEL
              and start <= heading.start < after and len(heading.shown) <= LABEL_LENGTH]
    titles = [shown[start] for start in starts]
    alike = set(labelled_alike(titles)) if len(starts) >= 2 else set()
    chosen = [start for index, (start, title) in enumerate(zip(starts, titles, strict=True))
              if index in alike or names.theme(title).labelled]
    chosen = _labelled_ones(chosen, shown, template)  # (a page header repeated among them)
    if len(chosen) >= 2:
        found.update(chosen)
    return found


def _under(position: int, headed: list[int], labelled: list[int]) -> bool:
    """Whether the last node starting before `position` has a heading line (positions sorted)."""
    last_headed = bisect.bisect_left(headed, position) - 1
    last_labelled = bisect.bisect_left(labelled, position) - 1
    return last_headed >= 0 and (last_labelled < 0 or headed[last_headed] > labelled[last_labelled])


def _descendants(node: Node) -> list[Node]:
    return [found for child in node.children + node.extra_sections
            for found in (child, *_descendants(child))]


def parse_page(text: str, title: str = "", template: Template | str | None = None) -> Report:
    """The report held in a page's wikitext, each node with its Source. Never raises."""
    return read_page(text, title, template).copy()


def read_page(text: str, title: str = "", template: Template | str | None = None) -> Report:
    """parse_page's report shared with the next reads of the same page (memo.py): to read, not
    to change. A page whose read a keeper keeps (keep_reads_of) is read from it if no read of
    this process holds it."""
    if not isinstance(template, Template):
        template = get_template(template or "strategy-salon")
    text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    if _KEEPERS:
        return _kept_read(text, title, template)[0]
    return _read_page(text, title, template)[0]


class ReadKeeper(Protocol):
    """Keeps the read of a page beyond this process (sync/reads.py keeps those of the base
    copies of a reports folder, as Parsoid keeps the parse data of a revision)."""

    def restore(self, text: str, text_sha1: str, title: str,
                template: Template) -> tuple[Report, PageShape] | None:
        """The read of `text` (whose sha1 is `text_sha1`) with `template` kept before, with
        `title` as its report's; None if none is kept or it cannot be used."""

    def keep(self, text: str, text_sha1: str, template: Template,
             read: tuple[Report, PageShape]) -> None:
        """Keep `read`, the read of `text` with `template` (to read, not to change)."""


#: The pages whose read a keeper keeps, until this process holds it: by the length of their
#: text (a page of another length is not hashed), then by its sha1.
_KEEPERS: dict[int, dict[str, ReadKeeper]] = {}
clear_with_caches(_KEEPERS.clear)


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def keep_reads_of(text: str, keeper: ReadKeeper) -> None:
    """Have the next read_page of `text` take its read from `keeper` where this process holds
    none, and hand `keeper` the read made or held otherwise (once: the read is then this
    process's)."""
    text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    _KEEPERS.setdefault(len(text), {})[_sha1(text)] = keeper


def keep_read(text: str, title: str, template: Template | str) -> None:
    """Hand the keeper of `text` (keep_reads_of) the read of it this process holds, if it holds
    one (a pulled page is read before its base copy is written); nothing is read."""
    if not isinstance(template, Template):
        template = get_template(template)
    text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    if len(text) in _KEEPERS and _read_page.peek(text, title, template) is not None:
        _kept_read(text, title, template)


def _kept_read(text: str, title: str, template: Template) -> tuple[Report, PageShape]:
    """_read_page(text, title, template), taken from the keeper of `text` if this process holds
    no read of it, and handed to the keeper if it was read (or held) instead."""
    pages = _KEEPERS.get(len(text))
    keeper = None
    if pages:
        text_sha1 = _sha1(text)
        keeper = pages.pop(text_sha1, None)
        if not pages:
            _KEEPERS.pop(len(text), None)
    if keeper is None:
        return _read_page(text, title, template)
    read = _read_page.peek(text, title, template)
    if read is None:
        read = keeper.restore(text, text_sha1, title, template)
        if read is not None:
            _read_page.remember((text, title, template), read)
            return read
        read = _read_page(text, title, template)
    keeper.keep(text, text_sha1, template, read)
    return read


def holds_embedded(text: str, title: str, template: Template) -> bool:
    """Whether read_page(text, title, template) (read now if not kept) found a node in a
    table row, a template call or an infobox (report/embedded.py)."""
    return not _read_page(text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE), title, template)[1].plain


@dataclass
class PageShape:
    """What made a page's report besides its contents: its headings, the sections found by
    their place, its nodes in page order (those of the report) and those of them that have
    children; `plain` if no node was found in a table, a template call or an infobox (nothing
    but the headings and `by_place` made the report's structure); `bare` if no container's own
    content held one either (embedded_children found none, not even an index of the themes)."""

    headings: list[HeadingLine]
    by_place: dict[int, SectionSpec]
    nodes: list[Node]
    containers: list[Node]
    plain: bool
    bare: bool = False


def _set_bodies(nodes: list[Node], length: int) -> None:
    """Each node's body: from the end of its heading line to the next node's heading."""
    for index, node in enumerate(nodes):
        assert node.source is not None
        following = nodes[index + 1].source if index + 1 < len(nodes) else None
        node.source.body = (node.source.heading[1],
                            following.heading[0] if following is not None else length)


def _read_contents(text: str, report: Report, nodes: list[Node], hosts: frozenset[str],
                   template: Template) -> None:
    """The intro, every node's text and points and the page's categories, read from `text`;
    each block's `Source.end`."""
    placeholder = template.names.is_placeholder
    intro_end = nodes[0].source.heading[0] if nodes and nodes[0].source else len(text)
    intro = read_text_and_points(text[:intro_end], lists=False, hosted=hosts)
    report.intro = intro.text
    categories = intro.categories
    for node in nodes:
        assert node.source is not None
        start, end = node.source.body
        content = read_text_and_points(text[start:end], lead=node.source.lead,
                                       placeholder=placeholder, hosted=hosts)
        node.text, node.points = content.text, content.points
        categories.extend(content.categories)
    report.categories = categories
    _close_blocks(list(report.sections.values()) + report.extra_sections)


@page_cache
def _read_page(text: str, title: str, template: Template) -> tuple[Report, PageShape]:
    headings = find_headings(text)
    by_place = sections_by_place(headings, template, text)
    report, nodes, containers = _build(title, template, headings, set(), by_place)
    shown = {heading.start: heading.shown for heading in headings}
    if any(heading.level is None for heading in headings):
        notes = _notes(headings)
        promoted = _siblings(headings, nodes, template, shown, notes) \
            | _discussion_labels(headings, nodes, report, template, shown, notes)
        if promoted:
            report, nodes, containers = _build(title, template, headings, promoted, by_place)
    placeholder = template.names.is_placeholder
    intro_end = nodes[0].source.heading[0] if nodes and nodes[0].source else len(text)
    _set_bodies(nodes, len(text))
    hosts: set[str] = set()  # the blocks whose data became nodes: not their container's text
    bare = True

    def area(text: str) -> bool:
        return template.names.area(text) is not None

    for container in containers:
        embedded = embedded_children(container, text, area, placeholder)
        bare = bare and not embedded
        if embedded and container.children:
            embedded = _not_an_index(embedded, container.children)
        container.children[:0] = embedded
        titles = strip_sibling_labels([child.title or "" for child in container.children])
        seen: set[str] = set()
        for child, title in zip(container.children, titles, strict=True):
            if child.title is not None:
                line = shown.get(child.source.heading[0], child.title) if child.source \
                    else child.title
                child.title = _continued(_unstopped(unquoted(_unwrapped(title, line))), seen)
                seen.add(child.title)
        hosts.update(line for node in embedded if node.source and node.source.host
                     for line in _host_lines(text[node.source.host[0]:node.source.host[1]]))
    infobox = infobox_sections(report, text, intro_end, template, placeholder)
    if infobox:
        report.sections = {**infobox, **report.sections}
        report.order[:0] = list(infobox)
        hosts.update(text[node.source.host[0]:node.source.host[1]]
                     for node in infobox.values() if node.source and node.source.host)
    _read_contents(text, report, nodes, frozenset(hosts), template)
    return report, PageShape(headings, by_place, nodes, containers, not hosts and not infobox,
                          bare)


def _folded_titles(nodes: list[Node]) -> list[str]:
    return [" ".join(title.casefold().split())
            for title in strip_sibling_labels([node.title or "" for node in nodes])]


def _not_an_index(embedded: list[Node], children: list[Node]) -> list[Node]:
    """The themes read in tables and calls (`embedded`) less those of a block whose every
    title, or two or more and most of its titles, repeat the title of one of the node's themes
    under their own headings (`children`): such a table (`| Партнёрства || 1 || 1`, a status
    count over the themes written below it; a Lean Coffee's voting board, `| Parcerias || 9 ||
    discutido`, with a row for a topic there was no time for) is an index of the themes, no
    theme of its own: a theme is written once."""
    written = set(_folded_titles(children))
    blocks: dict[tuple[int, int] | None, list[Node]] = {}
    for node in embedded:
        blocks.setdefault(node.source.host if node.source else None, []).append(node)

    def repeats(nodes: list[Node]) -> bool:
        titles = _folded_titles(nodes)
        repeated = sum(title in written for title in titles)
        return repeated == len(titles) or repeated >= 2 and 2 * repeated > len(titles)

    index = {host for host, nodes in blocks.items() if host is not None and repeats(nodes)}
    return [node for node in embedded if node.source is None or node.source.host not in index]


# A note's mark glued to the end of a title (`Capacitação[b]`, a comment's anchor in a copied
# document; `Diversity[1]`, a footnote's as a copy of a rendered page keeps it).
_NOTE_MARK = re.compile(r"(?<=\S)\[[^\W_]{1,3}\]\Z")


def _unstopped(title: str) -> str:
    """A name without a note's mark at its end, and without the full stop a label line ends
    with (`Artículo 1.º – Alianzas.` in bold): a short title (six words at most) with no other
    full stop in it."""
    title = _NOTE_MARK.sub("", title)
    if title.endswith(".") and not title.endswith("..") and title.count(".") == 1 \
            and len(title.split()) <= 6 and len(title) > 2:
        return title[:-1].rstrip()
    return title


def _host_lines(block: str) -> list[str]:
    """What content reads as a block's (a table, a call: one logical line; a table pasted as
    lines of text: each of its lines)."""
    if block[:1] in ("{", "<") or "\n" not in block:
        return [block]
    return [line.strip() for line in block.split("\n")]


def _unwrapped(title: str, shown: str) -> str:
    """`title` without the sign that closes a decoration its heading opened with (`ـ X ـ`,
    `〜X〜`, `★ X ★`: the sign before is off already, the same sign after it goes too)."""
    first = shown.lstrip()[:1]
    # (the tatweel, ـ, a letter for Unicode, only draws a line: `ـ المحور 1: X ـ`)
    sign = first == "\u0640" or first and not first.isalnum() \
        and unicodedata.category(first)[0] in "PS" and first not in "([{（【「『«\"'"
    if sign and title.rstrip().endswith(first):
        # (the whole run of it: `**Tema 1: X**`, Markdown's bold pasted)
        run = len(shown.lstrip()) - len(shown.lstrip().lstrip(first))
        rest = title.rstrip()
        return rest[:-run].rstrip() if rest.endswith(first * run) else rest[:-1].rstrip()
    return title


# A note in brackets at the end of a title (`(continued)`, `(tomani)`, `[suite]`).
_LAST_NOTE = re.compile(r"\s*[(\[（［][^()\[\]（）［］]{1,30}[)\]）］]\Z")


def _continued(title: str, earlier: set[str]) -> str:
    """`title` without a note in brackets at its end where the rest is an earlier sibling's
    title: the same theme written on after a break (`Vakatorocaketaki ni kila (tomani)`)."""
    rest = _LAST_NOTE.sub("", title)
    return rest if rest != title and rest in earlier else title


def read_page_after(text: str, base: str, title: str = "",
                    template: Template | str | None = None) -> Report:
    """read_page(text) for a page made from the page `base` by changing a stretch of it (a
    report written onto its base, splice.py), read with the help of base's read if it is kept:
    where the change leaves the page's headings and the sections read by their place
    (slots.py) as they were, and neither page has nodes in tables, template calls or an
    infobox, the report's structure is base's (its places moved by the change's length) and
    only the contents are read, those the change did not touch kept (content.py). The
    structure then is what _read_page would build: _build and what it calls read the page
    only through its headings and `by_place`, and use positions only to tell nodes apart and
    to order them, which the move keeps."""
    if not isinstance(template, Template):
        template = get_template(template or "strategy-salon")
    text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    base = base.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    kept = _read_page.peek(text, title, template)
    if kept is None:
        before = _read_page.peek(base, title, template)
        found = _moved_read(text, base, title, template, *before) \
            if before is not None and before[1].plain and text != base else None
        if found is None:
            return _read_page(text, title, template)[0]
        _read_page.remember((text, title, template), found)
        kept = found
    return kept[0]


def _at_line_start(base: str, text: str, start: int, end: int, delta: int) -> tuple[int, int]:
    """The changed stretch `base[start:end]` moved to the start of its line where the change
    only adds or only takes away lines and may stand there as well (`* A new point\n` added
    before `* There...`: the common start ends after the `* ` both share, inside a line the
    change did not touch)."""
    if end != start and end - start != -delta:
        return start, end
    changed = text[start:start + delta] if delta > 0 else base[start:end]
    while changed and start > 0 and base[start - 1] == changed[-1] != "\n":
        changed = base[start - 1] + changed[:-1]
        start -= 1
    return start, start + max(-delta, 0)


def _common_start(left: str, right: str) -> int:
    """The length of the longest common prefix of `left` and `right`."""
    low, high = 0, min(len(left), len(right))
    while low < high:  # (slices compared in C: a dozen comparisons for a page)
        middle = (low + high + 1) // 2
        if left[low:middle] == right[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_end(left: str, right: str, most: int) -> int:
    """The length of the longest common suffix of `left` and `right`, at most `most`."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if left[len(left) - middle:len(left) - low] == right[len(right) - middle:len(right) - low]:
            low = middle
        else:
            high = middle - 1
    return low


#: How many lines before and after a change have their headings found again (headings.py
#: reads a line with the line before and after it), and how many more lines before and after
#: those the search is given to read them with.
AROUND = 3


def _may_hide_a_line(text: str) -> bool:
    """Whether `text` may hold a line that MediaWiki does not read as a line of wikitext: any
    tag, comment, template, table or link left open at the end of its line. Where none is,
    headings.py needs no parse of the page, and finds whether a line is a heading from the line
    and the lines next to it."""
    if "<" in text or "{" in text:
        return True
    return link_left_open(text)


def _line_before(text: str, position: int, count: int) -> int:
    """Where the line `count` lines before the line holding `position` starts (0 at most)."""
    start = text.rfind("\n", 0, position) + 1
    while count and start:
        start = text.rfind("\n", 0, start - 1) + 1
        count -= 1
    return start


def _line_after(text: str, position: int, count: int) -> int:
    """Where the line `count` lines after the line holding `position` ends (its line break, or
    the end of the text)."""
    end = text.find("\n", position)
    while count and end != -1:
        end = text.find("\n", end + 1)
        count -= 1
    return len(text) if end == -1 else end


def _headings_after(text: str, base: str, headings: list[HeadingLine], start: int,
                    end: int) -> list[HeadingLine] | None:
    """find_headings(text), where `text` is `base` with base[start:end] changed and `headings`
    base's: the headings of base before and after the change (moved by its length), and those
    found again in the lines around it (AROUND lines each side, read in a stretch of the page
    with AROUND lines more each side). Where either page may hide a line (then a line's
    heading may depend on the whole page), only where those lines are plain in both pages
    and stand inside no span of base (_plain_around); None otherwise."""
    delta = len(text) - len(base)
    new_end = end + delta  # text[start:new_end] is new
    anchor = max(start - 1, 0)  # (the line before a line taken away changed its neighbour)
    window_start = _line_before(text, anchor, 2 * AROUND)
    window_end = _line_after(text, new_end, 2 * AROUND)
    # (text's lines outside those the change touched are base's: where base hides none, only
    # those lines may)
    hides = _may_hide_a_line(base) or _may_hide_a_line(
        text[_line_before(text, start, 0):_line_after(text, new_end, 0)])
    if hides and not _plain_around(text, base, window_start, window_end - delta):
        return None
    first = _line_before(text, anchor, AROUND) if window_start else 0
    last = _line_after(text, new_end, AROUND) if window_end < len(text) else len(text)
    found = [heading for heading in headings if heading.start < first]
    found.extend(HeadingLine(heading.start + window_start, heading.end + window_start,
                             heading.level, heading.title, heading.style)
                 for heading in find_headings(text[window_start:window_end])
                 if first <= heading.start + window_start < last)
    found.extend(HeadingLine(heading.start + delta, heading.end + delta, heading.level,
                             heading.title, heading.style)
                 for heading in headings if heading.start >= last - delta)
    return found


def _plain_around(text: str, base: str, window_start: int, base_window_end: int) -> bool:
    """Whether the lines from `window_start` (where text and base are still the same) to the
    end of the window (`base_window_end` in base) read as on a plain page: they hold no sign
    that opens or closes a tag, comment, template, table or link, in base and in text, and
    base's spans (kept from its read) have none around them. Nothing there is then hidden
    and nothing the change did reaches a line outside them, so their headings are found from
    those lines alone, as on a page that may hide none. Pages with HTML list items (read
    across their lines) are left to a whole read."""
    spans = spans_of.peek(base)
    if spans is None or "<li" in base.lower() or "<dt" in base.lower():
        return False
    end = base_window_end
    if any(sign in part for part in (base[window_start:end], text[window_start:end + len(text)
                                                                 - len(base)])
           for sign in ("<", ">", "{", "}", "[[", "]]", "|}", "{|")):
        return False
    return window_start < spans.hidden_from and not spans.opaque_at(window_start) \
        and spans.comment_at(window_start)[0] == -1


def _moved_read(text: str, base: str, title: str, template: Template, before: Report,
                shape: PageShape) -> tuple[Report, PageShape] | None:
    """_read_page(text) from base's read (`before`, `shape`), or None where the change of
    base into text may change more than contents (read_page_after)."""
    start = _common_start(base, text)
    same_end = _common_end(base, text, min(len(base), len(text)) - start)
    end, delta = len(base) - same_end, len(text) - len(base)  # base[start:end] changed
    start, end = _at_line_start(base, text, start, end, delta)
    headings = _headings_after(text, base, shape.headings, start, end)
    if headings is None:
        headings = find_headings(text)
    if len(headings) != len(shape.headings):
        return None
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    for old, new in zip(shape.headings, headings, strict=True):
        move = 0 if old.end <= start else delta if old.start >= end else None
        if move is None or new.start != old.start + move or new.end != old.end + move \
                or new.level != old.level or new.title != old.title or new.style != old.style:
            return None  # a heading in the change, or one the change made or unmade
        starts[old.start] = new.start
        ends[old.end] = new.end
    by_place = sections_by_place(headings, template, text)
    if by_place != {starts[place]: spec for place, spec in shape.by_place.items()}:
        return None
    copies: dict[int, Node] = {}

    def copied(node: Node) -> Node:
        source = node.source
        assert source is not None
        first, last = source.heading
        at = starts[first]  # a node with no heading line stands where its first child starts
        new = Node(title=node.title, children=[copied(child) for child in node.children],
                   extra_sections=[copied(extra) for extra in node.extra_sections],
                   source=Source((at, ends[last] if last > first else at), source.level, (0, 0),
                                 lead=source.lead))
        copies[id(node)] = new
        return new

    report = Report(title=title, template=template.name,
                    sections={key: copied(node) for key, node in before.sections.items()},
                    extra_sections=[copied(node) for node in before.extra_sections],
                    order=list(before.order))
    nodes = [copies[id(node)] for node in shape.nodes]
    _set_bodies(nodes, len(text))
    placeholder = template.names.is_placeholder

    def area(text: str) -> bool:
        return template.names.area(text) is not None

    intro_end = nodes[0].source.heading[0] if nodes and nodes[0].source else len(text)
    containers = [copies[id(node)] for node in shape.containers]
    for was, container in zip(shape.containers, containers, strict=True):
        assert was.source is not None and container.source is not None
        if shape.bare and base[was.source.body[0]:was.source.body[1]] == \
                text[container.source.body[0]:container.source.body[1]]:
            continue  # (embedded_children reads only the container's own content: none again)
        if embedded_children(container, text, area, placeholder):
            return None
    if infobox_sections(report, text, intro_end, template, placeholder):
        return None
    if not _contents_kept(text, base, start, end, before, report, shape.nodes, nodes, template):
        _read_contents(text, report, nodes, frozenset(), template)
    return report, PageShape(headings, by_place, nodes, containers, True, True)


def _contents_kept(text: str, base: str, start: int, end: int, before: Report, report: Report,
                   olds: list[Node], nodes: list[Node], template: Template) -> bool:
    """_read_contents for a page whose nodes (`nodes`, in page order) are those of `base`
    (`olds`) moved, with base[start:end] changed: the contents of the nodes whose bodies are
    the same text are theirs in base (read alike: the same lead, no hosted block), the others
    read. False
    (nothing done) where the categories the change touched differ: they are read anew."""
    placeholder = template.names.is_placeholder
    first = nodes[0].source.heading[0] if nodes and nodes[0].source else len(text)
    old_first = olds[0].source.heading[0] if olds and olds[0].source else len(base)
    changed: list[tuple[str, str, str, Callable[[str], bool] | None]] = []
    if base[:old_first] != text[:first]:  # the intro
        changed.append((base[:old_first], text[:first], "", None))
    else:
        report.intro = before.intro
    for old, node in zip(olds, nodes, strict=True):
        assert old.source is not None and node.source is not None
        body = old.source.body
        new_body = text[node.source.body[0]:node.source.body[1]]
        if body[1] < start or body[0] > end or new_body == base[body[0]:body[1]]:
            node.text, node.points = old.text, old.points  # (shared: read, not changed)
            continue
        changed.append((base[body[0]:body[1]], new_body, node.source.lead, placeholder))
        content = read_text_and_points(new_body, lead=node.source.lead, placeholder=placeholder)
        node.text, node.points = content.text, content.points
    for old_raw, raw, lead, guidance in changed:
        lists = guidance is not None
        if read_categories(old_raw, lists, lead, guidance) != \
                read_categories(raw, lists, lead, guidance):
            return False
        if not lists:
            report.intro = read_text_and_points(raw, lists=False).text
    report.categories = list(before.categories)
    _close_blocks(list(report.sections.values()) + report.extra_sections)
    return True
