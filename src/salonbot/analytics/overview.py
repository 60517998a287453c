"""The overview of every report (`salonbot index`), as pure data: one row a report and the three
formats it comes in, and the replacement of the table between salonbot's markers on the index
page.

Each report gives one row: its page (linked, named by what follows the template's title prefix),
date and location, number of participants, discussion themes and budget, each reduced to one
line. The rows are made by the export package (export/overview.py), from the same figures as
the export's reports table, so the index and the export agree on every number. The rows are
sorted by title and end with a totals row, each total saying how many reports state it. The
overview comes as a sortable wikitable, CSV or JSON (the same fields). On the index page, the
text people wrote around the markers stays byte for byte as it is.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path

import mwparserfromhell
from mwparserfromhell.nodes import Heading, Tag, Text
from mwparserfromhell.wikicode import Wikicode

from salonbot.analytics.cells import cell_text, plain_text, spreadsheet_cell
from salonbot.analytics.readings import without_notes
from salonbot.errors import IndexMarkersError, ReportErrors
from salonbot.report.model import Report
from salonbot.report.validate import load_report

MARKER_START = "<!-- salonbot:index:start -->"
MARKER_END = "<!-- salonbot:index:end -->"


@dataclass(frozen=True)
class Row:
    """One report in the overview; text values are one line of wikitext ('' when absent)."""

    title: str
    label: str
    date_and_location: str
    participants: int | None
    themes: tuple[str, ...]
    budget: str
    points: int = 0
    budget_amount: Decimal | None = None
    budget_currency: str | None = None


@dataclass(frozen=True)
class Totals:
    """The totals row of the index: reports, participants (and how many reports state a
    number), discussion themes (and how many reports have any) and points."""

    reports: int
    participants: int
    participants_from: int
    themes: int
    themes_from: int
    points: int

    def participants_text(self) -> str:
        """`participants: 231, from 19 of 26 reports`."""
        return f"participants: {self.participants}, from {self.participants_from} of " \
            f"{self.reports} reports"

    def themes_text(self) -> str:
        """`discussion themes: 74, in 20 of 26 reports`."""
        return f"discussion themes: {self.themes}, in {self.themes_from} of {self.reports} " \
            "reports"


# --- one row per report ---------------------------------------------------------------------------


def one_line(wikitext: str) -> str:
    """The first non-blank line of the wikitext, without comments, <ref>s, list markers and
    headings, white space collapsed. A template, link or tag spanning lines is kept whole (on
    one line), so the result never holds half a construct."""
    pieces: list[str] = []
    for node in without_notes(wikitext).nodes:
        if isinstance(node, Text):
            lines = str(node.value).split("\n")
            pieces.append(lines[0])
            for line in lines[1:]:
                if "".join(pieces).strip():
                    return " ".join("".join(pieces).split())
                pieces = [line]
        elif isinstance(node, Heading) or (isinstance(node, Tag) and node.wiki_markup):
            # `*`, `#`, `:`, `;`, `----` and tables begin a line; bold and italics stay.
            if isinstance(node, Tag) and str(node.tag) in ("b", "i"):
                pieces.append(str(node))
            elif "".join(pieces).strip():
                break
        else:
            pieces.append(" ".join(str(node).split()))
    return " ".join("".join(pieces).split())


def label_for(title: str, prefix: str) -> str:
    """What identifies a report in the index: its title after the template's prefix (the
    affiliate, e.g. `MA UG`), or the whole title if it is not under the prefix."""
    if prefix and title.startswith(prefix) and len(title) > len(prefix):
        return title[len(prefix):]
    return title


def totals(rows: list[Row]) -> Totals:
    """The sums over the rows (a row without a participant count adds none, and is not one of
    the reports that state it)."""
    return Totals(len(rows), sum(row.participants or 0 for row in rows),
                  sum(row.participants is not None for row in rows),
                  sum(len(row.themes) for row in rows), sum(bool(row.themes) for row in rows),
                  sum(row.points for row in rows))


def load_reports(paths: Iterable[Path],
                 bases: Callable[[str], str | None] | None = None) -> list[Report]:
    """Every report in `paths` (written onto the base copy `bases` gives for its name);
    ReportErrors listing the problems of all invalid files."""
    reports, problems = [], []
    for path in paths:
        try:
            reports.append(load_report(path, bases(path.name) if bases is not None else None))
        except ReportErrors as error:
            problems.extend(error.errors)
    if problems:
        raise ReportErrors(problems)
    return reports


# --- the three formats ----------------------------------------------------------------------------


_cell = cell_text  # report text in a cell is plain text (analytics/cells.py)


def report_link(title: str, label: str) -> str:
    """A table cell's link to a report's page, shown as `label` as plain text (a title that
    cannot be a page title is shown, not linked; one with a `:` is linked with a leading `:`,
    so that it can only be a link)."""
    if re.search(r"[|{}\[\]<>\n]|~~~", title):  # not a valid title: show it, do not link it
        return plain_text(title)
    target = f":{title}" if ":" in title else title
    return f"[[{target}]]" if label == title else f"[[{target}|{plain_text(label)}]]"


def _link(row: Row) -> str:
    return report_link(row.title, row.label)


def index_table(rows: list[Row]) -> str:
    """The sortable wikitable of the index, with a totals row that stays at the bottom."""
    lines = ['{| class="wikitable sortable"',
             '! Report !! Date and location !! data-sort-type="number" | Participants '
             '!! Discussion themes !! Budget']
    for row in rows:
        cells = [_link(row), _cell(row.date_and_location),
                 "" if row.participants is None else str(row.participants),
                 _cell("; ".join(row.themes)), _cell(row.budget)]
        lines.append("|-")
        lines.extend(f"| {cell}" if cell else "|" for cell in cells)
    total = totals(rows)
    lines += ['|- class="sortbottom"', f"! Total: {total.reports} reports", "!",
              f"! {total.participants}, from {total.participants_from} of {total.reports} "
              "reports",
              f"! {total.themes} themes, in {total.themes_from} of {total.reports} reports",
              "!", "|}"]
    return "\n".join(lines)


def index_json(rows: list[Row]) -> str:
    """`{"reports": [row, ...], "totals": {...}}`; a row's themes are a list."""
    data = {"reports": [{**asdict(row), "themes": list(row.themes),
                         "budget_amount": None if row.budget_amount is None
                         else float(row.budget_amount)} for row in rows],
            "totals": asdict(totals(rows))}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def index_csv(rows: list[Row], raw: bool = False) -> str:
    """One line per report (no totals line); themes joined with `; `, no count as ''; text a
    spreadsheet would run as a formula starts with `'` (unless `raw`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["title", "label", "date_and_location", "participants", "themes", "budget",
                     "points", "budget_amount", "budget_currency"])
    cell = (lambda value: value) if raw else spreadsheet_cell
    for row in rows:
        writer.writerow([cell(value) for value in (
            row.title, row.label, row.date_and_location,
            "" if row.participants is None else row.participants,
            "; ".join(row.themes), row.budget, row.points,
            "" if row.budget_amount is None else row.budget_amount, row.budget_currency or "")])
    return out.getvalue()


# --- the index page -------------------------------------------------------------------------------


def new_index_page(table: str) -> str:
    """The text of an index page salonbot creates: the markers around the table, nothing else."""
    return f"{MARKER_START}\n{table}\n{MARKER_END}"


def _marker_offsets(page: str) -> dict[str, list[int | None]]:
    """Where each marker is a comment MediaWiki sees (a comment in a heading or a template is
    one too): its offset in the page, or None where the marker's text also stands nearby as
    something else, so that which one is the comment cannot be told."""
    found: dict[str, list[int | None]] = {MARKER_START: [], MARKER_END: []}
    offset = 0
    for node in mwparserfromhell.parse(page).nodes:
        text = str(node)
        comments = [str(comment) for comment in Wikicode([node]).filter_comments()]
        for marker, offsets in found.items():
            real = comments.count(marker)
            at = [match.start() for match in re.finditer(re.escape(marker), text)]
            offsets.extend([offset + place for place in at] if len(at) == real
                           else [None] * real)
        offset += len(text)
    return found


def replace_index(page: str, table: str) -> str:
    """The page with the text between the markers replaced by the table; everything before the
    start marker and from the end marker on is kept byte for byte.

    A marker counts only where MediaWiki sees a comment: not inside `<nowiki>`, `<pre>` and the
    like, nor inside another comment (anyone can write the marker's text there, and it must
    not block the index). Raises IndexMarkersError when a marker is missing, appears twice, is
    nested where the same text is also plain text, or the end comes first: salonbot then cannot tell its own
    text from people's, and changes nothing.
    """
    offsets = _marker_offsets(page)
    starts, ends = len(offsets[MARKER_START]), len(offsets[MARKER_END])
    if starts == 0 or ends == 0:
        missing = " and ".join(m for m, n in ((MARKER_START, starts), (MARKER_END, ends)) if not n)
        raise IndexMarkersError(
            f"the index page has no {missing}: salonbot only writes between its markers, so that "
            f"nobody's text is overwritten. Put {MARKER_START} and {MARKER_END} on the page "
            "where the table belongs", starts, ends)
    if starts > 1 or ends > 1:
        raise IndexMarkersError("the index page has salonbot's markers more than once; "
                                "leave one pair and remove the others", starts, ends)
    if None in offsets[MARKER_START] + offsets[MARKER_END]:
        raise IndexMarkersError("salonbot's markers on the index page stand where the same text "
                                "is also written as text; put them on lines of their own",
                                starts, ends)
    start = (offsets[MARKER_START][0] or 0) + len(MARKER_START)
    end = offsets[MARKER_END][0] or 0
    if end < start:
        raise IndexMarkersError(f"on the index page {MARKER_END} comes before {MARKER_START}; "
                                "swap them", starts, ends)
    return f"{page[:start]}\n{table}\n{page[end:]}"


#: The formats of `salonbot index --format`, each a function of the rows.
FORMATS: dict[str, Callable[[list[Row]], str]] = {
    "wikitext": lambda rows: index_table(rows) + "\n", "csv": index_csv, "json": index_json}
