"""salonbot: Strategy Salon reports kept as YAML files, published to Meta-Wiki with pywikibot.

The pipeline, one module a stage::

    YAML file --load--> Report --render--> wikitext --push--> wiki page
    wiki page --pull--> wikitext --parse--> Report --dump--> YAML file
"""

from __future__ import annotations

from importlib import metadata

from salonbot.errors import ReportError, ReportErrors, SalonbotError
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.parse import parse_page
from salonbot.report.render import render_report
from salonbot.report.splice import render_onto
from salonbot.report.template import Template, get_template, load_template_file, register_template
from salonbot.report.validate import load_report, load_report_text
from salonbot.report.yamlio import dump_report

__all__ = [
    "Bullet", "Node", "Report", "ReportError", "ReportErrors", "SalonbotError",
    "Template", "dump_report", "get_template", "load_report", "load_report_text",
    "load_template_file", "parse", "register_template", "render",
]
__version__ = metadata.version("salonbot")


def parse(text: str, title: str = "", template: Template | str | None = None) -> Report:
    """The Report a page's wikitext holds: what it says (`render(parse(text), base=text) ==
    text`)."""
    return parse_page(text, title, template)


def render(report: Report, base: str | None = None, template: Template | None = None) -> str:
    """The wikitext of a report's page: written onto the page text `base` (the page keeps its
    own form; only what the report changed is rewritten), or, with no base, in the canonical
    form, mirroring the template's headings exactly."""
    if base is not None:
        return render_onto(report, base, template)
    return render_report(report, template)
