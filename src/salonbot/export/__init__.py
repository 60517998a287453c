"""`salonbot export` as a library call: reports in, a table or a database out, a summary back.

    from salonbot.export import export
    summary = export("reports", "salons.db")            # every report file of the folder
    summary = export(paths, "points.csv", format="csv")
    print(summary.reports, summary.points, summary.problems)

The modules: rows.py (a report as rows, the column names), figures.py (a report's date,
participants and budget, with their source), read.py (report files read one at a time, the
load cache trusted), write.py (CSV, JSON Lines, SQLite), and what the index shows of the same
rows: coverage.py (the areas and budgets tables) and overview_html.py (`salonbot index --html`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TextIO

from salonbot.errors import SalonbotError
from salonbot.export.read import Export, Source, exported
from salonbot.export.write import (
    FORMATS,
    TABLES,
    replacing,
    write_csv,
    write_jsonl,
    write_sqlite,
)
from salonbot.sync.local import FileCache

__all__ = ["FORMATS", "TABLES", "Export", "export", "report_files"]


def report_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The report files of a folder (its `*.yaml`), sorted by name."""
    # by the name alone, the order of Paths of one folder, without comparing Path objects
    # (0.2 s for 10,000 files)
    return sorted(Path(folder).glob("*.yaml"), key=lambda path: path.name)


def export(reports: str | os.PathLike[str] | Iterable[Source],
           destination: str | os.PathLike[str] | TextIO, *, format: str = "sqlite",
           table: str = "points", use_cache: bool = True,
           workers: int | None = None, raw_csv: bool = False) -> Export:
    """Export `reports` (a folder of report files, or an iterable of report files and loaded
    Reports) to `destination` (a file path, or an open text stream for csv and jsonl) as
    `format` (csv, jsonl or sqlite; csv and jsonl write one `table`, points or reports; sqlite
    writes both) and say what was written: the numbers of reports and points, and the problems
    of the files left out (not valid or not readable; the others are exported all the same).

    A file written is replaced only when complete. With `use_cache` and files of one folder,
    the folder's load cache (`.salonbot-cache.json`) is read and updated, so that files known
    valid are not checked again. `workers`: see `write_sqlite`. Raises SalonbotError for an
    unknown format or table, or an sqlite export to a stream. In csv, a field a spreadsheet
    would run as a formula starts with `'` unless `raw_csv`."""
    if format not in FORMATS:
        raise SalonbotError(f"unknown export format {format!r}: use one of {', '.join(FORMATS)}")
    if table not in TABLES:
        raise SalonbotError(f"unknown table {table!r}: use one of {', '.join(TABLES)}")
    if isinstance(reports, (str, os.PathLike)):
        sources: list[Source] = list(report_files(reports))
    else:
        sources = [Path(item) if isinstance(item, (str, os.PathLike)) else item
                   for item in reports]
    folders = {item.parent for item in sources if isinstance(item, Path)}
    # The cache knows files by name: it serves the files of one folder only.
    file_cache = FileCache.load(folders.pop()) if use_cache and len(folders) == 1 else None
    run = Export()
    if format == "sqlite":
        if not isinstance(destination, (str, os.PathLike)):
            raise SalonbotError("an sqlite export writes a database file: give its path")
        write_sqlite(sources, file_cache, run, Path(destination), workers)
    else:
        write = partial(write_csv, raw=raw_csv) if format == "csv" else write_jsonl
        rows = exported(sources, file_cache, run)
        if isinstance(destination, (str, os.PathLike)):
            with replacing(Path(destination)) as temporary, \
                    temporary.open("w", encoding="utf-8", newline="") as out:
                write(rows, table, out)
        else:
            write(rows, table, destination)
    if file_cache is not None:
        file_cache.data.prune()
        file_cache.save()
    return run
