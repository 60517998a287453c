"""The local overview (`salonbot index --html`): one self-contained HTML file with the index of
every report, the coverage of the thematic areas, and two charts (points per thematic area,
salons per month) drawn by Chart.js, which is inlined from `vendor/` so the file works offline.

Wikitext values (date and location, budget) are shown as plain text. The charts are drawn
without animation; when they are drawn the page sets `data-charts` on `<body>` to their number,
so a test (or a person) can tell they rendered.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from html import escape
from importlib import resources

from salonbot.report.areas import template_areas
from salonbot.report.coverage import area_points
from salonbot.report.model import Report
from salonbot.report.overview import Row, totals
from salonbot.report.readings import plain_text, report_figures

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #202122; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #a2a9b1; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
th { background: #eaecf0; }
td.number { text-align: right; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; }
.chart { width: 32em; }
.canvas { position: relative; height: 20em; }
"""

_SCRIPT = """
const data = JSON.parse(document.getElementById("salonbot-data").textContent);
let drawn = 0;
function bar(id, labels, values, label) {
  new Chart(document.getElementById(id), {
    type: "bar",
    data: { labels: labels, datasets: [{ label: label, data: values,
                                         backgroundColor: "#3366cc" }] },
    options: { animation: false, maintainAspectRatio: false,
               scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  drawn += 1;
}
bar("chart-areas", data.areas.labels, data.areas.values, "Points");
bar("chart-months", data.months.labels, data.months.values, "Salons");
document.body.dataset.charts = String(drawn);
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
        date = report_figures(report).date.value
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


def _table(header: Iterable[str], rows: Iterable[Iterable[str | int | None]]) -> str:
    head = "".join(f"<th>{escape(cell)}</th>" for cell in header)
    body = "".join(
        "<tr>" + "".join(f'<td class="number">{cell}</td>' if isinstance(cell, int)
                         else f"<td>{escape(cell or '')}</td>" for cell in row) + "</tr>"
        for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def overview_html(rows: list[Row], reports: list[Report]) -> str:
    """The whole HTML page (see the module's docstring)."""
    total = totals(rows)
    index = _table(["Report", "Date and location", "Participants", "Discussion themes", "Budget"],
                   [[row.label, plain_text(row.date_and_location), row.participants,
                     plain_text("; ".join(row.themes)), plain_text(row.budget)] for row in rows])
    areas = [area.name for area in template_areas()]
    by_title = {report.title: area_points(report) for report in reports}
    coverage = _table(["Report", *areas], [
        [row.label, *(by_title[row.title][name] or None for name in areas)] for row in rows])
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
<p>{total.reports} reports, {total.participants} participants, {total.themes} discussion themes.</p>
<div class="charts">
<div class="chart"><h2>Points per thematic area</h2>
<div class="canvas"><canvas id="chart-areas"></canvas></div></div>
<div class="chart"><h2>Salons per month</h2>
<div class="canvas"><canvas id="chart-months"></canvas></div></div>
</div>
<h2>Reports</h2>
{index}
<h2>Thematic areas: points per report</h2>
{coverage}
<script id="salonbot-data" type="application/json">{data}</script>
<script>{chart_library()}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
