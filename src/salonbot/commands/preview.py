"""`salonbot preview`: a report's page rendered by the wiki's parser (wiki/preview.py) into a
local HTML file; nothing is saved on the wiki."""

from __future__ import annotations

import argparse
import sys
import webbrowser
from pathlib import Path

from salonbot.commands.common import CONFIG, add_command, connect
from salonbot.errors import ExitCode
from salonbot.report.yamlio import write_atomic
from salonbot.sync.pages import load_file
from salonbot.wiki.preview import render_preview

PREVIEW_DIR = "preview"


def default_output(report_file: str | Path) -> Path:
    """`preview/NAME.html` (in the current folder) for the report file `NAME.yaml`."""
    return Path(PREVIEW_DIR) / (Path(report_file).stem + ".html")


def cmd_preview(args: argparse.Namespace) -> ExitCode:
    """Write the preview of a report's page as the wiki renders it; print the file's name."""
    report, page = load_file(Path(args.file))
    _, wiki = connect(args)
    document = render_preview(wiki, page, report.title,
                              warn=lambda message: print(message, file=sys.stderr))
    output = Path(args.output) if args.output else default_output(args.file)
    write_atomic(output, document)
    print(output)
    if args.open:
        webbrowser.open(output.resolve().as_uri())
    return ExitCode.OK


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add preview."""
    p = add_command(subparsers, "preview", cmd_preview,
                    "render a report through the wiki's parser into a local HTML file (no edit)",
                    "salonbot preview reports/ma-ug.yaml --open", [CONFIG], wiki=True)
    p.add_argument("file", help="a report file")
    p.add_argument("-o", "--output", help="the HTML file to write (default: preview/NAME.html)")
    p.add_argument("--open", action="store_true", help="open the file in a web browser")
