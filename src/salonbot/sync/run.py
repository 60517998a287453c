"""`salonbot status`, `diff` and `sync`: compare report files with the pages under the prefix and
bring both sides together without losing what either side wrote.

A sync reads in batches: one metadata sweep of the prefix (revision ids and sha1, with the edit
token), then, only for pages to pull or merge, one read of their latest text (plus the stop page)
and one read of their base revisions' text; then the edits, then one read-back. The decisions are
the pure functions of syncplan.py; this module applies them, one report at a time, so that one
report's refusal or conflict never stops the others.
"""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from salonbot.config import Settings
from salonbot.console import Progress, summary_table, unified_diff, use_colour
from salonbot.errors import ExitCode, FileChanged, ReportError, SalonbotError
from salonbot.sync.editor import Edit, Editor
from salonbot.sync.folder import ReportFolder, lossless_yaml, pull_refusal
from salonbot.sync.local import Local, free_file_name, read_locals
from salonbot.sync.pages import offline_bases
from salonbot.sync.plan import Outcome, Result, report_refusal
from salonbot.sync.state import Base
from salonbot.sync.summary import Summaries
from salonbot.sync.syncplan import (
    EDITS,
    LocalFile,
    ReportState,
    SyncAction,
    SyncItem,
    conflict_file_name,
    exit_code,
    limit_edits,
    plan_sync,
    stop_page_halts,
    with_content,
)
from salonbot.wiki.page import WikiPage
from salonbot.wiki.titles import title_refusal

if TYPE_CHECKING:
    from salonbot.wiki.site import Wiki

RESULTS = (Result.UNCHANGED, Result.CREATED, Result.PUSHED, Result.PULLED, Result.MERGED,
           Result.MOVED, Result.GONE, Result.SKIPPED, Result.CONFLICT, Result.MISSING,
           Result.DEFERRED, Result.REFUSED, Result.FAILED)
_DONE = {SyncAction.CREATE: Result.CREATED, SyncAction.PUSH: Result.PUSHED, SyncAction.MERGE: Result.MERGED,
         SyncAction.PULL: Result.PULLED}


@dataclass
class Plan:
    """Every report's state and action, with what was read to decide them."""

    items: list[SyncItem]
    folder: ReportFolder
    locals: dict[str, Local]  # by file name

    def with_local_text(self, item: SyncItem) -> SyncItem:
        """`item` with its report's page text loaded (to push or merge), or reported if the
        file changed while this run read it."""
        try:
            return replace(item, local_text=self.locals[item.file].text())
        except SalonbotError as error:
            return replace(item, state=ReportState.INVALID, action=SyncAction.REPORT,
                           message=str(error))


def plan_directory(wiki: Wiki, settings: Settings, directory: Path,
                   recreate: bool = False) -> Plan:
    """Every report's state: the files and conflict files of `directory`, its recorded bases and
    one metadata sweep of the pages under the prefix. Report files are compared by sha1; their
    texts are not kept (Plan.with_local_text loads one again)."""
    folder = ReportFolder(directory, wiki.site_key, settings.template)
    folder.recover(wiki)
    found = read_locals(sorted(directory.glob("*.yaml")), folder.files, want=folder.state.changed,
                        bases=folder.base_text)
    folder.note_read(found)
    files = [LocalFile(local.path.name, local.title, local.sha1, local.problem) for local in found]
    conflicts = {path.name for path in directory.glob("*.conflict.wiki")}
    pages = wiki.pages_under(settings.allowed_prefix)
    items = plan_sync(files, folder.state.bases, pages, conflicts, settings.allowed_prefix,
                      recreate)
    return Plan(items, folder, {local.path.name: local for local in found})


def status(wiki: Wiki, settings: Settings, directory: Path, *, as_json: bool,
           out: TextIO = sys.stdout) -> list[SyncItem]:
    """Print each report's state (one metadata request, however many reports). As JSON: one
    object like sync's, `{"exit_code": 0, "counts": {state: n}, "reports": [{"title", "file",
    "state", "action", "message"}]}` (`action`: what sync would do)."""
    plan = plan_directory(wiki, settings, directory)
    plan.folder.files.save()
    items = plan.items
    if as_json:
        counts = {state.value: sum(i.state is state for i in items) for state in ReportState}
        reports = [{"title": i.title, "file": i.file, "state": i.state.value,
                    "action": i.action.value, "message": i.message} for i in items]
        out.write(json.dumps({"exit_code": 0, "counts": counts, "reports": reports},
                             indent=1, ensure_ascii=False) + "\n")
        return items
    for item in items:
        out.write(f"{item.state.value:<20} {item.file or '-':<28} {item.title}\n")
        if item.message:
            out.write(f"{'':<20} {item.message}\n")
    states = [state.value for state in ReportState]
    out.write("\n" + summary_table((item.state.value for item in items), states))
    return items


def diff(wiki: Wiki, paths: list[Path], prefix: str, out: TextIO = sys.stdout) -> ExitCode:
    """Print the diff from each page's wiki text to its report file's text (one batched read);
    nothing for reports that match. A file push would refuse (invalid, a title outside
    `prefix` or given twice) gets no diff, only its problem. FAILED if there is one, else OK."""
    found = read_locals(paths, keep=True, bases=offline_bases(paths[0].parent) if paths else None)
    good: list[Local] = []
    claimed: dict[str, str] = {}
    for local in found:
        problem = report_refusal(str(local.path), local.title, local.problem, prefix, claimed)
        if problem:
            print(problem, file=sys.stderr)
        else:
            claimed[local.title] = str(local.path)
            good.append(local)
    pages = wiki.contents([local.title for local in good]) if good else {}
    colour = use_colour(out)
    for local in good:
        old = _text_of(pages.get(local.title)) or ""
        out.write(unified_diff(old, local.text(), local.title, colour))
    return ExitCode.FAILED if len(good) < len(found) else ExitCode.OK


@dataclass
class SyncRun:
    """What one sync did: each report with its outcome, or the stop page's text if it halted;
    `written`: the files it wrote (report files, conflict files, the state file; not the load
    cache or the log), in the order written, for `sync --commit`; `commit`: the git commit made
    of them, if any."""

    results: list[tuple[SyncItem, Outcome]] = field(default_factory=list)
    halted: str = ""
    dry_run: bool = False
    written: list[Path] = field(default_factory=list)
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


class _Runner:
    """Applies the planned actions, one report at a time."""

    def __init__(self, wiki: Wiki, settings: Settings, plan: Plan, *, yes: bool, dry_run: bool,
                 diffs: TextIO):
        self.settings, self.folder, self.dry_run = settings, plan.folder, dry_run
        self.locals = plan.locals
        self.summaries = Summaries(settings.summary_link, settings.summary, settings.template)
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
        old_text = _text_of(current)
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
            return Outcome(title, file, _DONE[action], "dry run: nothing written")
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
            outcome.result = _DONE[action]
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


def _follow_moves(items: list[SyncItem], prefix: str) -> list[SyncItem]:
    """A report whose page was moved follows it to its new title when that title is one
    salonbot writes and the sweep saw it (the page there is then not pulled as a new one);
    otherwise it is reported as missing."""
    targets = {item.title: item for item in items if item.state is ReportState.WIKI_ONLY}
    followed: set[str] = set()
    result = []
    for item in items:
        if item.action is SyncAction.MOVE:
            target = item.message
            if title_refusal(target, prefix) is None and target in targets \
                    and target not in followed:
                followed.add(target)
            else:
                item = replace(item, state=ReportState.MISSING, action=SyncAction.REPORT,
                               message=f"the page was moved on the wiki to {target}, which "
                                       "this run does not follow (outside the allowed prefix, "
                                       "or not found); put the new title in the file")
        result.append(item)
    return [item for item in result
            if not (item.state is ReportState.WIKI_ONLY and item.title in followed)]


def sync(wiki: Wiki, settings: Settings, directory: Path, *, yes: bool, dry_run: bool,
         max_edits: int, diffs: TextIO = sys.stdout, recreate: bool = False,
         on_outcome: Callable[[SyncItem, Outcome], object] | None = None) -> SyncRun:
    """Bring the report files in `directory` and the pages under the prefix together;
    `recreate` creates again the pages deleted from the wiki; `on_outcome` is told each
    report's outcome as soon as it is known (the action log)."""
    plan = plan_directory(wiki, settings, directory, recreate)
    items = plan.items
    # One read gives the text to pull or merge, of the pages to push that {{bots}} or the like
    # may protect (the sweep lists them), and of the stop page. The text a push replaces, and
    # the base of a merge, are the base copies: no read of the pages to push, no read of old
    # revisions.
    wanted = [item.title for item in items
              if item.action in (SyncAction.PULL, SyncAction.MERGE)
              or (item.action is SyncAction.PUSH and item.wiki is not None
                  and item.wiki.bots_templates)]
    stop = settings.stop_page  # read even with nothing to do: a halted bot says so (exit 4)
    titles = wanted + [stop] if stop else wanted
    contents = wiki.contents(titles) if titles else {}
    stop_text = _text_of(contents.get(stop)) if stop else None
    if stop_page_halts(stop_text):
        return SyncRun(halted=(stop_text or "").strip(), dry_run=dry_run)
    for item in items:
        if item.action is SyncAction.PUSH and item.title not in contents:
            current = plan.folder.current(item.title, item.file, item.wiki, contents)
            if current is not None:
                contents[item.title] = current
    base_texts = {item.title: plan.folder.base_text(item.file) for item in items
                  if item.action is SyncAction.MERGE and item.base}
    # A base whose copy the wiki could not give back (recover): its revision, read now.
    lost = {item.base.revid: item.title for item in items
            if item.base and base_texts.get(item.title, "") is None}
    for revid, text in (wiki.revision_texts(lost) if lost else {}).items():
        base_texts[lost[revid]] = text
    # The reports to push, create or merge are loaded again for their text (the others were
    # compared by sha1 and their text is not kept).
    items = [plan.with_local_text(item) if item.action in EDITS else item
             for item in items]
    items = [with_content(item, contents.get(item.title), base_texts.get(item.title) or "")
             if item.action in (SyncAction.PULL, SyncAction.MERGE) else item for item in items]
    items = _follow_moves(items, settings.allowed_prefix)
    now, later = limit_edits(items, max_edits)
    deferred = {id(item) for item in later}
    runner = _Runner(wiki, settings, plan, yes=yes, dry_run=dry_run, diffs=diffs)
    progress = Progress(len(now))
    run = SyncRun(dry_run=dry_run)
    for item in items:
        outcome = runner.apply(item, contents.get(item.title), id(item) in deferred)
        if item.action in EDITS and outcome.result != Result.DEFERRED and not dry_run:
            progress.step(item.title, outcome.result)
        run.results.append((item, outcome))
        if on_outcome is not None:
            on_outcome(item, outcome)
    runner.editor.verify(plan.folder.record)
    plan.folder.close(dry_run=dry_run)
    run.written = plan.folder.written
    run.halted = runner.editor.halted
    return run


def _text_of(page: WikiPage | None) -> str | None:
    return page.text if page is not None and page.exists else None
