"""CSV cells a spreadsheet would run as formulas are neutralised (issue 20, item 2): `export`
and `index --format csv` put a `'` in front; `--raw-csv` writes them exactly; JSON Lines and
SQLite stay exact."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from salonbot.analytics.cells import spreadsheet_cell
from salonbot.cli import main
from salonbot.config import DEFAULT_PREFIX

FORMULAS = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)"]
REPORT = (f"title: {DEFAULT_PREFIX}Sheet\n"
          "date_and_location: \"=1+1 in Rabat\"\n"
          "discussion:\n  themes:\n  - title: Advocacy\n    points:\n"
          + "".join(f"    - {json.dumps(formula)}\n" for formula in FORMULAS)
          + "    - a plain point\n")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "sheet.yaml").write_text(REPORT, encoding="utf-8")
    return tmp_path


def _points(text: str) -> list[str]:
    return [row["text"] for row in csv.DictReader(io.StringIO(text))]


def test_export_csv_neutralises_formulas(folder: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    assert main(["export"]) == 0
    points = _points(capsys.readouterr().out)
    assert points == ["'" + formula for formula in FORMULAS] + ["a plain point"]


def test_export_raw_csv_writes_exactly(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--raw-csv"]) == 0
    assert _points(capsys.readouterr().out) == FORMULAS + ["a plain point"]


def test_jsonl_and_sqlite_stay_exact(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["text"] for line in lines] == FORMULAS + ["a plain point"]
    assert main(["export", "--format", "sqlite", "-o", "out.db"]) == 0
    with sqlite3.connect(folder / "out.db") as connection:
        texts = [row[0] for row in connection.execute("SELECT text FROM points ORDER BY rowid")]
    assert texts == FORMULAS + ["a plain point"]


def test_index_csv_neutralises_and_raw_keeps(folder: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--format", "csv"]) == 0
    row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["date_and_location"] == "'=1+1 in Rabat"
    assert main(["index", "--format", "csv", "--raw-csv"]) == 0
    row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert row["date_and_location"] == "=1+1 in Rabat"


@pytest.mark.parametrize(("value", "cell"), [("\tx", "'\tx"), ("\rx", "'\rx"), ("=x", "'=x"),
                                             ("a=b", "a=b"), (-5, -5), ("", "")])
def test_spreadsheet_cell(value: object, cell: object) -> None:
    assert spreadsheet_cell(value) == cell

