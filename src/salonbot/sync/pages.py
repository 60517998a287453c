"""The base copies: for each report file that came from or went to a wiki, the text of the revision
it was last synced with, kept beside the reports in `.salonbot/pages/WIKI/NAME.wiki` (plain
wikitext; commit it with the reports, so that a clone of a reports repository can push and
sync).

The read of each copy is kept too, in the folder's load cache (reads.py), so that a file is
written onto its copy in a later process without reading the copy again.

A report file holds what its page says; the page keeps how it says it. Rendering a file onto
its base copy (report/splice.py) gives the page back with only the file's changes in it, and a
three-way merge takes its base from here without asking the wiki. A copy is trusted only while
its sha1 is the one the state file records for that revision (state.py); a copy that is
missing or does not match is fetched again from the wiki by revision id (`missing`), in one
batched request, by the commands that talk to the wiki.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from functools import partial
from pathlib import Path

from salonbot.report.model import Report
from salonbot.report.validate import load_page
from salonbot.report.yamlio import PendingFolders, write_atomic
from salonbot.sync.reads import read_store
from salonbot.sync.state import Base, State
from salonbot.wiki.page import sha1_of

PAGES_DIR = Path(".salonbot") / "pages"


_IN_PLACE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) \
    | getattr(os, "O_CLOEXEC", 0)


def _write_copy(path: Path, text: str) -> None:
    """Write a base copy in place, or atomically where it is a link (see PageStore.write)."""
    if not _write_in_place(path, text.encode("utf-8")):
        write_atomic(path, text, durable=False)


def _write_in_place(path: Path, data: bytes) -> bool:
    """Write `data` to the file `path` in place (made under the umask if missing, its folder
    too); False, with nothing written, where `path` is a symbolic link or a file with more than
    one name (writing through it would change another file). Never leaves an execute, set-id
    or sticky bit (yamlio.file_mode)."""
    try:
        found = os.lstat(path)
        if stat.S_ISLNK(found.st_mode) or found.st_nlink > 1:
            return False
    except FileNotFoundError:
        pass
    except OSError:
        return False
    try:
        handle = os.open(path, _IN_PLACE, 0o666)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, _IN_PLACE, 0o666)
    except OSError:  # a link made meanwhile (O_NOFOLLOW), a folder in its place...
        return False
    try:
        mode = os.fstat(handle).st_mode
        if mode & 0o7111:
            os.fchmod(handle, mode & 0o666)
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view):]
    finally:
        os.close(handle)
    return True


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
        path = self.path(base.file)
        if self.pending is not None and path in self.pending.files:
            self.pending.settle()  # written in the background: in place first
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        if sha1_of(text) != base.sha1:
            return None
        read_store(self.directory).base_copy(path, text)
        return text

    def write(self, file: str, text: str) -> Path:
        """Keep `text` as the base copy of `file`; the path written. The copy is written in
        place, neither synced to the disk nor through a temporary file: a crash or a power cut
        can leave it empty, cut short or missing, which costs nothing, since a copy is trusted
        only while its sha1 is its revision's and is fetched again otherwise (`missing`). (A
        temporary file and its rename were half the time of writing a pulled page's files.)
        A copy that is a link (a symbolic link, or a file with another name) is replaced
        atomically instead, never written through."""
        path = self.path(file)
        read_store(self.directory).base_copy(path, text)
        if self.pending is None:
            _write_copy(path, text)
        else:
            if path in self.pending.files:  # the newest text is the one that stays
                self.pending.settle()
            # by a thread of the pool, while the run goes on (yamlio.PendingFolders)
            self.pending.write_in_background(path, partial(_write_copy, path, text))
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
    return load_page(path, base if base is not None else offline_base(path))
