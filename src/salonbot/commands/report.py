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
    UNPLACED,
    add_command,
    fail,
    print_unplaced,
    read_page_file,
    report_directory,
    report_paths,
    settings_of,
    template_name,
    unplaced_json,
    write_output,
)
from salonbot.errors import ExitCode
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
    print(f"{len(paths) - len(bad)} of {len(paths)} report file(s) valid")
    return ExitCode.FAILED if problems else ExitCode.OK


def cmd_render(args: argparse.Namespace) -> ExitCode:
    """Print (or write) the wikitext of a report's page: written onto the page text of --base,
    or else onto the file's base copy in its reports folder, or else in the canonical form."""
    base = read_page_file(args.base) if args.base else None
    if args.base and base is None:
        return ExitCode.FAILED
    write_output(load_file(Path(args.file), base)[1], args.output)
    return ExitCode.OK


def cmd_parse(args: argparse.Namespace) -> ExitCode:
    """Print (or write) the report YAML of a page's wikitext (a file, or - with --title), then
    the headings not placed: on standard output with -o (--json: as JSON), on standard error
    when the YAML goes to standard output."""
    if args.file == "-" and not args.title:
        print("salonbot parse: reading standard input needs --title TITLE", file=sys.stderr)
        return ExitCode.USAGE
    if args.json and not args.output:
        print("salonbot parse: --json needs -o FILE (standard output holds the YAML otherwise)",
              file=sys.stderr)
        return ExitCode.USAGE
    text = read_page_file(args.file)
    if text is None:
        return ExitCode.FAILED
    title = args.title or (Path(args.file).stem if args.file != "-" else "")
    check_wikitext(text, "<stdin>" if args.file == "-" else args.file)
    report = parse_page(text, title, template_name(args))
    write_output(dump_report(report), args.output)
    read = [("<stdin>" if args.file == "-" else args.file, report)]
    if args.json:
        json.dump({"unplaced": unplaced_json(read)}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_unplaced(read, args.verbose, sys.stdout if args.output else sys.stderr)
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
                    "-o reports/ma-ug.yaml", [TEMPLATE, CONFIG, OUTPUT, UNPLACED])
    p.add_argument("file", help="a file of wikitext, or - for standard input")
    p.add_argument("--title", help="the page title to record (default: the file's name)")

    p = add_command(subparsers, "new", cmd_new,
                    "write a new report file with every template section",
                    "salonbot new 'WM XX'", [DIRECTORY, TEMPLATE, CONFIG])
    p.add_argument("title", help="the report's short name (put under allowed_prefix), or its "
                                 "full page title under that prefix")

    add_command(subparsers, "schema", cmd_schema, "print the JSON Schema of report files",
                "salonbot schema -o report.schema.json", [TEMPLATE, CONFIG, OUTPUT])
