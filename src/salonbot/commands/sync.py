"""The `status`, `diff` and `sync` commands: their arguments and the printed summary around the
functions of sync/run.py, with the run lock and the action log of sync/journal.py."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from salonbot.commands.common import (
    CONFIG,
    DIRECTORY,
    DRY_RUN,
    FILES,
    YES,
    add_command,
    connect,
    connect_with_reports,
    report_directory,
    settings_of,
)
from salonbot.console import summary_table, unified_diff, use_colour
from salonbot.errors import ExitCode, Terminated, WikiUnavailable
from salonbot.sync.effects import RESULTS, SyncRun
from salonbot.sync.gitcommit import GitError, commit_run, detached_head, work_tree_of
from salonbot.sync.journal import (
    LOCK_FILE,
    LOG_FILE,
    action_log,
    log_action,
    log_run,
    no_lock,
    run_lock,
)
from salonbot.sync.plan import Result
from salonbot.sync.run import differences, status, sync
from salonbot.sync.syncplan import ReportState, SyncItem
from salonbot.wiki.options import simulating


def print_run(run: SyncRun, stop_page: str, out: TextIO) -> None:
    """The outcome of each report that needed something, and the counts."""
    if run.halted and not run.results:
        out.write(f"halted: the stop page {stop_page} says {run.halted[:200]!r}; nothing was "
                  "written. Empty it or write `run` in it to let sync work again.\n")
        return
    for item, outcome in run.results:
        if outcome.result == Result.UNCHANGED and not outcome.message:
            continue
        result = outcome.result.would if run.dry_run else outcome.result
        out.write(f"{result:<9} {outcome.title or item.title or item.file}\n")
        details = [outcome.message] if outcome.message else []
        if outcome.revid:
            details.append(f"revision {outcome.revid}")
        for line in details:
            out.write(f"          {line}\n")
    out.write(("\ndry run: nothing was written\n" if run.dry_run else "\n")
              + summary_table((o.result for _, o in run.results), RESULTS))
    if run.halted:
        out.write(f"halted: the stop page {stop_page} says {run.halted[:200]!r}; no more edits "
                  "were made (the rest are deferred). Empty it or write `run` in it to let sync "
                  "work again.\n")


def print_status(items: list[SyncItem], as_json: bool, out: TextIO) -> None:
    """Each report's state, and the counts. As JSON: one object like sync's, `{"exit_code": 0,
    "counts": {state: n}, "reports": [{"title", "file", "state", "action", "message"}]}`
    (`action`: what sync would do)."""
    if as_json:
        counts = {state.value: sum(i.state is state for i in items) for state in ReportState}
        reports = [{"title": i.title, "file": i.file, "state": i.state.value,
                    "action": i.action.value, "message": i.message} for i in items]
        out.write(json.dumps({"exit_code": 0, "counts": counts, "reports": reports},
                             indent=1, ensure_ascii=False) + "\n")
        return
    for item in items:
        out.write(f"{item.state.value:<20} {item.file or '-':<28} {item.title}\n")
        if item.message:
            out.write(f"{'':<20} {item.message}\n")
    states = [state.value for state in ReportState]
    out.write("\n" + summary_table((item.state.value for item in items), states))


def cmd_status(args: argparse.Namespace) -> ExitCode:
    """Print each report's state. With --json, one JSON object on every exit."""
    try:
        settings, wiki = connect(args)
        print_status(status(wiki, settings, report_directory(args, settings)), args.json,
                     sys.stdout)
    except (WikiUnavailable, KeyboardInterrupt) as error:
        if args.json:
            code = ExitCode.UNAVAILABLE if isinstance(error, WikiUnavailable) else \
                ExitCode.TERMINATED if isinstance(error, Terminated) else ExitCode.INTERRUPTED
            print(json.dumps({"exit_code": int(code), "counts": {}, "reports": [],
                              "error": str(error) or code.name.lower()}, indent=1))
        raise
    return ExitCode.OK


def cmd_diff(args: argparse.Namespace) -> ExitCode:
    """Print the wikitext diff from each page to its report file (nothing for reports that
    match); a file push would refuse gets only its problem, and the exit code FAILED."""
    settings, wiki, _, paths = connect_with_reports(args)
    found, problems = differences(wiki, paths, settings.allowed_prefix)
    for problem in problems:
        print(problem, file=sys.stderr)
    colour = use_colour(sys.stdout)
    for difference in found:
        sys.stdout.write(unified_diff(difference.wiki_text, difference.file_text,
                                      difference.title, colour))
    return ExitCode.FAILED if problems else ExitCode.OK


def _json_exit(code: ExitCode, error: str, dry_run: bool = False) -> None:
    """The JSON object of a run that ended before it had results (locked, wiki unavailable,
    interrupted, terminated): the same keys as a run's, with `error` saying why."""
    print(json.dumps({**SyncRun(dry_run=dry_run).to_json(), "exit_code": int(code),
                      "error": error}, indent=1, ensure_ascii=False))


def cmd_sync(args: argparse.Namespace) -> ExitCode:
    """Sync under the run lock (a dry run takes none), logging each action; print the run.
    With --json, one JSON object is printed on every exit."""
    dry_run = args.dry_run or simulating()
    try:
        return _sync(args, dry_run)
    except WikiUnavailable as error:
        if args.json:
            _json_exit(ExitCode.UNAVAILABLE, str(error), dry_run)
        raise
    except KeyboardInterrupt as error:
        if args.json:
            terminated = isinstance(error, Terminated)
            _json_exit(ExitCode.TERMINATED if terminated else ExitCode.INTERRUPTED,
                       "terminated (SIGTERM)" if terminated else "interrupted", dry_run)
        raise


def _sync(args: argparse.Namespace, dry_run: bool) -> ExitCode:
    settings = settings_of(args)
    directory = report_directory(args, settings)
    work_tree = work_tree_of(directory) if args.commit else None  # before anything is done
    log_path = None if dry_run else Path(args.log) if args.log else directory / LOG_FILE
    commit_error = ""
    with run_lock(directory) if not dry_run else no_lock() as locked, action_log(log_path) as log:
        if not locked:
            log.info("not run: another sync holds the lock %s", directory / LOCK_FILE)
            message = (f"another sync is running (it holds {directory / LOCK_FILE}); not "
                       "starting a second one")
            print(f"salonbot: {message}", file=sys.stderr)
            if args.json:
                _json_exit(ExitCode.LOCKED, message, dry_run)
            return ExitCode.LOCKED
        try:
            settings, wiki = connect(args)
        except WikiUnavailable as error:  # the log says why a scheduled run did nothing
            log.info("not run: %s", error)
            raise
        max_edits = settings.max_edits if args.max_edits is None else args.max_edits
        try:
            run = sync(wiki, settings, directory, yes=args.yes, dry_run=dry_run,
                       max_edits=max_edits, diffs=sys.stderr if args.json else sys.stdout,
                       on_outcome=lambda item, outcome: log_action(log, item, outcome),
                       recreate=args.recreate)
        except KeyboardInterrupt as error:
            log.info("sync stopped: %s", "terminated (SIGTERM)" if isinstance(error, Terminated)
                     else "interrupted (Ctrl-C)")
            raise
        except WikiUnavailable as error:
            log.info("sync stopped: %s", error)
            raise
        log_run(log, run)
        if work_tree is not None and not dry_run:
            if detached_head(work_tree):
                print(f"salonbot: warning: {work_tree} has a detached HEAD; the commit is on no "
                      "branch (check out the branch the reports live on)", file=sys.stderr)
            try:
                run.commit = commit_run(run, work_tree, wiki.username, wiki.site_key, directory)
                log.info("git commit %s", run.commit or "- (nothing changed)")
            except GitError as error:
                commit_error = str(error)
                log.info("git commit failed: %s", error)
    (sys.stderr if args.json else sys.stdout).write("".join(note + "\n" for note in run.notes))
    if args.json:
        data = run.to_json()
        if commit_error:
            data.update(exit_code=int(ExitCode.FAILED), commit_error=commit_error)
        print(json.dumps(data, indent=1, ensure_ascii=False))
    else:
        print_run(run, settings.stop_page, sys.stdout)
        if run.commit:
            print(f"git: committed {run.commit}")
    if commit_error:
        print(f"salonbot: {commit_error}; the results above stand, the next run commits the "
              "files", file=sys.stderr)
        return max(run.exit_code(), ExitCode.FAILED)
    return run.exit_code()


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add status, diff and sync."""
    p = add_command(subparsers, "status", cmd_status,
                    "show which reports differ from their wiki pages (one request)",
                    "salonbot status", [DIRECTORY, CONFIG], wiki=True)
    p.add_argument("--json", action="store_true", help="print the states as JSON")

    add_command(subparsers, "diff", cmd_diff,
                "show the wikitext diff from the wiki to report files",
                "salonbot diff reports/ma-ug.yaml | less -R", [FILES, DIRECTORY, CONFIG], wiki=True)

    p = add_command(subparsers, "sync", cmd_sync,
                    "three-way sync of report files and wiki pages: push, pull, merge (see docs/sync.md)",
                    "salonbot sync --yes --max-edits 20", [DIRECTORY, CONFIG, YES, DRY_RUN],
                    wiki=True)
    p.add_argument("--json", action="store_true", help="print one JSON summary of the run")
    p.add_argument("--max-edits", type=_count, metavar="N",
                   help="make at most N edits, defer the rest (default: max_edits in salonbot.toml; "
                        "0 means no limit)")
    p.add_argument("--recreate", action="store_true",
                   help="create again the pages deleted from the wiki whose files are kept "
                        "(without it, a deleted page is reported once and then left alone)")
    p.add_argument("--log", metavar="FILE", help=f"the log file (default: DIR/{LOG_FILE})")
    p.add_argument("--commit", action="store_true", help="in a git work tree: commit the files "
                   "this run wrote (reports, conflict files, state file); never pushes")
