"""Golden cases, written by hand from docs/format.md (tests/golden/README.md).

- Pairs `NAME.yaml` + `NAME.wiki`: the page reads as the file's report (`parse`), and the
  report written onto its page gives the page back byte for byte (`render(report, base=page)`);
  a page in the canonical form is also what the file renders to on its own.
- Edits `edits/NAME.base.wiki` + `edits/NAME.yaml` + `edits/NAME.wiki`: the report file (an
  edit of the base page's report) written onto the base page gives exactly the expected page,
  which reads back as the report: an edit lands where it was made, and nothing else moves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import salonbot
from salonbot.report.yamlio import dump_report, load_data, report_from_data

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(path.stem for path in GOLDEN.glob("*.yaml"))
EDITS = sorted(path.stem for path in (GOLDEN / "edits").glob("*.yaml"))
#: The pages written in the canonical form (docs/format.md): the file alone renders to them.
CANONICAL = ["empty_sections", "minimal", "morocco", "nested_lists", "out_of_order", "rtl",
             "text_then_two_lists", "themes_topics"]


def test_the_corpus_is_there() -> None:
    assert len(CASES) >= 12 and len(EDITS) >= 12
    for name in CASES:
        assert (GOLDEN / f"{name}.wiki").is_file(), f"{name}.yaml has no {name}.wiki"
    for name in EDITS:
        for suffix in (".base.wiki", ".wiki"):
            assert (GOLDEN / "edits" / f"{name}{suffix}").is_file(), f"edits/{name}{suffix}"
    assert set(CANONICAL) <= set(CASES)


@pytest.fixture(params=CASES)
def case(request: pytest.FixtureRequest) -> tuple[str, salonbot.Report, str]:
    report = salonbot.load_report(GOLDEN / f"{request.param}.yaml")
    page = (GOLDEN / f"{request.param}.wiki").read_text(encoding="utf-8")
    return request.param, report, page


def test_page_parses_to_the_yaml(case: tuple[str, salonbot.Report, str]) -> None:
    _, report, page = case
    parsed = salonbot.parse(page, report.title)
    assert parsed == report
    assert list(parsed.sections) == list(report.sections)  # in the page's order


def test_yaml_written_onto_its_page_gives_the_page_back(
        case: tuple[str, salonbot.Report, str]) -> None:
    _, report, page = case
    assert salonbot.render(report, base=page) == page


@pytest.mark.parametrize("name", CANONICAL)
def test_a_canonical_page_is_what_the_yaml_renders_to_alone(name: str) -> None:
    report = salonbot.load_report(GOLDEN / f"{name}.yaml")
    assert salonbot.render(report) == (GOLDEN / f"{name}.wiki").read_text(encoding="utf-8")


def test_dumped_yaml_loads_back_to_the_same_report(case: tuple[str, salonbot.Report, str]) -> None:
    _, report, _ = case
    data, _ = load_data(dump_report(report))
    again = report_from_data(data)
    assert again == report and list(again.sections) == list(report.sections)


@pytest.mark.parametrize("name", EDITS)
def test_an_edit_lands_where_it_was_made(name: str) -> None:
    folder = GOLDEN / "edits"
    base = (folder / f"{name}.base.wiki").read_text(encoding="utf-8")
    expected = (folder / f"{name}.wiki").read_text(encoding="utf-8")
    report = salonbot.load_report(folder / f"{name}.yaml", base=base)
    assert salonbot.render(report, base=base) == expected
    assert salonbot.parse(expected, report.title).same_content(report)


def test_morocco_report_in_reports_folder_is_the_golden_one() -> None:
    repo = Path(__file__).parent.parent
    assert salonbot.load_report(repo / "reports" / "ma-ug.yaml") == salonbot.load_report(
        GOLDEN / "morocco.yaml"
    )
