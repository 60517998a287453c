"""A report's figures as the export gives them: its date, participants and spent budget (and
the page's own US-dollar figure for it), each with where it came from and, when it is unknown,
why.

`figures_of` is the one place the export package reads figures; every table, the index and
the HTML overview take them from here, so they agree. The figures are those of
analytics/readings.py: settled by hand in the file's `figures:` block, or read from the page by
the rules of docs/export.md.
"""

from __future__ import annotations

from salonbot.analytics.readings import Figure, Figures, report_figures
from salonbot.report.model import Report

__all__ = ["Figure", "Figures", "figures_of"]


def figures_of(report: Report) -> Figures:
    """The figures of `report`: its `figures:` block where it settles one, else the reading."""
    return report_figures(report)
