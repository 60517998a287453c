"""`salonbot sandbox start|stop|status|import`: a local MediaWiki for trying salonbot."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from salonbot.commands.common import CONFIG, add_command, settings_of
from salonbot.errors import ExitCode, SandboxError
from salonbot.wiki.titles import title_refusal


def run(action: str, state_dir: Path, port: int | None = None) -> ExitCode:
    """Body of ``salonbot sandbox start|stop|status``: print shell comments, return an exit code.

    ``start`` ends with ``export PYWIKIBOT_DIR=...`` so that ``eval "$(salonbot sandbox start)"``
    sets up the shell. ``status`` returns FAILED when no sandbox is running. Errors are one line
    on stderr and FAILED. No password is printed.
    """
    from salonbot.sandbox import start, status, stop  # here: the CLI imports every command module

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


def import_folder(folder: Path, state_dir: Path, prefix: str) -> ExitCode:
    """Load each `*.wiki` file of `folder` into the running sandbox as one page, written by the
    sandbox's ordinary user (not the bot), exactly as the file holds it; print each page's URL."""
    from salonbot.sandbox import load_accounts, status  # here: the CLI imports every command module
    from salonbot.sandbox.importer import import_pages, pages_in_folder

    try:
        info = status(state_dir)
        if info is None:
            raise SandboxError(f"no sandbox running in {state_dir}; start it with "
                               "`salonbot sandbox start`")
        if not folder.is_dir():
            raise SandboxError(f"{folder}: no such folder")
        pages = pages_in_folder(folder, prefix)
        if not pages:
            raise SandboxError(f"{folder}: no *.wiki files")
        for title, _ in pages:
            refusal = title_refusal(title, prefix)
            if refusal:
                raise SandboxError(f"{title!r}: {refusal}; nothing imported")
        user = load_accounts(info.state_dir)["other"].user
        import_pages(info, pages, user=user)
    except (SandboxError, OSError) as error:
        print(f"salonbot sandbox import: {error}", file=sys.stderr)
        return ExitCode.FAILED
    for title, _ in pages:
        print(f"imported  {title}\n          {info.article_url(title)}")
    print(f"\n{len(pages)} page(s) imported as {user}; try `salonbot pull` on them")
    return ExitCode.OK


def cmd_sandbox(args: argparse.Namespace) -> ExitCode:
    """Start, stop or show the sandbox wiki (see run), or import a folder of pages into it."""
    if args.action == "import":
        if not args.folder:
            print("salonbot sandbox import: give the folder of *.wiki pages", file=sys.stderr)
            return ExitCode.USAGE
        return import_folder(Path(args.folder), Path(args.state_dir),
                             settings_of(args).allowed_prefix)
    if args.folder:
        print(f"salonbot sandbox {args.action}: takes no folder", file=sys.stderr)
        return ExitCode.USAGE
    return run(args.action, Path(args.state_dir), args.port)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add sandbox."""
    p = add_command(subparsers, "sandbox", cmd_sandbox,
                    "start, stop or show a local MediaWiki for trying salonbot, or import a "
                    "folder of hand-written pages into it",
                    'eval "$(salonbot sandbox start)"; salonbot sandbox import pages/', [CONFIG])
    p.add_argument("action", choices=["start", "stop", "status", "import"])
    p.add_argument("folder", nargs="?",
                   help="import: a folder of *.wiki files, each one page (a first line "
                   "`title: FULL TITLE` names it, else the file name under allowed_prefix)")
    p.add_argument("--port", type=int, help="the port (default: a free one)")
    p.add_argument("--state-dir", default=".sandbox",
                   help="where the wiki and its pywikibot config live (default: .sandbox)")
