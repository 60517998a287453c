"""The `salonbot` command: a thin layer of subcommands over the library.

Exit codes: 0 done; 1 a report was invalid, refused or failed; 2 usage error;
3 sync conflict; 4 halted by the stop page; 5 another run holds the lock (see README).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from salonbot import __version__
from salonbot.config import Settings, load_settings
from salonbot.errors import ReportErrors, SalonbotError

if TYPE_CHECKING:
    from salonbot.wiki.site import Wiki

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _report_paths(paths: Sequence[str], directory: str) -> list[Path]:
    """The report files named, or every `*.yaml` in the reports folder (sorted)."""
    if paths:
        found: list[Path] = []
        for name in paths:
            path = Path(name)
            found.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
        return found
    return sorted(Path(directory).glob("*.yaml"))


def cmd_validate(args: argparse.Namespace) -> int:
    from salonbot.report.validate import validate_files

    paths = _report_paths(args.paths, args.dir)
    if not paths:
        print(f"salonbot: no report files in {args.dir}/", file=sys.stderr)
        return EXIT_FAILED
    problems = validate_files(paths)
    for problem in problems:
        print(problem, file=sys.stderr)
    bad = {problem.path for problem in problems}
    print(f"{len(paths) - len(bad)} of {len(paths)} report file(s) valid")
    return EXIT_FAILED if problems else EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from salonbot.report.render import render_report
    from salonbot.report.validate import load_report

    text = render_report(load_report(args.file))
    _write_output(text, args.output)
    return EXIT_OK


def _read_page(name: str) -> str | None:
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


def cmd_parse(args: argparse.Namespace) -> int:
    from salonbot.report.parse import parse_page
    from salonbot.report.yamlio import dump_report

    if args.file == "-" and not args.title:
        print("salonbot parse: reading standard input needs --title TITLE", file=sys.stderr)
        return EXIT_USAGE
    text = _read_page(args.file)
    if text is None:
        return EXIT_FAILED
    title = args.title or (Path(args.file).stem if args.file != "-" else "")
    _write_output(dump_report(parse_page(text, title, args.template)), args.output)
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from salonbot.report.scaffold import file_name_for, scaffold
    from salonbot.report.template import get_template
    from salonbot.report.yamlio import write_atomic

    template = get_template(args.template)
    path = Path(args.dir) / file_name_for(args.title, template.title_prefix)
    if path.exists():
        print(f"salonbot: {path} exists already; edit it, or remove it first", file=sys.stderr)
        return EXIT_FAILED
    write_atomic(path, scaffold(args.title, template))
    print(path)
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from salonbot.report.schema import report_schema
    from salonbot.report.template import get_template

    _write_output(json.dumps(report_schema(get_template(args.template)), indent=2) + "\n",
                  args.output)
    return EXIT_OK


def _connect(args: argparse.Namespace) -> tuple[Settings, Wiki]:
    from salonbot.wiki.logs import install
    from salonbot.wiki.site import Wiki

    install()  # a retried request is one clean line, never a traceback or a password
    return load_settings(args.config), Wiki.connect()


def _directory(args: argparse.Namespace, settings: Settings) -> Path:
    return Path(args.dir or settings.reports_dir)


def _connect_with_reports(args: argparse.Namespace) -> tuple[Settings, Wiki, Path, list[Path]]:
    """Settings, the wiki, the reports folder and the files named (or all in the folder)."""
    settings, wiki = _connect(args)
    directory = _directory(args, settings)
    paths = _report_paths(args.files, str(directory))
    if not paths:
        raise SalonbotError(f"no report files in {directory}/")
    return settings, wiki, directory, paths


def _exit_code(outcomes: list) -> int:
    return EXIT_FAILED if any(o.result in ("refused", "failed") for o in outcomes) else EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    import pywikibot

    from salonbot.sync.publish import push

    settings, wiki, directory, paths = _connect_with_reports(args)
    outcomes = push(wiki, settings, directory, paths, summary=args.summary or settings.summary,
                    dry_run=args.dry_run or bool(pywikibot.config.simulate), yes=args.yes)
    return _exit_code(outcomes)


def cmd_pull(args: argparse.Namespace) -> int:
    from salonbot.sync.publish import pull

    settings, wiki = _connect(args)
    outcomes = pull(wiki, settings, _directory(args, settings), args.titles, args.prefix,
                    force=args.force)
    return _exit_code(outcomes)


def cmd_sandbox(args: argparse.Namespace) -> int:
    import salonbot.sandbox as sandbox

    return sandbox.run(args.action, Path(args.state_dir), args.port)


def _write_output(text: str, output: str | None) -> None:
    if output:
        from salonbot.report.yamlio import write_atomic

        write_atomic(output, text)
    else:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


def _add(subparsers: argparse._SubParsersAction, name: str, handler: Callable, help: str,
         example: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name, help=help, description=help, epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.set_defaults(handler=handler)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salonbot",
        description="Keep Strategy Salon reports as YAML files and publish them to Meta-Wiki.",
        epilog="Run `salonbot COMMAND --help` for each command's options and an example.",
    )
    parser.add_argument("--version", action="version", version=f"salonbot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = _add(sub, "validate", cmd_validate, "check report files against the format",
             "salonbot validate reports/ma-ug.yaml")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: --dir)")
    p.add_argument("--dir", default="reports", help="the reports folder (default: reports)")

    p = _add(sub, "render", cmd_render, "print the wikitext of a report's page",
             "salonbot render reports/ma-ug.yaml")
    p.add_argument("file", help="a report file")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")

    p = _add(sub, "parse", cmd_parse, "print the report YAML of a page's wikitext",
             "salonbot parse page.wiki --title 'Strategy/.../Reports/MA UG' -o reports/ma-ug.yaml")
    p.add_argument("file", help="a file of wikitext, or - for standard input")
    p.add_argument("--title", help="the page title to record (default: the file's name)")
    p.add_argument("--template", default="strategy-salon", help="the report template")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")

    p = _add(sub, "new", cmd_new, "write a new report file with every template section",
             "salonbot new 'Strategy/Wikimedia movement/2018-20/2019 Community Conversations/"
             "Strategy Salons/Reports/WM XX'")
    p.add_argument("title", help="the full page title of the report")
    p.add_argument("--dir", default="reports", help="the reports folder (default: reports)")
    p.add_argument("--template", default="strategy-salon", help="the report template")

    p = _add(sub, "schema", cmd_schema, "print the JSON Schema of report files",
             "salonbot schema -o report.schema.json")
    p.add_argument("--template", default="strategy-salon", help="the report template")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")

    p = _add(sub, "push", cmd_push, "publish report files to the wiki (safely; see README)",
             "salonbot push --dry-run reports/ma-ug.yaml")
    p.add_argument("files", nargs="*", metavar="FILE", help="report files (default: all in --dir)")
    p.add_argument("--dir", help="the reports folder (default: reports, or salonbot.toml)")
    p.add_argument("--dry-run", action="store_true", help="show the diffs, write nothing")
    p.add_argument("--yes", action="store_true", help="save without asking for each page")
    p.add_argument("--summary", help="the edit summary (default: from salonbot.toml)")
    p.add_argument("--config", help="salonbot's settings file (default: ./salonbot.toml)")

    p = _add(sub, "pull", cmd_pull, "download wiki pages into report files",
             "salonbot pull 'Strategy/Wikimedia movement/2018-20/2019 Community Conversations/"
             "Strategy Salons/Reports/MA UG'")
    p.add_argument("titles", nargs="*", metavar="TITLE", help="page titles (default: --prefix)")
    p.add_argument("--prefix", help="pull every page under this prefix (default: the allowed "
                   "prefix)")
    p.add_argument("--dir", help="the reports folder (default: reports, or salonbot.toml)")
    p.add_argument("--force", action="store_true",
                   help="replace local files even if they have changes not yet pushed")
    p.add_argument("--config", help="salonbot's settings file (default: ./salonbot.toml)")

    p = _add(sub, "sandbox", cmd_sandbox, "start, stop or show a local MediaWiki for trying salonbot",
             'eval "$(salonbot sandbox start)"')
    p.add_argument("action", choices=["start", "stop", "status"])
    p.add_argument("--port", type=int, help="the port (default: a free one)")
    p.add_argument("--state-dir", default=".sandbox",
                   help="where the wiki and its pywikibot config live (default: .sandbox)")

    from salonbot.commands import index as overview
    from salonbot.commands import preview
    from salonbot.commands import sync as synccmd

    synccmd.register(sub, _add)
    preview.register(sub, _add)
    overview.register(sub, _add)
    return parser


# pywikibot's global options (-simulate, -user:NAME, -family:, -lang:, -dir:, -verbose, ...):
# single-dash words, handed to pywikibot.handle_args before salonbot's own options are read.
WIKI_COMMANDS = {"push", "pull", "sync", "status", "diff", "preview", "index"}


def _pywikibot_options(argv: list[str]) -> tuple[list[str], list[str]]:
    ours = [arg for arg in argv if not (arg.startswith("-") and not arg.startswith("--")
                                        and len(arg) > 2)]
    theirs = [arg for arg in argv if arg not in ours]
    return ours, theirs


def _handle_pywikibot_options(options: list[str]) -> None:
    import os

    if not options:  # pywikibot is imported by the commands that need it, when they need it
        return
    for option in options:  # -dir: must be known before pywikibot reads its configuration
        if option.startswith("-dir:"):
            os.environ["PYWIKIBOT_DIR"] = option[len("-dir:"):]
    import pywikibot

    unknown = pywikibot.handle_args(options, do_help=False)
    if unknown:
        raise SystemExit(f"salonbot: unknown pywikibot option {unknown[0]} (see README)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    command = next((arg for arg in argv if not arg.startswith("-")), None)
    pywikibot_options: list[str] = []
    if command in WIKI_COMMANDS:
        argv, pywikibot_options = _pywikibot_options(argv)
    args = parser.parse_args(argv)
    try:
        _handle_pywikibot_options(pywikibot_options)
        return int(args.handler(args))
    except ReportErrors as error:
        for problem in error.errors:
            print(problem, file=sys.stderr)
        return EXIT_FAILED
    except SalonbotError as error:
        print(f"salonbot: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        print(f"salonbot: {error.filename or ''}: {error.strerror}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("salonbot: interrupted", file=sys.stderr)
        return 130
