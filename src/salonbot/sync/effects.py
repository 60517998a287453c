"""The one effect loop of `salonbot push` and `salonbot sync`: a Plan's actions applied, one
report at a time, so that one report's refusal or conflict never stops the others.

Both commands plan first (sync/run.py for sync, sync/publish.py for push: a push is a sync plan
whose actions only go from the files to the wiki), then read what the edits need in one batch
with the stop page (`read_for_edits`), then `apply_plan` walks the items: each edit is made
through the Editor (which reads the stop page again once `stop_page_interval` has passed),
files are written, each outcome is handed to `on_outcome` (the action log) as soon as it is
known, and the pages saved are read back once to record their bases. The result is a SyncRun
of outcomes (sync.plan.Result); the commands print it.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from salonbot.config import Settings
from salonbot.console import Progress
from salonbot.errors import ExitCode, FileChanged, ReportError, SalonbotError
from salonbot.sync.editor import Edit, Editor
from salonbot.sync.folder import ReportFolder, lossless_yaml, pull_refusal
from salonbot.sync.local import Local, free_file_name
from salonbot.sync.plan import Outcome, Result
from salonbot.sync.state import Base
from salonbot.sync.summary import Summaries
from salonbot.sync.syncplan import (
    EDITS,
    ReportState,
    SyncAction,
    SyncItem,
    conflict_file_name,
    exit_code,
    limit_edits,
    stop_page_halts,
)
from salonbot.wiki.page import WikiPage

if TYPE_CHECKING:
    from salonbot.wiki.site import Wiki

#: Every result of a sync, in the order its summary counts them.
RESULTS = (Result.UNCHANGED, Result.CREATED, Result.PUSHED, Result.PULLED, Result.MERGED,
           Result.MOVED, Result.GONE, Result.SKIPPED, Result.CONFLICT, Result.MISSING,
           Result.DEFERRED, Result.REFUSED, Result.FAILED)
#: What an edit that saved the page is called: sync says pushed, push says updated.
SYNC_DONE = {SyncAction.CREATE: Result.CREATED, SyncAction.PUSH: Result.PUSHED,
             SyncAction.MERGE: Result.MERGED, SyncAction.PULL: Result.PULLED}
PUSH_DONE = {**SYNC_DONE, SyncAction.PUSH: Result.UPDATED}


@dataclass
class Plan:
    """Every report's state and action, with what was read to decide them: the reports folder,
    its report files (by file name), the text of the edit summaries (empty: say what each edit
    did) and what a saved edit's result is called."""

    items: list[SyncItem]
    folder: ReportFolder
    locals: dict[str, Local]  # by file name
    summary: str = ""
    done: dict[SyncAction, Result] = field(default_factory=lambda: dict(SYNC_DONE))

    def with_local_text(self, item: SyncItem) -> SyncItem:
        """`item` with its report's page text loaded (to push or merge), or reported if the
        file changed while this run read it."""
        try:
            return replace(item, local_text=self.locals[item.file].text())
        except SalonbotError as error:
            return replace(item, state=ReportState.INVALID, action=SyncAction.REPORT,
                           message=str(error))


@dataclass
class SyncRun:
    """What one sync (or push) did: each report with its outcome, or the stop page's text if
    it halted; `written`: the files it wrote (report files, conflict files, the state file; not
    the load cache or the log), in the order written, for `sync --commit`; `notes`: about the
    report files it rewrote (comments moved, old format); `commit`: the git commit made of
    them, if any."""

    results: list[tuple[SyncItem, Outcome]] = field(default_factory=list)
    halted: str = ""
    dry_run: bool = False
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    commit: str | None = None

    def exit_code(self) -> ExitCode:
        """HALTED if the stop page halted the run, else what the outcomes sum up to."""
        return ExitCode.HALTED if self.halted else exit_code(o.result for _, o in self.results)

    def to_json(self) -> dict[str, Any]:
        """The run as `salonbot sync --json` prints it."""
        counts = {name: sum(o.result == name for _, o in self.results) for name in RESULTS}
        reports = [{
            "title": outcome.title or item.title, "file": item.file, "state": item.state.value,
            "action": item.action.value, "result": outcome.result, "message": outcome.message,
            "base_revid": item.base.revid if item.base else None,
            "wiki_revid": item.wiki.revid if item.wiki and item.wiki.exists else None,
            "new_revid": outcome.revid,
            "conflict_file": conflict_file_name(item.file) if outcome.result == Result.CONFLICT else None,
        } for item, outcome in self.results]
        return {"exit_code": self.exit_code(), "dry_run": self.dry_run,
                "halted": bool(self.halted), "stop_page_text": self.halted or None,
                "counts": counts, "reports": reports, "commit": self.commit}



class _Effects:
    """Applies the planned actions, one report at a time."""

    def __init__(self, wiki: Wiki, settings: Settings, plan: Plan, *, yes: bool, dry_run: bool,
                 diffs: TextIO):
        self.settings, self.folder, self.dry_run = settings, plan.folder, dry_run
        self.locals, self.done = plan.locals, plan.done
        self.summaries = Summaries(settings.summary_link, plan.summary, settings.template)
        self.editor = Editor(wiki, out=diffs, dry_run=dry_run, ask=not yes,
                             show_diff=dry_run or not yes, stop_page=settings.stop_page,
                             stop_page_interval=settings.stop_page_interval)
        self.taken = {item.file for item in plan.items if item.file}

    def apply(self, item: SyncItem, current: WikiPage | None, deferred: bool) -> Outcome:
        """Do the item's action; `current` is its page as read with its text (if it was)."""
        title, file, action = item.title, item.file, item.action
        if action is SyncAction.NOTHING:
            if not self.dry_run and item.state is ReportState.IN_SYNC:
                self.folder.record_if_new(title, file, item.wiki, self.locals[file].text)
                self.folder.convert_legacy(title, self.locals[file])
            routine = {ReportState.GONE: Result.GONE, ReportState.SKIPPED: Result.SKIPPED}
            return Outcome(title, file, routine.get(item.state, Result.UNCHANGED), item.message)
        if action is SyncAction.WAIT:
            return Outcome(title, file, Result.CONFLICT, self._with_path(item.message, file))
        if action is SyncAction.REPORT:
            if item.state is ReportState.MISSING and item.base is not None and not self.dry_run:
                # said once: later runs leave it alone (GONE) until `sync --recreate`
                self.folder.state.record(title, replace(item.base, gone=utc_now()))
            result = {ReportState.MISSING: Result.MISSING, ReportState.INVALID: Result.REFUSED}
            return Outcome(title, file, result.get(item.state, Result.FAILED), item.message)
        if action is SyncAction.MOVE:
            return self._move(item)
        if action is SyncAction.PULL:
            return self._pull(item)
        if action is SyncAction.CONFLICT:
            return self._conflict(item)
        if deferred:
            return Outcome(title, file, Result.DEFERRED, "over the edit limit (--max-edits); the next "
                                                    "run makes this edit")
        return self._edit(item, current)

    def _move(self, item: SyncItem) -> Outcome:
        """The file follows its page to the title it was moved to (`item.message`): its
        `title:` changes, and its base (the same revision: a move keeps the history) is
        recorded under the new title."""
        target = item.message
        message = f"moved on the wiki from {item.title}; the file follows it"
        if self.dry_run:
            return Outcome(target, item.file, Result.MOVED, message + " (dry run: nothing written)")
        try:
            self.folder.retitle(item.file, target)
        except (FileChanged, ReportError) as error:
            return Outcome(item.title, item.file, Result.FAILED, str(error))
        assert item.base is not None
        del self.folder.state.bases[item.title]
        self.folder.state.record(target, item.base)
        return Outcome(target, item.file, Result.MOVED, message)

    def _with_path(self, message: str, file: str) -> str:
        name = conflict_file_name(file)
        return message.replace(name, str(self.folder.directory / name))

    def _pull(self, item: SyncItem) -> Outcome:
        file = item.file or free_file_name(self.folder.directory, item.title,
                                           self.settings.allowed_prefix, self.taken)
        if self.dry_run:
            return Outcome(item.title, file, Result.PULLED, "dry run: nothing written")
        return self.folder.write_pulled(item.title, file, item.wiki)

    def _edit(self, item: SyncItem, current: WikiPage | None) -> Outcome:
        title, file, action = item.title, item.file, item.action
        text = item.new_text if item.new_text is not None else item.local_text or ""
        old_text = text_of(current)
        if action is SyncAction.MERGE:
            refusal = pull_refusal(text)
            if refusal is not None:
                return Outcome(title, file, Result.FAILED, refusal.replace("pulled", "merged"))
        summary = (self.summaries.create() if action is SyncAction.CREATE
                   else self.summaries.update(old_text, text))
        yaml_text = None
        if action is SyncAction.MERGE:
            yaml_text = lossless_yaml(text, title, self.settings.template)
            if yaml_text is None:
                return Outcome(title, file, Result.FAILED, "salonbot cannot keep the merged text "
                                                      "exactly; nothing written (please report "
                                                      "this page)")
            if item.wiki is not None:
                summary = self.summaries.merge(old_text, text, item.wiki.revid)
            try:  # the merge holds the file as read: an edit made since would be undone
                self.folder.check_unchanged(file)
            except FileChanged as error:
                return Outcome(title, file, Result.FAILED, str(error))
        outcome = self.editor.put(Edit(title, file, text, summary, item.wiki, current))
        if outcome.result is Result.DRY_RUN:
            return Outcome(title, file, self.done[action], "dry run: nothing written")
        if outcome.result in (Result.CREATED, Result.UPDATED, Result.UNCHANGED) and yaml_text is not None:
            try:
                self.folder.write_report(file, yaml_text, title, text, text)
            except FileChanged as error:
                # The file no longer descends from the merge: keep its old base, so that the
                # next run merges the new edit with the page instead of undoing the wiki's part.
                self.editor.forget(title)
                return Outcome(title, file, Result.FAILED, f"{error}; the wiki has the merge, the "
                                                      "file keeps your edit")
        if outcome.result == Result.UPDATED:
            outcome.result = self.done[action]
        return outcome

    def _conflict(self, item: SyncItem) -> Outcome:
        """Write the conflict file; put the changes that did not conflict into the report file
        (it keeps its own lines where they conflict) and take the wiki's revision as the base,
        so that once a person has fixed the file, the next sync pushes it."""
        assert item.merged is not None and item.wiki is not None
        outcome = Outcome(item.title, item.file, Result.CONFLICT, self._with_path(item.message, item.file))
        if self.dry_run:
            outcome.message += " (dry run: nothing written)"
            return outcome
        try:
            self.folder.check_unchanged(item.file)
            self.folder.write_conflict(conflict_file_name(item.file),
                                       _conflict_header(item) + item.merged.marked + "\n")
        except FileChanged as error:
            return Outcome(item.title, item.file, Result.FAILED, str(error))
        refusal = pull_refusal(item.merged.text)
        yaml_text = lossless_yaml(item.merged.text, item.title, self.settings.template) \
            if refusal is None else None
        if yaml_text is None:
            outcome.message += "; the file was not changed (salonbot cannot keep the merge exactly)"
            return outcome
        if item.merged.text != item.local_text:
            try:
                # (what the file gives on the new base is not the merged text: not cached)
                self.folder.write_report(item.file, yaml_text, item.title, None, item.wiki.text)
            except FileChanged as error:
                outcome.message += f"; {error}"
                return outcome
        self.folder.record(item.title, Base.of(item.wiki, item.file), item.wiki.text or "")
        return outcome


def _conflict_header(item: SyncItem) -> str:
    """The explanation at the top of a conflict file."""
    assert item.wiki is not None
    if item.base is not None:
        how = (f"base: revision {item.base.revid}; local: {item.file}; wiki: revision "
               f"{item.wiki.revid}\n{item.file} now holds every change that did not conflict, "
               "and your lines where\nthey conflict. Below is the whole page; each conflict "
               "stands between <<<<<<< (your\nlines), ||||||| (the base), ======= (the wiki's "
               "lines) and >>>>>>>.\n")
    else:
        how = (f"base: none (never synced); local: {item.file}; wiki: revision "
               f"{item.wiki.revid}\n{item.file} was never synced with the page, so nobody can "
               "tell which side changed\na line: every line the two differ in is a conflict. "
               "Below is the whole page; the\nlines both have are as they are, each difference "
               "stands between <<<<<<< (your\nlines), ======= (the wiki's lines) and >>>>>>>.\n")
    return (
        f"salonbot sync: conflicting changes to {item.title}\n" + how +
        f"To resolve: edit {item.file} so that it says what the page should say, delete this\n"
        "file, run `salonbot sync` again. (Deleting this file without editing keeps your "
        "lines.)\n" + "-" * 79 + "\n")


def utc_now() -> str:
    """Now, as the wiki writes timestamps (`2019-03-02T10:00:00Z`)."""
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")



def read_for_edits(wiki: Wiki, plan: Plan,
                   stop_page: str) -> tuple[dict[str, WikiPage], str]:
    """The pages the plan's actions need, with their text, and the stop page's text if it
    halts the run (else "").

    One read gives the text to pull or merge, of the pages to push that {{bots}} or the like
    may protect (the sweep lists them), and of the stop page (`stop_page`; empty: none; read
    even with nothing to do, so that a halted bot says so). The text a push replaces is its
    base copy: no read of the other pages to push."""
    titles = [item.title for item in plan.items
              if item.action in (SyncAction.PULL, SyncAction.MERGE)
              or (item.action is SyncAction.PUSH and item.wiki is not None
                  and item.wiki.bots_templates)]
    wanted = titles + [stop_page] if stop_page else titles
    contents = wiki.contents(wanted) if wanted else {}
    stop_text = text_of(contents.get(stop_page)) if stop_page else None
    if stop_page_halts(stop_text):
        return contents, (stop_text or "").strip()
    for item in plan.items:
        if item.action is SyncAction.PUSH and item.title not in contents:
            current = plan.folder.current(item.title, item.file, item.wiki, contents)
            if current is not None:
                contents[item.title] = current
    return contents, ""


def apply_plan(wiki: Wiki, settings: Settings, plan: Plan, contents: dict[str, WikiPage], *,
               yes: bool, dry_run: bool, max_edits: int = 0, diffs: TextIO,
               on_outcome: Callable[[SyncItem, Outcome], object] | None = None) -> SyncRun:
    """Apply every item of `plan` in order (`contents`: the pages read by read_for_edits);
    edits over `max_edits` (0: no limit) are deferred. Each outcome is given to `on_outcome`
    as soon as it is known; diffs (and the questions of a run without `yes`) go to `diffs`."""
    now, later = limit_edits(plan.items, max_edits)
    deferred = {id(item) for item in later}
    effects = _Effects(wiki, settings, plan, yes=yes, dry_run=dry_run, diffs=diffs)
    progress = Progress(len(now))
    run = SyncRun(dry_run=dry_run)
    for item in plan.items:
        outcome = effects.apply(item, contents.get(item.title), id(item) in deferred)
        if item.action in EDITS and outcome.result is not Result.DEFERRED and not dry_run:
            progress.step(item.title, outcome.result)
        run.results.append((item, outcome))
        if on_outcome is not None:
            on_outcome(item, outcome)
    effects.editor.verify(plan.folder.record)
    plan.folder.close(dry_run=dry_run)
    run.written, run.notes = plan.folder.written, plan.folder.notes
    run.halted = effects.editor.halted
    return run


def text_of(page: WikiPage | None) -> str | None:
    """The text of a page that exists, else None."""
    return page.text if page is not None and page.exists else None
