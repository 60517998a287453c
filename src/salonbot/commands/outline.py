"""`salonbot outline`: what each heading, label and list of a page became, from a page file, a
report file or a page of the wiki."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from salonbot.commands.common import (
    CONFIG,
    TEMPLATE,
    add_command,
    connect,
    fail,
    read_page_file,
    template_name,
)
from salonbot.errors import ExitCode
from salonbot.report.outline import outline_lines, outline_nodes
from salonbot.report.parse import parse_page
from salonbot.sync.pages import load_file
from salonbot.wiki.titles import normalize_title, title_refusal

#: The endings that make an argument a file even if it does not exist (then: an error).
FILE_ENDINGS = (".yaml", ".yml", ".wiki", ".txt")
REPORT_ENDINGS = (".yaml", ".yml")


def is_file_argument(argument: str) -> bool:
    """Whether `salonbot outline ARGUMENT` names a file: `-`, an existing path, or a name that
    ends in .yaml, .yml, .wiki or .txt; anything else is a page title."""
    if argument == "-" or argument.lower().endswith(FILE_ENDINGS):
        return True
    try:
        return Path(argument).exists()
    except OSError:  # a name too long to be a path: a title (which may be too long too)
        return False


def _page_of(args: argparse.Namespace) -> tuple[str, str, str] | None:
    """(title, page text, template) of the argument, or None after saying why there is none.
    A report file is written onto its base copy (what push would save)."""
    argument = args.source
    if is_file_argument(argument):
        if argument.lower().endswith(REPORT_ENDINGS):
            report, text = load_file(Path(argument))  # ReportErrors: file:line lines, exit 1
            return report.title, text, report.template
        page_text = read_page_file(argument)
        if page_text is None:
            return None
        return (Path(argument).stem if argument != "-" else ""), page_text, template_name(args)
    refusal = title_refusal(normalize_title(argument), "")
    if refusal:
        fail(f"{argument!r} is not a page title: {refusal}")
        return None
    _, wiki = connect(args)
    title = wiki.normalize(argument)
    page = wiki.contents([title]).get(title)
    if page is None or not page.exists or page.text is None:
        fail(f"{title}: no such page on the wiki (check the title, or name a file)")
        return None
    return title, page.text, template_name(args)


def cmd_outline(args: argparse.Namespace) -> ExitCode:
    """Show one line per node of the page (its line, level and what it became) with what it
    holds under it; --json: the same as data."""
    found = _page_of(args)
    if found is None:
        return ExitCode.FAILED
    title, text, template = found
    nodes = outline_nodes(parse_page(text, title, template), text)
    if args.json:
        json.dump({"title": title, "nodes": [asdict(node) for node in nodes]}, sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("".join(line + "\n" for line in outline_lines(nodes)))
    return ExitCode.OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add outline."""
    p = add_command(subparsers, "outline", cmd_outline,
                    "show what each heading, label and list of a page became",
                    "salonbot outline reports/ma-ug.yaml", [TEMPLATE, CONFIG], wiki=True)
    p.add_argument("source", metavar="FILE|TITLE",
                   help="a page file (- for standard input), a report file (.yaml; shown as "
                        "push would save it), or the title of a page on the wiki")
    p.add_argument("--json", action="store_true", help="print the outline as JSON")
