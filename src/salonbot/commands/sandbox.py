"""`salonbot sandbox start|stop|status`: a local MediaWiki for trying salonbot."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from salonbot.commands.common import add_command
from salonbot.errors import ExitCode, SandboxError
from salonbot.sandbox import start, status, stop


def run(action: str, state_dir: Path, port: int | None = None) -> ExitCode:
    """Body of ``salonbot sandbox start|stop|status``: print shell comments, return an exit code.

    ``start`` ends with ``export PYWIKIBOT_DIR=...`` so that ``eval "$(salonbot sandbox start)"``
    sets up the shell. ``status`` returns FAILED when no sandbox is running. Errors are one line
    on stderr and FAILED. No password is printed.
    """
    try:
        if action == "start":
            info = start(state_dir, port)
            stop_command = f"salonbot sandbox stop --state-dir {shlex.quote(str(info.state_dir))}"
            print(f"# sandbox MediaWiki running at {info.url}, bot account {info.bot_user}")
            print(f"# passwords in {info.accounts_file}; stop it with: {stop_command}")
            print(f"export PYWIKIBOT_DIR={shlex.quote(str(info.pywikibot_dir))}")
        elif action == "stop":
            was_running = stop(state_dir)
            print(f"# sandbox in {state_dir} {'stopped' if was_running else 'was not running'}")
        elif action == "status":
            running = status(state_dir)
            if running is None:
                print(f"# no sandbox running in {state_dir}")
                return ExitCode.FAILED
            print(f"# sandbox MediaWiki running at {running.url} (files in {state_dir})")
        else:
            raise SandboxError(f"unknown sandbox action {action!r}; use start, stop or status")
    except (SandboxError, OSError) as error:
        print(f"salonbot sandbox {action}: {error}", file=sys.stderr)
        return ExitCode.FAILED
    return ExitCode.OK


def cmd_sandbox(args: argparse.Namespace) -> ExitCode:
    """Start, stop or show the sandbox wiki (see run)."""
    return run(args.action, Path(args.state_dir), args.port)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add sandbox."""
    p = add_command(subparsers, "sandbox", cmd_sandbox,
                    "start, stop or show a local MediaWiki for trying salonbot",
                    'eval "$(salonbot sandbox start)"')
    p.add_argument("action", choices=["start", "stop", "status"])
    p.add_argument("--port", type=int, help="the port (default: a free one)")
    p.add_argument("--state-dir", default=".sandbox",
                   help="where the wiki and its pywikibot config live (default: .sandbox)")
