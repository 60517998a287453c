"""Text from reports made plain for a wikitable cell that salonbot writes under its own name.

Anyone can write a report page, and what it says reaches the index page, where salonbot is the
author. So a cell keeps only what reads the same everywhere: links stay links (a link to a
category, file or another wiki written `[[:Category:X]]`, so that it only links and never puts
the index page in the category, shows the file or adds a language link), bold and italics stay,
and everything else that would act (templates, parser functions and magic words, `__NOINDEX__`,
`~~~~`, HTML tags, `|` and `||` that end a cell, braces and brackets that open a construct across
cells) becomes HTML entities, which look the same on the page and do nothing.

CSV is read by spreadsheets, which run a cell that starts with `=`, `+`, `-` or `@` as a
formula: `spreadsheet_cell` makes such text inert the way OWASP recommends.
"""

from __future__ import annotations

import re

import mwparserfromhell
from mwparserfromhell.nodes import ExternalLink, HTMLEntity, Node, Tag, Text, Wikilink

# Characters that start or end something in wikitext, in a cell or a link's text: as entities.
_ACTIVE = re.compile(r"[|{}\[\]<>~!]|__|'{2,}")
_URL = re.compile(r"\A(?:https?:)?//[^\s|{}\[\]<>\"']+\Z")
_TITLE = re.compile(r"\A[^|{}\[\]<>#\n]+(?:#[^|{}\[\]<>\n]*)?\Z")


def _entities(match: re.Match[str]) -> str:
    return "".join(f"&#{ord(char)};" for char in match.group())


def plain_text(text: str) -> str:
    """`text` with every character that could start or end wikitext markup as an entity."""
    return _ACTIVE.sub(_entities, text.replace("\n", " "))


def _link_text(nodes: list[Node]) -> str:
    return "".join(_node(node) for node in nodes)


def _node(node: Node) -> str:
    if isinstance(node, Text):
        return plain_text(str(node.value))
    if isinstance(node, HTMLEntity):
        return str(node)  # already a character that does nothing
    if isinstance(node, Wikilink):
        title = str(node.title).strip()
        if not _TITLE.match(title) or "{" in title or "~~~" in title:
            return plain_text(str(node))
        raw = str(node.title)  # as written, spaces and all
        target = raw if title.startswith(":") or ":" not in title else ":" + raw
        if node.text is None or not str(node.text):  # `[[A|]]` would be expanded on save
            return f"[[{target}]]"
        return f"[[{target}|{_link_text(node.text.nodes)}]]"
    if isinstance(node, ExternalLink) and node.brackets and _URL.match(str(node.url)):
        text = f" {_link_text(node.title.nodes)}" if node.title is not None else ""
        return f"[{node.url}{text}]"
    if isinstance(node, Tag) and node.wiki_markup in ("''", "'''") and node.contents is not None:
        return f"{node.wiki_markup}{_link_text(node.contents.nodes)}{node.wiki_markup}"
    return plain_text(str(node))


def cell_text(wikitext: str) -> str:
    """One line of wikitext as a table cell's plain text: links and bold/italics kept (a
    category, file or interwiki link made a plain link), everything else inert."""
    return "".join(_node(node) for node in mwparserfromhell.parse(wikitext).nodes)


# What a spreadsheet takes for the start of a formula (OWASP's "CSV injection" list).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> object:
    """A CSV field a spreadsheet shows as written: text starting like a formula gets a `'` in
    front (which spreadsheets hide); numbers and other text are returned as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
