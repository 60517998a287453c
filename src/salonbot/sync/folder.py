"""The reports folder as one run of push, pull or sync sees it: its recorded base revisions
(state.py), its load cache (local.py), and the report files salonbot writes from wiki pages.

A report file is written from a page only if it renders back to exactly the page's text, so no
page is ever reformatted by a later push.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from salonbot.errors import FileChanged
from salonbot.report.areas import carry_areas
from salonbot.report.parse import parse_page
from salonbot.report.render import render_report
from salonbot.report.yamlio import dump_report, write_atomic
from salonbot.sync.local import FileCache, Local, bytes_sha1
from salonbot.sync.plan import Outcome
from salonbot.sync.state import STATE_FILE, Base, State
from salonbot.wiki.page import WikiPage, saved_text, sha1_of


def lossless_yaml(text: str, title: str, template: str) -> str | None:
    """The report file of a page text, or None if it would not render back to exactly that
    text, trailing white space aside (nothing is written then: no page is ever reformatted)."""
    report = parse_page(text, title, template)
    return dump_report(report) if render_report(report) == saved_text(text) else None


class ReportFolder:
    """A reports folder with the bases recorded for one wiki (`state`) and its load cache
    (`files`); `template` is the report template of pulled pages."""

    def __init__(self, directory: Path, site_key: str, template: str):
        self.directory = directory
        self.state = State.load(directory, site_key)
        self.files = FileCache.load(directory)
        self.template = template
        self.written: list[Path] = []  # the files written, in order (for `sync --commit`)
        self._read: dict[str, str] = {}  # file name -> sha1 of its bytes when the run read it

    def note_read(self, files: Iterable[Local]) -> None:
        """Remember the bytes of the report files this run read: a file is replaced only while
        it still holds them (see check_unchanged)."""
        for local in files:
            if local.raw_sha1 is not None:
                self._read[local.path.name] = local.raw_sha1

    def check_unchanged(self, name: str) -> None:
        """Raise FileChanged unless the file `name` still holds what this run read, or (a new
        file) does not exist: a file edited, created or replaced by someone while the run
        went on is left alone, and the next run sees the edit."""
        path = self.directory / name
        try:
            current: str | None = bytes_sha1(path.read_bytes())
        except FileNotFoundError:
            current = None
        except OSError as error:
            raise FileChanged(path, f"cannot be read ({error.strerror}); left alone") from None
        expected = self._read.get(name)
        if current is None or current == expected:
            return
        if expected is None:
            raise FileChanged(path, "appeared while salonbot ran; left alone (run again)")
        raise FileChanged(path, "changed while salonbot ran; left alone, so nothing of that "
                                "edit is lost (run again)")

    def write_report(self, file: str, yaml_text: str, title: str, page_text: str) -> None:
        """Write the report file `file` that salonbot made for the page text `page_text`,
        keeping the `area:` keys of the file it replaces (they are not on the page). Raises
        FileChanged (nothing written) if the file changed since the run read it."""
        self.check_unchanged(file)
        # A new file, or one salonbot cannot read, has nothing to carry.
        with suppress(OSError, UnicodeDecodeError):
            yaml_text = carry_areas((self.directory / file).read_text(encoding="utf-8"),
                                    yaml_text)
        self.files.write_report(self.directory / file, yaml_text, title, sha1_of(page_text))
        self._read[file] = bytes_sha1(yaml_text.encode("utf-8"))
        self.written.append(self.directory / file)

    def write_conflict(self, name: str, text: str) -> None:
        """Write the conflict file `name` (atomically); FileChanged if one appeared meanwhile
        (a run writes a conflict file only where there was none)."""
        self.check_unchanged(name)
        write_atomic(self.directory / name, text)
        self.written.append(self.directory / name)

    def write_pulled(self, title: str, file: str, page: WikiPage | None) -> Outcome:
        """Write the page (read with its text) into the report file `file` and record its
        revision as the base: `pulled`, or `failed` if the page vanished or its text cannot be
        kept exactly."""
        if page is None or not page.exists or page.text is None:
            return Outcome(title, file, "failed", "the page vanished while pulling")
        yaml_text = lossless_yaml(page.text, title, self.template)
        if yaml_text is None or not page.holds(page.text):
            return Outcome(title, file, "failed",
                           "salonbot cannot keep this page's text exactly; nothing written "
                           "(please report this page)")
        try:
            self.write_report(file, yaml_text, title, saved_text(page.text))
        except FileChanged as error:
            return Outcome(title, file, "failed", str(error))
        self.state.record(title, Base.of(page, file, saved_text(page.text)))
        return Outcome(title, file, "pulled", revid=page.revid)

    def close(self, *, dry_run: bool) -> None:
        """Write the bases recorded and (unless a dry run) the load cache."""
        self.state.flush()
        if self.state.saved:
            self.written.append(self.directory / STATE_FILE)
        if not dry_run:
            self.files.save()
