"""What needs a human across a reports folder (`salonbot review`): nothing here blocks a push
(`validate` keeps to that); each finding names the file, the line and the fix.

- figure: a figure the page does not state unambiguously (unknown, or two values), with the
  reason (analytics/readings.py); settled in the file's `figures:` block (report/settled.py);
- area: a theme or topic whose title names no thematic area and that has no `area:`;
- heading: a heading the template does not name (an extra section): its points are exported
  under its own title, not under a template section;
- placeholder: guidance of the template left in ("Write here...", "XX participants", "TBD").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from salonbot.analytics.areas import area_warnings
from salonbot.analytics.readings import report_figures
from salonbot.errors import ReportErrors, SalonbotError
from salonbot.report.template import get_template
from salonbot.report.validate import load_report
from salonbot.report.yamlio import load_data, read_text

#: The figures a person can settle, with an example of the `figures:` line.
SETTLE = {"date": "date: 2019-03-02", "participants": "participants: 23",
          "budget_spent": "budget_spent: {amount: 45000, currency: XOF}"}
#: The section each figure is read from.
SECTION = {"date": "date_and_location", "participants": "participants", "budget_spent": "budget"}
_LEFT_IN = re.compile(r"\bX{2,}\b|\bTBD\b|\bwrite here\b", re.IGNORECASE)


@dataclass(frozen=True)
class Finding:
    """One thing that needs a human: where (file, line; 0 when no line fits), what kind
    (figure, area, heading, placeholder), what is wrong and the fix."""

    file: str
    line: int
    kind: str
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.kind}: {self.what}; {self.fix}"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def review_files(paths: Iterable[Path],
                 bases: Callable[[str], str | None] | None = None) -> list[Finding]:
    """Every finding of the report files `paths` (written onto the base copies `bases` gives
    for a file's name), file by file, each file's in line order."""
    findings: list[Finding] = []
    for path in paths:
        findings.extend(sorted(_review_file(path, bases(path.name) if bases else None),
                               key=lambda finding: finding.line))
    return findings


def _review_file(path: Path, base: str | None) -> Iterator[Finding]:
    file = str(path)
    try:
        report = load_report(path, base)
        data, lines = load_data(read_text(path), file)
    except (ReportErrors, SalonbotError) as error:
        yield Finding(file, 0, "invalid", str(error).splitlines()[0],
                      "run `salonbot validate` and correct the file first")
        return
    figures = report_figures(report)
    for name in SETTLE:
        figure = getattr(figures, name)
        if figure.value is None:
            line = lines.get((SECTION[name],), lines.get(("title",), 1))
            yield Finding(file, line, "figure", f"{name} unknown: {figure.reason}",
                          f"settle it in the file under `figures:` ({SETTLE[name]}), or "
                          "state it once on the page")
    for warning in area_warnings(path):
        where, _, message = warning.partition(": warning: ")
        number = where.rsplit(":", 1)[-1]
        yield Finding(file, int(number) if number.isdigit() else 0, "area",
                      *message.split("; ", 1))
    yield from _extra_headings(file, data, lines)
    yield from _placeholders(file, path, report.template, base)


def _extra_headings(file: str, data: Any, lines: dict[tuple[str | int, ...], int]
                    ) -> Iterator[Finding]:
    def walk(value: Any, path: tuple[str | int, ...]) -> Iterator[Finding]:
        if isinstance(value, dict):
            for key, child in value.items():
                yield from walk(child, path + (key,))
            for index, extra in enumerate(value.get("extra_sections") or []):
                title = extra.get("title") if isinstance(extra, dict) else None
                line = lines.get(path + ("extra_sections", index, "title"), 0)
                yield Finding(file, line, "heading",
                              f"the heading {title!r} is not one the template names",
                              "if it is a template section written otherwise, give it the "
                              "template's heading on the page; else nothing to do: its points "
                              "are exported under their own heading")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    yield from walk({k: v for k, v in item.items() if k != "extra_sections"},
                                    path + (index,))
    yield from walk(data, ())


def _placeholders(file: str, path: Path, template_name: str, base: str | None
                  ) -> Iterator[Finding]:
    template = get_template(template_name)
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        value = re.sub(r"^\s*(?:-\s+)*(?:[\w-]+:\s*)?", "", line).strip().strip("'\"")
        if value and (template.names.is_placeholder(value) or _LEFT_IN.search(value)):
            yield Finding(file, number, "placeholder", f"template guidance left in: {value!r}",
                          "write what the salon said in its place, or remove it")
    for number, line in enumerate((base or "").splitlines(), start=1):
        value = line.strip().lstrip("*#:; ").strip()
        if value and template.names.is_placeholder(value):
            yield Finding(file, 0, "placeholder",
                          f"template guidance left in on the page (its line {number}): "
                          f"{value!r}", "remove it on the wiki, or write the report's content "
                          "in its place")
