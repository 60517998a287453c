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
from salonbot.report.parse import parse_page
from salonbot.report.render import render_report
from salonbot.report.scaffold import file_name_for, scaffold
from salonbot.report.schema import report_schema
from salonbot.report.template import get_template
from salonbot.report.validate import load_report, validate_files
from salonbot.report.yamlio import dump_report, write_atomic


def cmd_validate(args: argparse.Namespace) -> ExitCode:
    """Check the report files named (or all in the folder); problems go to standard error."""
    directory = report_directory(args, settings_of(args))
    paths = report_paths(args.files, directory)
    if not paths:
        return fail(f"no report files in {directory}/")
    problems = validate_files(paths)
    for problem in problems:
        print(problem, file=sys.stderr)
    bad = {problem.path for problem in problems}
    for path in paths:  # warnings never change the exit code
        for warning in area_warnings(path) if str(path) not in bad else ():
            print(warning, file=sys.stderr)
    print(f"{len(paths) - len(bad)} of {len(paths)} report file(s) valid")
    return ExitCode.FAILED if problems else ExitCode.OK


def cmd_render(args: argparse.Namespace) -> ExitCode:
    """Print (or write) the wikitext of a report's page."""
    write_output(render_report(load_report(args.file)), args.output)
    return ExitCode.OK


def cmd_parse(args: argparse.Namespace) -> ExitCode:
    """Print (or write) the report YAML of a page's wikitext (a file, or - with --title)."""
    if args.file == "-" and not args.title:
        print("salonbot parse: reading standard input needs --title TITLE", file=sys.stderr)
        return ExitCode.USAGE
    source = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    with source:
        text = source.read()
    title = args.title or (Path(args.file).stem if args.file != "-" else "")
    write_output(dump_report(parse_page(text, title, template_name(args))), args.output)
    return ExitCode.OK


def cmd_new(args: argparse.Namespace) -> ExitCode:
    """Write a new report file with every template section; an existing file is kept."""
    template = get_template(template_name(args))
    path = report_directory(args, settings_of(args)) / file_name_for(args.title,
                                                                      template.title_prefix)
    if path.exists():
        return fail(f"{path} exists already; edit it, or remove it first")
    write_atomic(path, scaffold(args.title, template))
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
                    "salonbot render reports/ma-ug.yaml", [OUTPUT])
    p.add_argument("file", help="a report file")

    p = add_command(subparsers, "parse", cmd_parse, "print the report YAML of a page's wikitext",
                    "salonbot parse page.wiki --title 'Strategy/.../Reports/MA UG' "
                    "-o reports/ma-ug.yaml", [TEMPLATE, CONFIG, OUTPUT])
    p.add_argument("file", help="a file of wikitext, or - for standard input")
    p.add_argument("--title", help="the page title to record (default: the file's name)")

    p = add_command(subparsers, "new", cmd_new,
                    "write a new report file with every template section",
                    "salonbot new 'Strategy/Wikimedia movement/2018-20/2019 Community "
                    "Conversations/Strategy Salons/Reports/WM XX'", [DIRECTORY, TEMPLATE, CONFIG])
    p.add_argument("title", help="the full page title of the report")

    add_command(subparsers, "schema", cmd_schema, "print the JSON Schema of report files",
                "salonbot schema -o report.schema.json", [TEMPLATE, CONFIG, OUTPUT])
