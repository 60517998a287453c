"""`salonbot check`: a readiness report before the first real run, and before scheduling runs.

One line per check, `ok` or `FAIL`, what was found and, for a failure, how to fix it; exit 0
only when every check passes, else 1. `--json` prints one object instead. The checks are
sync/readiness.py's; this module parses the arguments and prints them.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from salonbot.commands.common import CONFIG, DIRECTORY, add_command
from salonbot.errors import ExitCode


def cmd_check(args: argparse.Namespace) -> ExitCode:
    from salonbot.sync.readiness import run_checks  # here: the CLI imports every command module
    from salonbot.wiki.logs import install

    install()  # pywikibot's retried requests: one clean line each
    checks = run_checks(args.config, args.dir)
    code = ExitCode.OK if all(check.ok for check in checks) else ExitCode.FAILED
    if args.json:
        print(json.dumps({"exit_code": code, "ok": code == ExitCode.OK,
                          "checks": [{**asdict(check), "fix": check.fix if not check.ok
                                      and check.fix else None} for check in checks]},
                         indent=1, ensure_ascii=False))
    else:
        sys.stdout.write("".join(check.line() + "\n" for check in checks))
    return code


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `salonbot check`."""
    parser = add_command(subparsers, "check", cmd_check,
                         "check that everything is ready for an unattended run (reads only)",
                         "salonbot check && salonbot sync --yes", [DIRECTORY, CONFIG], wiki=True)
    parser.add_argument("--json", action="store_true", help="print the checks as one JSON object")
