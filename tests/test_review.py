"""`salonbot review [DIR]` (analytics/review.py) on hand-written folders: what needs a human
(unknown or conflicting figures with the reason, themes of no area, headings the template does
not name, guidance left in), each with file, line and fix, as text and as JSON; nothing it
lists blocks a push, so `validate` says none of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from salonbot.cli import main

PREFIX = "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/Reports/"

CLEAN = f"""title: {PREFIX}Clean
date_and_location: 2 March 2019, Rabat
participants: 'Total: 20'
discussion:
  themes:
  - title: Advocacy
    points:
    - A point
budget: We spent 430 USD.
"""

# Line numbers are counted by hand in this text.
MESSY = f"""title: {PREFIX}Messy
date_and_location: Write here the date and location of the salon...
participants: |-
  25 participants came.

  In all, 28 people attended.
discussion:
  themes:
  - title: Outreach to libraries
    points:
    - A point
budget: We received a grant of 500 USD.
extra_sections:
- title: Next steps
  text: We meet again in May.
"""

SETTLED = MESSY.replace("date_and_location:", "figures:\n  participants: 26\n"
                        "date_and_location:")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "clean.yaml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "messy.yaml").write_text(MESSY, encoding="utf-8")
    return tmp_path


def test_review_lists_what_needs_a_human(folder: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    messy = folder / "messy.yaml"
    assert not any("clean.yaml" in line for line in out)
    assert out[-1] == "6 to review in 2 report file(s) (1 area, 3 figure, 1 heading, " \
        "1 placeholder)"
    found = out[:-1]
    assert found[0].startswith(f"{messy}:2: figure: date unknown: placeholder left in")
    assert found[0].endswith("settle it in the file under `figures:` (date: 2019-03-02), or "
                             "state it once on the page")
    assert found[1].startswith(f"{messy}:2: placeholder: template guidance left in: "
                               "'Write here the date and location of the salon...'")
    assert found[2].startswith(f"{messy}:3: figure: participants unknown: two totals: 25 and 28")
    assert found[3].startswith(f"{messy}:9: area: 'Outreach to libraries' under")
    assert found[4].startswith(f"{messy}:12: figure: budget_spent unknown: only the grant "
                               "(500 USD) is given, not what was spent")
    assert found[5].startswith(f"{messy}:14: heading: the heading 'Next steps' is not one the "
                               "template names")


def test_review_as_json(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(folder), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)
    assert {finding["kind"] for finding in findings} == {"figure", "area", "heading",
                                                         "placeholder"}
    participants = next(finding for finding in findings
                        if finding["what"].startswith("participants"))
    assert participants == {
        "file": str(folder / "messy.yaml"), "line": 3, "kind": "figure",
        "what": "participants unknown: two totals: 25 and 28",
        "fix": "settle it in the file under `figures:` (participants: 23), or state it once on "
               "the page"}


def test_a_settled_figure_needs_no_review(folder: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "messy.yaml").write_text(SETTLED, encoding="utf-8")
    assert main(["review", str(folder)]) == 0
    assert "participants unknown" not in capsys.readouterr().out


def test_validate_says_nothing_of_it(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--dir", str(folder)]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == "2 of 2 report file(s) valid\n"


def test_review_names_an_invalid_file_and_goes_on(folder: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "broken.yaml").write_text(f"title: {PREFIX}Broken\nwhat: x\n", encoding="utf-8")
    assert main(["review", str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"{folder / 'broken.yaml'}:0: invalid: " in out and "run `salonbot validate`" in out
    assert "messy.yaml:3: figure" in out


def test_review_of_an_empty_folder_fails(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", str(tmp_path)]) == 1
    assert "no report files" in capsys.readouterr().err
