"""The index's rows (analytics/overview.py) made from the export's reports rows, so that the index
page, `index --html` and `salonbot export` give the same number for every figure."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from salonbot.analytics.overview import Row, one_line
from salonbot.export.rows import REPORT_COLUMNS, export_report, real_themes
from salonbot.report.model import Report


def overview_row(report: Report) -> Row:
    """The index row of one report: its figures as the export's reports row has them."""
    row = dict(zip(REPORT_COLUMNS, export_report(report, 0, 1).report, strict=True))
    amount = row["budget_amount"]
    assert amount is None or isinstance(amount, Decimal)
    budget = f"{amount} {row['budget_currency']}" if amount is not None else row["budget"]
    participants = row["participants"]
    assert participants is None or isinstance(participants, int)
    return Row(
        title=report.title, label=str(row["affiliate"]),
        date_and_location=str(row["date_and_location"] or ""), participants=participants,
        themes=tuple(one_line(theme.title or "") for theme in real_themes(report)),
        budget=str(budget or ""), points=int(str(row["points"])), budget_amount=amount,
        budget_currency=None if row["budget_currency"] is None else str(row["budget_currency"]))


def overview_rows(reports: Iterable[Report]) -> list[Row]:
    """The rows of the index, sorted by page title."""
    return sorted((overview_row(report) for report in reports), key=lambda row: row.title)
