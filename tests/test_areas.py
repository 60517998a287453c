"""Thematic areas: which area a theme's or topic's title names (a table written by hand), the
`area:` key of a report file, and what `review` says about a theme of no area."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonbot.analytics.areas import area_of, area_warnings, node_area, template_areas
from salonbot.cli import main
from salonbot.errors import ReportErrors, TemplateError
from salonbot.report.model import Node
from salonbot.report.parse import parse_page
from salonbot.report.render import render_report
from salonbot.report.template import template_from_data
from salonbot.report.validate import load_report_text
from salonbot.report.yamlio import carry_areas, dump_report
from salonbot.sync.folder import ReportFolder
from salonbot.sync.local import read_locals

GOLDEN = Path(__file__).parent / "golden"

TITLES = [
    ("Advocacy", "Advocacy"),
    ("advocacy", "Advocacy"),
    ("  ADVOCACY ", "Advocacy"),
    ("Capacity Building", "Capacity Building"),
    ("Capacity-building", "Capacity Building"),
    ("Capacity Building (for advocacy)", "Capacity Building"),
    ("Partnerships (for advocacy)", "Partnerships"),
    ("Roles and Responsibilities", "Roles & Responsibilities"),
    ("Roles & Responsibilities", "Roles & Responsibilities"),
    ("roles &responsibilities", "Roles & Responsibilities"),
    ("Product and Technology", "Product & Technology"),
    ("Product & Technology", "Product & Technology"),
    ("Community Health", "Community Health"),
    ("Resource Allocation", "Resource Allocation"),
    ("Revenue Streams", "Revenue Streams"),
    ("Diversity", "Diversity"),
    # translations
    ("Plaidoyer", "Advocacy"),
    ("Renforcement des capacités", "Capacity Building"),
    ("Rôles et responsabilités", "Roles & Responsibilities"),
    ("Produit & technologie", "Product & Technology"),
    ("Diversidad", "Diversity"),
    ("Asignación de recursos", "Resource Allocation"),
    ("Rollen und Verantwortlichkeiten", "Roles & Responsibilities"),
    ("Einnahmequellen", "Revenue Streams"),
    ("Parcerias", "Partnerships"),
    ("Kesehatan komunitas", "Community Health"),
    ("Разнообразие", "Diversity"),
    ("能力建设", "Capacity Building"),
    ("多样性", "Diversity"),
    ("能力建设（倡导）", "Capacity Building"),  # a full-width parenthesis
    ("التنوع", "Diversity"),
    ("विविधता", "Diversity"),
    ("বৈচিত্র্য", "Diversity"),
    # close misspellings
    ("Advocay", "Advocacy"),
    ("Partnership", "Partnerships"),
    ("Capacity Buildng", "Capacity Building"),
    ("Roles and Responsability", "Roles & Responsibilities"),
    # parts
    ("Advocacy: the legal status of user groups", "Advocacy"),
    ("Diversity - the gender gap", "Diversity"),
    ("Advocacy: Diversity", None),  # two areas: none
    # not an area
    ("Recruitment/choice of advocates", None),
    ("Education", None),
    ("Wikidata", None),
    ("", None),
]


@pytest.mark.parametrize(("title", "area"), TITLES)
def test_area_of_a_title(title: str, area: str | None) -> None:
    assert area_of(title) == area


def test_the_nine_areas_and_their_languages() -> None:
    areas = template_areas()
    assert [area.name for area in areas] == [
        "Advocacy", "Capacity Building", "Community Health", "Diversity", "Partnerships",
        "Product & Technology", "Resource Allocation", "Revenue Streams",
        "Roles & Responsibilities"]
    assert all(len(area.spellings) >= 10 for area in areas)
    assert template_areas("no-such-template") == ()


def test_areas_data_is_checked() -> None:
    for areas in ([{"name": "X"}], {"name": "X"}, "X"):
        with pytest.raises(TemplateError, match=r"t.areas: expected a list of area names"):
            template_from_data({"name": "t", "sections": [{"key": "a", "heading": "A"}],
                                "areas": areas}, "t")


REPORT = """title: Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/Reports/XX
discussion:
  themes:
  - title: Wikidata in schools
    area: Partnerships
    points:
    - A point
  - title: Advocay
  - title: Outreach to libraries
other_areas:
  topics:
  - title: Roles and Responsibilities
"""


def test_an_area_key_is_read_written_and_not_on_the_page() -> None:
    report = load_report_text(REPORT)
    themes = report.listed("discussion", "themes")
    assert themes[0].area == "Partnerships"
    assert node_area(themes[0]) == "Partnerships"
    assert node_area(themes[1]) == "Advocacy"
    assert node_area(themes[2]) is None
    assert "  - title: Wikidata in schools\n    area: Partnerships\n    points:\n" \
        in dump_report(report)
    assert node_area(Node()) is None


def test_an_area_must_be_one_of_the_nine() -> None:
    with pytest.raises(ReportErrors, match=r":5: .*area.*'Partnership' is not one of"):
        load_report_text(REPORT.replace("area: Partnerships", "area: Partnership"), "x.yaml")


def test_review_lists_a_theme_of_no_area_and_validate_does_not(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text(REPORT, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().err == ""  # a theme of no area does not block a push
    assert main(["review", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"{path}:9: area: 'Outreach to libraries' under 'Summary of the discussion points' " \
        "names no thematic area; if it is about one, add `area: NAME` under its title (one of: " \
        "Advocacy, Capacity Building, Community Health, Diversity, Partnerships, " \
        "Product & Technology, Resource Allocation, Revenue Streams, Roles & Responsibilities)" \
        in out


def test_review_suggests_a_close_area(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text(REPORT.replace("Outreach to libraries", "Diversity of editors"), "utf-8")
    assert main(["review", str(tmp_path)]) == 0
    assert "did you mean 'Diversity'? If so, add `area: Diversity` under its title" \
        in capsys.readouterr().out


def test_the_golden_reports_name_their_areas() -> None:
    assert area_warnings(GOLDEN / "morocco.yaml") == []


def test_a_pull_keeps_the_area_keys_of_the_file_it_replaces() -> None:
    old = REPORT.replace("  - title: Advocay\n",
                         "  - title: Advocay\n    area: Diversity\n    topics:\n"
                         "    - title: Outreach\n      area: Revenue Streams\n")
    # The page as edited on the wiki, and pulled: one theme renamed, a point added.
    edited = load_report_text(REPORT.replace("  - title: Outreach to libraries\n",
                                             "  - title: Libraries\n").replace(
        "    - A point\n", "    - A point\n    - Another point\n").replace(
        "  - title: Advocay\n", "  - title: Advocay\n    topics:\n    - title: Outreach\n"))
    new = dump_report(parse_page(render_report(edited), edited.title))
    assert "area:" not in new
    carried = carry_areas(old, new)
    report = load_report_text(carried)
    themes = report.listed("discussion", "themes")
    assert [(theme.title, theme.area) for theme in themes] == [
        ("Wikidata in schools", "Partnerships"), ("Advocay", "Diversity"), ("Libraries", None)]
    assert themes[0].points[1].text == "Another point"
    assert themes[1].children[0].area == "Revenue Streams"
    assert carry_areas(REPORT.replace("area: Partnerships", ""), new) == new  # nothing to carry
    assert carry_areas("area: [unclosed", new) == new


def test_the_reports_folder_keeps_areas_when_it_rewrites_a_file(tmp_path: Path) -> None:
    path = tmp_path / "xx.yaml"
    path.write_text(REPORT, encoding="utf-8")
    report = load_report_text(REPORT)
    page = render_report(report)
    pulled = dump_report(parse_page(page, report.title))
    assert "area:" not in pulled
    folder = ReportFolder(tmp_path, "sandbox", "strategy-salon")
    folder.note_read(read_locals([path]))  # as a run reads the folder before it writes
    folder.write_report("xx.yaml", pulled, report.title, page, page)
    assert path.read_text(encoding="utf-8") == REPORT  # the area: of the first theme is kept
    folder.write_report("new.yaml", pulled, report.title, page, page)  # no file before: nothing kept
    assert (tmp_path / "new.yaml").read_text(encoding="utf-8") == pulled
