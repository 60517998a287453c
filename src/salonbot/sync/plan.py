"""Pure decisions: what should happen to each page, computed from data (no wiki, no files).

`plan_push` and `plan_pull` look at the sha1 of a report's local page text, the wiki's latest
revision and the recorded base revision (texts are compared by sha1, as MediaWiki reports them),
and say create / update / unchanged / refused / download / skip, with the reason a person needs.
The effects happen elsewhere (publish.py) in a small loop.
"""

from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from salonbot.sync.state import Base

_INVALID_TITLE_CHARS = re.compile(r"[#<>\[\]|{}\x00-\x1f\x7f\ufffd]")


def sha1_of(text: str) -> str:
    """The sha1 MediaWiki reports for a revision's text (hex of the UTF-8 bytes)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def normalize_title(title: str) -> str:
    """A title as MediaWiki stores it: NFC, underscores as spaces, single spaces, first letter
    upper case (for the first-letter-case wikis Meta is one of)."""
    title = unicodedata.normalize("NFC", title).replace("_", " ")
    title = " ".join(title.split(" ")).strip()
    title = re.sub(r" {2,}", " ", title)
    return title[:1].upper() + title[1:]


def title_refusal(title: str, prefix: str) -> str | None:
    """Why salonbot must not write `title`, or None if it is under the allowed prefix.

    Resists tricks: case, underscores, Unicode normalisation and look-alikes (they do not match
    the prefix, so they are refused), namespace and interwiki prefixes, `.`/`..` path segments.
    """
    if not title.strip():
        return "the title is empty"
    if _INVALID_TITLE_CHARS.search(title):
        return "the title has characters a wiki title cannot have (# < > [ ] | { } or controls)"
    normalized = normalize_title(title)
    wanted = normalize_title(prefix)
    if not normalized.startswith(wanted) or len(normalized) == len(wanted):
        return f"the title is outside the allowed prefix {prefix!r} (see salonbot.toml)"
    if normalized != title:
        return f"write the title as the wiki stores it: {normalized!r}"
    rest = normalized[len(wanted):]
    segments = rest.split("/")
    if any(segment.strip() in ("", ".", "..") for segment in segments):
        return "the title has an empty, '.' or '..' subpage segment"
    return None


@dataclass(frozen=True)
class WikiPage:
    """What the wiki holds for a title: its latest revision's metadata (and text when fetched)."""

    title: str
    exists: bool
    revid: int = 0
    timestamp: str = ""
    sha1: str = ""
    text: str | None = None
    bots_allowed: bool = True  # whether {{bots}}/{{nobots}} let this bot edit (when text was read)
    bots_templates: bool = False  # whether it transcludes {{bots}}, {{nobots}} or the like
    user: str = ""  # who made the revision, and its edit summary (when text was read)
    comment: str = ""


class Action(enum.Enum):
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
    base: Base | None = None


def plan_push(title: str, file: str, local_sha1: str, wiki: WikiPage,
              base: Base | None) -> Decision:
    """create, update, unchanged or refused, for pushing the local text (whose sha1 is
    `local_sha1`) to the page `wiki` describes.

    Never overwrites what someone else saved: an update needs the wiki's latest revision to be the
    recorded base; a page deleted (or moved) since the base is not re-created.
    """
    decision = Decision(title, file, Action.REFUSED, wiki=wiki, base=base)
    if not wiki.exists:
        if base is not None:
            decision.reason = (f"the page was deleted or moved on the wiki after revision "
                               f"{base.revid}; it is not re-created. Run `salonbot sync` to see it")
            return decision
        decision.action = Action.CREATE
        return decision
    if wiki.sha1 == local_sha1:
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
    return base is None or base.sha1 != local_sha1


def plan_pull(title: str, file: str, local_sha1: str | None, wiki: WikiPage, base: Base | None,
              force: bool) -> Decision:
    """download, skip or refused, for pulling the page `wiki` describes into `file` (whose page
    text has the sha1 `local_sha1`, None if there is no such file)."""
    decision = Decision(title, file, Action.REFUSED, wiki=wiki, base=base)
    if not wiki.exists:
        decision.reason = "the page does not exist on the wiki"
        return decision
    if local_sha1 is not None and local_sha1 == wiki.sha1:
        decision.action = Action.SKIP  # nothing to download; the base is recorded if it is not
        return decision
    if local_changes(local_sha1, base) and not force:
        decision.reason = ("the local file has changes that were never pushed; push or sync "
                           "them, or pull with --force to replace them")
        return decision
    decision.action = Action.DOWNLOAD
    return decision
