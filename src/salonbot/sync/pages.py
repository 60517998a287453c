"""The base copies: for each report file that came from or went to a wiki, the text of the revision
it was last synced with, kept beside the reports in `.salonbot/pages/WIKI/NAME.wiki` (plain
wikitext; commit it with the reports, so that a clone of a reports repository can push and
sync).

A report file holds what its page says; the page keeps how it says it. Rendering a file onto
its base copy (report/splice.py) gives the page back with only the file's changes in it, and a
three-way merge takes its base from here without asking the wiki. A copy is trusted only while
its sha1 is the one the state file records for that revision (state.py); a copy that is
missing or does not match is fetched again from the wiki by revision id (`missing`), in one
batched request, by the commands that talk to the wiki.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from salonbot.report.model import Report
from salonbot.report.render import render_report
from salonbot.report.splice import render_onto
from salonbot.report.validate import load_report
from salonbot.report.yamlio import PendingFolders, write_atomic
from salonbot.sync.state import Base, State
from salonbot.wiki.page import sha1_of

PAGES_DIR = Path(".salonbot") / "pages"


def site_folder(site: str) -> str:
    """The folder name of a wiki's base copies (`meta:meta` -> `meta-meta`)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "-", site)


class PageStore:
    """The base copies of one reports folder for one wiki (`site`, e.g. `meta:meta`)."""

    def __init__(self, directory: Path, site: str, pending: PendingFolders | None = None):
        self.directory = directory
        self.folder = directory / PAGES_DIR / site_folder(site)
        self.pending = pending  # see write

    def path(self, file: str) -> Path:
        """Where the base copy of the report file `file` (NAME.yaml) is kept."""
        return self.folder / (file.removesuffix(".yaml") + ".wiki")

    def text(self, base: Base) -> str | None:
        """The text of the revision `base`, or None if its copy is missing or is not that
        revision's text."""
        try:
            text = self.path(base.file).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        return text if sha1_of(text) == base.sha1 else None

    def write(self, file: str, text: str) -> Path:
        """Keep `text` as the base copy of `file` (atomically); the path written. Its text is
        not synced to the disk before the rename, and its folder is synced by `pending` (if
        given): a power cut can leave a copy empty or lose it, which costs nothing, since a
        copy is trusted only while its sha1 is its revision's and is fetched again otherwise
        (`missing`)."""
        path = self.path(file)
        write_atomic(path, text, pending=self.pending, durable=False)
        return path

    def missing(self, bases: dict[str, Base]) -> list[Base]:
        """The bases whose copy is missing or wrong, to fetch again from the wiki."""
        return [base for base in bases.values() if self.text(base) is None]


def offline_bases(directory: Path) -> Callable[[str], str | None]:
    """The base copies of a reports folder for a command that does not talk to a wiki (render,
    validate, export...): for a report file's name, the copy of the most recent revision a
    wiki's state records for it, if one is kept and matches; None if there is none (the file
    then renders in the canonical form). Raises SalonbotError for a damaged state file."""
    states = [(State.load(directory, site), PageStore(directory, site))
              for site in State.sites(directory)]

    def base(name: str) -> str | None:
        found: list[tuple[str, str]] = []
        for state, pages in states:
            recorded = state.base_of_file(name)
            text = pages.text(recorded) if recorded is not None else None
            if recorded is not None and text is not None:
                found.append((recorded.timestamp, text))
        return max(found)[1] if found else None

    return base


def offline_base(path: Path) -> str | None:
    """The base copy of the report file `path` (see offline_bases)."""
    return offline_bases(path.parent)(path.name)


def load_file(path: Path, base: str | None = None) -> tuple[Report, str]:
    """The report of the report file `path` and its page text: written onto the page text
    `base`, or else onto its base copy in its reports folder, or else in the canonical form
    (what push would save). Raises ReportErrors for an invalid file."""
    base = base if base is not None else offline_base(path)
    report = load_report(path, base)
    return report, render_onto(report, base) if base is not None else render_report(report)
