"""Golden pairs: tests/golden/NAME.yaml and NAME.wiki, written by hand from docs/format.md.

Each pair is checked in both directions: the YAML renders to the .wiki byte for byte, the .wiki
parses to the YAML's data, and the page survives parse+render byte for byte.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import salonbot
from salonbot.report.yamlio import dump_report, load_data, report_from_data

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(path.stem for path in GOLDEN.glob("*.yaml"))


def test_the_corpus_is_there() -> None:
    assert len(CASES) >= 12
    for name in CASES:
        assert (GOLDEN / f"{name}.wiki").is_file(), f"{name}.yaml has no {name}.wiki"


@pytest.fixture(params=CASES)
def case(request: pytest.FixtureRequest) -> tuple[salonbot.Report, str]:
    report = salonbot.load_report(GOLDEN / f"{request.param}.yaml")
    page = (GOLDEN / f"{request.param}.wiki").read_text(encoding="utf-8")
    return report, page


def test_yaml_renders_to_the_page(case: tuple[salonbot.Report, str]) -> None:
    report, page = case
    assert salonbot.render(report) == page


def test_page_parses_to_the_yaml(case: tuple[salonbot.Report, str]) -> None:
    report, page = case
    assert salonbot.parse(page, report.title) == report


def test_page_round_trips_byte_for_byte(case: tuple[salonbot.Report, str]) -> None:
    _, page = case
    assert salonbot.render(salonbot.parse(page)) == page


def test_dumped_yaml_loads_back_to_the_same_report(case: tuple[salonbot.Report, str]) -> None:
    report, _ = case
    data, _ = load_data(dump_report(report))
    assert report_from_data(data) == report


def test_morocco_report_in_reports_folder_is_the_golden_one() -> None:
    repo = Path(__file__).parent.parent
    assert salonbot.load_report(repo / "reports" / "ma-ug.yaml") == salonbot.load_report(
        GOLDEN / "morocco.yaml"
    )
