"""What surrounds an unattended sync run: the lock that keeps two runs on one reports folder
apart, and the action log, one line per action."""

from __future__ import annotations

import fcntl
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path

from salonbot.sync.effects import SyncRun
from salonbot.sync.plan import Outcome, Result
from salonbot.sync.syncplan import SyncItem

LOCK_FILE = ".salonbot.lock"
LOG_FILE = "salonbot.log"
LOG_MAX_BYTES, LOG_BACKUPS = 1_000_000, 5  # at most about 6 MB of log


def log_action(log: logging.Logger, item: SyncItem, outcome: Outcome) -> None:
    """One line for an action, written as it is done (unchanged reports are not logged), so
    that the edits of a run that is killed or interrupted are in the log too."""
    if outcome.result != Result.UNCHANGED:
        base = item.base.revid if item.base else "-"
        wiki = item.wiki.revid if item.wiki and item.wiki.exists else "-"
        log.info("%s %s file=%s base=%s wiki=%s new=%s %s", outcome.result, item.title,
                 item.file or "-", base, wiki, outcome.revid or "-", outcome.message)


def log_run(log: logging.Logger, run: SyncRun) -> None:
    """The line that ends a run (its actions were logged as they were done)."""
    if run.halted:
        log.info("halted by the stop page: %r", run.halted[:200])
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


@contextmanager
def no_lock() -> Iterator[bool]:
    """Stand in for run_lock where no lock is needed: a dry run writes nothing, so it may
    overlap with a real run."""
    yield True
