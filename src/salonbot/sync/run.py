"""`salonbot status`, `diff` and `sync`: compare report files with the pages under the prefix and
bring both sides together without losing what either side wrote.

A sync reads in batches: one metadata sweep of the prefix (revision ids and sha1, with the edit
token), then, only for pages to pull or merge, one read of their latest text (plus the stop page)
and one read of their base revisions' text; then the edits, then one read-back. The decisions are
the pure functions of syncplan.py; this module plans and the effect loop of effects.py (the one
push uses too) applies the plan. Nothing here prints: the commands print what is returned.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from salonbot.config import Settings
from salonbot.sync.effects import Plan, SyncRun, apply_plan, read_for_edits, text_of
from salonbot.sync.folder import ReportFolder
from salonbot.sync.local import Local, read_locals
from salonbot.sync.pages import offline_bases
from salonbot.sync.plan import Outcome, report_refusal
from salonbot.sync.syncplan import (
    EDITS,
    LocalFile,
    ReportState,
    SyncAction,
    SyncItem,
    plan_sync,
    with_content,
)
from salonbot.wiki.titles import title_refusal

if TYPE_CHECKING:
    from salonbot.wiki.site import Wiki


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
    return Plan(items, folder, {local.path.name: local for local in found}, settings.summary)


def status(wiki: Wiki, settings: Settings, directory: Path) -> list[SyncItem]:
    """Each report's state and what sync would do (one metadata request, however many
    reports)."""
    plan = plan_directory(wiki, settings, directory)
    plan.folder.files.save()
    return plan.items


@dataclass(frozen=True)
class Difference:
    """A report file and its page: the wiki's text (empty if the page does not exist) and the
    file's page text."""

    title: str
    wiki_text: str
    file_text: str


def differences(wiki: Wiki, paths: list[Path],
                prefix: str) -> tuple[list[Difference], list[str]]:
    """Each page's wiki text and its report file's text (one batched read), and the problems
    of the files push would refuse (invalid, a title outside `prefix` or given twice), which
    get no difference."""
    found = read_locals(paths, keep=True, bases=offline_bases(paths[0].parent) if paths else None)
    good: list[Local] = []
    problems: list[str] = []
    claimed: dict[str, str] = {}
    for local in found:
        problem = report_refusal(str(local.path), local.title, local.problem, prefix, claimed)
        if problem:
            problems.append(problem)
        else:
            claimed[local.title] = str(local.path)
            good.append(local)
    pages = wiki.contents([local.title for local in good]) if good else {}
    return [Difference(local.title, text_of(pages.get(local.title)) or "", local.text())
            for local in good], problems


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
    contents, halted = read_for_edits(wiki, plan, settings.stop_page)
    if halted:
        return SyncRun(halted=halted, dry_run=dry_run)
    items = plan.items
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
    plan.items = _follow_moves(items, settings.allowed_prefix)
    return apply_plan(wiki, settings, plan, contents, yes=yes, dry_run=dry_run,
                      max_edits=max_edits, diffs=diffs, on_outcome=on_outcome)
