"""The reads of the base copies, kept across processes (as Parsoid keeps the parse data of a
revision for selective serialisation).

Writing a changed report file onto its base copy (report/splice.py) starts from the read of the
base page: its nodes and where each stands. A pull or a sync reads each page it writes a base
copy of; render, preview, push, sync, validate and status, in a later process, used to read it
again from scratch before writing a single changed line onto it. `ReadStore` keeps that read in
the folder's `.salonbot-cache.sqlite` (table `reads`, beside the export's rows of DataStore),
one row a base copy: its path in the folder, a key, the read as JSON with its key (report/stored.py:
plain data that cannot run code, since a reports folder may be a clone of someone else's) and
the sha1 of that JSON. The key is the sha1 of the page text, the template's identity (with the
coordinator's `[aliases]`, Template.identity), `code_fingerprint()` and Python's version: a
read is used only for the very text, template and salonbot code it was made by. A row whose
key, sha1 or data does not fit (damaged, cut short, written by other code or for another text)
is ignored, and the page read again; a store that cannot be opened, read or written is as good
as none. Each copy has one row, replaced when the copy is rewritten, and the rows of copies that
are gone are dropped when a process first writes one: the table stays the size of the copies.

PageStore (pages.py) hands each base copy it gives out or writes to `read_store(folder)`, which
asks parse.py to take the copy's read from it (parse.keep_reads_of) where the process holds
none, or to hand it the read once it is made. A report rendered with no reports folder
(`salonbot.render(report, base=text)`) involves no store: its base is read in the process only.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import sqlite3
import sys
import threading
from pathlib import Path

from salonbot.report.model import Report
from salonbot.report.parse import PageShape, keep_reads_of
from salonbot.report.stored import read_as_data, read_from_data
from salonbot.report.template import Template
from salonbot.sync.local import DATA_FILE, code_fingerprint

_SCHEMA = """CREATE TABLE IF NOT EXISTS reads (copy TEXT PRIMARY KEY, key TEXT NOT NULL,
                                               data TEXT NOT NULL, sha1 TEXT NOT NULL)"""


class ReadStore:
    """The kept reads of the base copies of the reports folder `directory` (see the module
    docstring). Its connection is opened where it is first used and again in a child process;
    it is shared by threads (a lock keeps their statements apart)."""

    #: How long a process waits for another one writing the store, in seconds.
    TIMEOUT = 30.0
    #: How many reads are kept before they are written, in one transaction (and the rest when
    #: the store is closed, or the process ends): a pull of 1000 pages writes ten times, not
    #: a thousand.
    BATCH = 100

    def __init__(self, directory: Path):
        self.directory = directory
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._broken = False
        self._pruned = False
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[str, str, str, str]] = {}  # copy -> row not written yet
        self._pending_pid = 0  # (the process that kept them)

    @staticmethod
    def key(text_sha1: str, template: Template) -> str:
        """The key of the read of a page text whose sha1 is `text_sha1` with `template`."""
        version = f"{text_sha1};{template.identity};{code_fingerprint()};{sys.version_info[:2]}"
        return hashlib.sha1(version.encode()).hexdigest()

    def base_copy(self, copy: Path, text: str) -> None:
        """`text` is the base copy `copy` (a file of the folder): its read is taken from this
        store or kept in it."""
        keep_reads_of(text, _CopyReads(self, copy.relative_to(self.directory).as_posix()))

    def _open(self, create: bool) -> sqlite3.Connection | None:
        if self._pid != os.getpid():  # (a connection is never used by a child process)
            self._connection, self._pid = None, os.getpid()
        if self._connection is not None or self._broken:
            return self._connection
        path = self.directory / DATA_FILE
        if not create and not path.is_file():
            return None
        try:
            self._connection = sqlite3.connect(path, timeout=self.TIMEOUT, isolation_level=None,
                                               check_same_thread=False)
            # derived data: a row lost to a crash or a power cut costs a read, not a sync to
            # the disk for every row kept
            self._connection.execute("PRAGMA synchronous = OFF")
        except sqlite3.Error:
            self._broken = True
        return self._connection

    def _failed(self, error: sqlite3.Error) -> None:
        """Give the store up for this process; a damaged file is removed (the next process
        makes a new one: it holds derived data only)."""
        self._broken = True
        if self._connection is not None:
            if self._connection.in_transaction:
                self._connection.rollback()
            self._connection.close()
            self._connection = None
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(
                error, sqlite3.OperationalError):
            (self.directory / DATA_FILE).unlink(missing_ok=True)

    def restore(self, copy: str, text: str, text_sha1: str, title: str,
                template: Template) -> tuple[Report, PageShape] | None:
        """The read kept for the base copy `copy` if it is the read of `text` with `template`
        by this code; None otherwise."""
        with self._lock:
            pending = self._pending.get(copy) if self._pending_pid == os.getpid() else None
            connection = self._open(create=False) if pending is None else None
            if connection is None and pending is None:
                return None
            try:
                row = pending[1:] if pending is not None else connection.execute(  # type: ignore[union-attr]
                    "SELECT key, data, sha1 FROM reads WHERE copy = ?", (copy,)).fetchone()
            except sqlite3.OperationalError:  # no such table yet, or locked too long
                return None
            except sqlite3.Error as error:
                self._failed(error)
                return None
        key = self.key(text_sha1, template)
        if row is None or row[0] != key or type(row[1]) is not str \
                or hashlib.sha1(row[1].encode()).hexdigest() != row[2]:
            return None
        try:
            data = json.loads(row[1])
        except (ValueError, RecursionError):
            return None
        if type(data) is not dict or data.get("key") != key:
            return None
        return read_from_data(data.get("read"), text, title, template)

    def keep(self, copy: str, text_sha1: str, template: Template,
             read: tuple[Report, PageShape]) -> None:
        """Keep `read` (of the text whose sha1 is `text_sha1`, with `template`) as the read of
        the base copy `copy`, replacing the one kept for it; the first time a process keeps a
        read, the rows of copies no longer in the folder are dropped. A failure to write is not
        an error."""
        data = read_as_data(read)
        if data is None:
            return
        key = self.key(text_sha1, template)
        # (the key inside the data too: data moved to another row is not that row's read)
        text = json.dumps({"key": key, "read": data}, ensure_ascii=False, separators=(",", ":"))
        row = (copy, key, text, hashlib.sha1(text.encode()).hexdigest())
        with self._lock:
            if self._pending_pid != os.getpid():  # (a child process writes none of its
                self._pending, self._pending_pid = {}, os.getpid()  # parent's rows)
            self._pending[copy] = row
            if len(self._pending) >= self.BATCH:
                self._flush()

    def flush(self) -> None:
        """Write the reads kept and not written yet."""
        with self._lock:
            if self._pending_pid == os.getpid():
                self._flush()

    def _flush(self) -> None:
        """Write the rows kept since the last write, in one transaction (the lock held)."""
        rows, self._pending = list(self._pending.values()), {}
        if not rows:
            return
        connection = self._open(create=True)
        if connection is None:
            return
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(_SCHEMA)
            if not self._pruned:
                gone = [(name,) for (name,) in connection.execute("SELECT copy FROM reads")
                        if not (self.directory / name).is_file()]
                connection.executemany("DELETE FROM reads WHERE copy = ?", gone)
                self._pruned = True
            connection.executemany("INSERT OR REPLACE INTO reads VALUES (?, ?, ?, ?)", rows)
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            self._failed(error)

    def close(self) -> None:
        """Write the rows kept and close the connection (it is opened again if the store is
        used)."""
        with self._lock:
            if self._pending_pid == os.getpid():
                self._flush()
            if self._connection is not None and self._pid == os.getpid():
                self._connection.close()
            self._connection = None


class _CopyReads:
    """The keeper of one base copy's read (parse.ReadKeeper), in its folder's store."""

    def __init__(self, store: ReadStore, copy: str):
        self.store = store
        self.copy = copy

    def restore(self, text: str, text_sha1: str, title: str,
                template: Template) -> tuple[Report, PageShape] | None:
        return self.store.restore(self.copy, text, text_sha1, title, template)

    def keep(self, text: str, text_sha1: str, template: Template,
             read: tuple[Report, PageShape]) -> None:
        self.store.keep(self.copy, text_sha1, template, read)


_STORES: dict[Path, ReadStore] = {}


def read_store(directory: Path) -> ReadStore:
    """The store of the reports folder `directory`, one a process."""
    store = _STORES.get(directory)
    if store is None:
        store = _STORES[directory] = ReadStore(directory)
    return store


def close_read_stores() -> None:
    """Write what every store this process opened keeps, close and forget them (as a new
    process has none); also when the process ends."""
    while _STORES:
        _STORES.popitem()[1].close()


atexit.register(close_read_stores)
