"""Figures settled by hand: a report file's `figures:` block.

    figures:
      date: 2019-03-02
      participants: 23
      budget_spent: {amount: 45000, currency: XOF}

A person who knows a report's figures writes them here; they win over what
analytics/readings.py reads from the page (report_figures), are never rendered to the page, and
survive pulls, syncs and merges (yamlio.carry_figures). Each key is optional.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from babel.numbers import list_currencies

from salonbot.errors import ReportError

Path_ = tuple[str | int, ...]
Lines = dict[Path_, int]

#: The keys of a `figures:` block.
KEYS = ("date", "participants", "budget_spent")


def _date(value: Any) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _count(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{1,7}", value.strip()):
        return int(value)
    return None


def _amount(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    if isinstance(value, str) and not re.fullmatch(r"\d+(?:\.\d+)?", value.strip()):
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return amount if amount >= 0 else None


def figures_errors(value: Any, lines: Lines, source: str) -> list[ReportError]:
    """Every problem with a `figures:` block (loaded data), each at its line, with the fix."""
    def line(*path: str) -> int | None:
        for end in range(len(path), -1, -1):
            if ("figures",) + path[:end] in lines:
                return lines[("figures",) + path[:end]]
        return None

    if value is None:
        return []
    if not isinstance(value, dict):
        return [ReportError("`figures:` holds `date:`, `participants:` and `budget_spent:` "
                            "(each optional), not a list or a text", source, line())]
    errors: list[ReportError] = []
    for key in value:
        if key not in KEYS:
            errors.append(ReportError(f"unknown key {key!r} in figures; the keys are "
                                      f"{', '.join(KEYS)}", source, line(key)))
    if "date" in value and _date(value["date"]) is None:
        errors.append(ReportError(f"figures: date {value['date']!r} is not a day; write it as "
                                  "YYYY-MM-DD (date: 2019-03-02)", source, line("date")))
    if "participants" in value and _count(value["participants"]) is None:
        errors.append(ReportError(f"figures: participants {value['participants']!r} is not a "
                                  "number of people; write a whole number (participants: 23)",
                                  source, line("participants")))
    if "budget_spent" in value:
        spent = value["budget_spent"]
        fix = "write budget_spent: {amount: 45000, currency: XOF}"
        if not isinstance(spent, dict) or set(spent) != {"amount", "currency"}:
            errors.append(ReportError(f"figures: budget_spent needs an amount and a currency; "
                                      f"{fix}", source, line("budget_spent")))
        else:
            if _amount(spent["amount"]) is None:
                errors.append(ReportError(
                    f"figures: budget_spent amount {spent['amount']!r} is not a plain number; "
                    "write digits with a decimal point, no separators or currency (1200.50)",
                    source, line("budget_spent", "amount")))
            if not isinstance(spent["currency"], str) or \
                    spent["currency"] not in list_currencies():
                errors.append(ReportError(
                    f"figures: budget_spent currency {spent['currency']!r} is not an ISO 4217 "
                    "code; write the code (USD, EUR, XOF, INR, ...)", source,
                    line("budget_spent", "currency")))
    return errors


def figures_from_data(value: Any) -> dict[str, Any]:
    """The settled figures of a checked `figures:` block: date (datetime.date), participants
    (int), budget_spent ({"amount": Decimal, "currency": str})."""
    if not isinstance(value, dict):
        return {}
    figures: dict[str, Any] = {}
    if "date" in value:
        figures["date"] = _date(value["date"])
    if "participants" in value:
        figures["participants"] = _count(value["participants"])
    if "budget_spent" in value:
        spent = value["budget_spent"]
        figures["budget_spent"] = {"amount": _amount(spent["amount"]),
                                   "currency": spent["currency"]}
    return figures


def figures_to_data(figures: dict[str, Any]) -> dict[str, Any]:
    """The `figures:` block of settled figures, as a file writes it."""
    data: dict[str, Any] = {}
    if figures.get("date") is not None:
        data["date"] = figures["date"]
    if figures.get("participants") is not None:
        data["participants"] = int(figures["participants"])
    spent = figures.get("budget_spent")
    if spent is not None:
        amount = Decimal(spent["amount"])
        data["budget_spent"] = {"amount": int(amount) if amount == amount.to_integral_value()
                                else float(amount), "currency": spent["currency"]}
    return data
