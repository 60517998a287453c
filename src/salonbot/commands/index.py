"""`salonbot index`: the overview of every report in the folder (analytics/overview.py), printed or
written, and with --push put on the index page (sync/index.py)."""

from __future__ import annotations

import argparse
import sys

from salonbot.commands.common import (
    CONFIG,
    DIRECTORY,
    DRY_RUN,
    OUTPUT,
    YES,
    add_command,
    connect,
    fail,
    report_directory,
    settings_of,
    write_output,
)
from salonbot.errors import ExitCode
from salonbot.sync.pages import offline_bases
from salonbot.sync.plan import Result
from salonbot.sync.summary import Summaries
from salonbot.wiki.options import simulating

#: The formats of analytics.overview.FORMATS and export.overview_html.META_WIKI (the same:
#: tests/test_overview.py), here so that building the parser does not import the export
#: and its analytics (a tenth of a second of every command's start).
FORMATS = ("wikitext", "csv", "json")
META_WIKI = "https://meta.wikimedia.org/wiki/"


def cmd_index(args: argparse.Namespace) -> ExitCode:
    """Print or write the overview; with --push, put its table on the index page."""
    # here: the CLI imports every command module
    from salonbot.analytics.overview import FORMATS, index_csv, index_table, load_reports
    from salonbot.export.coverage import picture
    from salonbot.export.overview import overview_rows
    from salonbot.export.overview_html import overview_html
    from salonbot.sync.index import index_page_refusal, push_index

    if args.push and (args.format != "wikitext" or args.html):
        print("salonbot: --push writes the wikitext table; leave out --format and --html",
              file=sys.stderr)
        return ExitCode.USAGE
    settings = settings_of(args)
    directory = report_directory(args, settings)
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        return fail(f"no report files in {directory}/")
    reports = load_reports(paths, offline_bases(directory))
    rows = overview_rows(reports)
    if args.html:
        write_output(overview_html(rows, reports, args.wiki_url), args.output)
        return ExitCode.OK
    table = index_table(rows) + picture(reports)  # the wikitext: overview, coverage, budgets
    if not args.push:
        write_output(table + "\n" if args.format == "wikitext" else index_csv(rows, raw=True)
                     if args.format == "csv" and args.raw_csv else FORMATS[args.format](rows),
                     args.output)
        return ExitCode.OK
    refusal = index_page_refusal(settings.index_page, (row.title for row in rows))
    if refusal:
        return fail(refusal)
    settings, wiki = connect(args)
    outcome = push_index(wiki, settings.index_page, table,
                         summaries=Summaries(settings.summary_link, args.summary or ""),
                         stop_page=settings.stop_page, dry_run=args.dry_run or simulating(),
                         yes=args.yes)
    result = "dry run: nothing written" if outcome.result is Result.DRY_RUN else outcome.result
    print(f"{result:<9} {settings.index_page}\n          "
          f"{outcome.message or wiki.article_url(settings.index_page)}")
    return ExitCode.FAILED if outcome.result in (Result.REFUSED, Result.FAILED) else ExitCode.OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add index."""
    p = add_command(subparsers, "index", cmd_index,
                    "an overview table of every report (wikitext, CSV or JSON); --push puts it "
                    "on the index page", "salonbot index --push --yes",
                    [DIRECTORY, OUTPUT, DRY_RUN, YES, CONFIG],
                    wiki=True)
    p.add_argument("--format", choices=list(FORMATS), default="wikitext",
                   help="the output format (default: wikitext)")
    p.add_argument("--raw-csv", action="store_true",
                   help="with --format csv: write every field exactly, also text a spreadsheet "
                   "would run as a formula (by default such text starts with ')")
    p.add_argument("--push", action="store_true",
                   help="update the index page of salonbot.toml, between its markers")
    p.add_argument("--summary", help="the edit summary (default: 'salonbot: update the index of "
                                     "Strategy Salon reports', after summary_link if it is set)")
    p.add_argument("--html", action="store_true",
                   help="write one self-contained HTML page instead: the index, the budgets, "
                   "the coverage of the thematic areas, charts and what is unknown (works "
                   "offline)")
    p.add_argument("--wiki-url", default=META_WIKI,
                   help="with --html: where the report pages are read, the address of a page "
                   f"being this followed by its title (default: {META_WIKI})")
