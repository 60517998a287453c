"""The long tail: the headings of pages that salonbot could not place.

A heading is placed when it became a template section, a theme or a topic; every other heading
(an extra section, at any depth) is not, and a coordinator wants to know which ones come up
most. Headings are counted by what a reader sees: spellings that differ only in Unicode form,
case or spacing are one heading, shown in its most frequent spelling (the first in alphabetical
order on a tie). The list is most frequent first, ties in alphabetical order.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from salonbot.report.display import display_text
from salonbot.report.model import Node, Report

#: How many headings the summary line names before `...`.
NAMED_IN_SUMMARY = 5


@dataclass(frozen=True)
class UnplacedHeading:
    """One heading not placed: its most frequent spelling, how many times it occurs in all the
    pages, and the files (or pages) it is in, in the order given."""

    heading: str
    count: int
    files: tuple[str, ...]


def quoted(shown: str) -> str:
    """A heading in single quotes as a person reads it: letters of every script and the
    joiners they need (ZWNJ in Persian) as they are, control characters escaped."""
    return "'" + "".join(repr(char)[1:-1] if unicodedata.category(char) == "Cc"
                         else char for char in shown) + "'"


def heading_key(shown: str) -> str:
    """What two spellings of one heading have in common: Unicode NFKC, case folded, white
    space folded to single spaces."""
    return " ".join(unicodedata.normalize("NFKC", shown).casefold().split())


def _extras(nodes: Iterable[Node]) -> Iterator[str]:
    """The display text of every extra section under `nodes` (their children's too), at any
    depth, in page order of the file's tree."""
    for node in nodes:
        for extra in node.extra_sections:
            shown = display_text(extra.title or "")
            if shown:
                yield shown
            yield from _extras([extra])
        yield from _extras(node.children)


def report_unplaced(report: Report) -> list[str]:
    """The display text of each heading of `report` that was not placed (an extra section,
    at the top level or under any node), one entry per heading; headings with no text are
    left out (there is nothing to name)."""
    top = Node(extra_sections=report.extra_sections)
    return list(_extras([top, *report.sections.values()]))


def unplaced_headings(reports: Iterable[tuple[str, Report]]) -> list[UnplacedHeading]:
    """The headings not placed in `reports` (pairs of a file or page name and its report),
    grouped by what a reader sees, most frequent first, ties alphabetical."""
    spellings: dict[str, Counter[str]] = {}
    files: dict[str, list[str]] = {}
    for name, report in reports:
        for shown in report_unplaced(report):
            key = heading_key(shown)
            spellings.setdefault(key, Counter())[shown] += 1
            where = files.setdefault(key, [])
            if name not in where:
                where.append(name)
    found = []
    for key, counter in spellings.items():
        spelling = min(counter, key=lambda shown: (-counter[shown], shown))
        found.append(UnplacedHeading(spelling, sum(counter.values()), tuple(files[key])))
    return sorted(found, key=lambda entry: (-entry.count, heading_key(entry.heading),
                                            entry.heading))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(headings: list[UnplacedHeading], pages: int) -> str:
    """`3 headings not placed in 9 pages: 'Feedback' (4), ...` (at most five named, then
    `...`); empty when every heading was placed."""
    if not headings:
        return ""
    named = ", ".join(f"{quoted(entry.heading)} ({entry.count})"
                      for entry in headings[:NAMED_IN_SUMMARY])
    more = ", ..." if len(headings) > NAMED_IN_SUMMARY else ""
    return (f"{_plural(len(headings), 'heading')} not placed in {_plural(pages, 'page')}: "
            f"{named}{more}")


def detail_lines(headings: list[UnplacedHeading], pages: int) -> list[str]:
    """The summary's long form (`-v`): its first words, then one line per heading with its
    count and the files it is in; no lines when every heading was placed."""
    if not headings:
        return []
    lines = [f"{_plural(len(headings), 'heading')} not placed in {_plural(pages, 'page')}:"]
    lines += [f"  {quoted(entry.heading)} ({entry.count}): {', '.join(entry.files)}"
              for entry in headings]
    return lines


def unplaced_data(headings: list[UnplacedHeading], pages: int) -> dict[str, Any]:
    """The same as data (for `--json`): the pages read and each heading with its count and
    files."""
    return {"pages": pages,
            "headings": [{"heading": entry.heading, "count": entry.count,
                          "files": list(entry.files)} for entry in headings]}
