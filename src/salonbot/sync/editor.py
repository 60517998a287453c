"""The one way salonbot saves a page, for push, sync and the index page alike.

Modelled on pywikibot's `BaseBot.userPut` (pywikibot/bot.py): skip a page whose text would not
change, show the diff, ask for confirmation, save, and classify what happened; errors a person
must look at are reported and the run goes on (pywikibot's `ignore_save_related_errors`), unless
the caller wants them raised. The save itself carries MediaWiki's guards (see Wiki.save).
Afterwards `verify` reads back what the wiki stored, since MediaWiki may merge an edit made
meanwhile into ours without saying so, and records a base only for exact matches.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from salonbot.console import confirm, unified_diff, use_colour
from salonbot.errors import Halted, Refused, WikiError
from salonbot.sync.plan import Outcome, Result
from salonbot.sync.state import Base
from salonbot.sync.syncplan import stop_page_halts
from salonbot.wiki.page import WikiPage

if TYPE_CHECKING:
    from salonbot.wiki.site import Wiki

# MediaWiki's codes for a page an administrator protected: skipped, not a failure of the run
PROTECTION = frozenset({"protectedpage", "cascadeprotected", "protectedtitle"})
NOBOTS = "the page asks bots not to edit it ({{nobots}}/{{bots}})"


@dataclass(frozen=True)
class Edit:
    """One page to save: the new text, the wiki's latest revision as planned (`base`; None or
    not existing: the page is created), and the page as read with its text (`current`; None
    when it was not read: no diff, no {{bots}} check, as when the sweep saw no such template)."""

    title: str
    file: str
    text: str
    summary: str
    base: WikiPage | None = None
    current: WikiPage | None = None

    @property
    def create(self) -> bool:
        return self.base is None or not self.base.exists

    @property
    def old_text(self) -> str | None:
        """The wiki's text the edit replaces ('' for a new page), or None if it was not read."""
        if self.create:
            return ""
        return self.current.text if self.current is not None and self.current.exists else None


def read_before_editing(wiki: Wiki, titles: list[str], stop_page: str) -> dict[str, WikiPage]:
    """The latest revision of `titles` with its text, read in one batch together with the stop
    page (`stop_page`; empty: none); raises Halted if the stop page exists and holds anything
    but `run`, so that a command that writes halts before its first edit."""
    wanted = titles + [stop_page] if stop_page else titles
    pages = wiki.contents(wanted) if wanted else {}
    stop = pages.get(stop_page) if stop_page else None
    text = stop.text if stop is not None and stop.exists else None
    if stop_page_halts(text):
        raise Halted(stop_page, (text or "").strip())
    return pages


class Editor:
    """Saves edits one at a time (see the module's docstring) and remembers what was saved.

    `show_diff` prints each diff to `out` before saving; `ask` asks before each save; `dry_run`
    stops after the diff; `keep_going` turns refusals and failures into outcomes instead of
    raising Refused or WikiError.

    The stop page (`stop_page`; empty: none), read by the caller just before the editor was
    made, is read again before a save once `stop_page_interval` seconds have passed since the
    last read; once it says stop, `halted` holds its text and no further edit is made (each is
    `deferred`).
    """

    def __init__(self, wiki: Wiki, *, out: TextIO = sys.stdout, dry_run: bool, ask: bool,
                 show_diff: bool, keep_going: bool = True,
                 ask_user: Callable[[str], bool] = confirm, stop_page: str = "",
                 stop_page_interval: float = 60):
        self.wiki = wiki
        self.stop_page, self.stop_page_interval = stop_page, stop_page_interval
        self.stop_page_read = time.monotonic()
        self.halted = ""
        self.out = out
        self.dry_run, self.ask, self.show_diff, self.keep_going = dry_run, ask, show_diff, keep_going
        self.ask_user = ask_user
        self.colour = use_colour(out)
        self.saved: list[tuple[Edit, Outcome]] = []

    def put(self, edit: Edit) -> Outcome:
        """Skip, show, confirm, save and classify one edit: `created`, `updated`, `unchanged`
        (identical text; no edit), `dry run`, `refused` (not confirmed, {{nobots}}, a conflict,
        protection, ...) or `failed`."""
        old = edit.old_text
        if not edit.create and old == edit.text:
            return Outcome(edit.title, edit.file, Result.UNCHANGED)
        if not edit.create and edit.current is not None and not edit.current.bots_allowed:
            return self._refused(edit, Refused(NOBOTS, edit.title))
        if self.show_diff:
            self.out.write(unified_diff(old or "", edit.text, edit.title, self.colour) or
                           f"(no difference in text for {edit.title})\n")
        if self.dry_run:
            return Outcome(edit.title, edit.file, Result.DRY_RUN)
        if self.ask and not self.ask_user(f"Save {edit.title}?"):
            return Outcome(edit.title, edit.file, Result.REFUSED, "not confirmed")
        if self._stopped():
            return Outcome(edit.title, edit.file, Result.DEFERRED, "halted by the stop page "
                                                                f"{self.stop_page}; the next run "
                                                                "makes this edit")
        try:
            outcome = self._save(edit)
        except Refused as error:
            return self._refused(edit, error)
        except WikiError as error:
            if not self.keep_going:
                raise
            return Outcome(edit.title, edit.file, Result.FAILED, str(error))
        self.saved.append((edit, outcome))
        return outcome

    def _stopped(self) -> bool:
        """Whether the stop page says stop: read again if `stop_page_interval` seconds have
        passed since it was last read (a failed read is retried by the next save)."""
        if self.halted or not self.stop_page:
            return bool(self.halted)
        if time.monotonic() - self.stop_page_read < self.stop_page_interval:
            return False
        page = self.wiki.contents([self.stop_page]).get(self.stop_page)
        self.stop_page_read = time.monotonic()
        text = page.text if page is not None and page.exists else None
        if stop_page_halts(text):
            self.halted = (text or "").strip()
        return bool(self.halted)

    def _refused(self, edit: Edit, error: Refused) -> Outcome:
        if not self.keep_going:
            raise error
        if error.code in PROTECTION:
            # a routine wiki event, not the bot's fault: said, and no failure exit
            return Outcome(edit.title, edit.file, Result.SKIPPED,
                           f"protected on the wiki ({error.code}); not edited. An administrator "
                           "can lift the protection, or give the bot account the right to edit")
        return Outcome(edit.title, edit.file, Result.REFUSED,
                       str(error) if error.code else NOBOTS)

    def _save(self, edit: Edit) -> Outcome:
        try:
            result = self.wiki.save(edit.title, edit.text, edit.summary, create=edit.create,
                                    base=edit.base)
        except Refused as error:
            if edit.create and error.code == "articleexists" and self._holds(edit):
                # Our own create: saved, its answer lost, and pywikibot's retry met our page.
                return Outcome(edit.title, edit.file, Result.CREATED)
            raise
        if result.nochange:
            return Outcome(edit.title, edit.file, Result.UNCHANGED)
        return Outcome(edit.title, edit.file, Result.CREATED if edit.create else Result.UPDATED,
                       revid=result.revid, summary=edit.summary)

    def _holds(self, edit: Edit) -> bool:
        """Whether the wiki's latest revision of the page is exactly the edit's text."""
        try:
            page = self.wiki.pages([edit.title]).get(edit.title)
        except WikiError:
            return False
        return page is not None and page.holds(edit.text)

    def forget(self, title: str) -> None:
        """Record no base for the saved edit of `title` (its report file did not take the text)."""
        self.saved = [(edit, outcome) for edit, outcome in self.saved if edit.title != title]

    def verify(self, record: Callable[[str, Base, str], None]) -> None:
        """Read back the pages saved (one batched read) and record their bases (`record(title,
        base, text)`) only where the wiki holds exactly the text sent; otherwise the outcome
        becomes `failed`."""
        if not self.saved:
            return
        stored = self.wiki.pages([edit.title for edit, _ in self.saved])
        for edit, outcome in self.saved:
            page = stored.get(edit.title)
            if page is not None and page.holds(edit.text):
                record(edit.title, Base.of(page, edit.file), edit.text)
            else:
                outcome.result = Result.FAILED
                outcome.message = ("saved, but the wiki now holds other text (an edit made "
                                   "meanwhile was merged in); run `salonbot sync`")
