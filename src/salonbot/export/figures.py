"""A report's figures as the export gives them: its date, participants and spent budget, each
with where it came from and, when it is unknown, why.

`figures_of` is the one place the export package reads figures; every table, the index and
the HTML overview take them from here, so they agree.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Generic, TypeVar

from salonbot.report.model import Report
from salonbot.report.readings import Amount, read_amount, read_date, read_participants
from salonbot.report.render import node_content

#: Where a figure came from: read from the page's text.
READING = "reading"


T = TypeVar("T", covariant=True)


@dataclass(frozen=True)
class Figure(Generic[T]):
    """One figure: its value (None when unknown), where it came from (`reading`, or None when
    unknown) and, when unknown, a short reason."""

    value: T | None
    source: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Figures:
    """The figures of one report."""

    date: Figure[datetime.date]
    participants: Figure[int]
    budget_spent: Figure[Amount]
    budget_spent_usd: Figure[Amount]


def _figure(value: T | None, section: str, present: bool) -> Figure[T]:
    if value is not None:
        return Figure(value, READING)
    if not present:
        return Figure(None, reason=f"no {section} section")
    return Figure(None, reason=f"the {section} section states none unambiguously")


def figures_of(report: Report) -> Figures:
    """The figures of `report`, as report/readings.py reads them from its sections."""
    sections = report.sections
    date = node_content(sections["date_and_location"]) if "date_and_location" in sections else ""
    budget = node_content(sections["budget"]) if "budget" in sections else ""
    participants = sections.get("participants")
    return Figures(
        date=_figure(read_date(date) if date else None, "date and location",
                     "date_and_location" in sections),
        participants=_figure(read_participants(participants), "participants",
                             participants is not None),
        budget_spent=_figure(read_amount(budget) if budget else None, "budget",
                             "budget" in sections),
        budget_spent_usd=Figure(None, reason="no US dollar equivalent is read yet"),
    )
