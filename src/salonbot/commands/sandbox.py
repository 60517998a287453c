"""`salonbot sandbox start|stop|status`: a local MediaWiki for trying salonbot."""

from __future__ import annotations

import argparse
from pathlib import Path

from salonbot import sandbox
from salonbot.commands.common import add_command
from salonbot.errors import ExitCode


def cmd_sandbox(args: argparse.Namespace) -> ExitCode:
    return sandbox.run(args.action, Path(args.state_dir), args.port)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add sandbox."""
    p = add_command(subparsers, "sandbox", cmd_sandbox,
                    "start, stop or show a local MediaWiki for trying salonbot",
                    'eval "$(salonbot sandbox start)"')
    p.add_argument("action", choices=["start", "stop", "status"])
    p.add_argument("--port", type=int, help="the port (default: a free one)")
    p.add_argument("--state-dir", default=".sandbox",
                   help="where the wiki and its pywikibot config live (default: .sandbox)")
