"""`salonbot review [DIR]`: what needs a human across a reports folder (analytics/review.py),
each with the file, the line and the fix; `--json` for a script. Nothing it lists blocks a push."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from salonbot.commands.common import CONFIG, add_command, fail, settings_of, write_output
from salonbot.errors import ExitCode
from salonbot.sync.pages import offline_bases


def cmd_review(args: argparse.Namespace) -> ExitCode:
    """Print what needs a human in the folder; the exit code is 0 whatever it finds."""
    from salonbot.analytics.review import review_files  # here: the CLI imports every command module

    directory = Path(args.directory or settings_of(args).reports_dir)
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        return fail(f"no report files in {directory}/")
    findings = review_files(paths, offline_bases(directory))
    if args.json:
        write_output(json.dumps([finding.as_dict() for finding in findings], ensure_ascii=False,
                                indent=1) + "\n", args.output)
        return ExitCode.OK
    kinds = sorted({finding.kind for finding in findings})
    counts = ", ".join(f"{sum(f.kind == kind for f in findings)} {kind}" for kind in kinds)
    summary = f"{len(findings)} to review in {len(paths)} report file(s)" + (
        f" ({counts})" if counts else "")
    write_output("".join(f"{finding}\n" for finding in findings) + summary + "\n", args.output)
    return ExitCode.OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add review."""
    p = add_command(subparsers, "review", cmd_review,
                    "list what needs a human across the reports folder",
                    "salonbot review reports/ --json", [CONFIG])
    p.add_argument("directory", nargs="?", metavar="DIR",
                   help="the reports folder (default: reports, or reports_dir in salonbot.toml)")
    p.add_argument("--json", action="store_true", help="print the findings as a JSON list")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
