"""The commands that publish: push report files to the wiki, pull wiki pages into files."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from salonbot.commands.common import (
    CONFIG,
    DIRECTORY,
    DRY_RUN,
    FILES,
    UNPLACED,
    YES,
    add_command,
    connect,
    connect_with_reports,
    print_unplaced,
    report_directory,
    unplaced_json,
)
from salonbot.console import summary_table
from salonbot.errors import ExitCode, Halted
from salonbot.sync.plan import Outcome, Result
from salonbot.sync.publish import PULL_RESULTS, PUSH_RESULTS, pull, push
from salonbot.wiki.options import simulating
from salonbot.wiki.site import Wiki

#: The results whose line shows the page's address (when there is no message to show).
LINKED = (Result.CREATED, Result.UPDATED, Result.UNCHANGED, Result.PULLED)


def outcomes_exit_code(outcomes: list[Outcome]) -> ExitCode:
    """FAILED if any page was refused or failed, else OK."""
    failed = any(outcome.result in (Result.REFUSED, Result.FAILED) for outcome in outcomes)
    return ExitCode.FAILED if failed else ExitCode.OK


def print_outcomes(outcomes: list[Outcome], order: tuple[Result, ...], wiki: Wiki,
                   out: TextIO, dry_run: bool = False) -> None:
    """One line per page (`would ...` in a dry run) with its message or its address, then the
    counts."""
    for outcome in outcomes:
        result = outcome.result.would if dry_run else outcome.result
        line = f"{result:<9} {outcome.title or outcome.file}"
        if outcome.message:
            line += f"\n          {outcome.message}"
        elif outcome.result in LINKED:
            line += f"\n          {wiki.article_url(outcome.title)}"
        out.write(line + "\n")
    out.write(("\ndry run: nothing was written\n" if dry_run else "\n")
              + summary_table((o.result for o in outcomes), order))


def cmd_push(args: argparse.Namespace) -> ExitCode:
    """Push report files and print what happened; FAILED if a page was refused or failed,
    Halted if the stop page says stop."""
    settings, wiki, directory, paths = connect_with_reports(args)
    run = push(wiki, settings, directory, paths, summary=args.summary or settings.summary,
               dry_run=args.dry_run or simulating(), yes=args.yes)
    if run.halted and not run.results:
        raise Halted(settings.stop_page, run.halted)
    outcomes = [outcome for _, outcome in run.results]
    sys.stdout.write("".join(note + "\n" for note in run.notes))
    print_outcomes(outcomes, PUSH_RESULTS, wiki, sys.stdout, run.dry_run)
    if run.halted:
        raise Halted(settings.stop_page, run.halted, during=True)
    return outcomes_exit_code(outcomes)


def cmd_pull(args: argparse.Namespace) -> ExitCode:
    """Pull wiki pages into report files, then name the headings of the pages read that were
    not placed; FAILED if a page was refused or failed. With --json, standard output is one
    JSON object and what a person reads goes to standard error."""
    settings, wiki = connect(args)
    out = sys.stderr if args.json else sys.stdout
    pulled = pull(wiki, settings, report_directory(args, settings), args.titles, args.prefix,
                  force=args.force)
    out.write("".join(note + "\n" for note in pulled.notes))
    print_outcomes(pulled.outcomes, PULL_RESULTS, wiki, out)
    code = outcomes_exit_code(pulled.outcomes)
    if args.json:
        json.dump({"exit_code": int(code),
                   "counts": {result: sum(o.result == result for o in pulled.outcomes)
                              for result in PULL_RESULTS},
                   "reports": [{"title": o.title, "file": o.file, "result": o.result,
                                "message": o.message, "revid": o.revid}
                               for o in pulled.outcomes],
                   "unplaced": unplaced_json(pulled.read)},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_unplaced(pulled.read, args.verbose, sys.stdout)
    return code


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add push and pull."""
    p = add_command(subparsers, "push", cmd_push,
                    "publish report files to the wiki (safely; see docs/commands.md)",
                    "salonbot push --dry-run reports/ma-ug.yaml",
                    [FILES, DIRECTORY, DRY_RUN, YES, CONFIG], wiki=True)
    p.add_argument("--summary", help="the text of every edit summary (default: summary in "
                                     "salonbot.toml, else what each edit did)")

    p = add_command(subparsers, "pull", cmd_pull, "download wiki pages into report files",
                    "salonbot pull 'Strategy/Wikimedia movement/2018-20/2019 Community "
                    "Conversations/Strategy Salons/Reports/MA UG'", [DIRECTORY, CONFIG, UNPLACED],
                    wiki=True)
    p.add_argument("titles", nargs="*", metavar="TITLE", help="page titles (default: --prefix)")
    p.add_argument("--prefix",
                   help="pull every page under this prefix (default: the allowed prefix)")
    p.add_argument("--force", action="store_true",
                   help="replace local files even if they have changes not yet pushed")
