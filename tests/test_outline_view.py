"""`salonbot outline` (issue 17 item 7): one line per node of a page (its line, its level, what
it became) and what it holds under it. The pages are hand-written and so is every expected
outline below. The same from the wiki: tests/wiki/test_unplaced_pull.py."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from salonbot.cli import main
from salonbot.report.outline import OutlineNode, outline_nodes
from salonbot.report.parse import parse_page

#: An intro, sections, themes written as a bold line and a `;` term, a heading not placed.
LABELS = """Welcome to our salon.
== Date and location ==
4 May 2019
== Participants ==
* Ana
* Bo
== Summary of the discussion points ==
'''Advocacy'''
* Laws on panorama.
** Ask the parliament.
; Diversity
: Women editors.
== Lunch menu ==
Tea.
Mint.
"""

LABELS_OUTLINE = """\
line  level  what it became
   1         intro
               1 line
   2  2      section date_and_location, from 'Date and location'
               1 line
   4  2      section participants, from 'Participants'
               2 points
   7  2      section discussion, from 'Summary of the discussion points'
               empty
   8  -        theme 'Advocacy', area Advocacy
                 2 points
  11  -        theme 'Diversity', area Diversity
                 1 point
  13  2      not placed: 'Lunch menu'
               2 lines
"""

#: Themes with no discussion heading above them, one of them the template's placeholder.
HEADLESS = """== Budget ==
40 USD
=== Discussion Theme 1 (Capacity Building) ===
* Training.
=== Discussion Theme 2 (Name of the theme) ===
* Write here...
"""

HEADLESS_OUTLINE = """\
line  level  what it became
   1  2      section budget, from 'Budget'
               1 line
   3         section discussion, no heading line
               empty
   3  3        theme 'Capacity Building', area Capacity Building, from 'Discussion Theme 1 \
(Capacity Building)'
                 1 point
   5  3        placeholder: 'Discussion Theme 2 (Name of the theme)' (guidance from the \
template: no data)
                 empty
"""

#: A report file; with no base copy it is shown in the canonical form push would save.
REPORT = """title: Strategy/X/Outline UG
date_and_location: 4 May 2019
discussion:
  themes:
  - title: Advocacy
    points:
    - Laws on panorama.
    - Ask the parliament.
budget: 40 USD
extra_sections:
- title: Lunch menu
  text: Tea.
"""

REPORT_OUTLINE = """\
line  level  what it became
   1  2      section date_and_location, from 'Date and location'
               1 line
   4  2      section discussion, from 'Summary of the discussion points'
               empty
   6  3        theme 'Advocacy', area Advocacy, from 'Discussion Theme 1 (Advocacy)'
                 2 points
  10  2      section budget, from 'Statement on your budget'
               1 line
  13  2      not placed: 'Lunch menu'
               1 line
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_nodes_of_a_page_with_labels() -> None:
    nodes = outline_nodes(parse_page(LABELS, "X"), LABELS)
    assert nodes[4] == OutlineNode(line=8, level="-", kind="theme", name="Advocacy",
                                   heading="Advocacy", area="Advocacy", depth=1, lines=0,
                                   points=2)
    assert [(node.line, node.kind, node.name) for node in nodes] == [
        (1, "intro", "intro"), (2, "section", "date_and_location"),
        (4, "section", "participants"), (7, "section", "discussion"), (8, "theme", "Advocacy"),
        (11, "theme", "Diversity"), (13, "extra", "Lunch menu")]


@pytest.mark.parametrize(("page", "expected"), [(LABELS, LABELS_OUTLINE),
                                                (HEADLESS, HEADLESS_OUTLINE)])
def test_outline_of_a_page_file(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str,
                                expected: str) -> None:
    assert main(["outline", str(_write(tmp_path, "page.wiki", page))]) == 0
    assert capsys.readouterr() == (expected, "")


def test_outline_of_standard_input(monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(HEADLESS))
    assert main(["outline", "-"]) == 0
    assert capsys.readouterr() == (HEADLESS_OUTLINE, "")


def test_a_path_that_exists_is_a_file_whatever_its_name(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(_write(tmp_path, "Reports MA UG", HEADLESS))]) == 0
    assert capsys.readouterr().out == HEADLESS_OUTLINE


def test_outline_of_a_report_file_is_what_push_would_save(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(_write(tmp_path, "outline-ug.yaml", REPORT))]) == 0
    assert capsys.readouterr() == (REPORT_OUTLINE, "")


def test_outline_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(_write(tmp_path, "page.wiki", HEADLESS)), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert json.loads(out) == {"title": "page", "nodes": [
        {"line": 1, "level": "2", "kind": "section", "name": "budget", "heading": "Budget",
         "area": None, "depth": 0, "lines": 1, "points": 0},
        {"line": 3, "level": "", "kind": "section", "name": "discussion", "heading": "",
         "area": None, "depth": 0, "lines": 0, "points": 0},
        {"line": 3, "level": "3", "kind": "theme", "name": "Capacity Building",
         "heading": "Discussion Theme 1 (Capacity Building)", "area": "Capacity Building",
         "depth": 1, "lines": 0, "points": 1},
        {"line": 5, "level": "3", "kind": "placeholder",
         "name": "Discussion Theme 2 (Name of the theme)",
         "heading": "Discussion Theme 2 (Name of the theme)", "area": None, "depth": 1,
         "lines": 0, "points": 0}]}


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.wiki"
    assert main(["outline", str(missing)]) == 1
    assert capsys.readouterr() == ("", f"salonbot: {missing}: No such file or directory\n")


def test_an_invalid_report_file_names_its_line(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "bad.yaml", "title: Strategy/X\nbudgett: 40 USD\n")
    assert main(["outline", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"{path}:2: ") and err.count("\n") == 1


def test_a_page_file_that_is_not_utf8_is_one_line(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.wiki"
    path.write_bytes("== Date ==\n== Caf\u00e9 ==\n".encode("latin-1"))
    assert main(["outline", str(path)]) == 1
    assert capsys.readouterr() == ("", f"salonbot: {path}:2: the page file is not UTF-8 text "
                                       "(byte 0xe9); save it as UTF-8, as the wiki stores pages\n")


def test_an_invalid_title_is_one_line_without_asking_the_wiki(
        capsys: pytest.CaptureFixture[str]) -> None:
    # No wiki is configured here: a title with characters no title can have is refused first.
    assert main(["outline", "Reports/MA [UG]"]) == 1
    assert capsys.readouterr() == ("", "salonbot: 'Reports/MA [UG]' is not a page title: the "
                                       "title has characters a wiki title cannot have (# < > [ ] "
                                       "| { } or controls)\n")
