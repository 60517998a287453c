"""Bounds on what salonbot reads, so that no file or page can make it slow or large.

A report file holds at most `MAX_VALUES` YAML values, counted from libyaml's event stream
before any node is built (a 2 MB flow-style file of tiny values would otherwise take seconds
and hundreds of megabytes to compose). Wikitext, from a page or from a file's values, holds at
most `MAX_OPEN` constructs open at once, at most `MAX_CONSTRUCTS` constructs in all, and at most
`MAX_UNCLOSED_SPAN` characters after the constructs it never closes, added up: mwparserfromhell
reads the rest of the text again for every construct that is never closed (20 KB of `{{a|` take
it 17 seconds), and salonbot's own reading grows with the number of constructs. The largest of
the 183 real pages in tests/ has 37 constructs; these limits are far above any real page, and
benchmarks/bench_limits.py measures the worst text they let through.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from salonbot.errors import ReportError

MAX_VALUES = 20_000
MAX_OPEN = 50
MAX_CONSTRUCTS = 5_000
MAX_UNCLOSED_SPAN = 2_000_000

_Parser = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COUNTED = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)


def check_value_count(text: str, source: str | Path = "<string>") -> None:
    """ReportError (with the line of the first value too many) if the YAML text holds more than
    MAX_VALUES values. Syntax errors are left to the loader, which explains them."""
    parser = _Parser(text)
    count = 0
    try:
        while True:
            event = parser.get_event()
            if event is None:
                return
            if isinstance(event, _COUNTED):
                count += 1
                if count > MAX_VALUES:
                    raise ReportError(f"more than {MAX_VALUES} values in one file; a report "
                                      "cannot hold that many, split it into several reports",
                                      source, event.start_mark.line + 1 if event.start_mark else None)
    except yaml.YAMLError:
        return
    finally:
        parser.dispose()


# What opens or closes a construct mwparserfromhell looks for the end of: templates and their
# parameters, links, external links (`[` and a URL), tables, tags; comments are skipped whole.
TOKEN_PATTERN = (
    r"<!--.*?(?:-->|\Z)"
    r"|(?P<open_braces>\{{2,})|(?P<close_braces>\}{2,})"
    r"|(?P<open_link>\[\[)|(?P<close_square>\]+)"
    r"|(?P<open_external>\[(?:[a-zA-Z][a-zA-Z+.-]*:|//))"
    r"|(?P<open_table>^[ \t]*\{\|)|(?P<close_table>^[ \t]*\|\})"
    r"|<(?P<slash>/?)(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*?(?P<self>/?)>")
# The same matches, found five times faster: the lookahead (what every alternative starts
# with) rejects most positions at once, where Python's `re` would otherwise try each
# alternative at each character (a pull checks every page and every string of its file).
TOKENS = re.compile(rf"(?=[<{{}}\[\]]|^[ \t]*[{{|])(?:{TOKEN_PATTERN})",
                    re.DOTALL | re.MULTILINE)
# The characters a match of TOKENS starts at or (a table's line) is indented before.
_STARTS = re.compile(r"[<{}\[\]|]")
SPARSE = 40


def tokens(text: str) -> Iterator[re.Match[str]]:
    """TOKENS.finditer(text), four times faster on a page: `re` tries TOKENS (its lookahead)
    at every character, where the characters a match can start at are found here at once
    (_STARTS, which `re` skips to directly) and TOKENS is tried only there, and at the start of
    their line where only spaces and tabs come before a `{` or a `|` (a table's line). The
    same matches in the same order (property test). A text where those characters are not
    few (more than one in SPARSE) is left to TOKENS.finditer: trying each in Python would
    cost more than `re` trying every character."""
    if sum(map(text.count, "<{}[]|")) * SPARSE > len(text):
        yield from TOKENS.finditer(text)
        return
    position = 0
    search, match = _STARTS.search, TOKENS.match
    while (found := search(text, position)) is not None:
        at = found.start()
        token = None
        tried = -1  # where TOKENS was tried already
        if text[at] in "{|":  # a table's line may start with spaces or tabs before it
            # the start of the spaces and tabs before it (since the last match or candidate:
            # each character of the text is copied once)
            line = position + len(text[position:at].rstrip(" \t"))
            if line == 0 or text[line - 1] == "\n":
                token, tried = match(text, line), line
        if token is None and tried != at and text[at] != "|":  # `|` starts tables' lines only
            token = match(text, at)
        if token is None:
            position = at + 1
            continue
        yield token
        position = token.end()


# Tags that never take a closing tag (HTML's void elements).
_VOID = frozenset({"br", "hr", "wbr", "img", "area", "base", "col", "embed", "input", "link",
                   "meta", "param", "source", "track"})


def _close_braces(stack: list[str], run: int) -> None:
    while run >= 2 and stack and stack[-1] in ("{{", "{{{"):
        if stack[-1] == "{{{" and run >= 3:
            run -= 3
        elif stack[-1] == "{{{":
            return
        else:
            run -= 2
        stack.pop()


def _close_square(stack: list[str], run: int) -> None:
    while run and stack and stack[-1] in ("[[", "["):
        if stack[-1] == "[[" and run < 2:
            return
        run -= len(stack.pop())


@dataclass
class Budget:
    """What the texts of one file checked so far used: constructs, and characters after the
    constructs never closed. `trailing`: how much of the file's text comes after the text
    being checked (the page reads on into it)."""

    constructs: int = 0
    unclosed_span: int = 0
    trailing: int = 0


def check_wikitext(text: str, source: str | Path | None = None, first_line: int = 1,
                   budget: Budget | None = None) -> None:
    """ReportError (naming the line) if `text` opens more than MAX_OPEN constructs at once
    (counting every one never closed, and those closed out of order), holds more than
    MAX_CONSTRUCTS of them, or has more than MAX_UNCLOSED_SPAN characters after the ones it
    never closes, added up; with a `budget`, the totals go on from the other texts of the same
    file. A closer closes only the construct opened last, as MediaWiki's parser reads it."""
    budget = budget or Budget()
    if "<" not in text and "{" not in text and "[" not in text and "]" not in text \
            and "}" not in text:
        return  # no construct opens or closes in it (most of a file's strings)
    stack: list[str] = []
    starts: list[int] = []  # where each construct on the stack opened
    count = budget.constructs
    for match in tokens(text):
        kind = match.lastgroup
        opened = len(stack)
        if kind == "open_braces":
            run = len(match.group())
            stack.extend(["{{{"] if run == 3 else ["{{"] * (run // 2))
        elif kind == "close_braces":
            _close_braces(stack, len(match.group()))
        elif kind in ("open_link", "open_external", "open_table"):
            stack.append({"open_link": "[[", "open_external": "[", "open_table": "{|"}[kind])
        elif kind == "close_square":
            _close_square(stack, len(match.group()))
        elif kind == "close_table":
            if stack and stack[-1] == "{|":
                stack.pop()
        elif kind in ("slash", "tag", "self"):
            name = match.group("tag").lower()
            if match.group("self") or name in _VOID:
                continue
            if not match.group("slash"):
                stack.append(name)
            elif stack and stack[-1] == name:
                stack.pop()
        count += max(0, len(stack) - opened)
        starts[len(stack):] = []
        starts.extend([match.start()] * (len(stack) - len(starts)))
        if len(stack) > MAX_OPEN or count > MAX_CONSTRUCTS:
            line = first_line + text.count("\n", 0, match.start())
            what = (f"more than {MAX_OPEN} templates, links, tables or tags open at once "
                    "(or never closed)") if len(stack) > MAX_OPEN else \
                f"more than {MAX_CONSTRUCTS} templates, links, tables and tags"
            raise ReportError(f"{what}; salonbot does not read text like this, close or "
                              "remove them", source, line)
    budget.constructs = count
    budget.unclosed_span += sum(len(text) + budget.trailing - start for start in starts)
    if budget.unclosed_span > MAX_UNCLOSED_SPAN:
        raise ReportError(
            "a template, link, table or tag here is never closed, and with the others never "
            f"closed has more than {MAX_UNCLOSED_SPAN} characters after it; salonbot does not "
            "read text like this, close it", source, first_line + text.count("\n", 0, starts[0]))
