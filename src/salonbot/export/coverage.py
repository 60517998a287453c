"""The picture across reports on the index page: which thematic areas each report discusses
(with its number of points in each), and the budgets added up per currency.

Both are sortable wikitables with a totals row that stays at the bottom. A report's points in an
area are counted as `salonbot export` places them (export/rows.py); a budget counts where its
amount is known (export/figures.py), and amounts in different currencies are never added.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

from salonbot.analytics.areas import template_areas
from salonbot.analytics.overview import label_for, report_link
from salonbot.export.figures import figures_of
from salonbot.export.rows import POINT_COLUMNS, export_report
from salonbot.report.model import Report
from salonbot.report.template import DEFAULT_TEMPLATE, get_template

_AREA = POINT_COLUMNS.index("area")


def area_points(report: Report) -> Counter[str]:
    """The number of points of the report in each thematic area (areas with none left out)."""
    return Counter(str(row[_AREA]) for row in export_report(report, 0, 1).points
                   if row[_AREA])


def coverage_table(reports: Iterable[Report], template: str = DEFAULT_TEMPLATE) -> str:
    """Reports against thematic areas: a row a report (sorted by title), a column an area, each
    cell its number of points there (empty for none), and a totals row. '' if the template has
    no areas."""
    areas = [area.name for area in template_areas(template)]
    if not areas:
        return ""
    number = 'data-sort-type="number" | '
    lines = ['{| class="wikitable sortable"',
             "! Report !! " + " !! ".join(number + name for name in areas) + f" !! {number}Total"]
    totals: Counter[str] = Counter()
    for report in sorted(reports, key=lambda report: report.title):
        counts = area_points(report)
        totals.update(counts)
        label = label_for(report.title, get_template(report.template).title_prefix)
        lines.append("|-")
        lines.append(f"| {report_link(report.title, label)}")
        lines.extend(f"| {counts[name]}" if counts[name] else "|" for name in areas)
        lines.append(f"| {sum(counts[name] for name in areas)}")
    lines += ['|- class="sortbottom"', "! Total",
              *(f"! {totals[name]}" for name in areas), f"! {sum(totals.values())}", "|}"]
    return "\n".join(lines)


def budgets(reports: Iterable[Report]) -> dict[str, tuple[int, Decimal]]:
    """For each currency (sorted), how many reports state a budget in it and their sum."""
    count: Counter[str] = Counter()
    amounts: dict[str, Decimal] = {}
    for report in reports:
        amount = figures_of(report).budget_spent.value
        if amount:
            count[amount.currency] += 1
            amounts[amount.currency] = amounts.get(amount.currency, Decimal(0)) + amount.value
    return {currency: (count[currency], amounts[currency]) for currency in sorted(count)}


def budget_table(reports: Iterable[Report]) -> str:
    """The budgets per currency: how many reports state one, and their sum ('' if none do)."""
    found = budgets(reports)
    if not found:
        return ""
    lines = ['{| class="wikitable sortable"',
             '! Currency !! data-sort-type="number" | Reports !! data-sort-type="number" | Budgets']
    for currency, (count, amount) in found.items():
        lines += ["|-", f"| {currency}", f"| {count}", f"| {amount}"]
    return "\n".join([*lines, "|}"])


def picture(reports: list[Report]) -> str:
    """The coverage table and the budget table, each after a blank line ('' if neither)."""
    return "".join(f"\n\n{table}" for table in (coverage_table(reports), budget_table(reports))
                   if table)
