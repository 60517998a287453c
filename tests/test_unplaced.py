"""The headings not placed (issue 17 item 7): counted by what a reader sees across the pages
read, named at the end of `salonbot parse` (and pull: tests/wiki/test_unplaced_pull.py).

The pages are hand-written and every expected list below was written by hand from them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salonbot.cli import main
from salonbot.report.parse import parse_page
from salonbot.report.unplaced import (
    UnplacedHeading,
    detail_lines,
    summary_line,
    unplaced_data,
    unplaced_headings,
)

PAGE_A = """Intro line.
== Date and location ==
4 May 2019, Rabat
=== Getting there ===
Tram line 1.
== Summary of the discussion points ==
=== Discussion Theme 1 (Advocacy) ===
* Laws on freedom of panorama.
== Lunch Menu ==
Tea.
== Weather on the day ==
Sunny.
=== Lunch menu ===
Couscous.
"""

PAGE_B = """== Participants ==
12 people.
=== lunch menu ===
Bread.
== lunch  menu ==
Bread again.
== \uff2c\uff35\uff2e\uff23\uff28 Menu ==
Soup.
== Getting there ==
Bus.
== Awards ==
None.
"""

#: Every heading of this page is a template section or a theme.
PLACED = """== Date and location ==
4 May 2019
== Summary of the discussion points ==
=== Discussion Theme 1 (Advocacy) ===
* Panorama.
"""


def _reports() -> list[tuple[str, object]]:
    return [("a.yaml", parse_page(PAGE_A, "A")), ("b.yaml", parse_page(PAGE_B, "B"))]


def test_headings_are_grouped_by_what_a_reader_sees_most_frequent_first() -> None:
    # `lunch  menu` shows as `lunch menu` (2 of 5), the full-width spelling is the same heading
    # in NFKC, case aside; the most frequent spelling names it.
    assert unplaced_headings(_reports()) == [  # type: ignore[arg-type]
        UnplacedHeading("lunch menu", 5, ("a.yaml", "b.yaml")),
        UnplacedHeading("Getting there", 2, ("a.yaml", "b.yaml")),
        UnplacedHeading("Awards", 1, ("b.yaml",)),  # a tie: alphabetical
        UnplacedHeading("Weather on the day", 1, ("a.yaml",)),
    ]


def test_a_tie_between_spellings_names_the_first_in_alphabetical_order() -> None:
    page = "== Lunch menu ==\nx\n== Lunch Menu ==\ny\n"
    assert unplaced_headings([("p", parse_page(page, "P"))]) == [
        UnplacedHeading("Lunch Menu", 2, ("p",))]


def test_placed_headings_are_not_listed() -> None:
    assert unplaced_headings([("p", parse_page(PLACED, "P"))]) == []
    assert summary_line([], 1) == ""
    assert detail_lines([], 1) == []


def test_the_summary_line_names_at_most_five() -> None:
    headings = [UnplacedHeading(name, count, ("f",)) for name, count in
                [("Feedback", 4), ("Venue", 3), ("Lunch", 2), ("Awards", 1), ("Bus", 1),
                 ("Credits", 1)]]
    assert summary_line(headings, 9) == (
        "6 headings not placed in 9 pages: 'Feedback' (4), 'Venue' (3), 'Lunch' (2), "
        "'Awards' (1), 'Bus' (1), ...")
    assert summary_line(headings[:1], 1) == "1 heading not placed in 1 page: 'Feedback' (4)"


def test_the_long_form_and_the_data() -> None:
    headings = unplaced_headings(_reports())  # type: ignore[arg-type]
    assert detail_lines(headings, 2) == [
        "4 headings not placed in 2 pages:",
        "  'lunch menu' (5): a.yaml, b.yaml",
        "  'Getting there' (2): a.yaml, b.yaml",
        "  'Awards' (1): b.yaml",
        "  'Weather on the day' (1): a.yaml",
    ]
    assert unplaced_data(headings[2:3], 2) == {
        "pages": 2, "headings": [{"heading": "Awards", "count": 1, "files": ["b.yaml"]}]}


# --- salonbot parse -------------------------------------------------------------------------------

@pytest.fixture
def page_a(tmp_path: Path) -> Path:
    path = tmp_path / "a.wiki"
    path.write_text(PAGE_A, encoding="utf-8")
    return path


def test_parse_with_o_prints_the_line_on_standard_output(page_a: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    # On one page `Lunch menu` (under another extra section) and `Lunch Menu` are one heading.
    assert main(["parse", str(page_a), "-o", str(tmp_path / "a.yaml")]) == 0
    assert capsys.readouterr() == (
        "3 headings not placed in 1 page: 'Lunch Menu' (2), 'Getting there' (1), "
        "'Weather on the day' (1)\n", "")


def test_parse_to_standard_output_prints_the_line_on_standard_error(
        page_a: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(page_a)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("title: a\n")
    assert err == ("3 headings not placed in 1 page: 'Lunch Menu' (2), 'Getting there' (1), "
                   "'Weather on the day' (1)\n")


def test_parse_v_lists_every_heading_with_its_file(page_a: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(page_a), "-o", str(tmp_path / "a.yaml"), "-v"]) == 0
    assert capsys.readouterr().out == (
        f"3 headings not placed in 1 page:\n  'Lunch Menu' (2): {page_a}\n"
        f"  'Getting there' (1): {page_a}\n  'Weather on the day' (1): {page_a}\n")


def test_parse_json_gives_the_same_as_data(page_a: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(page_a), "-o", str(tmp_path / "a.yaml"), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    files = [str(page_a)]
    assert json.loads(out) == {"unplaced": {"pages": 1, "headings": [
        {"heading": "Lunch Menu", "count": 2, "files": files},
        {"heading": "Getting there", "count": 1, "files": files},
        {"heading": "Weather on the day", "count": 1, "files": files}]}}
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8").startswith("title: a\n")


def test_parse_json_without_o_is_a_usage_error(page_a: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(page_a), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("salonbot parse: --json needs -o FILE (standard output holds the YAML "
                   "otherwise)\n")


def test_parse_of_a_page_whose_headings_are_all_placed_prints_no_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "placed.wiki"
    page.write_text(PLACED, encoding="utf-8")
    assert main(["parse", str(page), "-o", str(tmp_path / "p.yaml")]) == 0
    assert capsys.readouterr() == ("", "")
    assert main(["parse", str(page), "-o", str(tmp_path / "p.yaml"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"unplaced": {"pages": 1, "headings": []}}


def test_a_heading_is_quoted_as_a_reader_reads_it() -> None:
    # The zero-width non-joiner of Persian stays a letter of the word; a tab is shown as `\t`.
    page = "== \u06a9\u062a\u0627\u0628\u200c\u0647\u0627 ==\nx\n"  # books
    headings = unplaced_headings([("fa.wiki", parse_page(page, "P"))])
    assert summary_line(headings, 1) == (
        "1 heading not placed in 1 page: '\u06a9\u062a\u0627\u0628\u200c\u0647\u0627' (1)")
    assert summary_line([UnplacedHeading("a\tb", 1, ("f",))], 1) == \
        "1 heading not placed in 1 page: 'a\\tb' (1)"
