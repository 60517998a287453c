"""Report files checked as push and sync will check them, for `salonbot validate`: the format
(report/validate.py) and then the title rules of plan.py's `report_refusal` (the allowed
prefix, namespaces, look-alikes, `..` segments, a title given twice), so that a file validate
passes is never refused by push for its title."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from salonbot.errors import ReportError, ReportErrors
from salonbot.report.scaffold import windows_reserved
from salonbot.report.validate import load_report
from salonbot.report.yamlio import load_data, read_text
from salonbot.sync.pages import offline_bases
from salonbot.sync.plan import report_refusal


def title_line(path: Path) -> int | None:
    """The line of `title:` in a report file that loaded (None if it cannot be found)."""
    try:
        _, lines = load_data(read_text(path), str(path))
    except (ReportError, OSError):
        return None
    return lines.get(("title",))


def check_report_files(paths: list[Path], prefix: str) -> list[ReportError]:
    """Every problem of every file, in order: its format problems, or else (for a valid file)
    why push would refuse its title, at the line of its `title:`; a title an earlier file has
    is a problem of the later file."""
    problems: list[ReportError] = []
    claimed: dict[str, str] = {}
    bases: dict[Path, Callable[[str], str | None]] = {}
    for path in paths:
        if windows_reserved(path.name):
            problems.append(ReportError(f"{path.name.split('.', 1)[0]} is a name Windows keeps "
                                        "for a device, so the folder could not be checked out "
                                        "there; rename the file", path))
            continue
        if path.parent not in bases:
            bases[path.parent] = offline_bases(path.parent)
        try:
            report = load_report(path, bases[path.parent](path.name))
        except ReportErrors as error:
            problems.extend(error.errors)
            continue
        refusal = report_refusal(str(path), report.title, "", prefix, claimed)
        if refusal:
            problems.append(ReportError(refusal.removeprefix(f"{path}: "), path, title_line(path)))
        claimed.setdefault(report.title, str(path))
    return problems
