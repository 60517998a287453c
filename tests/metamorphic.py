"""Rewrites of a report page that keep what it says (issue 17, item 8), for tests/test_metamorphic.py.

Each rewrite is a small pure function of wikitext: a heading's title wrapped in markup, numbered,
translated or made bilingual, every heading one level deeper or a wrapper heading added, a list
written as HTML, numbered or as a definition list, a theme heading written as a bold line or as a
list item's label. A reader of the rendered page sees the same sections, themes and points, so the
recognizer must read the same report (tests/test_metamorphic.py says what "the same" allows).

Headings are found on the page as MediaWiki finds them (tests/corpus_pages.py's oracle, with
comments blanked rather than removed so that positions stay those of the page).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from corpus_pages import _COMMENT, _OPAQUE, _blank, _blank_templates, heading_of_line


@dataclass(frozen=True)
class Heading:
    """A heading line of a page: where it is, its level and the title between its `=` runs
    (`start` and `end` are the title's span on the page, spaces around it excluded)."""

    line: int
    level: int
    start: int
    end: int


def _blanked(text: str) -> str:
    """`text` with comments, opaque tags and templates blanked, every position kept."""
    return _blank_templates(_OPAQUE.sub(_blank, _COMMENT.sub(_blank, text)))


def headings(text: str) -> list[Heading]:
    """Every heading MediaWiki sees on the page, in page order."""
    found = []
    offset = 0
    for number, line in enumerate(_blanked(text).split("\n")):
        heading = heading_of_line(line)
        if heading is not None and heading.text.strip("="):
            stripped = line.rstrip(" \t")
            inner_start, inner_end = heading.level, len(stripped) - heading.level
            raw = text[offset + inner_start: offset + inner_end]
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw) - len(raw.rstrip())
            found.append(Heading(number, heading.level, offset + inner_start + lead,
                                 offset + inner_end - trail))
        offset += len(line) + 1
    return found


def retitle(text: str, heading: Heading, rewrite: Callable[[str], str]) -> str:
    """The page with one heading's title rewritten, the rest of the page untouched."""
    return text[:heading.start] + rewrite(text[heading.start:heading.end]) + text[heading.end:]


# Markup a reader does not see as words of the title.
WRAPPERS: dict[str, Callable[[str], str]] = {
    "bold": lambda title: f"'''{title}'''",
    "italic": lambda title: f"''{title}''",
    "span": lambda title: f'<span style="color:#36c">{title}</span>',
    "big": lambda title: f"<big>{title}</big>",
    "anchor": lambda title: f"{{{{anchor|x}}}}{title}",
    "link": lambda title: f"[[Special:MyLanguage/Strategy/Wikimedia movement/2018-20|{title}]]",
    "entity": lambda title: _entity(title),
    "comment": lambda title: f"{title} <!-- heading of the template -->",
    "comment_before": lambda title: f"<!-- from the template -->{title}",
    "translate": lambda title: f"<translate><!--T:99--> {title}</translate>",
}


def anchor_line(text: str, heading: Heading, anchor: str = "x") -> str:
    """The page with a line `{{anchor|x}}` just before a heading's line (as Meta's translated
    pages keep an old heading's links working)."""
    line_start = text.rfind("\n", 0, heading.start) + 1
    return f"{text[:line_start]}{{{{anchor|{anchor}}}}}\n{text[line_start:]}"


def _entity(title: str) -> str:
    """The title with its first letter written as a numeric HTML entity (`&#68;ate`)."""
    for index, char in enumerate(title):
        if char.isalpha():
            return f"{title[:index]}&#{ord(char)};{title[index + 1:]}"
    return title


# Numbering a reader reads as the heading's number, not as its words.
NUMBERINGS: dict[str, Callable[[str], str]] = {
    "decimal": lambda title: f"1. {title}",
    "roman": lambda title: f"IV. {title}",
    "parenthesis": lambda title: f"3) {title}",
}


# Two languages in one heading, either first.
BILINGUAL: dict[str, Callable[[str, str], str]] = {
    "slash": lambda first, second: f"{first} / {second}",
    "parentheses": lambda first, second: f"{first} ({second})",
}


def deeper(text: str) -> str:
    """Every heading of the page one level deeper (`== a ==` becomes `=== a ===`)."""
    lines = text.split("\n")
    for heading in headings(text):
        line = lines[heading.line]
        # The blanked line ends in `=`; the raw one may end in a comment after it.
        index = _closing(line, heading.level)
        lines[heading.line] = "=" + line[:index] + "=" + line[index:]
    return "\n".join(lines)


def _closing(line: str, level: int) -> int:
    """Where the closing `=` run of a heading line ends (comments after it excluded)."""
    visible = _COMMENT.sub(_blank, line).rstrip(" \t")
    assert visible.endswith("=" * level)
    return len(visible)


def with_wrapper(text: str, title: str) -> str:
    """The page with an h1 heading `title` just before its first heading."""
    first = headings(text)[0]
    offset = sum(len(line) + 1 for line in text.split("\n")[:first.line])
    return f"{text[:offset]}= {title} =\n{text[offset:]}"


@dataclass(frozen=True)
class ListBlock:
    """A run of `*` lines (nothing but `*` as markers, each at most one deeper than the one
    before, the first at depth 1): its first line and its items as (depth, text)."""

    line: int
    items: tuple[tuple[int, str], ...]


_BULLET = re.compile(r"(\*+)\s?(.*)")


def bullet_lists(text: str) -> list[ListBlock]:
    """Every `*` list of the page that MediaWiki reads as a list and that has only `*` markers."""
    blocks = []
    visible = _blanked(text).split("\n")
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        first = index
        items: list[tuple[int, str]] = []
        while index < len(lines) and visible[index].startswith("*") and \
                lines[index].startswith("*"):
            match = _BULLET.fullmatch(lines[index])
            assert match is not None
            depth = len(match.group(1))
            items.append((depth, match.group(2)))
            index += 1
        depths = [depth for depth, _ in items]
        regular = bool(items) and depths[0] == 1 and all(
            item[:1] not in ("#", ":", ";") for _, item in items) and all(
            later <= earlier + 1 for earlier, later in zip(depths, depths[1:], strict=False))
        stops = index < len(lines) and lines[index][:1] in ("#", ":", ";")
        if regular and not stops:
            blocks.append(ListBlock(first, tuple(items)))
        index = max(index, first + 1)
    return blocks


def as_html(items: tuple[tuple[int, str], ...], tag: str = "ul") -> str:
    """A `*` list written as nested HTML lists: each item `<li>` on a line of its own, an item's
    sub-list inside its `<li>` (as lviv_ukrainian_html_lists writes them)."""
    def tree(start: int, depth: int) -> tuple[list[tuple[str, list[Any]]], int]:
        nodes: list[tuple[str, list[Any]]] = []
        index = start
        while index < len(items) and items[index][0] >= depth:
            children, after = tree(index + 1, depth + 1)
            nodes.append((items[index][1], children))
            index = after
        return nodes, index

    def emit(nodes: list[tuple[str, list[Any]]]) -> list[str]:
        out = [f"<{tag}>"]
        for item, children in nodes:
            if children:
                out.append(f"<li>{item}")
                out += emit(children)
                out[-1] += "</li>"
            else:
                out.append(f"<li>{item}</li>")
        return out + [f"</{tag}>"]

    return "\n".join(emit(tree(0, 1)[0]))


def as_markers(items: tuple[tuple[int, str], ...], marker: str) -> str:
    """A `*` list written with another marker: `#` (numbered) or `:` (a definition list's
    definitions, as beersheba_hebrew_deflists writes its points)."""
    return "\n".join(f"{marker * depth} {item}" for depth, item in items)


def relist(text: str, block: ListBlock, rewrite: Callable[[tuple[tuple[int, str], ...]], str]
           ) -> str:
    """The page with one `*` list rewritten, the rest untouched."""
    lines = text.split("\n")
    lines[block.line:block.line + len(block.items)] = [rewrite(block.items)]
    return "\n".join(lines)
