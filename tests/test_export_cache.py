"""The figures an export keeps in the load cache, and the YAML data of each file in its data
store: the same figures and data back, used only for the very bytes they were read from, and an
export that uses them writes what one that reads them does."""

from __future__ import annotations

import datetime
import json
import marshal
import shutil
import sqlite3
import zlib
from decimal import Decimal
from pathlib import Path

import pytest

from salonbot.analytics.readings import report_figures
from salonbot.export import export
from salonbot.export import read as export_read
from salonbot.export import write as export_write
from salonbot.export.figures import figure_cells, figures_from_cells
from salonbot.export.rows import export_report, from_stored, to_stored
from salonbot.report.parse import parse_page
from salonbot.report.validate import load_report
from salonbot.sync import local
from salonbot.sync.local import CACHE_FILE, DATA_FILE, DataStore, FileCache, bytes_sha1

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
    # the figures are used where the data store has no rows of the file: here, none
    (golden_folder / DATA_FILE).unlink()
    export(golden_folder, tmp_path / "second.db")
    assert _rows(tmp_path / "second.db") == _rows(tmp_path / "first.db")
    mended = json.loads(cache.read_text(encoding="utf-8"))["files"]
    assert {name: entry[3] for name, entry in mended.items()} == read


# The rows of each file, kept in the load cache's data store (.salonbot-cache.sqlite)


def _stored(folder: Path) -> dict[str, str]:
    """File name -> the sha1 of the bytes the data store holds that file's data for."""
    connection = sqlite3.connect(folder / DATA_FILE)
    try:
        # a row's key: the sha1 of the bytes, then that of the code's version
        return {name: key.split()[0] for name, key in connection.execute(
            "SELECT name, sha1 FROM data")}
    finally:
        connection.close()


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make composing a file's YAML or making its rows fail the test."""

    def reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file whose rows the store holds was read again")

    monkeypatch.setattr(export_read, "trusted_data", reading)
    monkeypatch.setattr(export_read, "export_report", reading)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_warm_export_reads_no_file_again_and_writes_the_same(
        golden_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        workers: int) -> None:
    folder = golden_folder
    monkeypatch.setattr(export_write, "POOL_MINIMUM", 2)  # the pool, for workers=2
    monkeypatch.setattr(export_write, "CHUNK_FILES", 3)
    export(folder, tmp_path / "cold.db", use_cache=False)
    assert not (folder / DATA_FILE).exists()
    first = export(folder, tmp_path / "first.db", workers=workers)  # fills the cache and store
    assert not first.problems
    names = {path.name: bytes_sha1(path.read_bytes()) for path in folder.glob("*.yaml")}
    assert _stored(folder) == names  # every file: each was valid
    _no_reading(monkeypatch)
    export(folder, tmp_path / "warm.db", workers=workers)
    assert _rows(tmp_path / "warm.db") == _rows(tmp_path / "first.db") == _rows(
        tmp_path / "cold.db")


def test_a_file_known_valid_whose_rows_are_not_stored_is_read_and_stored(
        golden_folder: Path, tmp_path: Path) -> None:
    """A file the load cache knows (a pull or a push loaded it) but the export never read."""
    folder = golden_folder
    export(folder, tmp_path / "first.db")
    (folder / DATA_FILE).unlink()
    export(folder, tmp_path / "second.db")
    assert set(_stored(folder)) == {path.name for path in folder.glob("*.yaml")}
    assert _rows(tmp_path / "second.db") == _rows(tmp_path / "first.db")


def test_stored_rows_serve_only_the_bytes_they_were_made_from(
        golden_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = golden_folder
    export(folder, tmp_path / "first.db")
    morocco = folder / "morocco.yaml"
    old = bytes_sha1(morocco.read_bytes())
    text = morocco.read_text(encoding="utf-8")
    assert "\n      - Affiliates should provide" in text
    morocco.write_text(text.replace("\n      - Affiliates should provide",
                                    "\n      - Affiliates must provide"), encoding="utf-8")
    # the load cache is told the new bytes are valid (as a push would), so the file is trusted:
    # only the data store's sha1 keeps the old data from serving it
    cache = FileCache.load(folder)
    entry = cache.entries["morocco.yaml"]
    new = bytes_sha1(morocco.read_bytes())
    cache.entries["morocco.yaml"] = [new, *entry[1:3]]
    cache._dirty = True
    cache.save()
    assert _stored(folder)["morocco.yaml"] == old
    export(folder, tmp_path / "second.db")
    assert _stored(folder)["morocco.yaml"] == new
    fresh = tmp_path / "fresh"
    shutil.copytree(folder, fresh, ignore=shutil.ignore_patterns(CACHE_FILE, DATA_FILE))
    export(fresh, tmp_path / "fresh.db", use_cache=False)
    assert _rows(tmp_path / "second.db") == _rows(tmp_path / "fresh.db")
    points = [row[12] for row in _rows(tmp_path / "second.db")[1] if "provide" in str(row[12])]
    assert any(point.startswith("Affiliates must provide") for point in points)
    assert not any(point.startswith("Affiliates should provide") for point in points)


def test_a_store_of_other_code_is_emptied(golden_folder: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    folder = golden_folder
    export(folder, tmp_path / "first.db")
    connection = sqlite3.connect(folder / DATA_FILE)
    with connection:
        connection.execute("UPDATE meta SET value = 'other code' WHERE key = 'version'")
        for name, blob in connection.execute("SELECT name, data FROM data").fetchall():
            old_report, first, report, points = marshal.loads(zlib.decompress(blob))
            stale = [(*point[:12], "what other code made", *point[13:]) for point in points]
            connection.execute("UPDATE data SET data = ? WHERE name = ?", (
                zlib.compress(marshal.dumps((old_report, first, report, stale))), name))
    connection.close()
    export(folder, tmp_path / "second.db")
    assert _rows(tmp_path / "second.db") == _rows(tmp_path / "first.db")
    assert len(_stored(folder)) == len(list(folder.glob("*.yaml")))


def test_another_python_or_salonbot_makes_another_store(
        monkeypatch: pytest.MonkeyPatch) -> None:
    made = DataStore.version()
    monkeypatch.setattr(local.sys, "version_info", (3, 99, 0))
    assert DataStore.version() != made
    monkeypatch.undo()
    monkeypatch.setattr(local, "code_fingerprint", lambda: "other")
    assert DataStore.version() != made


def test_damaged_rows_are_made_again(golden_folder: Path, tmp_path: Path) -> None:
    folder = golden_folder
    export(folder, tmp_path / "first.db")
    connection = sqlite3.connect(folder / DATA_FILE)
    with connection:
        connection.execute("UPDATE data SET data = substr(data, 1, 20)")
    connection.close()
    export(folder, tmp_path / "second.db")
    assert _rows(tmp_path / "second.db") == _rows(tmp_path / "first.db")


def test_a_damaged_store_file_is_replaced(golden_folder: Path, tmp_path: Path) -> None:
    folder = golden_folder
    export(folder, tmp_path / "first.db")
    (folder / DATA_FILE).write_bytes(b"not an SQLite file at all " * 100)
    export(folder, tmp_path / "second.db")  # the store is not used, and removed
    assert _rows(tmp_path / "second.db") == _rows(tmp_path / "first.db")
    export(folder, tmp_path / "third.db")  # a new one is made
    assert _rows(tmp_path / "third.db") == _rows(tmp_path / "first.db")
    assert set(_stored(folder)) == {path.name for path in folder.glob("*.yaml")}


def test_the_store_forgets_files_no_longer_in_the_folder(golden_folder: Path,
                                                         tmp_path: Path) -> None:
    folder = golden_folder
    export(folder, tmp_path / "first.db")
    (folder / "minimal.yaml").unlink()
    export(folder, tmp_path / "second.db")
    assert "minimal.yaml" not in _stored(folder)
    assert set(_stored(folder)) == {path.name for path in folder.glob("*.yaml")}


def test_an_invalid_file_has_no_stored_data(golden_folder: Path, tmp_path: Path) -> None:
    (golden_folder / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    run = export(golden_folder, tmp_path / "first.db")
    assert run.files_left_out == 1
    assert "broken.yaml" not in _stored(golden_folder)


def test_stored_rows_come_back_renumbered_with_their_decimals() -> None:
    report = load_report(str(TESTS / "golden" / "morocco.yaml"))
    figures = report_figures(report, {
        "date": datetime.date(2019, 3, 2), "participants": 23,
        "budget_spent": {"amount": Decimal("1200.50"), "currency": "MAD"}})
    made = export_report(report, 3, 101, "morocco.yaml", "ab" * 20, figures)
    assert any(point[10] is not None for point in made.points)  # parents, renumbered too
    stored = marshal.loads(marshal.dumps(to_stored(made)))
    assert from_stored(stored, 3, 101) == made
    assert from_stored(stored, 7, 5) == export_report(report, 7, 5, "morocco.yaml", "ab" * 20,
                                                      figures)
    back = from_stored(stored, 7, 5).report
    assert back[8] == Decimal("1200.50") and str(back[8]) == "1200.50"
    for damaged in [(), (1, 2, 3), (3, 101, made.report[:5], made.points),
                    (3, 101, made.report, [point[:-1] for point in made.points])]:
        with pytest.raises(ValueError):
            from_stored(damaged, 1, 1)


@pytest.mark.parametrize("format", ["csv", "jsonl"])
def test_a_warm_export_to_csv_or_json_lines_writes_the_same(
        golden_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        format: str) -> None:
    folder = golden_folder
    for table in ("points", "reports"):
        export(folder, tmp_path / f"cold-{table}.{format}", format=format, table=table,
               use_cache=False)
    export(folder, tmp_path / "first.db")  # fills the cache and the store
    _no_reading(monkeypatch)
    for table in ("points", "reports"):
        export(folder, tmp_path / f"warm-{table}.{format}", format=format, table=table)
        assert (tmp_path / f"warm-{table}.{format}").read_bytes() == (
            tmp_path / f"cold-{table}.{format}").read_bytes()


def test_rows_another_salonbot_stored_meanwhile_are_not_taken(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two salonbot versions exporting one folder at once: one empties the store for its own
    code while the other has it open; the other never takes the rows the first one stores."""
    ours = DataStore(tmp_path)
    assert ours.get("a.yaml", "1" * 40) is None  # opened, for this code
    monkeypatch.setattr(DataStore, "version", staticmethod(lambda: "another salonbot"))
    theirs = DataStore(tmp_path)
    theirs.put("a.yaml", "1" * 40, ("their rows",))
    theirs.close()
    monkeypatch.undo()
    assert ours.get("a.yaml", "1" * 40) is None
    ours.put("a.yaml", "1" * 40, ("our rows",))
    ours.flush()
    assert ours.get("a.yaml", "1" * 40) == ("our rows",)
    ours.close()
