"""Pure decisions of `salonbot status` and `salonbot sync` (no wiki, no files).

`plan_sync` matches the report files, the recorded base revisions and the pages under the
prefix by title and gives each report its state (in sync, changed locally, changed on the wiki,
...) and what sync does about it. `resolve_merge` decides a page changed on both sides once the
texts are known; `limit_edits` applies `--max-edits`; `exit_code` sums a run up.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from salonbot.errors import ExitCode
from salonbot.sync.merge import Merged, merge_texts, merge_two_way
from salonbot.sync.plan import Result, report_refusal
from salonbot.sync.state import Base, same_text
from salonbot.wiki.page import WikiPage, saved_text
from salonbot.wiki.titles import normalize_title, title_refusal


class ReportState(enum.Enum):
    """What `salonbot status` says about a report (the value is what it prints)."""

    IN_SYNC = "in sync"
    LOCAL = "changed locally"
    WIKI = "changed on the wiki"
    BOTH = "changed on both"
    NEW_LOCAL = "new locally"
    MISSING = "missing on the wiki"
    GONE = "gone from the wiki"  # missing, and reported before
    MOVED = "moved on the wiki"
    WIKI_ONLY = "on the wiki only"
    SKIPPED = "not pulled"  # on the wiki only, at a title salonbot does not write
    CONFLICT = "conflict"
    INVALID = "invalid"


class SyncAction(enum.Enum):
    """What `salonbot sync` does to a report."""

    NOTHING = "none"
    CREATE = "create"
    PUSH = "push"
    PULL = "pull"
    MERGE = "merge"
    CONFLICT = "conflict"  # a new conflict: write the conflict file, edit nothing
    WAIT = "wait"  # an unresolved conflict file: leave the report alone
    REPORT = "report"  # missing on the wiki or invalid: tell a person, write nothing
    MOVE = "move"  # the file follows its page to its new title


ACTIONS = {
    ReportState.IN_SYNC: SyncAction.NOTHING,
    ReportState.LOCAL: SyncAction.PUSH,
    ReportState.WIKI: SyncAction.PULL,
    ReportState.BOTH: SyncAction.MERGE,
    ReportState.NEW_LOCAL: SyncAction.CREATE,
    ReportState.MISSING: SyncAction.REPORT,
    ReportState.GONE: SyncAction.NOTHING,
    ReportState.MOVED: SyncAction.MOVE,
    ReportState.WIKI_ONLY: SyncAction.PULL,
    ReportState.SKIPPED: SyncAction.NOTHING,
    ReportState.CONFLICT: SyncAction.WAIT,
    ReportState.INVALID: SyncAction.REPORT,
}
EDITS = (SyncAction.CREATE, SyncAction.PUSH, SyncAction.MERGE)


@dataclass(frozen=True)
class LocalFile:
    """A report file: its name in the reports folder, its title and the sha1 of its rendered
    page text, or the problem that makes it unusable."""

    file: str
    title: str = ""
    sha1: str = ""
    problem: str = ""


@dataclass
class SyncItem:
    """One report: what is known of it on both sides, its state and the planned action."""

    title: str
    file: str
    state: ReportState
    action: SyncAction
    local_sha1: str = ""
    base: Base | None = None
    wiki: WikiPage | None = None
    message: str = ""
    new_text: str | None = None  # the text to save and/or write (push, merge, conflict)
    local_text: str | None = None  # the local page text, once loaded (push, create, merge)
    merged: Merged | None = field(default=None, repr=False)


def classify(local_sha1: str, base: Base | None, wiki: WikiPage | None) -> ReportState:
    """The state of a valid report file (whose page text has the sha1 `local_sha1`) with no
    conflict file. Texts are compared by sha1, so a wiki edit reverted to the base text counts
    as no change."""
    if wiki is None or not wiki.exists:
        return ReportState.NEW_LOCAL if base is None else ReportState.MISSING
    if same_text(local_sha1, wiki, base):
        return ReportState.IN_SYNC
    if base is None:
        return ReportState.BOTH  # never synced and different: merged against an empty base
    local_changed, wiki_changed = not base.holds(local_sha1), wiki.sha1 != base.sha1
    if local_changed and wiki_changed:
        return ReportState.BOTH
    return ReportState.LOCAL if local_changed else ReportState.WIKI


_MESSAGES = {
    ReportState.MISSING: "the page was deleted or moved on the wiki after revision {revid}; it "
                         "is not re-created (this is said once; `sync --recreate` re-creates "
                         "it). If it moved, put the new title in the file; if it was deleted "
                         "on purpose, delete the file",
    ReportState.GONE: "deleted on the wiki (said on {gone}); the file is kept; `sync "
                      "--recreate` re-creates the page",
    ReportState.CONFLICT: "unresolved conflict: see {file}; edit the report file, delete the "
                          "conflict file, run sync again",
}


def conflict_file_name(file: str) -> str:
    """`NAME.conflict.wiki` next to the report file `NAME.yaml`."""
    return file.removesuffix(".yaml") + ".conflict.wiki"


def plan_sync(files: list[LocalFile], bases: dict[str, Base], pages: dict[str, WikiPage],
              conflict_files: set[str], prefix: str, recreate: bool = False) -> list[SyncItem]:
    """Every report's state and action, sorted by title (files with no usable title first).

    `pages` are the pages under `prefix` (metadata only); `conflict_files` the names of the
    conflict files in the reports folder. A page under the prefix with no valid file is pulled,
    unless an invalid file was last synced with it (its file is left alone until fixed), or its
    title is one salonbot would not write (it is skipped). A page gone from the wiki is
    reported once, then left alone; `recreate` creates it again from its file.
    """
    items: list[SyncItem] = []
    claimed: dict[str, str] = {}
    title_of_file: dict[str, str] = {}
    for base_title, recorded in bases.items():
        title_of_file.setdefault(recorded.file, base_title)
    for local in files:
        title = local.title or title_of_file.get(local.file, "")
        problem = report_refusal(local.file, title, local.problem, prefix, claimed)
        base, wiki = bases.get(title), pages.get(title)
        if problem:
            items.append(SyncItem(title, local.file, ReportState.INVALID, SyncAction.REPORT,
                                  base=base, wiki=wiki, message=problem))
            claimed.setdefault(title, local.file)
            continue
        claimed[title] = local.file
        conflict = conflict_file_name(local.file)
        state = (ReportState.CONFLICT if conflict in conflict_files
                 else classify(local.sha1, base, wiki))
        if state is ReportState.MISSING and base is not None and base.gone:
            state = ReportState.GONE
        action = ACTIONS[state]
        if recreate and state in (ReportState.MISSING, ReportState.GONE):
            action = SyncAction.CREATE
        message = _MESSAGES.get(state, "").format(revid=base.revid if base else 0, file=conflict,
                                                  gone=base.gone[:10] if base else "")
        items.append(SyncItem(title, local.file, state, action, local.sha1, base, wiki,
                              "" if action is SyncAction.CREATE else message))
    taken = {local.file for local in files}
    for title, page in pages.items():
        if title not in claimed and page.exists and title == page.title and not page.redirect:
            base = bases.get(title)
            file = base.file if base and base.file not in taken else ""  # "": sync names it
            refusal = title_refusal(title, prefix)
            if refusal:
                items.append(SyncItem(title, file, ReportState.SKIPPED, SyncAction.NOTHING,
                                      base=base, wiki=page, message=f"not pulled: {refusal}"))
                continue
            items.append(SyncItem(title, file, ReportState.WIKI_ONLY, SyncAction.PULL,
                                  base=base, wiki=page))
    return sorted(items, key=lambda item: (item.title, item.file))


def redirect_target(text: str) -> str | None:
    """The title a redirect points to (`#REDIRECT [[Target#section|label]]`), or None."""
    found = re.match(r"\s*#REDIRECT\s*:?\s*\[\[\s*([^\]|#\n]+)", text, re.IGNORECASE)
    return normalize_title(found.group(1)) if found else None


def is_redirect(text: str) -> bool:
    """Whether a page text is a redirect (what a move leaves at the old title)."""
    return text.lstrip()[:9].upper() == "#REDIRECT"


def with_content(item: SyncItem, page: WikiPage | None, base_text: str) -> SyncItem:
    """The action for a page to pull or merge, now that its latest revision's text (`page`) and
    the base text are known. A redirect is a moved page: reported, or not pulled at all."""
    if page is None or not page.exists or page.text is None:
        return replace(item, action=SyncAction.REPORT, message="the page vanished meanwhile")
    if is_redirect(page.text):
        if item.state is ReportState.WIKI_ONLY:
            return replace(item, action=SyncAction.NOTHING, wiki=page,
                           message="a redirect, not a report: not pulled")
        target = redirect_target(page.text)
        if target is not None and item.base is not None:
            return replace(item, state=ReportState.MOVED, action=SyncAction.MOVE, wiki=page,
                           message=target)
        return replace(item, state=ReportState.MISSING, action=SyncAction.REPORT, wiki=page,
                       message="the page was moved on the wiki (it is now a redirect); put the "
                               "new title in the file")
    if item.action is SyncAction.MERGE:
        return resolve_merge(item, base_text, page)
    return replace(item, wiki=page)


def resolve_merge(item: SyncItem, base_text: str, wiki: WikiPage) -> SyncItem:
    """The action for a page changed on both sides, given the base text and the wiki's latest
    revision with its text: pull or push when one side already holds the merge, merge when
    it is new text, conflict when lines overlap. With no base (a file never synced with the
    page) it is a two-way merge: every region where the texts differ is a conflict."""
    # Both sides in the form a save stores (a report file never ends in white space).
    wiki_text = saved_text(wiki.text or "")
    names = {"local_name": f"local: {item.file}", "wiki_name": f"wiki: revision {wiki.revid}"}
    if item.base is None:
        merged = merge_two_way(item.local_text or "", wiki_text, **names)
    else:
        merged = merge_texts(saved_text(base_text), item.local_text or "", wiki_text,
                             base_name=f"base: revision {item.base.revid}", **names)
    item = replace(item, wiki=wiki, merged=merged, new_text=merged.text)
    if merged.conflicts:
        return replace(item, action=SyncAction.CONFLICT,
                       message=f"{merged.conflicts} conflicting change(s): see "
                               f"{conflict_file_name(item.file)}")
    if merged.text == wiki_text:
        return replace(item, action=SyncAction.PULL)
    if merged.text == item.local_text:
        return replace(item, action=SyncAction.PUSH)
    return item


def limit_edits(items: list[SyncItem], max_edits: int) -> tuple[list[SyncItem], list[SyncItem]]:
    """The edits to make now and the ones deferred to a later run (0: no limit), in order."""
    edits = [item for item in items if item.action in EDITS]
    if max_edits <= 0:
        return edits, []
    return edits[:max_edits], edits[max_edits:]


def stop_page_halts(text: str | None) -> bool:
    """Whether the stop page's text halts the commands that write to the wiki: it exists and
    holds anything but `run`."""
    return text is not None and text.strip().lower() not in ("", "run")


def exit_code(results: Iterable[Result]) -> ExitCode:
    """CONFLICT if any conflict, else FAILED if anything was refused, failed or is missing,
    else OK."""
    found = set(results)
    if Result.CONFLICT in found:
        return ExitCode.CONFLICT
    if found & {Result.REFUSED, Result.FAILED, Result.MISSING}:
        return ExitCode.FAILED
    return ExitCode.OK  # skipped, gone, moved: routine wiki events a run must not fail over
