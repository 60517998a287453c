"""The commands that work on report files alone, with no wiki: validate, render, parse, new and
schema."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from salonbot.commands.common import (
    CONFIG,
    DIRECTORY,
    FILES,
    OUTPUT,
    TEMPLATE,
    add_command,
    fail,
    report_directory,
    report_paths,
    settings_of,
    template_name,
    write_output,
)
from salonbot.errors import ExitCode
from salonbot.report.areas import area_warnings
from salonbot.report.limits import check_wikitext
from salonbot.report.parse import parse_page
from salonbot.report.scaffold import file_name_for, scaffold
from salonbot.report.schema import report_schema
from salonbot.report.template import get_template
from salonbot.report.yamlio import dump_report, write_atomic
from salonbot.sync.checks import check_report_files
from salonbot.sync.pages import load_file
from salonbot.wiki.titles import title_under_prefix


def cmd_validate(args: argparse.Namespace) -> ExitCode:
    """Check the report files named (or all in the folder) as push would: their format and
    their titles (the allowed prefix of the settings); problems go to standard error."""
    settings = settings_of(args)
    directory = report_directory(args, settings)
    paths = report_paths(args.files, directory)
    if not paths:
        return fail(f"no report files in {directory}/")
    problems = check_report_files(paths, settings.allowed_prefix)
    for problem in problems:
        print(problem, file=sys.stderr)
    bad = {problem.path for problem in problems}
    for path in paths:  # warnings never change the exit code
        for warning in area_warnings(path) if str(path) not in bad else ():
            print(warning, file=sys.stderr)
    print(f"{len(paths) - len(bad)} of {len(paths)} report file(s) valid")
    return ExitCode.FAILED if problems else ExitCode.OK


def cmd_render(args: argparse.Namespace) -> ExitCode:
    """Print (or write) the wikitext of a report's page: written onto the page text of --base,
    or else onto the file's base copy in its reports folder, or else in the canonical form."""
    base = _read_page(args.base) if args.base else None
    if args.base and base is None:
        return ExitCode.FAILED
    write_output(load_file(Path(args.file), base)[1], args.output)
    return ExitCode.OK


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


def cmd_parse(args: argparse.Namespace) -> ExitCode:
    """Print (or write) the report YAML of a page's wikitext (a file, or - with --title)."""
    if args.file == "-" and not args.title:
        print("salonbot parse: reading standard input needs --title TITLE", file=sys.stderr)
        return ExitCode.USAGE
    text = _read_page(args.file)
    if text is None:
        return ExitCode.FAILED
    title = args.title or (Path(args.file).stem if args.file != "-" else "")
    check_wikitext(text, "<stdin>" if args.file == "-" else args.file)
    write_output(dump_report(parse_page(text, title, template_name(args))), args.output)
    return ExitCode.OK


def cmd_new(args: argparse.Namespace) -> ExitCode:
    """Write a new report file with every template section (a short name goes under the
    allowed prefix); an existing file is kept, a title push would refuse is refused."""
    settings = settings_of(args)
    template = get_template(template_name(args))
    title, refusal = title_under_prefix(args.title, settings.allowed_prefix)
    if refusal:
        return fail(f"{args.title}: {refusal}")
    path = report_directory(args, settings) / file_name_for(title, settings.allowed_prefix)
    if path.exists():
        return fail(f"{path} exists already; edit it, or remove it first")
    write_atomic(path, scaffold(title, template))
    print(path)
    return ExitCode.OK


def cmd_schema(args: argparse.Namespace) -> ExitCode:
    """Print (or write) the JSON Schema of report files."""
    schema = report_schema(get_template(template_name(args)))
    write_output(json.dumps(schema, indent=2) + "\n", args.output)
    return ExitCode.OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add validate, render, parse, new and schema."""
    add_command(subparsers, "validate", cmd_validate, "check report files against the format",
                "salonbot validate reports/ma-ug.yaml", [FILES, DIRECTORY, CONFIG])

    p = add_command(subparsers, "render", cmd_render, "print the wikitext of a report's page",
                    "salonbot render reports/ma-ug.yaml --base page.wiki", [OUTPUT])
    p.add_argument("file", help="a report file")
    p.add_argument("--base", help="a file of the page's wikitext to write the report onto (the "
                   "page keeps its form; default: the file's base copy in its reports folder)")

    p = add_command(subparsers, "parse", cmd_parse, "print the report YAML of a page's wikitext",
                    "salonbot parse page.wiki --title 'Strategy/.../Reports/MA UG' "
                    "-o reports/ma-ug.yaml", [TEMPLATE, CONFIG, OUTPUT])
    p.add_argument("file", help="a file of wikitext, or - for standard input")
    p.add_argument("--title", help="the page title to record (default: the file's name)")

    p = add_command(subparsers, "new", cmd_new,
                    "write a new report file with every template section",
                    "salonbot new 'WM XX'", [DIRECTORY, TEMPLATE, CONFIG])
    p.add_argument("title", help="the report's short name (put under allowed_prefix), or its "
                                 "full page title under that prefix")

    add_command(subparsers, "schema", cmd_schema, "print the JSON Schema of report files",
                "salonbot schema -o report.schema.json", [TEMPLATE, CONFIG, OUTPUT])
