"""The `salonbot` command: builds the parser from the command modules (salonbot/commands/),
hands pywikibot's global options to pywikibot, runs the subcommand and turns errors into one
line and an exit code (errors.ExitCode; see docs/commands.md)."""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from salonbot import __version__, signals
from salonbot.commands import (
    check,
    export,
    index,
    outline,
    preview,
    publish,
    report,
    review,
    sandbox,
)
from salonbot.commands import sync as sync_commands
from salonbot.commands.common import run_command
from salonbot.errors import (
    ExitCode,
    Halted,
    ReportErrors,
    SalonbotError,
    Terminated,
    WikiUnavailable,
)
from salonbot.wiki.connect import describe_failure, is_wiki_failure
from salonbot.wiki.options import apply_global_options, split_global_options

#: The command modules, in the order their subcommands are listed.
COMMAND_MODULES = (report, outline, review, publish, sandbox, sync_commands, preview, index,
                   export, check)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, with usage errors a new user understands: an unknown option is
    "unrecognised" and names the closest one; a mistyped command suggests the right one."""

    def error(self, message: str) -> NoReturn:
        unknown = re.match(r"unrecognized arguments: (\S+)", message)
        choice = re.match(r"argument \S+: invalid choice: '([^']*)' \(choose from (.*)\)",
                          message)
        if unknown:
            options = [option for action in self._actions for option in action.option_strings
                       if option.startswith("--")]
            options += [option for action in self._actions
                        if isinstance(action, argparse._SubParsersAction)
                        for sub in action.choices.values() for sub_action in sub._actions
                        for option in sub_action.option_strings if option.startswith("--")]
            close = difflib.get_close_matches(unknown.group(1).split("=")[0], set(options), 1)
            message = f"unrecognised option {unknown.group(1)}" + (
                f" (did you mean {close[0]}?)" if close else "")
        elif choice:
            names = [name.strip("' ") for name in choice.group(2).split(",")]
            close = difflib.get_close_matches(choice.group(1), names, 1)
            message = f"unknown command {choice.group(1)!r}" + (
                f"; did you mean {close[0]}?" if close else f" (commands: {', '.join(names)})")
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    """The parser of `salonbot` and every subcommand."""
    parser = _Parser(
        prog="salonbot",
        description="Keep Strategy Salon reports as YAML files and publish them to Meta-Wiki.",
        epilog="Run `salonbot COMMAND --help` for each command's options and an example.",
    )
    parser.add_argument("--version", action="version", version=f"salonbot {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def wiki_commands(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommands that talk to the wiki (and so take pywikibot's global options)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {name for name, sub in action.choices.items() if sub.get_default("wiki")}
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    """Run `salonbot ARGS...`; the exit code (argparse exits itself on a usage error)."""
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = next((arg for arg in arguments if not arg.startswith("-")), None)
    pywikibot_options: list[str] = []
    if command in wiki_commands(parser):
        arguments, pywikibot_options = split_global_options(arguments)
    stray = [arg for arg in arguments if arg.startswith("-")
             and arg not in ("-h", "--help", "--version")]
    if command is None and stray:
        parser.error(f"unrecognized arguments: {stray[0]}")
    args = parser.parse_args(arguments)
    late: list[bool] = []  # a SIGTERM that came while Python ran a finalizer
    default_hook = sys.unraisablehook

    def unraisable(found: Any) -> None:
        # Python cannot raise out of a finalizer (a lock released, a file closed): the signal's
        # exception is dropped there, with a trace on standard error. It is still a SIGTERM: one
        # line and its exit code once the command has returned, never a trace
        if isinstance(found.exc_value, Terminated):
            late.append(True)
        else:
            default_hook(found)

    sys.unraisablehook = unraisable
    try:
        with signals.installed():
            code = _run(args, pywikibot_options)
        if late and code != ExitCode.TERMINATED:
            print("salonbot: terminated (SIGTERM)", file=sys.stderr)
            return ExitCode.TERMINATED
        return code
    finally:
        sys.unraisablehook = default_hook


def _run(args: argparse.Namespace, pywikibot_options: list[str]) -> int:
    """The command's exit code; every error a person can meet as one line."""
    try:
        unknown = apply_global_options(pywikibot_options)
        if unknown:
            print(f"salonbot: unknown pywikibot option {unknown[0]} (see docs/operations.md)",
                  file=sys.stderr)
            return ExitCode.USAGE
        return int(run_command(args))
    except ReportErrors as error:
        for problem in error.errors:
            print(problem, file=sys.stderr)
        return ExitCode.FAILED
    except Halted as error:  # the stop page: before any edit
        print(f"salonbot: {error}", file=sys.stderr)
        return ExitCode.HALTED
    except WikiUnavailable as error:  # unattended runs: one line and exit 6, never a prompt
        print(f"salonbot: {error}", file=sys.stderr)
        return ExitCode.UNAVAILABLE
    except SalonbotError as error:
        print(f"salonbot: {error}", file=sys.stderr)
        return ExitCode.FAILED
    except OSError as error:
        where = f"{error.filename}: {error.strerror}" if error.filename else str(error)
        print(f"salonbot: {where}", file=sys.stderr)
        return ExitCode.FAILED
    except Terminated:
        print("salonbot: terminated (SIGTERM)", file=sys.stderr)
        return ExitCode.TERMINATED
    except KeyboardInterrupt:
        print("salonbot: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except Exception as error:  # a wiki failure no salonbot code expected: still one line
        if not is_wiki_failure(error):
            raise
        print(f"salonbot: the wiki failed: {describe_failure(error)}", file=sys.stderr)
        return ExitCode.UNAVAILABLE
