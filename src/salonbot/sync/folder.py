"""The reports folder as one run of push, pull or sync sees it: its recorded base revisions
(state.py) and their base copies (pages.py), its load cache (local.py), and the report files
salonbot writes from wiki pages.

A report file is written from a page only if it loads back, written onto that page, as that
very page: no page is ever reformatted by a later push. What a person wrote in the file that
the page does not hold (comments, blank lines, `area:` keys, `figures:`) is kept (report/yamlmerge.py,
report/yamlio.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from salonbot.errors import FileChanged, ReportError, ReportErrors, SalonbotError
from salonbot.report.limits import check_wikitext
from salonbot.report.model import Report
from salonbot.report.parse import (
    MEDIAWIKI_TRAILING_WHITESPACE,
    keep_read,
    parse_page,
    read_page,
)
from salonbot.report.validate import load_page_text
from salonbot.report.yamlio import (
    MAX_FILE_BYTES,
    PendingFolders,
    carry_areas,
    carry_figures,
    dump_report,
    load_data,
    remove_leftovers,
    write_atomic,
)
from salonbot.report.yamlmerge import merge_file_text
from salonbot.sync.local import FileCache, Local, bytes_sha1
from salonbot.sync.pages import PageStore
from salonbot.sync.plan import Outcome, Result
from salonbot.sync.reads import read_store
from salonbot.sync.state import STATE_FILE, Base, State
from salonbot.wiki.page import WikiPage, saved_text, sha1_of

if TYPE_CHECKING:
    from salonbot.wiki.site import Wiki

_LEGACY = re.compile(r"^ *layout:", re.MULTILINE)  # a file an older salonbot wrote


def pull_refusal(text: str) -> str | None:
    """Why a page text must not become a report file (salonbot would refuse the file, or take
    too long to read the page; see report/limits.py), or None."""
    try:
        check_wikitext(text)
    except ReportError as error:
        return f"not pulled: line {error.line} of the page has {error.message}"
    return None


def lossless_yaml(text: str, title: str, template: str) -> str | None:
    """The report file of a page text, or None if it would not load back, written onto the
    page, as exactly that text, trailing white space aside (nothing is written then)."""
    return parsed_yaml(text, title, template)[1]


def parsed_yaml(text: str, title: str, template: str) -> tuple[Report, str | None]:
    """The report of a page text, and its report file as lossless_yaml gives it. The report is
    the one the parser keeps for the page's next read (report/memo.py), to read, not to change:
    copying it cost 0.7 ms of the 12 ms a pulled page took."""
    report = read_page(text, title, template)
    yaml_text = dump_report(report)
    try:
        loaded, page = load_page_text(yaml_text, title, text)
    except ReportErrors:
        return report, None
    if page == text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE) and loaded.title == report.title \
            and loaded.template == report.template:
        # Written onto the page, the file gives the page itself, which render_onto returns
        # only if it reads back as the report loaded; read with the same title and template,
        # the page is `report`: the two reports are not compared again (0.16 ms a page).
        return report, yaml_text
    return report, yaml_text if loaded.same_content(report) else None


class ReportFolder:
    """A reports folder with the bases recorded for one wiki (`state`), their copies (`pages`)
    and its load cache (`files`); `template` is the report template of pulled pages.
    `background_writes`: the report files of pulled pages are synced to the disk and renamed
    into place by threads while the run goes on (see yamlio.PendingFolders); each is in place
    before the state file records it, and before the run reads it again."""

    def __init__(self, directory: Path, site_key: str, template: str,
                 background_writes: bool = False):
        self.directory = directory
        self.background_writes = background_writes
        #: The folders of the files this run wrote, synced once before the state file is
        #: written and at the end of the run (see yamlio.PendingFolders).
        self.pending = PendingFolders()
        self.state = State.load(directory, site_key)
        self.state.pending = self.pending
        self.pages = PageStore(directory, site_key, self.pending)
        self.files = FileCache.load(directory)
        self.template = template
        self.notes: list[str] = []  # about the files rewritten (comments moved, old format)
        self.written: list[Path] = []  # the files written, in order (for `sync --commit`)
        self._read: dict[str, str] = {}  # file name -> sha1 of its bytes when the run read it
        #: The pages write_pulled read, parsed once: (report file, report), in order; the
        #: reports are shared with the parser's cache (see parsed_yaml), to read only.
        self.pulled: list[tuple[str, Report]] = []

    def remove_leftovers(self) -> None:
        """Remove the temporary files a killed run left in the folder and in its base copies'
        folder (see yamlio.remove_leftovers)."""
        for folder in (self.directory, self.pages.folder):
            if folder.is_dir():
                remove_leftovers(folder)

    def base_text(self, file: str) -> str | None:
        """The text of the revision the report file `file` was last synced with, if its copy
        is kept (see recover)."""
        base = self.state.base_of_file(file)
        return self.pages.text(base) if base is not None else None

    def recover(self, wiki: Wiki) -> None:
        """Fetch again from the wiki, by revision id and in one batch, the base copies that are
        missing or do not match their revision (a fresh clone, an upgrade from a version that
        kept none); a revision the wiki no longer gives leaves its file without a base copy."""
        missing = self.pages.missing(self.state.bases)
        if not missing:
            return
        texts = wiki.revision_texts(base.revid for base in missing)
        for base in missing:
            text = texts.get(base.revid)
            if text is not None and sha1_of(text) == base.sha1:
                self.written.append(self.pages.write(base.file, text))

    def record(self, title: str, base: Base, text: str) -> None:
        """Record `base` (the revision whose text is `text`) as the base of `title`, and keep
        its copy."""
        self.written.append(self.pages.write(base.file, text))
        keep_read(text, title, self.template)  # (a pulled or pushed page is read already)
        self.state.record(title, base)

    def record_if_new(self, title: str, file: str, page: WikiPage | None,
                      text: Callable[[], str]) -> None:
        """Record the wiki's revision `page` (known to hold the file's page text, which `text()`
        gives) as the base of `title`, unless it is recorded already with its copy."""
        if page is None or not page.exists:
            return
        base = self.state.get(title)
        if base is None or base.revid != page.revid or base.file != file \
                or self.pages.text(base) is None:
            self.record(title, Base.of(page, file), text())

    def current(self, title: str, file: str, wiki: WikiPage | None,
                read: dict[str, WikiPage]) -> WikiPage | None:
        """The page an edit replaces, with its text: as read, or the base copy where the wiki's
        latest revision is the base (an update's page is); None if neither is at hand."""
        if title in read:
            return read[title]
        text = self.base_text(file)
        if wiki is None or text is None or not wiki.holds(text):
            return None
        return replace(wiki, text=text)

    def convert_legacy(self, title: str, local: Local) -> None:
        """Write a report file an older salonbot wrote (`layout:` keys) in the current form,
        once its page is its base (the file holds it): what it says stays, its notes too."""
        if not local.legacy:
            return
        try:
            page = local.text()
        except SalonbotError:
            return  # changed meanwhile: the next run
        yaml_text = lossless_yaml(page, title, self.template)
        if yaml_text is not None:
            with suppress(FileChanged):
                self.write_report(local.path.name, yaml_text, title, page,
                                  self.base_text(local.path.name))

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
        if path in self.pending.files:  # written in the background: in place first
            self.pending.settle()
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

    def write_report(self, file: str, yaml_text: str, title: str, page_text: str | None,
                     base: str | None, in_background: bool = False) -> None:
        """Write the report file `file` that salonbot made for the page text `page_text`
        (written onto the page text `base`, the file's new base copy; None: not known, the
        next run loads the file to know it), keeping what a person
        wrote in the file it replaces that the page does not hold: comments, blank lines,
        `area:` keys and the `figures:` block. Raises FileChanged (nothing written) if the file
        changed since the run read it. `in_background`: see yamlio.write_atomic."""
        self.check_unchanged(file)
        old_base = self.base_text(file)
        # A new file, or one salonbot cannot read, has nothing to keep.
        with suppress(OSError, UnicodeDecodeError):
            old = (self.directory / file).read_text(encoding="utf-8")
            if old != yaml_text:
                was = dump_report(parse_page(old_base, title, self.template)) \
                    if old_base is not None else ""
                merged = merge_file_text(old, was, yaml_text)
                yaml_text = carry_figures(old, carry_areas(old, merged.text))
                for comment in merged.moved:
                    self.notes.append(f"{self.directory / file}: the wiki's change replaced "
                                      f"the lines under your comment {comment!r}; it is kept "
                                      "above them")
                if _LEGACY.search(old):
                    self.notes.append(f"{self.directory / file}: converted to the new file "
                                      "format (the page keeps its own form; no more `layout:`)")
        write_atomic(self.directory / file, yaml_text, pending=self.pending,
                     in_background=in_background)
        raw_sha1 = bytes_sha1(yaml_text.encode("utf-8"))
        if page_text is not None:
            self.files.remember(self.directory / file, raw_sha1, title, sha1_of(page_text), base)
        self._read[file] = raw_sha1
        self.written.append(self.directory / file)

    def retitle(self, file: str, title: str) -> None:
        """Change the `title:` line of the report file `file` to `title` and nothing else (its
        comments, blank lines and content stay byte for byte). Raises FileChanged if the file
        changed since the run read it, ReportError if it has no one-line `title:`."""
        self.check_unchanged(file)
        path = self.directory / file
        text = path.read_text(encoding="utf-8")
        _, lines = load_data(text, str(path))
        number = lines.get(("title",))
        old = text.splitlines(keepends=True)
        if number is None or not old[number - 1].startswith("title:") or (
                number < len(old) and old[number].startswith((" ", "\t"))):
            raise ReportError("the page was moved on the wiki, but this file has no one-line "
                              f"`title:` to change; write `title: {title}`", str(path),
                              number or 1)
        ending = old[number - 1][len(old[number - 1].rstrip("\r\n")):]
        old[number - 1] = yaml.safe_dump({"title": title}, allow_unicode=True, width=10**6,
                                         default_flow_style=False).rstrip("\n") + ending
        new_text = "".join(old)
        write_atomic(path, new_text, pending=self.pending)
        self._read[file] = bytes_sha1(new_text.encode("utf-8"))
        self.written.append(path)

    def write_conflict(self, name: str, text: str) -> None:
        """Write the conflict file `name` (atomically); FileChanged if one appeared meanwhile
        (a run writes a conflict file only where there was none)."""
        self.check_unchanged(name)
        write_atomic(self.directory / name, text, pending=self.pending)
        self.written.append(self.directory / name)

    def write_pulled(self, title: str, file: str, page: WikiPage | None) -> Outcome:
        """Write the page (read with its text) into the report file `file` and record its
        revision as the base: `pulled`; `skipped` (one line, no failure exit: anyone can write
        such a page, and a scheduled run must not fail on it every time) if salonbot would not
        read the page or the file it makes; `failed` if the page vanished or its text cannot be
        kept exactly."""
        if page is None or not page.exists or page.text is None:
            return Outcome(title, file, Result.FAILED, "the page vanished while pulling")
        refusal = pull_refusal(page.text)
        if refusal is not None:
            return Outcome(title, file, Result.SKIPPED, refusal)
        report, yaml_text = parsed_yaml(page.text, title, self.template)
        if yaml_text is not None and len(yaml_text.encode("utf-8")) > MAX_FILE_BYTES:
            return Outcome(title, file, Result.SKIPPED,
                           f"not pulled: its report file would be larger than {MAX_FILE_BYTES} "
                           "bytes, more than salonbot reads; shorten the page")
        self.pulled.append((file, report))
        if yaml_text is None or not page.holds(page.text):
            return Outcome(title, file, Result.FAILED,
                           "salonbot cannot keep this page's text exactly; nothing written "
                           "(please report this page)")
        try:
            self.write_report(file, yaml_text, title, saved_text(page.text), page.text,
                              in_background=self.background_writes)
        except FileChanged as error:
            return Outcome(title, file, Result.FAILED, str(error))
        self.record(title, Base.of(page, file, saved_text(page.text)), page.text)
        return Outcome(title, file, Result.PULLED, revid=page.revid)

    def close(self, *, dry_run: bool) -> None:
        """Sync the folders of the files written, write the bases recorded and (unless a dry
        run) the load cache."""
        self.pending.sync()
        self.state.flush()
        if self.state.saved:
            self.written.append(self.directory / STATE_FILE)
        if not dry_run:
            self.files.save()
        read_store(self.directory).flush()  # (the reads of the base copies written)
        self.pending.close()
