"""A report's figures as the export gives them: its date, participants and spent budget (and
the page's own US-dollar figure for it), each with where it came from and, when it is unknown,
why.

`figures_of` is the one place the export package reads figures; every table, the index and
the HTML overview take them from here, so they agree. The figures are those of
analytics/readings.py: settled by hand in the file's `figures:` block, or read from the page by
the rules of docs/export.md.

Reading them is most of what exporting a report costs (about 10 ms), so the export keeps the
figures of each file in the load cache (sync/local.py), for the file's exact bytes and this
very salonbot code, as JSON values: `figure_cells` and `figures_from_cells` give back equal
figures (a test checks it on every page of tests/figures).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from salonbot.analytics.readings import Amount, Figure, Figures, report_figures
from salonbot.report.model import Report

__all__ = ["Figure", "Figures", "figure_cells", "figures_from_cells", "figures_of"]


def figures_of(report: Report) -> Figures:
    """The figures of `report`: its `figures:` block where it settles one, else the reading."""
    return report_figures(report)


def figure_cells(figures: Figures) -> list[Any]:
    """`figures` as JSON values: [value, source, reason] for the date (ISO), participants,
    budget spent ([amount, currency], the amount's digits as written) and its US-dollar figure."""
    date, participants, spent, usd = (figures.date, figures.participants, figures.budget_spent,
                                      figures.budget_spent_usd)
    return [
        [date.value.isoformat() if date.value is not None else None, date.source, date.reason],
        [participants.value, participants.source, participants.reason],
        [[str(spent.value.value), spent.value.currency] if spent.value is not None else None,
         spent.source, spent.reason],
        [str(usd.value) if usd.value is not None else None, usd.source, usd.reason],
    ]


def figures_from_cells(cells: list[Any]) -> Figures:
    """The figures `figure_cells` gave `cells` for."""
    date, participants, spent, usd = cells
    return Figures(
        Figure(datetime.date.fromisoformat(date[0]) if date[0] is not None else None, *date[1:]),
        Figure(*participants),
        Figure(Amount(Decimal(spent[0][0]), spent[0][1]) if spent[0] is not None else None,
               *spent[1:]),
        Figure(Decimal(usd[0]) if usd[0] is not None else None, *usd[1:]))
