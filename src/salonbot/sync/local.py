"""Report files as a run sees them: each file's title and the sha1 of the page text it renders
to, without keeping the text.

Deciding what to push, pull or merge needs only sha1s (the wiki's are in the metadata sweep), so
a run keeps one small `Local` a file and loads a report's text again only for the few pages it
edits or shows. Loading a report (YAML, JSON Schema, a render-and-parse round trip) costs about
ten milliseconds; `.salonbot-cache.json` in the reports folder remembers, for each file's exact
bytes, the title and page sha1 they gave, so an unchanged file costs one read and one hash. The
cache is derived data (delete it at will; keep it out of git): an entry is used only for the
very bytes it was made from, and the whole cache only by the salonbot code that made it.

The export reads many files that the cache knows to be valid; composing their YAML, building
each report and its rows again was most of what it cost (about 0.8 ms a report).
`.salonbot-cache.sqlite` beside the cache (`DataStore`) keeps the rows the export made of each
file's exact bytes, compressed (about 8 KB a report), for this very salonbot code and Python,
like the rest of the cache. It is an SQLite file so that each worker process of an export looks
up only the files it reads, rather than every process holding all of it in memory. The same
file keeps the read of each base copy (sync/reads.py, its own table).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sqlite3
import sys
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from salonbot.errors import ReportError, ReportErrors, SalonbotError
from salonbot.report.scaffold import file_name_for
from salonbot.report.validate import load_checked, load_page_text
from salonbot.report.yamlio import decode_text, write_atomic
from salonbot.wiki.page import sha1_of

CACHE_FILE = ".salonbot-cache.json"
#: The rows the export made of each report file (see DataStore).
DATA_FILE = ".salonbot-cache.sqlite"
#: Page texts a run keeps of the files it loaded (about 13 KB of text each for a full report).
MAX_KEPT_TEXTS = 500


def bytes_sha1(data: bytes) -> str:
    """The sha1 of a file's bytes (hex)."""
    return hashlib.sha1(data).hexdigest()


def cache_key(raw_sha1: str, base: str | None) -> str:
    """The load cache's key for a file's bytes rendered onto the base copy `base`: the page a
    file renders to depends on both."""
    return raw_sha1 if base is None else f"{raw_sha1}:{sha1_of(base)}"


def free_file_name(directory: Path, title: str, prefix: str, taken: set[str]) -> str:
    """A new report file name for the page `title` (see file_name_for), numbered `-2`, `-3`, ...
    until it is neither a file in `directory` nor in `taken`; the name is added to `taken`."""
    name = file_name_for(title, prefix)
    stem, number = name.removesuffix(".yaml"), 2
    while name in taken or (directory / name).exists():
        name, number = f"{stem}-{number}.yaml", number + 1
    taken.add(name)
    return name


@cache
def code_fingerprint() -> str:
    """A hash of everything that decides what a report file renders to, and the figures the
    export reads from it: salonbot's own modules, templates and schema, the versions of the
    libraries that parse, check and read (babel's CLDR data: month and currency names), and of
    Unicode (digits, letters and case of every script)."""
    digest = hashlib.sha1(f"unicode={unicodedata.unidata_version};".encode())
    for name in ("mwparserfromhell", "PyYAML", "jsonschema", "babel"):
        try:
            digest.update(f"{name}={metadata.version(name)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=?;".encode())

    def walk(folder: resources.abc.Traversable, prefix: str) -> None:
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir() and entry.name != "__pycache__":
                walk(entry, f"{prefix}{entry.name}/")
            elif entry.is_file() and entry.name.endswith((".py", ".yaml", ".json")):
                digest.update(f"{prefix}{entry.name}\0".encode())
                digest.update(entry.read_bytes())

    walk(resources.files("salonbot"), "")
    return digest.hexdigest()


def report_names(directory: Path) -> set[str]:
    """The names of the report files (`*.yaml`) in `directory`, as `Path.glob` gives them (in
    5 to 8 ms for 10,000 files against 16 ms); empty if it cannot be listed."""
    try:
        return {name for name in os.listdir(directory) if name.endswith(".yaml")}
    except OSError:
        return set()


class DataStore:
    """Plain data (tuples, lists, text and numbers: what `marshal` writes) made from report
    files, each for the exact bytes it was made from: `.salonbot-cache.sqlite` in the reports
    folder, a row a file (its name, the sha1 of its bytes and of the version of the code that
    stored it, the data as `marshal` and zlib). The export keeps each file's rows there
    (export/rows.py, `to_stored`). The whole store serves only the salonbot code
    (`code_fingerprint`) and Python that wrote it, and is emptied for any other.

    It is derived data: any failure to open, read or write it (damaged, locked too long, a
    read-only folder) makes the files be read again, never an error. A store is opened where
    it is first used, so a copy sent to a worker process opens its own connection there; what
    `put` adds is written by `flush` (every FLUSH_ROWS rows, and when the store is closed)."""

    FLUSH_ROWS = 250
    #: How long a process waits for another one writing the store, in seconds.
    TIMEOUT = 30.0

    def __init__(self, directory: Path):
        self.directory = directory
        self._connection: sqlite3.Connection | None = None
        self._broken = False
        self._pending: list[tuple[str, str, bytes]] = []
        self._tag = ""  # what follows the sha1 of the bytes in a row's key: this code's version

    def __getstate__(self) -> dict[str, Any]:
        # a connection is never carried to another process; what is pending is written first
        self.flush()
        return {"directory": self.directory}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["directory"])  # type: ignore[misc]

    @staticmethod
    def version() -> str:
        """What the data depends on: salonbot's code (how a file is read and made into rows),
        and Python's marshal."""
        return f"{code_fingerprint()};python={sys.version_info[:2]};marshal={marshal.version}"

    def _open(self) -> sqlite3.Connection | None:
        if self._connection is not None or self._broken:
            return self._connection
        path = self.directory / DATA_FILE
        try:
            connection = sqlite3.connect(path, timeout=self.TIMEOUT, isolation_level=None)
        except sqlite3.Error:
            self._broken = True
            return None
        try:
            connection.executescript("""
                PRAGMA synchronous = OFF;
                PRAGMA cache_size = -1024;
                BEGIN IMMEDIATE;
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS data (name TEXT PRIMARY KEY, sha1 TEXT NOT NULL,
                                                 data BLOB NOT NULL);
                COMMIT;""")
            version = self.version()
            # each row is stored for its bytes and this code: rows another salonbot stores while
            # this one has the store open (having emptied it for itself) are never taken
            self._tag = " " + hashlib.sha1(version.encode()).hexdigest()
            row = connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is None or row[0] != version:
                connection.execute("BEGIN IMMEDIATE")
                row = connection.execute("SELECT value FROM meta WHERE key = 'version'"
                                         ).fetchone()
                if row is None or row[0] != version:  # another process may have done it
                    connection.execute("DELETE FROM data")
                    connection.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)",
                                       (version,))
                connection.execute("COMMIT")
        except sqlite3.Error as error:
            connection.close()
            self._broken = True
            if isinstance(error, sqlite3.DatabaseError) and not isinstance(
                    error, sqlite3.OperationalError):  # damaged: the next run makes a new one
                path.unlink(missing_ok=True)
            return None
        self._connection = connection
        return connection

    def get(self, name: str, raw_sha1: str) -> Any | None:
        """The data kept for the report file `name` if its bytes (whose sha1 is `raw_sha1`) are
        those it was made from; else None."""
        connection = self._open()
        if connection is None:
            return None
        try:
            row = connection.execute("SELECT sha1, data FROM data WHERE name = ?",
                                     (name,)).fetchone()
            if row is None or row[0] != raw_sha1 + self._tag:
                return None
            return marshal.loads(zlib.decompress(row[1]))
        except (sqlite3.Error, zlib.error, ValueError, EOFError, TypeError):
            return None

    def put(self, name: str, raw_sha1: str, data: Any) -> None:
        """Remember `data`, made from the bytes of the report file `name` whose sha1 is
        `raw_sha1` (written by the next `flush`)."""
        if self._broken:
            return
        try:
            blob = zlib.compress(marshal.dumps(data))
        except ValueError:  # not plain data: not kept
            return
        self._pending.append((name, raw_sha1, blob))
        if len(self._pending) >= self.FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Write what `put` added; a failure to write is not an error."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        connection = self._open()
        if connection is None:
            return
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany("INSERT OR REPLACE INTO data VALUES (?, ?, ?)", [
                (name, raw_sha1 + self._tag, blob) for name, raw_sha1, blob in pending])
            connection.execute("COMMIT")
        except sqlite3.Error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")

    def count(self) -> int:
        """How many files the store holds data for (for whatever bytes); 0 if it cannot be
        read."""
        connection = self._open()
        if connection is None:
            return 0
        try:
            return int(connection.execute("SELECT count(*) FROM data").fetchone()[0])
        except sqlite3.Error:
            return 0

    def prune(self) -> None:
        """Forget the files that are no longer in the folder."""
        names = report_names(self.directory)
        connection = self._open()
        if connection is None:
            return
        try:
            gone = [(name,) for (name,) in connection.execute("SELECT name FROM data")
                    if name not in names]
            if gone:
                connection.execute("BEGIN IMMEDIATE")
                connection.executemany("DELETE FROM data WHERE name = ?", gone)
                connection.execute("COMMIT")
        except sqlite3.Error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")

    def close(self) -> None:
        """Write what is pending and close the connection (it is opened again if used)."""
        self.flush()
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class FileCache:
    """What each report file's bytes gave when they were last loaded: title and page sha1, and
    the figures the export read from them once it has exported them; and, for the export, the
    rows it made of each file (`data`, a DataStore)."""

    def __init__(self, directory: Path, entries: dict[str, list[Any]] | None = None):
        self.directory = directory
        # file name -> [bytes sha1, title, page sha1] or [..., figures (export/figures.py)]
        self.entries = entries or {}
        self._dirty = False
        self.data = DataStore(directory)

    @classmethod
    def load(cls, directory: str | Path) -> FileCache:
        """The cache of `directory`; empty if there is none, it is damaged, or it was made by
        other code (it is rebuilt as files are loaded)."""
        directory = Path(directory)
        try:
            data = json.loads((directory / CACHE_FILE).read_text(encoding="utf-8"))
            if data.get("code") != code_fingerprint():
                return cls(directory)
            entries = {name: entry for name, entry in data["files"].items()
                       if isinstance(entry, list) and len(entry) in (3, 4)
                       and all(isinstance(part, str) for part in entry[:3])
                       and (len(entry) == 3 or isinstance(entry[3], list))}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(directory)
        return cls(directory, entries)

    def get(self, name: str, key: str) -> tuple[str, str] | None:
        """(title, page sha1) of the file `name` if its bytes (and its base copy's: the key is
        `cache_key`) are still those of the entry."""
        entry = self.entries.get(name)
        return (entry[1], entry[2]) if entry and entry[0] == key else None

    def put(self, path: Path, key: str, title: str, page_sha1: str) -> None:
        """Remember what the bytes of the report file `path` give (files of other folders are
        not this cache's); `key` is their cache_key. The figures of an entry for the same
        bytes are kept."""
        entry = [key, title, page_sha1]
        if path.parent == self.directory and self.entries.get(path.name, [])[:3] != entry:
            self.entries[path.name] = entry
            self._dirty = True

    def figures(self, name: str, key: str) -> list[Any] | None:
        """The figures the export read from the file `name` (export/figures.py's cells), if
        its bytes (with its base copy's) are still those of the entry and they were read."""
        entry = self.entries.get(name)
        return entry[3] if entry and entry[0] == key and len(entry) == 4 else None

    def put_figures(self, name: str, key: str, figures: list[Any]) -> None:
        """Remember the figures read from the file `name`, whose entry is for the bytes `key`
        (a file without such an entry is not remembered)."""
        entry = self.entries.get(name)
        if entry and entry[0] == key and entry[3:] != [figures]:
            self.entries[name] = [*entry[:3], figures]
            self._dirty = True

    def update(self, other: FileCache) -> None:
        """Take in the entries of `other` (a copy of part of this cache, added to elsewhere)."""
        for name, entry in other.entries.items():
            if self.entries.get(name) != entry:
                self.entries[name] = entry
                self._dirty = True

    def remember(self, path: Path, raw_sha1: str, title: str, page_sha1: str,
                 base: str | None) -> None:
        """Remember a report file salonbot wrote (a pulled or merged page): its bytes (whose
        sha1 is `raw_sha1`), rendered onto `base`, are known to give `title` and a page whose
        sha1 is `page_sha1`."""
        self.put(path, cache_key(raw_sha1, base), title, page_sha1)

    def save(self) -> None:
        """Write the cache if anything was added (and the data store what was added to it); a
        failure to write it is not an error."""
        self.data.close()
        if not self._dirty:
            return
        names = report_names(self.directory)
        data = {"version": 1, "code": code_fingerprint(),
                "files": {name: entry for name, entry in sorted(self.entries.items())
                          if name in names}}
        try:
            write_atomic(self.directory / CACHE_FILE, json.dumps(data, indent=0) + "\n")
        except OSError:
            return
        self._dirty = False


@dataclass
class Local:
    """A report file: its title and the sha1 of its page text, or why it is unusable."""

    path: Path
    title: str = ""
    sha1: str = ""
    problem: str = ""
    raw_sha1: str | None = None  # the sha1 of the bytes read (None: the file could not be read)
    base: str | None = field(default=None, repr=False)  # the base copy it renders onto
    legacy: bool = False  # written by an older salonbot (layout: keys), converted when rewritten
    _text: str | None = field(default=None, repr=False)

    def text(self) -> str:
        """The page text the file renders to, loaded again (and kept) when first asked for.
        Raises SalonbotError if the file changed since this run first read it."""
        if self._text is None:
            try:
                _, text = load_page_text(decode_text(self.path.read_bytes(), self.path),
                                         str(self.path), self.base)
            except (ReportErrors, OSError) as error:
                raise SalonbotError(f"{self.path} changed while salonbot ran ({error}); "
                                    "run again") from None
            if sha1_of(text) != self.sha1:
                raise SalonbotError(f"{self.path} changed while salonbot ran; run again")
            self._text = text
        return self._text


def read_local(path: Path, file_cache: FileCache | None = None, keep: bool = False,
               want: Callable[[Local], bool] | None = None, base: str | None = None) -> Local:
    """One report file, rendered onto the base copy `base` (if any); a file that cannot be
    used carries its problems instead. `keep` keeps the page text (and loads the file even if
    the cache knows it); `want` keeps the text of a file that had to be loaded anyway if it
    says so (a file the run will likely save)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return Local(path, problem=str(ReportError(f"cannot read the file: {error.strerror}",
                                                   path)))
    raw_sha1 = bytes_sha1(raw)
    key = cache_key(raw_sha1, base)
    known = file_cache.get(path.name, key) if file_cache is not None and not keep else None
    if known is not None:
        return Local(path, known[0], known[1], raw_sha1=raw_sha1, base=base)
    try:
        checked = load_checked(decode_text(raw, path), str(path), base)
    except (ReportError, ReportErrors) as error:
        return Local(path, problem=str(error), raw_sha1=raw_sha1, base=base)
    assert checked.report is not None
    local = Local(path, checked.report.title, sha1_of(checked.page), raw_sha1=raw_sha1,
                  base=base, legacy=checked.legacy)
    if keep or (want is not None and want(local)):
        local._text = checked.page
    if file_cache is not None and not checked.legacy:  # a legacy file is loaded until rewritten
        file_cache.put(path, key, local.title, local.sha1)
    return local


def read_locals(paths: list[Path], file_cache: FileCache | None = None, keep: bool = False,
                want: Callable[[Local], bool] | None = None,
                bases: Callable[[str], str | None] | None = None) -> list[Local]:
    """Each report file of `paths` (see read_local), rendered onto the base copy `bases` gives
    for its name; the caller saves the cache (a dry run does not). `want` keeps at most
    MAX_KEPT_TEXTS texts; the others are loaded again when asked for, so memory stays flat
    however many files changed."""
    found: list[Local] = []
    kept = 0
    for path in paths:
        base = bases(path.name) if bases is not None else None
        local = read_local(path, file_cache, keep, want if kept < MAX_KEPT_TEXTS else None, base)
        kept += local._text is not None
        found.append(local)
    return found
