"""The `status`, `diff` and `sync` commands: their arguments, the run lock, the action log and
the printed summary around the functions of sync.py."""

from __future__ import annotations

import argparse
import fcntl
import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from salonbot.config import load_settings
from salonbot.console import summary_table
from salonbot.errors import WikiUnavailable
from salonbot.sync.run import RESULTS, SyncRun, diff, status, sync
from salonbot.sync.syncplan import EXIT_LOCKED, EXIT_OK

LOCK_FILE = ".salonbot.lock"
LOG_FILE = "salonbot.log"
LOG_MAX_BYTES, LOG_BACKUPS = 1_000_000, 5  # at most about 6 MB of log


def print_run(run: SyncRun, stop_page: str, out: TextIO) -> None:
    """The outcome of each report that needed something, and the counts."""
    if run.halted:
        out.write(f"halted: the stop page {stop_page} says {run.halted[:200]!r}; nothing was "
                  "written. Empty it or write `run` in it to let sync work again.\n")
        return
    for item, outcome in run.results:
        if outcome.result == "unchanged" and not outcome.message:
            continue
        out.write(f"{outcome.result:<9} {item.title or item.file}\n")
        details = [outcome.message] if outcome.message else []
        if outcome.revid:
            details.append(f"revision {outcome.revid}")
        for line in details:
            out.write(f"          {line}\n")
    out.write(("\ndry run: nothing was written\n" if run.dry_run else "\n")
              + summary_table((o.result for _, o in run.results), RESULTS))


def log_run(log: logging.Logger, run: SyncRun) -> None:
    """One line per action (unchanged reports are not logged), and one for the whole run."""
    if run.halted:
        log.info("halted by the stop page: %r", run.halted[:200])
    for item, outcome in run.results:
        if outcome.result != "unchanged":
            base = item.base.revid if item.base else "-"
            wiki = item.wiki.revid if item.wiki and item.wiki.exists else "-"
            log.info("%s %s file=%s base=%s wiki=%s new=%s %s", outcome.result, item.title,
                     item.file or "-", base, wiki, outcome.revid or "-", outcome.message)
    log.info("sync finished: exit %d", run.exit_code())


@contextmanager
def run_lock(directory: Path) -> Iterator[bool]:
    """Hold an exclusive lock on LOCK_FILE in `directory` (True), or say another run holds it
    (False). The kernel releases it if the process dies; the file is never removed."""
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / LOCK_FILE, "a", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True


@contextmanager
def action_log(path: Path | None) -> Iterator[logging.Logger]:
    """A logger writing `time message` lines to `path` (nowhere if None); the `salonbot.*`
    loggers write there too (the wiki's retried requests when no terminal shows them). The file
    rotates: at LOG_MAX_BYTES it becomes `salonbot.log.1` (up to LOG_BACKUPS old files)."""
    parent = logging.getLogger("salonbot")
    parent.propagate = False
    parent.setLevel(logging.INFO)
    handler: logging.Handler = (
        RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                            encoding="utf-8") if path else logging.NullHandler())
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S%z"))
    parent.addHandler(handler)
    try:
        yield logging.getLogger("salonbot.sync")
    finally:
        parent.removeHandler(handler)
        handler.close()


def _simulate() -> bool:
    import pywikibot

    return bool(pywikibot.config.simulate)


def cmd_status(args: argparse.Namespace) -> int:
    from salonbot.cli import _connect, _directory

    settings, wiki = _connect(args)
    status(wiki, settings, _directory(args, settings), as_json=args.json)
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    from salonbot.cli import _connect_with_reports

    _, wiki, _, paths = _connect_with_reports(args)
    return diff(wiki, paths)


def cmd_sync(args: argparse.Namespace) -> int:
    from salonbot.cli import _connect, _directory

    settings = load_settings(args.config)
    directory = _directory(args, settings)
    dry_run = args.dry_run or _simulate()
    log_path = None if dry_run else Path(args.log) if args.log else directory / LOG_FILE
    with run_lock(directory) if not dry_run else _no_lock() as locked, action_log(log_path) as log:
        if not locked:
            log.info("not run: another sync holds the lock %s", directory / LOCK_FILE)
            print(f"salonbot: another sync is running (it holds {directory / LOCK_FILE}); "
                  "not starting a second one", file=sys.stderr)
            return EXIT_LOCKED
        try:
            settings, wiki = _connect(args)
        except WikiUnavailable as error:  # the log says why a scheduled run did nothing
            log.info("not run: %s", error)
            raise
        max_edits = settings.max_edits if args.max_edits is None else args.max_edits
        run = sync(wiki, settings, directory, yes=args.yes, dry_run=dry_run,
                   max_edits=max_edits, diffs=sys.stderr if args.json else sys.stdout)
        log_run(log, run)
    if args.json:
        print(json.dumps(run.to_json(), indent=1, ensure_ascii=False))
    else:
        print_run(run, settings.stop_page, sys.stdout)
    return run.exit_code()


@contextmanager
def _no_lock() -> Iterator[bool]:
    yield True  # a dry run writes nothing, so it may overlap with a real run


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return value


def register(subparsers: argparse._SubParsersAction,
             add: Callable[..., argparse.ArgumentParser]) -> None:
    """Add `status`, `diff` and `sync` to the CLI (`add` is salonbot.cli._add)."""
    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--dir", help="the reports folder (default: reports, or salonbot.toml)")
        parser.add_argument("--config", help="salonbot's settings file (default: ./salonbot.toml)")

    p = add(subparsers, "status", cmd_status,
            "show which reports differ from their wiki pages (one request)", "salonbot status")
    common(p)
    p.add_argument("--json", action="store_true", help="print the states as JSON")

    p = add(subparsers, "diff", cmd_diff, "show the wikitext diff from the wiki to report files",
            "salonbot diff reports/ma-ug.yaml | less -R")
    p.add_argument("files", nargs="*", metavar="FILE", help="report files (default: all in --dir)")
    common(p)

    p = add(subparsers, "sync", cmd_sync,
            "three-way sync of report files and wiki pages: push, pull, merge (see README)",
            "salonbot sync --yes --max-edits 20")
    common(p)
    p.add_argument("--yes", action="store_true", help="save without asking for each page")
    p.add_argument("--dry-run", action="store_true",
                   help="read, plan and show what would happen; write nothing")
    p.add_argument("--json", action="store_true", help="print one JSON summary of the run")
    p.add_argument("--max-edits", type=_count, metavar="N",
                   help="make at most N edits, defer the rest (default: max_edits in salonbot.toml; "
                        "0 means no limit)")
    p.add_argument("--log", metavar="FILE", help=f"the log file (default: DIR/{LOG_FILE})")
