"""`salonbot index --html`: one self-contained page with the index, the coverage of the
thematic areas and two charts, checked in a real headless Chromium (rendered, both charts drawn,
no console message). A screenshot is kept under test-artifacts/ for people to look at."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from tests.support.chromium import chromium

from salonbot.cli import main
from salonbot.report.overview_html import chart_data
from salonbot.report.validate import load_report

GOLDEN = Path(__file__).parent / "golden"
ARTIFACTS = Path(__file__).parents[1] / "test-artifacts"
NAMES = ("morocco.yaml", "heading_spelling.yaml", "intro_header.yaml", "rtl.yaml")
VIRTUAL_TIME = "--virtual-time-budget=5000"  # let the page's scripts run before the dump


def test_chart_data() -> None:
    data = chart_data([load_report(GOLDEN / name) for name in NAMES])
    # Counted by hand in tests/test_coverage.py (Morocco) and in rtl.yaml (2 points under
    # المناصرة, Advocacy, 2 under its topic שותפויות, Partnerships, 1 under الصحة المجتمعية,
    # Community Health); heading_spelling and intro_header have no themes.
    assert data["areas"] == {
        "labels": ["Advocacy", "Capacity Building", "Community Health", "Diversity",
                   "Partnerships", "Product & Technology", "Resource Allocation",
                   "Revenue Streams", "Roles & Responsibilities"],
        "values": [29 + 2, 26, 13 + 1, 0, 4 + 2, 0, 0, 0, 6]}
    # 12 May 2019 (heading_spelling) and 2 March 2019 (intro_header); Morocco has no date.
    assert data["months"] == {"labels": ["2019-03", "2019-04", "2019-05"], "values": [1, 0, 1]}


def test_the_page_renders_offline_with_its_charts(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(GOLDEN / name, folder)
    page = tmp_path / "overview.html"
    assert main(["index", "--dir", str(folder), "--html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # nothing to fetch
    assert "<td>MA UG</td>" in html and "<td>2 March 2019, Rabat, Morocco</td>" in html
    result = chromium(VIRTUAL_TIME, "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr
    assert '<body data-charts="2">' in result.stdout  # both charts drawn
    assert [line for line in result.stderr.splitlines() if ":CONSOLE" in line] == []
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "overview.png"
    shot.unlink(missing_ok=True)
    result = chromium(VIRTUAL_TIME, f"--screenshot={shot}", "--window-size=1400,1200", page.as_uri())
    assert result.returncode == 0 and shot.stat().st_size > 10_000, result.stderr


def test_html_and_push_do_not_go_together(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--html", "--push"]) == 2
    assert "leave out --format and --html" in capsys.readouterr().err
