"""The export's rows (export/rows.py) written as CSV, JSON Lines or an SQLite database.

Files are written beside their destination and renamed over it at the end, so a reader never
sees half of one.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from salonbot import signals
from salonbot.analytics.cells import spreadsheet_cell
from salonbot.errors import SalonbotError
from salonbot.export.read import Export, Reused, Source, exported, exported_or_reused
from salonbot.export.rows import POINT_COLUMNS, REPORT_COLUMNS, Exported, Value
from salonbot.report.template import get_template
from salonbot.report.yamlio import file_mode
from salonbot.sync.local import FileCache, code_fingerprint

FORMATS = ("csv", "jsonl", "sqlite")
TABLES = ("points", "reports")


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside `path`, renamed over `path` if the block ends without an
    exception (removed otherwise), with the mode of the file it replaces, or the umask's for a
    new file (never an execute bit)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    name = ""
    try:
        with signals.held():  # a stop between the file made and its name kept would leave it
            handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                            suffix=".tmp")
            os.close(handle)
        temporary = Path(name)
        yield temporary
        os.chmod(temporary, file_mode(path))
        os.replace(temporary, path)
    finally:
        if name:
            with signals.held():
                Path(name).unlink(missing_ok=True)


def _plain(value: Value) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def write_csv(exports: Iterable[Exported], table: str, out: TextIO, *, raw: bool = False) -> None:
    """One table as CSV with a header line; a missing value is an empty field; text that a
    spreadsheet would run as a formula starts with `'` (unless `raw`: exactly as read)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(POINT_COLUMNS if table == "points" else REPORT_COLUMNS)
    cell = (lambda value: value) if raw else spreadsheet_cell
    for rows in exports:
        for row in rows.points if table == "points" else [rows.report]:
            writer.writerow(["" if value is None else cell(value) for value in row])


def write_jsonl(exports: Iterable[Exported], table: str, out: TextIO) -> None:
    """One table as JSON Lines: an object a row, keys in column order, missing values null."""
    columns = POINT_COLUMNS if table == "points" else REPORT_COLUMNS
    for rows in exports:
        for row in rows.points if table == "points" else [rows.report]:
            out.write(json.dumps(dict(zip(columns, map(_plain, row), strict=True)),
                                 ensure_ascii=False) + "\n")


#: The SQL type and constraint of each column (export/rows.py names them, in order).
_SQL = {
    "report_id": "INTEGER PRIMARY KEY", "title": "TEXT NOT NULL", "affiliate": "TEXT",
    "file": "TEXT", "date_and_location": "TEXT", "date": "TEXT", "participants": "INTEGER",
    "budget": "TEXT", "budget_amount": "REAL", "budget_currency": "TEXT",
    "themes": "INTEGER NOT NULL", "points": "INTEGER NOT NULL", "file_sha1": "TEXT",
    "date_source": "TEXT", "date_reason": "TEXT", "participants_source": "TEXT",
    "participants_reason": "TEXT", "budget_source": "TEXT", "budget_reason": "TEXT",
    "budget_usd": "REAL", "budget_usd_source": "TEXT", "budget_usd_reason": "TEXT",
}
_POINT_SQL = {
    "point_id": "INTEGER PRIMARY KEY",
    "report_id": "INTEGER NOT NULL REFERENCES reports(report_id)",
    "report_title": "TEXT NOT NULL", "affiliate": "TEXT", "section": "TEXT",
    "theme_number": "INTEGER", "theme_title": "TEXT", "area": "TEXT", "topic": "TEXT",
    "depth": "INTEGER NOT NULL", "parent_point_id": "INTEGER REFERENCES points(point_id)",
    "position": "INTEGER NOT NULL", "text": "TEXT NOT NULL", "headings": "TEXT NOT NULL",
    "plain_text": "TEXT NOT NULL",
}


def _create(table: str, columns: tuple[str, ...], types: dict[str, str]) -> str:
    return f"CREATE TABLE {table} (\n  " + ",\n  ".join(
        f"{column} {types[column]}" for column in columns) + ");"


SCHEMA = f"""
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -16384;
{_create("reports", REPORT_COLUMNS, _SQL)}
{_create("points", POINT_COLUMNS, _POINT_SQL)}
CREATE TABLE salonbot_export (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _select(columns: tuple[str, ...], replaced: dict[str, str]) -> str:
    """The columns as a SELECT list, some replaced by an expression."""
    return ", ".join(replaced.get(column, column) for column in columns)


# Built once the rows are in (by a serial export): an index or a full-text index built at once
# is several times faster than one kept up to date row by row (10,000 reports: 4 s against 25 s
# for the FTS). A pooled export creates them first and fills the FTS a chunk of rows at a time
# (as fast as a rebuild), while the workers read: not after them, on one processor.
INDEXES = """
CREATE INDEX reports_affiliate ON reports(affiliate);
CREATE INDEX reports_date ON reports(date);
CREATE INDEX points_report_id ON points(report_id);
CREATE INDEX points_area ON points(area);
CREATE VIRTUAL TABLE points_fts USING fts5(text, content=[points],
                                           tokenize='unicode61 remove_diacritics 2');
"""
FTS_REBUILD = "INSERT INTO points_fts(points_fts) VALUES('rebuild')"
_FTS_CHUNK = ("INSERT INTO points_fts(rowid, text) SELECT point_id, text FROM points "
              "WHERE point_id > ?")
_RENUMBERED = {"point_id": "point_id + ?1", "parent_point_id": "parent_point_id + ?1"}
_REPORT_COPY = (f"INSERT INTO reports SELECT "
                f"{_select(REPORT_COLUMNS, {'report_id': '?1', 'file': '?2'})} "
                "FROM previous.reports WHERE report_id = ?3")
_POINTS_COPY = (f"INSERT INTO points SELECT {_select(POINT_COLUMNS, _RENUMBERED | {'report_id': '?2'})} "
                "FROM previous.points WHERE report_id = ?3 ORDER BY point_id")


def previous_export(path: Path) -> dict[str, tuple[int, int, int]]:
    """What the database at `path`, if it is an export made by this very salonbot code, holds:
    for the sha1 of each file's bytes, its report id, first point id and number of points.
    Empty for anything else (no file, another file, another salonbot)."""
    if not path.is_file():
        return {}
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = dict(connection.execute("SELECT key, value FROM salonbot_export"))
            if meta.get("code") != code_fingerprint():
                return {}
            rows = connection.execute(
                "SELECT file_sha1, report_id, (SELECT coalesce(min(point_id), 0) FROM points "
                "WHERE points.report_id = reports.report_id), points FROM reports")
            return {sha1: (report_id, first, count) for sha1, report_id, first, count in rows
                    if sha1}
        finally:
            connection.close()
    except sqlite3.Error:
        return {}


_REPORT_INSERT = f"INSERT INTO reports VALUES ({', '.join('?' * len(REPORT_COLUMNS))})"
_POINT_INSERT = f"INSERT INTO points VALUES ({', '.join('?' * len(POINT_COLUMNS))})"
_CHUNK_REPORTS = (f"INSERT INTO reports SELECT "
                  f"{_select(REPORT_COLUMNS, {'report_id': 'report_id + ?1'})} "
                  "FROM chunk.reports ORDER BY report_id")
_CHUNK_POINTS = (f"INSERT INTO points SELECT "
                 f"{_select(POINT_COLUMNS, _RENUMBERED | {'report_id': 'report_id + ?2'})} "
                 "FROM chunk.points ORDER BY point_id")
#: Files a worker process reads into one chunk database, and the fewest files worth a pool.
CHUNK_FILES = 250
#: Points a pooled export adds to the full-text index at once: FTS5 builds its index in fewer,
#: larger segments from larger batches (80,000 points at once cost a quarter less than
#: 20,000 at a time).
FTS_BATCH = 80_000
POOL_MINIMUM = 1000
#: The page cache of a worker's chunk database, in KiB.
CHUNK_CACHE_KIB = 2048
#: Worker processes at most: each holds about 64 MB, and the export stays under 250 MB in all.
MAX_WORKERS = 2


def _insert(connection: sqlite3.Connection, rows: Exported) -> None:
    connection.execute(_REPORT_INSERT, [_plain(value) for value in rows.report])
    connection.executemany(_POINT_INSERT, rows.points)


def export_chunk(paths: list[Path], cache: FileCache | None,
                 database: Path) -> tuple[Export, FileCache | None]:
    """The rows of the valid reports of `paths` into a new database at `database` (the tables
    of SCHEMA, numbered from 1), what was read, and the load cache with the files read in full
    added. Run in a worker process by `write_sqlite`."""
    run = Export()
    connection = sqlite3.connect(database)
    try:
        connection.executescript(SCHEMA)
        # A chunk is only appended to: a small page cache writes it as fast as one that holds it
        # all (12 MB for 250 reports), and the worker stays smaller.
        connection.execute(f"PRAGMA cache_size = -{CHUNK_CACHE_KIB}")
        for rows in exported(paths, cache, run):
            _insert(connection, rows)
        connection.commit()
    finally:
        connection.close()
        if cache is not None:
            cache.data.close()  # writes the rows of the files it read, for the next export
    return run, cache


def _exit_with(parent: int) -> None:
    """In a worker process: end it as soon as the export that started it (`parent`) is gone,
    killed without the chance to stop its workers, rather than wait for work forever. Ctrl-C
    reaches the whole process group: the worker leaves it to the export, which says so in one
    line, instead of printing a traceback of its own."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the command's handler: just end

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _pooled(connection: sqlite3.Connection, paths: list[Path], file_cache: FileCache | None,
            run: Export, folder: Path, workers: int) -> None:
    """The rows of `paths` read by worker processes, CHUNK_FILES files at a time, each into a
    chunk database in `folder` that is copied (renumbered) into `connection` in file order."""
    chunks = [paths[start:start + CHUNK_FILES] for start in range(0, len(paths), CHUNK_FILES)]
    caches = [None if file_cache is None else FileCache(file_cache.directory, {
        path.name: file_cache.entries[path.name] for path in chunk
        if path.name in file_cache.entries}) for chunk in chunks]
    databases = [folder / f"chunk-{number}.db" for number in range(len(chunks))]
    # Imported here, not with the module: multiprocessing registers `__mp_main__`, which makes
    # pywikibot's -log header (version.package_versions) fail in every command that talks to
    # the wiki.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    indexed = run.points  # the points in the full-text index so far
    if file_cache is None or file_cache.data.count() < len(paths):
        # Files whose rows the data store does not hold are read: the template they need is
        # parsed once here (0.1 s of CPU), not in every worker (the forked workers inherit it).
        get_template()
    if file_cache is not None:
        file_cache.data.close()  # no connection is carried into the forked workers
    with ProcessPoolExecutor(workers, initializer=_exit_with, initargs=(os.getpid(),)) as pool:
        try:
            for database, (chunk_run, cache) in zip(
                    databases, pool.map(export_chunk, chunks, caches, databases), strict=True):
                connection.execute("ATTACH DATABASE ? AS chunk", (str(database),))
                connection.execute(_CHUNK_REPORTS, (run.reports,))
                connection.execute(_CHUNK_POINTS, (run.points, run.reports))
                run.reports, run.points = run.reports + chunk_run.reports, run.points + chunk_run.points
                if run.points - indexed >= FTS_BATCH:
                    connection.execute(_FTS_CHUNK, (indexed,))
                    indexed = run.points
                connection.commit()
                connection.execute("DETACH DATABASE chunk")
                database.unlink()
                run.problems.extend(chunk_run.problems)
                if file_cache is not None and cache is not None:
                    file_cache.update(cache)
            connection.execute(_FTS_CHUNK, (indexed,))
        except BrokenProcessPool:
            raise SalonbotError("a worker process of the export died (out of memory, or "
                                "killed); the export file was not written; run it again") from None


def _serial(connection: sqlite3.Connection, paths: list[Source], file_cache: FileCache | None,
            run: Export, previous: tuple[Path, dict[str, tuple[int, int, int]]]) -> None:
    """The rows of `paths` read here, file after file, or copied from the previous export
    (its path and `previous_export`); then the indexes and the full-text index."""
    if previous[1]:
        connection.execute("ATTACH DATABASE ? AS previous", (str(previous[0]),))
    for rows in exported_or_reused(paths, file_cache, run, previous[1]):
        if isinstance(rows, Reused):
            connection.execute(_REPORT_COPY, (rows.report_id, rows.file,
                                              rows.previous_report_id))
            connection.execute(_POINTS_COPY, (
                rows.first_point_id - rows.previous_first_point_id, rows.report_id,
                rows.previous_report_id))
            continue
        _insert(connection, rows)
    connection.commit()
    if previous[1]:
        connection.execute("DETACH DATABASE previous")
    connection.executescript(INDEXES)
    connection.execute(FTS_REBUILD)


def write_sqlite(sources: Iterable[Source], file_cache: FileCache | None, run: Export,
                 path: Path, workers: int | None = None) -> None:
    """The reports of `sources` (files, or reports) into a new SQLite database at `path`,
    which replaces the file there at the end: both tables, their indexes and `points_fts`, an
    FTS5 full-text index of the points' text (its content is the points table, whose rowid
    is point_id, declared as sqlite-utils does so that Datasette finds it): `SELECT ... FROM
    points JOIN points_fts ON points_fts.rowid = point_id WHERE points_fts MATCH ...`. The
    full-text index does not follow later changes to the table: export again.

    If `path` holds an export made by the same salonbot code, the rows of every file whose
    bytes it read are copied from it (renumbered) instead of reading the file again. Else,
    from POOL_MINIMUM files on and with more than one worker (default: one a processor,
    MAX_WORKERS at most), the files are read by worker processes (`export_chunk`) while this
    one copies their rows in; the database is the same."""
    previous = previous_export(path)
    items = list(sources)
    paths = [item for item in items if isinstance(item, Path)]
    workers = workers or min(os.cpu_count() or 1, MAX_WORKERS)
    pooled = not previous and len(paths) == len(items) >= POOL_MINIMUM and workers > 1
    with replacing(path) as temporary:
        connection = sqlite3.connect(temporary)
        try:
            # A new file, renamed into place only when complete: no journal is needed.
            connection.executescript(SCHEMA)
            connection.execute("INSERT INTO salonbot_export VALUES ('code', ?)",
                               (code_fingerprint(),))
            if pooled:
                connection.executescript(INDEXES)
                with tempfile.TemporaryDirectory(dir=path.parent, prefix=f".{path.name}.") as folder:
                    _pooled(connection, paths, file_cache, run, Path(folder), workers)
            else:
                _serial(connection, items, file_cache, run, (path, previous))
            connection.commit()
        finally:
            connection.close()
