"""What every command shares: the argparse parent parsers (each option defined once), connecting
to the wiki, the reports folder, and writing a command's output.

A command module defines `register(subparsers)`, which adds its subcommands with `add_command`
and the parents they take; each handler takes the parsed arguments and returns an ExitCode.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from salonbot.config import Settings, load_settings
from salonbot.errors import ExitCode, SalonbotError
from salonbot.report.model import Report
from salonbot.report.template import DEFAULT_TEMPLATE, using_template
from salonbot.report.unplaced import detail_lines, summary_line, unplaced_data, unplaced_headings
from salonbot.report.yamlio import write_atomic
from salonbot.wiki.logs import install as install_clean_logging
from salonbot.wiki.site import Wiki

Handler = Callable[[argparse.Namespace], ExitCode]


def _parent(*options: tuple[Sequence[str], dict[str, object]]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(add_help=False)
    for names, settings in options:
        parser.add_argument(*names, **settings)  # type: ignore[arg-type]
    return parser


#: --dir: the reports folder.
DIRECTORY = _parent((["--dir"], {"help": "the reports folder (default: reports, or reports_dir "
                                          "in salonbot.toml)"}))
#: --config: salonbot's settings file.
CONFIG = _parent((["--config"], {"help": "salonbot's settings file (default: ./salonbot.toml)"}))
#: -o/--output: where a command writes what it would print.
OUTPUT = _parent((["-o", "--output"], {"help": "write to this file instead of standard output"}))
#: --template: the report template.
TEMPLATE = _parent((["--template"], {"help": "the report template (default: template in "
                                              f"salonbot.toml, else {DEFAULT_TEMPLATE})"}))
#: --dry-run: read, plan and show the diffs; write nothing.
DRY_RUN = _parent((["--dry-run"], {"action": "store_true",
                                   "help": "show what would be written (the diffs); write nothing"}))
#: --yes: save without asking.
YES = _parent((["--yes"], {"action": "store_true", "help": "save without asking for each page"}))
#: -v and --json of the commands that read pages (pull, parse): the headings not placed.
UNPLACED = _parent((["-v", "--verbose"], {"action": "store_true",
                                          "help": "list every heading not placed, with its "
                                                  "count and the files it is in"}),
                   (["--json"], {"action": "store_true",
                                 "help": "print what happened as one JSON object"}))
#: FILE...: report files, or every report in --dir.
FILES = _parent((["files"], {"nargs": "*", "metavar": "FILE",
                             "help": "report files or folders (default: all in --dir)"}))


def add_command(subparsers: argparse._SubParsersAction, name: str, handler: Handler, help: str,
                example: str, parents: Iterable[argparse.ArgumentParser] = (), *,
                wiki: bool = False) -> argparse.ArgumentParser:
    """Add the subcommand `name`, with its help, an example and the parent parsers' options.
    `wiki` marks a command that talks to the wiki (it accepts pywikibot's global options)."""
    parser = subparsers.add_parser(
        name, help=help, description=help, epilog=f"example:\n  {example}", parents=list(parents),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.set_defaults(handler=handler, wiki=wiki)
    return parser


def run_command(args: argparse.Namespace) -> ExitCode:
    """Run the command `args` names. A command that takes --config reads pages with the
    settings' template and its `[aliases]`, so that push, status and validate read a page the
    way pull did."""
    handler: Handler = args.handler
    if "config" not in args:
        return handler(args)
    with using_template(settings_of(args).page_template()):
        return handler(args)


def settings_of(args: argparse.Namespace) -> Settings:
    """salonbot's settings, from --config or ./salonbot.toml (defaults if there is none)."""
    return load_settings(args.config)


def report_directory(args: argparse.Namespace, settings: Settings) -> Path:
    """The reports folder: --dir, else reports_dir of the settings."""
    return Path(args.dir or settings.reports_dir)


def template_name(args: argparse.Namespace) -> str:
    """The report template: --template, else the template of the settings."""
    return str(args.template or settings_of(args).template)


def report_paths(paths: Sequence[str], directory: Path) -> list[Path]:
    """The report files named (a folder gives its `*.yaml`), or every `*.yaml` in `directory`
    (sorted)."""
    if paths:
        found: list[Path] = []
        for name in paths:
            path = Path(name)
            found.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
        return found
    return sorted(directory.glob("*.yaml"))


def connect(args: argparse.Namespace) -> tuple[Settings, Wiki]:
    """The settings and a logged-in wiki (as pywikibot's configuration says)."""
    install_clean_logging()  # a retried request is one clean line, never a traceback or a password
    settings = settings_of(args)
    return settings, Wiki.connect(settings.max_wait)


def connect_with_reports(args: argparse.Namespace) -> tuple[Settings, Wiki, Path, list[Path]]:
    """Settings, the wiki, the reports folder and the files named (or all in the folder);
    SalonbotError if there are none."""
    settings, wiki = connect(args)
    directory = report_directory(args, settings)
    paths = report_paths(args.files, directory)
    if not paths:
        raise SalonbotError(f"no report files in {directory}/")
    return settings, wiki, directory, paths


def write_output(text: str, output: str | None) -> None:
    """Write `text` to the file `output` (atomically), or to standard output, ending it with a
    newline there."""
    if output:
        write_atomic(output, text)
    else:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


def print_unplaced(reports: list[tuple[str, Report]], verbose: bool, stream: TextIO) -> None:
    """The headings of `reports` (pages read, as (file, report)) that were not placed: one
    line (`-v`: one line per heading with its files) on `stream`; nothing if all were."""
    headings = unplaced_headings(reports)
    lines = detail_lines(headings, len(reports)) if verbose else \
        [summary_line(headings, len(reports))] if headings else []
    for line in lines:
        stream.write(line + "\n")


def unplaced_json(reports: list[tuple[str, Report]]) -> dict[str, Any]:
    """The headings of `reports` not placed, as data (see report/unplaced.py)."""
    return unplaced_data(unplaced_headings(reports), len(reports))


def read_page_file(name: str) -> str | None:
    """The text of a page file (`-`: standard input), or None after saying why it is not text."""
    if name == "-" and not hasattr(sys.stdin, "buffer"):
        return sys.stdin.read()
    raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        print(f"salonbot: {'<stdin>' if name == '-' else name}:{line}: the page file is not "
              f"UTF-8 text (byte 0x{raw[error.start]:02x}); save it as UTF-8, as the wiki stores "
              "pages", file=sys.stderr)
        return None


def fail(message: str) -> ExitCode:
    """Print `salonbot: message` on standard error; FAILED."""
    print(f"salonbot: {message}", file=sys.stderr)
    return ExitCode.FAILED
