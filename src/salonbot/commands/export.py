"""`salonbot export`: every report of the folder as data (the export package): CSV or JSON
Lines of one table, or an SQLite database of both."""

from __future__ import annotations

import argparse
import sys

from salonbot.commands.common import (
    CONFIG,
    DIRECTORY,
    FILES,
    OUTPUT,
    add_command,
    fail,
    report_directory,
    report_paths,
    settings_of,
)
from salonbot.errors import ExitCode

#: salonbot.export's FORMATS and TABLES (tests/test_export.py checks they are the same),
#: here so that building the parser does not import the export (a tenth of a second of
#: every command's start: its analytics, num2words).
FORMATS = ("csv", "jsonl", "sqlite")
TABLES = ("points", "reports")


def cmd_export(args: argparse.Namespace) -> ExitCode:
    """Write the reports as data; the files that are not valid are left out and listed."""
    from salonbot.export import export  # here: the CLI imports every command module

    if args.format == "sqlite" and not args.output:
        print("salonbot: --format sqlite writes a database file; give it with -o FILE",
              file=sys.stderr)
        return ExitCode.USAGE
    directory = report_directory(args, settings_of(args))
    paths = report_paths(args.files, directory)
    if not paths:
        return fail(f"no report files in {directory}/")
    run = export(paths, args.output or sys.stdout, format=args.format, table=args.table,
                 raw_csv=args.raw_csv)
    for problem in run.problems:
        print(problem, file=sys.stderr)
    where = f" to {args.output}" if args.output else ""
    counted = f"{run.reports} report(s)" if args.table == "reports" and args.format != "sqlite" \
        else f"{run.reports} report(s), {run.points} point(s)"
    print(f"exported {counted}{where}", file=sys.stderr)
    if run.problems:
        return fail(f"{run.files_left_out} file(s) left out: not valid "
                    "(see above; salonbot validate says the same)")
    return ExitCode.OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add export."""
    p = add_command(subparsers, "export", cmd_export,
                    "every report as data: CSV or JSON Lines of the points (or reports) table, "
                    "or an SQLite database of both with full-text search",
                    "salonbot export --format sqlite -o salons.db",
                    [FILES, DIRECTORY, OUTPUT, CONFIG])
    p.add_argument("--format", choices=FORMATS, default="csv",
                   help="the output format (default: csv)")
    p.add_argument("--raw-csv", action="store_true",
                   help="with --format csv: write every field exactly, also text a spreadsheet "
                   "would run as a formula (by default such text starts with ')")
    p.add_argument("--table", choices=TABLES, default="points",
                   help="the table written as csv or jsonl (default: points); sqlite has both")
