"""New report files: their file names, and scaffolds that validate and render every heading."""

from __future__ import annotations

import re

import pytest

import salonbot
from salonbot.report.scaffold import file_name_for, scaffold
from salonbot.report.template import available_templates, get_template

PREFIX = get_template().title_prefix
TITLES = [
    PREFIX + "WM XX",
    PREFIX + "MA UG",
    "Reports/Mini/Rabat 2024",
    "Example",
    PREFIX + "Wikimedia Israel: ויקימדיה",
    PREFIX + "مجموعة مستخدمي ويكيميديا المغرب",
    "yes",
    "2019-03-02",
    "1200",
    "A # not a comment",
    "A: colon, 'quotes' and \"double quotes\"",
    "* starts like a bullet",
    "- starts like a list",
    "[brackets] and {braces}",
    "@at & ampersand ! bang % percent",
]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (PREFIX + "MA UG", "ma-ug.yaml"),
        (PREFIX + "WM XX", "wm-xx.yaml"),
        ("Somewhere/Else/Wikimedia  Deutschland (2019)", "wikimedia-deutschland-2019.yaml"),
        (PREFIX + "Sub/page_name", "sub-page-name.yaml"),
        (PREFIX + "مجموعة المغرب", "مجموعة-المغرب.yaml"),
        (PREFIX + "Ünïcödé Ǆ", "ünïcödé-ǆ.yaml"),
        (PREFIX + "***", "report.yaml"),
        ("", "report.yaml"),
    ],
)
def test_file_name_for_a_title(title: str, name: str) -> None:
    assert file_name_for(title, PREFIX) == name


def test_file_name_without_prefix_uses_the_last_part_of_the_title() -> None:
    assert file_name_for(PREFIX + "MA UG") == "ma-ug.yaml"
    assert file_name_for("A/B/C d", "Other/") == "c-d.yaml"


@pytest.mark.parametrize("title", TITLES)
def test_a_scaffold_is_a_valid_report_with_that_title(title: str) -> None:
    report = salonbot.load_report_text(scaffold(title), "new.yaml")
    assert report.title == title
    assert report.template == "strategy-salon"


@pytest.mark.parametrize("name", available_templates())
def test_a_scaffold_renders_every_heading_of_its_template_in_order(name: str) -> None:
    template = get_template(name)
    report = salonbot.load_report_text(scaffold("Example", template), "new.yaml")
    page = salonbot.render(report)
    assert re.findall(r"^== (.+) ==$", page, re.MULTILINE) == [s.heading for s in template.sections]
    assert all(not node.has_content() and not node.children for node in report.sections.values())


def test_a_scaffold_shows_the_guidance_of_every_section() -> None:
    text = scaffold("Example")
    for spec in get_template().sections:
        assert f"# == {spec.heading} ==  {spec.guidance}" in text
        assert re.search(rf"^{spec.key}:", text, re.MULTILINE)
    assert "  # one entry per `Discussion Theme 1 (Title)` heading:" in text
