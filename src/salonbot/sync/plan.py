"""Pure decisions: what should happen to each page, computed from data (no wiki, no files).

`plan_push` and `plan_pull` look at the sha1 of a report's local page text, the wiki's latest
revision and the recorded base revision (texts are compared by sha1, as MediaWiki reports them),
and say create / update / unchanged / refused / download / skip, with the reason a person needs.
The effects happen elsewhere: a push's decisions become items of the sync plan, applied by the
effect loop of effects.py; a pull's are applied by publish.py. What happened to a page is an
Outcome with a Result.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from salonbot.sync.state import Base, same_text
from salonbot.wiki.page import WikiPage
from salonbot.wiki.titles import title_refusal


class Action(enum.Enum):
    """What push or pull does to one page."""

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REFUSED = "refused"
    DOWNLOAD = "download"
    SKIP = "skip"


@dataclass
class Decision:
    """What to do with one page, and why."""

    title: str
    file: str
    action: Action
    reason: str = ""
    text: str | None = None  # the page text to save (push; filled in once it is loaded)
    wiki: WikiPage | None = None


def plan_push(title: str, file: str, local_sha1: str, wiki: WikiPage,
              base: Base | None) -> Decision:
    """create, update, unchanged or refused, for pushing the local text (whose sha1 is
    `local_sha1`) to the page `wiki` describes.

    Never overwrites what someone else saved: an update needs the wiki's latest revision to be the
    recorded base; a page deleted (or moved) since the base is not re-created.
    """
    decision = Decision(title, file, Action.REFUSED, wiki=wiki)
    if not wiki.exists:
        if base is not None:
            decision.reason = (f"the page was deleted or moved on the wiki after revision "
                               f"{base.revid}; it is not re-created. Run `salonbot sync` to see it")
            return decision
        decision.action = Action.CREATE
        return decision
    if same_text(local_sha1, wiki, base):
        decision.action = Action.UNCHANGED
        return decision
    if base is None:
        decision.reason = ("the page exists on the wiki but this file was never pulled from it; "
                           "run `salonbot pull` first so that nobody's text is overwritten")
        return decision
    if base.revid != wiki.revid:
        decision.reason = (f"the page changed on the wiki since revision {base.revid} "
                           f"(now {wiki.revid}); run `salonbot sync` to merge, or `salonbot pull`")
        return decision
    decision.action = Action.UPDATE
    return decision


def local_changes(local_sha1: str | None, base: Base | None) -> bool:
    """Whether a local file holds changes that were never pushed (compared with its base)."""
    if local_sha1 is None:
        return False
    return base is None or not base.holds(local_sha1)


def plan_pull(title: str, file: str, local_sha1: str | None, wiki: WikiPage, base: Base | None,
              force: bool) -> Decision:
    """download, skip or refused, for pulling the page `wiki` describes into `file` (whose page
    text has the sha1 `local_sha1`, None if there is no such file)."""
    decision = Decision(title, file, Action.REFUSED, wiki=wiki)
    if not wiki.exists:
        decision.reason = "the page does not exist on the wiki"
        return decision
    if same_text(local_sha1, wiki, base):
        decision.action = Action.SKIP  # nothing to download; the base is recorded if it is not
        return decision
    if local_changes(local_sha1, base) and not force:
        decision.reason = ("the local file has changes that were never pushed; push or sync "
                           "them, or pull with --force to replace them")
        return decision
    decision.action = Action.DOWNLOAD
    return decision


class Result(enum.StrEnum):
    """What happened to one page in a run. The value is what the commands print, the action
    log records and `--json` gives (a str, so that it compares and serialises as one)."""

    CREATED = "created"
    UPDATED = "updated"  # push: the page was saved
    PUSHED = "pushed"  # sync: the file's text was saved
    PULLED = "pulled"
    MERGED = "merged"
    MOVED = "moved"
    UNCHANGED = "unchanged"
    GONE = "gone"
    SKIPPED = "skipped"
    CONFLICT = "conflict"
    MISSING = "missing"
    DEFERRED = "deferred"
    REFUSED = "refused"
    FAILED = "failed"
    DRY_RUN = "dry run"  # an edit a dry run showed and did not make (the loop names it)

    @property
    def would(self) -> str:
        """The result as a dry run says it: `would push` for pushed."""
        return _WOULD.get(self, self.value)


_WOULD = {Result.CREATED: "would create", Result.UPDATED: "would update",
          Result.PUSHED: "would push", Result.PULLED: "would pull", Result.MERGED: "would merge",
          Result.MOVED: "would move"}


@dataclass
class Outcome:
    """What happened to one page in a run: its result, a message for a person, and the new
    revision if one was saved."""

    title: str
    file: str
    result: Result
    message: str = ""
    revid: int | None = None
    summary: str = ""  # the edit summary of a saved edit


def report_refusal(file: str, title: str, problem: str, prefix: str,
                   claimed: Mapping[str, str]) -> str | None:
    """Why a report file must not be pushed or synced, or None: its own problem (it is not a
    valid report), a title salonbot may not write, or a title an earlier file (in `claimed`,
    title -> file) already has. `file` names the file in the messages."""
    if problem:
        return problem
    if refusal := title_refusal(title, prefix):
        return f"{file}: title: {refusal}"
    if title in claimed:
        return f"{file}: the same title as {claimed[title]}"
    return None
