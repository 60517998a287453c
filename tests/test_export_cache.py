"""The figures an export keeps in the load cache: the same figures back, used only for the very
bytes they were read from, and an export that uses them writes what one that reads them does."""

from __future__ import annotations

import datetime
import json
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from salonbot.analytics.readings import report_figures
from salonbot.export import export
from salonbot.export import read as export_read
from salonbot.export.figures import figure_cells, figures_from_cells
from salonbot.report.parse import parse_page
from salonbot.report.validate import load_report
from salonbot.sync.local import CACHE_FILE

TESTS = Path(__file__).parent
PAGES = sorted((TESTS / "figures").glob("*.wiki")) + sorted(
    (TESTS / "figures-heldout").glob("*.wiki"))


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_the_cached_figures_are_the_figures_read(page: Path) -> None:
    figures = report_figures(parse_page(page.read_text(encoding="utf-8"), page.stem))
    assert figures_from_cells(json.loads(json.dumps(figure_cells(figures)))) == figures


def test_settled_figures_come_back_too() -> None:
    report = load_report(str(TESTS / "golden" / "morocco.yaml"))
    figures = report_figures(report, {
        "date": datetime.date(2019, 3, 2), "participants": 23,
        "budget_spent": {"amount": Decimal("1200.50"), "currency": "MAD"}})
    back = figures_from_cells(json.loads(json.dumps(figure_cells(figures))))
    assert back == figures and back.budget_spent.value.value == Decimal("1200.50")
    assert str(back.budget_spent.value.value) == "1200.50"  # digits as written, not a float's


def _rows(database: Path) -> list[list[tuple[object, ...]]]:
    connection = sqlite3.connect(database)
    try:
        return [connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                for table in ("reports", "points")]
    finally:
        connection.close()


def test_a_warm_export_reads_no_figures_and_writes_the_same(
        golden_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = golden_folder
    export(folder, tmp_path / "cold.db", use_cache=False)
    export(folder, tmp_path / "first.db")  # fills the load cache, figures included
    entries = json.loads((folder / CACHE_FILE).read_text(encoding="utf-8"))["files"]
    assert entries and all(len(entry) == 4 for entry in entries.values())

    def no_reading(report: object) -> None:
        raise AssertionError("a file whose figures the cache holds was read again")

    monkeypatch.setattr(export_read, "figures_of", no_reading)
    export(folder, tmp_path / "warm.db")
    assert _rows(tmp_path / "warm.db") == _rows(tmp_path / "first.db") == _rows(
        tmp_path / "cold.db")


def test_cached_figures_serve_only_the_bytes_they_were_read_from(golden_folder: Path,
                                                                   tmp_path: Path) -> None:
    folder = golden_folder
    export(folder, tmp_path / "first.db")
    morocco = folder / "morocco.yaml"
    text = morocco.read_text(encoding="utf-8")
    assert "\ndate_and_location: ''\n" in text
    morocco.write_text(text.replace("\ndate_and_location: ''\n",
                                    "\ndate_and_location: 2 March 2019, Rabat\n"),
                       encoding="utf-8")
    export(folder, tmp_path / "second.db")
    fresh = tmp_path / "fresh"
    shutil.copytree(folder, fresh, ignore=shutil.ignore_patterns(CACHE_FILE))
    export(fresh, tmp_path / "fresh.db", use_cache=False)
    assert _rows(tmp_path / "second.db") == _rows(tmp_path / "fresh.db")
    dates = [row[5] for row in _rows(tmp_path / "second.db")[0] if row[3] == "morocco.yaml"]
    assert dates == ["2019-03-02"]


def test_another_babel_or_unicode_makes_another_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures come from babel's CLDR data and Unicode's digits and letters too: cached
    figures serve only the versions that read them."""
    from importlib import metadata

    from salonbot.sync import local
    version = metadata.version
    made = local.code_fingerprint.__wrapped__()
    monkeypatch.setattr(local.metadata, "version",
                        lambda name: "0.0" if name == "babel" else version(name))
    other_babel = local.code_fingerprint.__wrapped__()
    monkeypatch.setattr(local.metadata, "version", version)
    monkeypatch.setattr(local.unicodedata, "unidata_version", "1.0.0")
    other_unicode = local.code_fingerprint.__wrapped__()
    assert len({made, other_babel, other_unicode}) == 3


def test_damaged_figures_in_the_cache_are_read_again(golden_folder: Path,
                                                     tmp_path: Path) -> None:
    export(golden_folder, tmp_path / "first.db")
    cache = golden_folder / CACHE_FILE
    data = json.loads(cache.read_text(encoding="utf-8"))
    read = {name: entry[3] for name, entry in data["files"].items()}
    for number, entry in enumerate(data["files"].values()):
        entry[3] = [[]] if number % 2 else [["not a date", None, None], [], [], []]
    cache.write_text(json.dumps(data), encoding="utf-8")
    export(golden_folder, tmp_path / "second.db")
    assert _rows(tmp_path / "second.db") == _rows(tmp_path / "first.db")
    mended = json.loads(cache.read_text(encoding="utf-8"))["files"]
    assert {name: entry[3] for name, entry in mended.items()} == read
