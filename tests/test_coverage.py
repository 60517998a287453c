"""The index page's picture across reports (report/coverage.py): points per thematic area of
each report, and budgets per currency; the numbers are counted in tests/golden/*.yaml by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonbot.cli import main
from salonbot.export.coverage import area_points, budget_table, coverage_table, picture
from salonbot.report.validate import load_report

GOLDEN = Path(__file__).parent / "golden"
PREFIX = "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/Reports/"


def test_the_points_of_morocco_per_area() -> None:
    # 78 points in areas (83 less the 5 of the reflections). Advocacy: the theme and its
    # topic "Recruitment/choice of advocates" (no area of its own);
    # its topics "Capacity Building (for advocacy)" (7) and "Partnerships (for advocacy)" (4)
    # count for their own areas. The 5 points of the reflections are in no area.
    assert area_points(load_report(GOLDEN / "morocco.yaml")) == {
        "Advocacy": 78 - 26 - 4 - 6 - 13, "Capacity Building": 19 + 7, "Partnerships": 4,
        "Roles & Responsibilities": 6, "Community Health": 13}


def test_coverage_table() -> None:
    reports = [load_report(GOLDEN / name) for name in ("rtl.yaml", "morocco.yaml")]
    table = coverage_table(reports)
    assert table.startswith('{| class="wikitable sortable"\n! Report !! data-sort-type="number" '
                            '| Advocacy !! data-sort-type="number" | Capacity Building !! ')
    morocco = f"|-\n| [[{PREFIX}MA UG|MA UG]]\n| 29\n| 26\n| 13\n|\n| 4\n|\n|\n|\n| 6\n| 78\n"
    assert morocco in table
    assert table.index(morocco) < table.index("صالون")  # sorted by title
    # rtl.yaml: 2 points under المناصرة (Advocacy), 2 under its topic שותפויות (Hebrew:
    # Partnerships, an area of its own) and 1 under الصحة المجتمعية (Community Health)
    assert table.endswith('|- class="sortbottom"\n! Total\n! 31\n! 26\n! 14\n! 0\n! 6\n! 0\n'
                          "! 0\n! 0\n! 6\n! 83\n|}")
    assert coverage_table(reports, template="no-such-template") == ""


def test_budget_table() -> None:
    reports = [load_report(GOLDEN / name)
               for name in ("morocco.yaml", "heading_spelling.yaml", "minimal.yaml")]
    assert budget_table(reports) == (
        '{| class="wikitable sortable"\n! Currency !! data-sort-type="number" | Reports '
        '!! data-sort-type="number" | Budgets\n|-\n| USD\n| 1\n| 300\n|}')
    # morocco's "total budget ... 1200 USD ... 65 USD remained" is not what was spent
    assert budget_table(reports[2:]) == ""
    assert picture(reports[2:]).startswith("\n\n{| class=\"wikitable sortable\"\n! Report")


def test_index_prints_the_picture_after_the_overview(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("morocco.yaml", "heading_spelling.yaml"):
        (tmp_path / name).write_bytes((GOLDEN / name).read_bytes())
    assert main(["index", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    overview, coverage, budgets = out.split("\n\n")
    assert "! Report !! Date and location" in overview
    assert f"| [[{PREFIX}MA UG|MA UG]]\n| 29\n" in coverage
    assert budgets == ('{| class="wikitable sortable"\n! Currency !! data-sort-type="number" | '
                       'Reports !! data-sort-type="number" | Budgets\n|-\n| USD\n| 1\n| 300\n'
                       "|}\n")
