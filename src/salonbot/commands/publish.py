"""The commands that publish: push report files to the wiki, pull wiki pages into files."""

from __future__ import annotations

import argparse

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
)
from salonbot.errors import ExitCode
from salonbot.sync.plan import Outcome
from salonbot.sync.publish import pull, push
from salonbot.wiki.options import simulating


def outcomes_exit_code(outcomes: list[Outcome]) -> ExitCode:
    """FAILED if any page was refused or failed, else OK."""
    failed = any(outcome.result in ("refused", "failed") for outcome in outcomes)
    return ExitCode.FAILED if failed else ExitCode.OK


def cmd_push(args: argparse.Namespace) -> ExitCode:
    """Push report files; FAILED if a page was refused or failed."""
    settings, wiki, directory, paths = connect_with_reports(args)
    outcomes = push(wiki, settings, directory, paths, summary=args.summary or settings.summary,
                    dry_run=args.dry_run or simulating(), yes=args.yes)
    return outcomes_exit_code(outcomes)


def cmd_pull(args: argparse.Namespace) -> ExitCode:
    """Pull wiki pages into report files; FAILED if a page was refused or failed."""
    settings, wiki = connect(args)
    outcomes = pull(wiki, settings, report_directory(args, settings), args.titles, args.prefix,
                    force=args.force)
    return outcomes_exit_code(outcomes)


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
                    "Conversations/Strategy Salons/Reports/MA UG'", [DIRECTORY, CONFIG], wiki=True)
    p.add_argument("titles", nargs="*", metavar="TITLE", help="page titles (default: --prefix)")
    p.add_argument("--prefix",
                   help="pull every page under this prefix (default: the allowed prefix)")
    p.add_argument("--force", action="store_true",
                   help="replace local files even if they have changes not yet pushed")
