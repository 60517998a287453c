"""Push report files to the wiki and pull wiki pages into report files.

Each run reads what it needs in batches, decides per page with the pure functions of plan.py, then
applies the decisions one page at a time; one page's failure never stops the rest. A push is a
sync plan whose actions only go from the files to the wiki, applied by the effect loop sync uses
(effects.py). A base revision is recorded only after the wiki was seen to hold exactly the file's
text. Nothing here prints results: the commands print what is returned.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from salonbot.config import Settings
from salonbot.console import Progress
from salonbot.errors import SalonbotError
from salonbot.report.model import Report
from salonbot.sync.effects import PUSH_DONE, Plan, SyncRun, apply_plan, read_for_edits
from salonbot.sync.folder import ReportFolder
from salonbot.sync.local import Local, free_file_name, read_locals
from salonbot.sync.plan import (
    Action,
    Decision,
    Outcome,
    Result,
    plan_pull,
    plan_push,
    report_refusal,
)
from salonbot.sync.state import State
from salonbot.sync.syncplan import ReportState, SyncAction, SyncItem, conflict_file_name
from salonbot.wiki.page import WikiPage
from salonbot.wiki.site import Wiki
from salonbot.wiki.titles import title_refusal

PUSH_RESULTS = (Result.CREATED, Result.UPDATED, Result.UNCHANGED, Result.SKIPPED, Result.DEFERRED,
                Result.REFUSED, Result.FAILED)
PULL_RESULTS = (Result.PULLED, Result.UNCHANGED, Result.SKIPPED, Result.REFUSED, Result.FAILED)
#: A push decision as an item of the sync plan: its state and sync's action for it.
PUSH_ITEMS = {Action.CREATE: (ReportState.NEW_LOCAL, SyncAction.CREATE),
              Action.UPDATE: (ReportState.LOCAL, SyncAction.PUSH),
              Action.UNCHANGED: (ReportState.IN_SYNC, SyncAction.NOTHING),
              Action.REFUSED: (ReportState.INVALID, SyncAction.REPORT)}


def _settled(decision: Decision, folder: ReportFolder,
             text: Callable[[], str]) -> Outcome | None:
    """The outcome of a pull decision that needs no download: refused, or the file already
    holds the page (its revision, whose text `text()` gives, is recorded as the base if it is
    not yet); None for the others."""
    if decision.action is Action.REFUSED:
        return Outcome(decision.title, decision.file, Result.REFUSED, decision.reason)
    if decision.action in (Action.UNCHANGED, Action.SKIP):
        folder.record_if_new(decision.title, decision.file, decision.wiki, text)
        return Outcome(decision.title, decision.file, Result.UNCHANGED)
    return None


def push(wiki: Wiki, settings: Settings, directory: Path, paths: list[Path], *, summary: str,
         dry_run: bool, yes: bool, diffs: TextIO = sys.stdout) -> SyncRun:
    """Push the reports in `paths` (a reports folder's files): a sync plan whose actions only
    go from the files to the wiki, applied by sync's effect loop. `summary` replaces the text
    of the edit summaries salonbot writes (empty: say what each edit did). The run is `halted`
    (with no results if before any edit) when the stop page of the settings says so."""
    folder = ReportFolder(directory, wiki.site_key, settings.template)
    folder.recover(wiki)
    found = read_locals(paths, folder.files, want=folder.state.changed, bases=folder.base_text)
    candidates, refused = _push_candidates(found, settings.allowed_prefix)
    plan = Plan(refused + _plan_push(wiki, settings.allowed_prefix, candidates, folder.state),
                folder, {local.path.name: local for local in candidates}, summary,
                dict(PUSH_DONE))
    contents, halted = read_for_edits(wiki, plan, settings.stop_page)
    if halted:
        return SyncRun(halted=halted, dry_run=dry_run)
    return apply_plan(wiki, settings, plan, contents, yes=yes, dry_run=dry_run, diffs=diffs)


def _push_candidates(found: list[Local], prefix: str) -> tuple[list[Local], list[SyncItem]]:
    """The report files that may be pushed, and the refusals of the others: invalid files,
    titles salonbot may not write, a title given twice, unresolved sync conflicts."""
    candidates: list[Local] = []
    refused: list[SyncItem] = []
    seen: dict[str, str] = {}
    for local in found:
        conflict = local.path.parent / conflict_file_name(local.path.name)
        refusal = report_refusal(str(local.path), local.title, local.problem, prefix, seen) or (
            conflict.exists() and f"{local.path}: unresolved sync conflict ({conflict.name}); "
                                  "resolve it first")
        if refusal:
            refused.append(SyncItem("" if local.problem else local.title, local.path.name,
                                    ReportState.INVALID, SyncAction.REPORT, message=refusal))
        else:
            seen[local.title] = str(local.path)
            candidates.append(local)
    return candidates, refused


def _plan_push(wiki: Wiki, prefix: str, candidates: list[Local],
               state: State) -> list[SyncItem]:
    """The item of each candidate, from one batched metadata read; the text of the reports to
    save is loaded again (the others were compared by sha1)."""
    titles = [local.title for local in candidates]
    if len(titles) > wiki.batch_size:
        # One sweep of the prefix reads 5000 pages a request (bots), by title only 500: every
        # candidate is under the allowed prefix, so the sweep sees each one that exists.
        swept = wiki.pages_under(prefix)
        pages = {title: swept.get(title, WikiPage(title, exists=False)) for title in titles}
    else:
        pages = wiki.pages(titles) if titles else {}
    items = []
    for local in candidates:
        base = state.get(local.title)
        decision = plan_push(local.title, local.path.name, local.sha1,
                             pages.get(local.title, WikiPage(local.title, exists=False)), base)
        if decision.action in (Action.CREATE, Action.UPDATE):
            try:
                decision.text = local.text()
            except SalonbotError as error:
                decision.action, decision.reason = Action.REFUSED, str(error)
        item_state, action = PUSH_ITEMS[decision.action]
        items.append(SyncItem(decision.title, decision.file, item_state, action, local.sha1,
                              base, decision.wiki, decision.reason, local_text=decision.text))
    return items


def _local_file_for(title: str, state: State, locals_by_title: dict[str, Local],
                    directory: Path, prefix: str, taken: set[str]) -> Path:
    """The file for a pulled page: its report file, the file of its base, or a new name that
    is neither on disk nor in `taken` (the report files' names and those given in this run)."""
    if title in locals_by_title:
        return locals_by_title[title].path
    base = state.get(title)
    if base is not None:
        return directory / base.file
    return directory / free_file_name(directory, title, prefix, taken)


@dataclass
class Pulled:
    """What a pull did: each page's outcome, the pages it read (downloaded), each parsed once,
    as (report file, report) in the order read (to read, not to change), and the notes about
    the files it rewrote."""

    outcomes: list[Outcome]
    read: list[tuple[str, Report]]
    notes: list[str]


def pull(wiki: Wiki, settings: Settings, directory: Path, titles: list[str], prefix: str | None,
         *, force: bool) -> Pulled:
    """Pull the named pages, or every page under `prefix`, into report files in `directory`;
    nothing is printed."""
    directory.mkdir(parents=True, exist_ok=True)
    folder = ReportFolder(directory, wiki.site_key, settings.template, background_writes=True)
    try:
        return _pull(folder, wiki, settings, titles, prefix, force)
    finally:
        folder.pending.close()  # a run stopped by an error: the files being written, in place


def _pull(folder: ReportFolder, wiki: Wiki, settings: Settings, titles: list[str],
          prefix: str | None, force: bool) -> Pulled:
    """pull's work, into `folder`."""
    folder.remove_leftovers()
    folder.recover(wiki)
    if titles:
        pages = wiki.pages([wiki.normalize(title) for title in titles])
    else:
        pages = wiki.pages_under(prefix or settings.allowed_prefix)
    decisions, outcomes, found = _plan_pull(folder, pages, settings.allowed_prefix, force)
    wanted = [d.title for d in decisions if d.action is Action.DOWNLOAD]
    progress = Progress(len(wanted))
    locals_by_file = {local.path.name: local for local in found}
    with _fewer_collections():
        contents = wiki.contents(wanted) if wanted else {}
        for decision in decisions:
            local = locals_by_file.get(decision.file)
            settled = _settled(decision, folder, local.text if local is not None else _no_text)
            if settled is not None:
                if settled.result == Result.UNCHANGED and local is not None:
                    folder.convert_legacy(decision.title, local)
                outcomes.append(settled)
            else:
                outcome = folder.write_pulled(decision.title, decision.file,
                                              contents.get(decision.title))
                progress.step(decision.title, outcome.result)
                outcomes.append(outcome)
    folder.close(dry_run=False)
    return Pulled(outcomes, folder.pulled, folder.notes)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cycle collector off while a pull reads its pages and writes its files: each
    page makes tens of thousands of objects (pywikibot's page, YAML nodes, data, reports)
    that reference counting frees, and the collections they set off found nothing to free (a
    pull of 1000 pages leaves about a hundred objects in cycles, and its peak memory is the
    same, 123 MB, with the collector on or off) while they took 3 % of its time, with the
    thresholds raised a hundredfold (a tenth with Python's own). (`salonbot pull` keeps it
    off to its end: the collection after would scan every object the run keeps once more.)"""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _no_text() -> str:
    raise SalonbotError("no report file holds this page")  # SKIP needs a file that holds it


def _plan_pull(folder: ReportFolder, pages: dict[str, WikiPage], prefix: str,
               force: bool) -> tuple[list[Decision], list[Outcome], list[Local]]:
    """The decision for each page, the refusals of pages whose file is broken, and the report
    files read."""
    local_files = read_locals(sorted(folder.directory.glob("*.yaml")), folder.files,
                              bases=folder.base_text)
    folder.note_read(local_files)
    locals_by_title = {local.title: local for local in local_files if local.title}
    taken = {local.path.name for local in locals_by_title.values()}  # and those given here
    broken_files = {local.path: local for local in local_files if local.problem}
    decisions: list[Decision] = []
    refused: list[Outcome] = []
    for title, page in sorted(pages.items()):
        if title != page.title:
            continue  # the same page under the name it was asked by
        skip = (title_refusal(title, prefix) or
                ("a redirect (what a move leaves behind), not a report" if page.redirect else None))
        if skip:
            # a page salonbot would never write (or no report) is not pulled: a file for it
            # would be refused on every later run
            refused.append(Outcome(title, "", Result.SKIPPED, f"not pulled: {skip}"))
            continue
        path = _local_file_for(title, folder.state, locals_by_title, folder.directory, prefix,
                               taken)
        taken.add(path.name)
        local = locals_by_title.get(title)
        broken = broken_files.get(path)
        if broken and not force:
            refused.append(Outcome(title, path.name, Result.REFUSED,
                                   f"{path} is not a valid report file; fix it or pull with "
                                   f"--force to replace it:\n{broken.problem}"))
            continue
        decisions.append(plan_pull(title, path.name, local.sha1 if local else None, page,
                                   folder.state.get(title), force))
    return decisions, refused, local_files
