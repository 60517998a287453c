"""One picture everywhere (issue 19 item 5): the index page's table, `index --format json`,
`index --html` and the export's reports table, each made from the same folder, give the same
number for every total; and each total says how many reports state it."""

from __future__ import annotations

import json
import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from salonbot.analytics.areas import template_areas
from salonbot.cli import main
from salonbot.export import export

GOLDEN = Path(__file__).parent / "golden"


def _output(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_index_html_and_export_agree_on_every_number(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "salons.db"
    assert not export(folder, database).problems
    with sqlite3.connect(database) as connection:
        reports, participants, stating, themes, with_themes, points = connection.execute(
            "SELECT count(*), sum(participants), count(participants), sum(themes), "
            "sum(themes > 0), sum(points) FROM reports").fetchone()
        budgets = {currency: (count, Decimal(str(total))) for currency, count, total in
                   connection.execute("SELECT budget_currency, count(*), sum(budget_amount) "
                                      "FROM reports WHERE budget_currency IS NOT NULL "
                                      "GROUP BY budget_currency")}
    connection.close()
    # Read off the golden files by hand (tests/test_overview.py): 10 participants, from 5.
    assert (reports, participants, stating) == (29, 10, 5)
    assert "USD" in budgets  # Morocco states 1200 USD

    index = json.loads(_output(capsys, "index", "--dir", str(folder), "--format", "json"))
    with sqlite3.connect(database) as connection:
        by_title = {title: (participants, themes, points, amount, currency) for
                    title, participants, themes, points, amount, currency in connection.execute(
                        "SELECT title, participants, themes, points, budget_amount, "
                        "budget_currency FROM reports")}
        areas = dict(connection.execute("SELECT area, count(*) FROM points "
                                        "WHERE area IS NOT NULL GROUP BY area"))
    connection.close()
    assert {row["title"]: (row["participants"], len(row["themes"]), row["points"],
                           row["budget_amount"], row["budget_currency"])
            for row in index["reports"]} == by_title
    totals = index["totals"]
    assert totals == {"reports": reports, "participants": participants,
                      "participants_from": stating, "themes": themes,
                      "themes_from": with_themes, "points": points}

    wikitext = _output(capsys, "index", "--dir", str(folder))
    assert (f"! Total: {reports} reports\n!\n! {participants}, from {stating} of {reports} "
            f"reports\n! {themes} themes, in {with_themes} of {reports} reports\n") in wikitext
    coverage_totals = re.search(r'\|- class="sortbottom"\n! Total\n((?:! \d+\n)+)', wikitext)
    assert coverage_totals is not None
    *per_area, overall = [int(cell[2:]) for cell in coverage_totals.group(1).splitlines()]
    assert per_area == [areas.get(area.name, 0) for area in template_areas()]  # column order
    assert overall == sum(areas.values())
    page_budgets = {currency: (int(count), Decimal(total)) for currency, count, total in
                    re.findall(r"\|-\n\| ([A-Z]{3})\n\| (\d+)\n\| ([\d.]+)\n", wikitext)}
    assert page_budgets == budgets

    html = _output(capsys, "index", "--dir", str(folder), "--html")
    assert (f"{reports} reports; participants: {participants}, from {stating} of {reports} "
            f"reports;\ndiscussion themes: {themes}, in {with_themes} of {reports} reports; "
            f"{points} points") in html
    html_budgets = {currency: (int(count), Decimal(total)) for currency, count, total in
                    re.findall(r'<tr><td>([A-Z]{3})</td><td class="number">(\d+)</td>'
                               r'<td class="number">([\d.]+)</td></tr>', html)}
    assert html_budgets == budgets
    assert f"<th>{participants}, from {stating} of {reports}</th>" in html


@pytest.fixture
def folder(golden_folder: Path) -> Path:
    return golden_folder

