"""The local overview (`salonbot index --html`): one self-contained HTML file with the totals,
the index of every report (each linked to its page on the wiki), the budgets per currency, the
coverage of the thematic areas, two charts (points per thematic area, salons per month) drawn by
Chart.js, which is inlined from `report/vendor/` so the file works offline, and what is unknown
(each report's figures that could not be read, with the reason).

Its numbers are the index's and the export's: the rows (export/overview.py) and the figures
(export/figures.py) are the same. Wikitext values (date and location, budget) are shown as plain
text. Every table sorts by a click on a column's heading (a small inline script; numbers as
numbers, empty cells last; totals stay at the bottom). The charts are drawn without animation;
when they are drawn the page sets `data-charts` on `<body>` to their number, so a test (or a
person) can tell they rendered.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from html import escape
from importlib import resources
from urllib.parse import quote

from salonbot.analytics.areas import template_areas
from salonbot.analytics.overview import Row, totals
from salonbot.analytics.readings import plain_text
from salonbot.export.coverage import area_points, budgets
from salonbot.export.figures import Figure, figures_of
from salonbot.report.model import Report

#: Where the report pages are read, unless `index --wiki-url` says otherwise.
META_WIKI = "https://meta.wikimedia.org/wiki/"

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #202122; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #a2a9b1; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #eaecf0; }
td.number { text-align: right; }
th { cursor: pointer; }
th[data-sorted="ascending"]::after { content: " \\25B2"; }
th[data-sorted="descending"]::after { content: " \\25BC"; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; }
.chart { width: 32em; }
.canvas { position: relative; height: 20em; }
"""

_SCRIPT = """
const data = JSON.parse(document.getElementById("salonbot-data").textContent);
let drawn = 0;
function bar(id, labels, values, label, xTitle) {
  new Chart(document.getElementById(id), {
    type: "bar",
    data: { labels: labels, datasets: [{ label: label, data: values,
                                         backgroundColor: "#3366cc" }] },
    options: { animation: false, maintainAspectRatio: false,
               scales: { x: { title: { display: true, text: xTitle } },
                         y: { beginAtZero: true, ticks: { precision: 0 },
                              title: { display: true, text: label } } } },
  });
  drawn += 1;
}
bar("chart-areas", data.areas.labels, data.areas.values, "Points", "Thematic area");
bar("chart-months", data.months.labels, data.months.values, "Salons", "Month");
document.body.dataset.charts = String(drawn);
function sortKey(cell) {
  const text = cell.dataset.sort ?? cell.textContent.trim();
  const number = Number(text);
  return text === "" ? null : (Number.isNaN(number) ? text : number);
}
function compare(a, b) {
  return typeof a === "number" && typeof b === "number" ? a - b
    : String(a).localeCompare(String(b));
}
for (const table of document.querySelectorAll("table")) {
  const headings = [...table.tHead.rows[0].cells];
  headings.forEach((heading, column) => heading.addEventListener("click", () => {
    const ascending = heading.dataset.sorted !== "ascending";
    headings.forEach((other) => delete other.dataset.sorted);
    heading.dataset.sorted = ascending ? "ascending" : "descending";
    const body = table.tBodies[0];
    const rows = [...body.rows].map((row) => [sortKey(row.cells[column]), row]);
    rows.sort(([a], [b]) => (a === null) - (b === null)
      || (a === null ? 0 : (ascending ? compare(a, b) : compare(b, a))));
    body.append(...rows.map(([, row]) => row));
  }));
}
"""


def chart_library() -> str:
    """Chart.js (the UMD build shipped in `vendor/`), without its source map comment."""
    text = resources.files("salonbot.report").joinpath("vendor/chart.umd.min.js").read_text(
        "utf-8")
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith("//# sourceMappingURL="))


def chart_data(reports: list[Report]) -> dict[str, dict[str, list[str] | list[int]]]:
    """The charts' data: points per thematic area (every area, in template order) and salons
    per month (months from the first to the last salon with a date, with none in between)."""
    points: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for report in reports:
        points.update(area_points(report))
        date = figures_of(report).date.value
        if date:
            months[f"{date.year:04d}-{date.month:02d}"] += 1
    areas = [area.name for area in template_areas()]
    labels: list[str] = []
    if months:
        year, month = map(int, min(months).split("-"))
        while f"{year:04d}-{month:02d}" <= max(months):
            labels.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return {"areas": {"labels": areas, "values": [points[name] for name in areas]},
            "months": {"labels": labels, "values": [months[label] for label in labels]}}


Cell = str | int | Decimal | None


def _cell(cell: Cell) -> str:
    """A table cell: a number right-aligned, a link (a pre-escaped `<a ...>`) as it is, else
    escaped text."""
    if isinstance(cell, (int, Decimal)):
        return f'<td class="number">{cell}</td>'
    if cell and cell.startswith("<a href="):
        return f"<td>{cell}</td>"
    return f"<td>{escape(cell or '')}</td>"


def _table(name: str, header: Iterable[str], rows: Iterable[Iterable[Cell]],
           footer: Iterable[Cell] = ()) -> str:
    head = "".join(f"<th>{escape(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(map(_cell, row)) + "</tr>" for row in rows)
    foot = "".join(f"<th>{escape(str(cell or ''))}</th>" for cell in footer)
    return (f'<table id="{name}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody>'
            + (f"<tfoot><tr>{foot}</tr></tfoot>" if foot else "") + "</table>")


def page_url(wiki_url: str, title: str) -> str:
    """The address of a page on the wiki whose articles are at `wiki_url` + title."""
    return wiki_url + quote(title.replace(" ", "_"), safe="/:()',!")


def _unknown(reports: list[Report]) -> list[list[Cell]]:
    """A row for each figure of each report that is unknown: report, figure, reason."""
    found: list[list[Cell]] = []
    for report in sorted(reports, key=lambda report: report.title):
        figures = figures_of(report)
        named: list[tuple[str, Figure]] = [
            ("date", figures.date), ("participants", figures.participants),
            ("budget", figures.budget_spent)]
        found += [[report.title, name, figure.reason] for name, figure in named
                  if figure.value is None]
    return found


def overview_html(rows: list[Row], reports: list[Report], wiki_url: str = META_WIKI) -> str:
    """The whole HTML page (see the module's docstring)."""
    total = totals(rows)
    labels = {row.title: row.label for row in rows}
    index = _table("reports", ["Report", "Date and location", "Participants",
                               "Discussion themes", "Points", "Budget"],
                   [[f'<a href="{escape(page_url(wiki_url, row.title))}">{escape(row.label)}</a>',
                     plain_text(row.date_and_location), row.participants,
                     plain_text("; ".join(row.themes)), row.points, plain_text(row.budget)]
                    for row in rows],
                   [f"Total: {total.reports} reports", "",
                    f"{total.participants}, from {total.participants_from} of {total.reports}",
                    f"{total.themes}, in {total.themes_from} of {total.reports}",
                    str(total.points), ""])
    money = budgets(reports)
    budget = _table("budgets", ["Currency", "Reports", "Total"],
                    [[currency, count, amount] for currency, (count, amount) in money.items()])
    stated = sum(count for count, _ in money.values())
    areas = [area.name for area in template_areas()]
    by_title = {report.title: area_points(report) for report in reports}
    coverage = _table("coverage", ["Report", *areas], [
        [row.label, *(by_title[row.title][name] or None for name in areas)] for row in rows])
    unknown = _unknown(reports)
    unknown_table = _table("unknown", ["Report", "Figure", "Why it is unknown"],
                           [[labels.get(str(title), str(title)), name, reason]
                            for title, name, reason in unknown])
    data = json.dumps(chart_data(reports), ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Strategy Salon reports</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>Strategy Salon reports</h1>
<p id="totals">{total.reports} reports; {escape(total.participants_text())};
{escape(total.themes_text())}; {total.points} points; budgets stated by {stated} of
{total.reports} reports (amounts in different currencies are not added).</p>
<div class="charts">
<div class="chart"><h2>Points per thematic area</h2>
<div class="canvas"><canvas id="chart-areas"></canvas></div></div>
<div class="chart"><h2>Salons per month</h2>
<div class="canvas"><canvas id="chart-months"></canvas></div></div>
</div>
<p>Salons per month counts the {sum(1 for report in reports if figures_of(report).date.value)}
reports whose date is known; the others are listed under "What is unknown".</p>
<h2>Reports</h2>
{index}
<h2>Budgets per currency</h2>
{budget}
<h2>Thematic areas: points per report</h2>
{coverage}
<h2>What is unknown</h2>
<p>{len(unknown)} figures of the reports could not be read from their pages; they are left out
of the totals above, never guessed.</p>
{unknown_table}
<script id="salonbot-data" type="application/json">{data}</script>
<script>{chart_library()}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
