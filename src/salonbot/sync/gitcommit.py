"""`salonbot sync --commit`: commit exactly the files a sync run wrote to its git work tree.

A scheduled run on a server and the coordinators' laptops share the report files and the state
file (`.salonbot-state.json`) through git. After a run, the files it wrote (pulled and merged
reports, conflict files, the state file) are committed with a message that names each page, its
revision, the wiki user and the edit summary. Nothing else is ever committed: the commit names its
paths (`git commit --only -- PATHS`), so other staged or modified files stay as they were. It
never pushes; the deploy samples do that (see docs/going-live.md).

Git is run as a subprocess (`git` on PATH), by `git()` here and nowhere else in salonbot
(`salonbot check` uses it too); no library is needed for a few commands.
"""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from salonbot.errors import SalonbotError
from salonbot.sync.effects import SyncRun
from salonbot.sync.pages import PAGES_DIR
from salonbot.sync.plan import Result
from salonbot.sync.state import STATE_FILE, State
from salonbot.sync.syncplan import SyncAction


class GitError(SalonbotError):
    """Raised when the reports folder is not in a git work tree, or a git command fails."""


@dataclass(frozen=True)
class PageChange:
    """One page a run changed files for: what happened, the wiki revision it is now (for a
    conflict: the wiki's revision it conflicts with), who made that revision and its summary."""

    title: str
    result: Result
    revid: int | None
    user: str
    summary: str


def git(work_tree: Path, *args: str, check: bool = True,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `git ARGS` in `work_tree` (the one place salonbot runs git; with no `stdin`, git
    reads nothing); GitError if git is not installed, or (with `check`) with git's last line
    of output if it fails."""
    try:
        done = subprocess.run(["git", *args], cwd=work_tree, input=stdin, capture_output=True,
                              text=True, check=False,
                              stdin=subprocess.DEVNULL if stdin is None else None)
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH)") from None
    if check and done.returncode != 0:
        output = (done.stderr.strip() or done.stdout.strip()).splitlines()
        last = output[-1] if output else f"exit {done.returncode}"
        hint = (" (tell git who commits: git config user.name NAME; git config user.email "
                "ADDRESS)" if "user.email" in done.stderr else "")
        if "index.lock" in done.stderr:
            lock = Path(git(work_tree, "rev-parse", "--git-path", "index.lock").stdout.strip())
            hint = (f" ({work_tree / lock} exists: another git command is running, or one "
                    "crashed and left it; if no git command is running, delete it. The next "
                    "run commits the files left uncommitted)")
        raise GitError(f"git {args[0]} failed: {last}{hint}")
    return done


def work_tree_of(directory: Path) -> Path:
    """The top of the git work tree holding the reports folder `directory`. GitError, with how
    to fix it, if there is none or it is in the middle of a merge or rebase (unmerged files):
    `--commit` checks this before the run does anything."""
    while not directory.is_dir():  # a reports folder a first pull will make
        directory = directory.parent
    done = git(directory, "rev-parse", "--is-inside-work-tree", "--show-toplevel", check=False)
    lines = done.stdout.split("\n")
    if done.returncode != 0 or lines[0].strip() != "true":
        raise GitError(f"{directory}: not in a git work tree, so --commit has nothing to commit "
                       "to; run `git init` (or clone the reports repository) there, or drop "
                       "--commit")
    top = Path(lines[1].strip())
    if git(top, "ls-files", "--unmerged").stdout.strip():
        raise GitError(f"{top}: the git work tree has unmerged files (a merge or rebase in "
                       "progress); finish it (`git rebase --continue`) or abort it (`git rebase "
                       "--abort`) first")
    return top


def page_changes(run: SyncRun, bot_user: str) -> list[PageChange]:
    """The pages a run changed files for, in the run's order. A pulled page or a new conflict
    names the wiki's revision with its author and summary; an edit the run saved names the new
    revision, the bot account and the summary it used. A conflict left from an earlier run (the
    run wrote nothing for it) is not named."""
    changes = []
    for item, outcome in run.results:
        wiki = item.wiki
        if outcome.result == Result.PULLED or (outcome.result == Result.CONFLICT
                                          and item.action is SyncAction.CONFLICT):
            assert wiki is not None  # what was pulled, or what the file conflicts with
            changes.append(PageChange(item.title, outcome.result, wiki.revid, wiki.user,
                                      wiki.comment))
        elif outcome.result == Result.MOVED:
            # the redirect's revision: who moved the page, and the move's summary
            changes.append(PageChange(outcome.title, Result.MOVED, wiki.revid if wiki else 0,
                                      wiki.user if wiki else "",
                                      wiki.comment if wiki else f"moved from {item.title}"))
        elif outcome.result in (Result.MERGED, Result.PUSHED, Result.CREATED):
            changes.append(PageChange(item.title, outcome.result, outcome.revid, bot_user,
                                      outcome.summary))
    return changes


def one_line(text: str) -> str:
    """`text` on one line: control, format and line or paragraph separator characters (what
    an edit summary or a title from the wiki could use to forge lines) as spaces, runs of
    white space as one space."""
    return " ".join("".join(" " if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")
                            else char for char in text).split())


def commit_message(changes: Sequence[PageChange], site: str, files: Iterable[str]) -> str:
    """The commit message: a subject with the counts, then one line per page (result, title,
    revision, user, summary; what comes from the wiki collapsed to one line), then the files
    committed."""
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.result] = counts.get(change.result, 0) + 1
    what = ", ".join(f"{count} {result}" for result, count in counts.items()) or "state file"
    lines = [f"salonbot sync ({site}): {what}", ""]
    for change in changes:
        revision = f"revision {change.revid}" if change.revid else "no new revision"
        if change.result == Result.CONFLICT:
            revision = f"conflicts with {revision}"
        user = f"by {one_line(change.user)}" if change.user else "by (hidden user)"
        summary = f"summary: {one_line(change.summary)}" if change.summary else "no summary"
        lines.append(f"{change.result:<9}{one_line(change.title)}: {revision} {user}; {summary}")
    lines += ["", "Files:", *(f"  {one_line(name)}" for name in files)]
    return "\n".join(lines) + "\n"


def _literal(names: Iterable[str]) -> list[str]:
    """Pathspecs that match exactly these names (`r[1]` is not a glob for `r1`)."""
    return [f":(literal){name}" for name in names]


def owned_files(directory: Path, site: str) -> list[Path]:
    """Every file salonbot keeps in the reports folder for the wiki `site`: the report files
    its state records, conflict files, the state file and the base copies (what `sync
    --commit` commits when it differs from HEAD, so that files an earlier run could not commit
    are committed by the next). A report file only a person has written is not among them."""
    recorded = [directory / base.file for base in State.load(directory, site).bases.values()]
    patterns = ("*.conflict.wiki", STATE_FILE, f"{PAGES_DIR}/**/*")
    return sorted({path for pattern in patterns for path in directory.glob(pattern)}
                  | set(recorded))


def detached_head(work_tree: Path) -> bool:
    """Whether the work tree's HEAD is detached (a commit there is on no branch)."""
    return git(work_tree, "symbolic-ref", "--quiet", "HEAD", check=False).returncode != 0


def stage(work_tree: Path, paths: Sequence[Path]) -> list[str]:
    """Stage exactly `paths`; the ones that differ from the last commit, relative to the work
    tree (none: nothing to commit)."""
    top = work_tree.resolve()
    names = sorted({str(path.resolve().relative_to(top)) for path in paths if path.is_file()})
    if not names:
        return []
    git(work_tree, "add", "--", *_literal(names))
    if not git(work_tree, "rev-parse", "--verify", "--quiet", "HEAD", check=False).stdout:
        return names  # the first commit of the repository
    changed = git(work_tree, "diff", "--cached", "--name-only", "-z", "HEAD", "--",
                   *_literal(names))
    return [name for name in changed.stdout.split("\0") if name]


def commit_paths(work_tree: Path, names: Sequence[str], message: str) -> str:
    """Commit the files `names` (relative to the work tree) as they are in the work tree, with
    `message`; the new commit's short id. Every other staged or modified file stays as it was:
    with paths, `git commit --only` records just those. Never pushes."""
    git(work_tree, "commit", "--quiet", "--only", "--file=-", "--", *_literal(names),
         stdin=message)
    return git(work_tree, "rev-parse", "--short", "HEAD").stdout.strip()


def commit_run(run: SyncRun, work_tree: Path, bot_user: str, site: str,
               directory: Path) -> str | None:
    """Commit the files `run` wrote and every other file salonbot keeps in `directory` that
    differs from HEAD, with a message naming each page the run changed; the commit's short id,
    or None when there was nothing to commit (no empty commit)."""
    names = stage(work_tree, [*run.written, *owned_files(directory, site)])
    if not names:
        return None
    return commit_paths(work_tree, names, commit_message(page_changes(run, bot_user), site, names))
