"""`salonbot export`: the golden reports written as CSV, JSON Lines and SQLite and read back with
the standard library (csv, json, sqlite3 with an FTS5 query); the values checked are read off
tests/golden/morocco.yaml by hand."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from salonbot.cli import main
from salonbot.errors import SalonbotError
from salonbot.export import export as export_call
from salonbot.export import write as export
from salonbot.export.read import trusted_data
from salonbot.export.rows import POINT_COLUMNS, REPORT_COLUMNS
from salonbot.export.write import previous_export
from salonbot.report.validate import load_report
from salonbot.report.yamlio import load_data
from salonbot.sync.local import CACHE_FILE, FileCache

GOLDEN = Path(__file__).parent / "golden"
MOROCCO = "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/" \
    "Reports/MA UG"


def _bullet_lines(path: Path) -> int:
    """The bullets of a report file, counted as a person would: the `- ` lines that are neither
    a title nor a blank separator."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return sum(1 for line in lines if re.match(r"\s*(- )+", line)
               and not re.match(r"\s*- title:|\s*- ''$", line))


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.yaml")), ids=lambda p: p.stem)
def test_trusted_data_is_the_data_of_load_data(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert trusted_data(text) == load_data(text)[0]


def _morocco_points(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["text"]: row for row in rows if row["report_title"] == MOROCCO}


def test_csv_both_tables(folder: Path, tmp_path: Path) -> None:
    points_file, reports_file = tmp_path / "points.csv", tmp_path / "reports.csv"
    assert main(["export", "--dir", str(folder), "-o", str(points_file)]) == 0
    assert main(["export", "--dir", str(folder), "--table", "reports", "-o",
                 str(reports_file)]) == 0
    with points_file.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == POINT_COLUMNS
        points = list(reader)
    with reports_file.open(encoding="utf-8", newline="") as handle:
        reports = {row["title"]: row for row in csv.DictReader(handle)}
    assert len(reports) == len(list(GOLDEN.glob("*.yaml")))
    morocco = reports[MOROCCO]
    assert (morocco["affiliate"], morocco["file"], morocco["budget_amount"],
            morocco["budget_currency"], morocco["themes"], morocco["date"],
            morocco["participants"]) == ("MA UG", "morocco.yaml", "", "", "2", "", "")
    # "The total budget ... was 1200 USD ... 65 USD remained": not stated as spent, so unknown
    assert int(morocco["points"]) == _bullet_lines(GOLDEN / "morocco.yaml") == 83
    by_text = _morocco_points(points)
    assert len(by_text) == 82  # one bullet is written twice (under Advocacy and Community Health)
    simpler = by_text["Some articles should use simpler words."]
    parent = next(row for row in points if row["point_id"] == simpler["parent_point_id"])
    assert parent["text"] == "Wikimedia should be simplified in order to attract more people"
    assert (simpler["section"], simpler["theme_number"], simpler["theme_title"], simpler["area"],
            simpler["topic"], simpler["depth"]) == ("discussion", "1", "Advocacy", "Advocacy",
                                                    "", "2")
    cowork = by_text["WMF can fund coworking space for meetings and workshops between "
                     "contributors."]
    assert (cowork["theme_title"], cowork["topic"], cowork["area"], cowork["depth"]) == (
        "Advocacy", "Capacity Building (for advocacy)", "Capacity Building", "3")
    guidelines = by_text["there should be guidelines for a special treatment of new "
                         "contributors by admins."]
    assert (guidelines["section"], guidelines["theme_number"], guidelines["topic"],
            guidelines["area"]) == ("other_areas", "", "Community Health", "Community Health")
    legal = by_text["The question of a legal status of the User Group (urgent point)"]
    assert (legal["section"], legal["area"], legal["depth"], legal["parent_point_id"]) == (
        "reflections", "", "1", "")


def test_jsonl_reports(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--dir", str(folder), "--format", "jsonl", "--table", "reports"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(tuple(row) == REPORT_COLUMNS for row in rows)
    spelling = next(row for row in rows if row["file"] == "heading_spelling.yaml")
    assert (spelling["date"], spelling["participants"], spelling["budget_amount"],
            spelling["budget_currency"]) == ("2019-05-12", 2, 300, "USD")
    morocco = next(row for row in rows if row["title"] == MOROCCO)
    assert morocco["date"] is None and morocco["date_and_location"] is None


def _database(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    return connection


def test_sqlite_with_full_text_search(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "salons.db"
    assert main(["export", "--dir", str(folder), "--format", "sqlite", "-o", str(database)]) == 0
    with _database(database) as connection:
        found = connection.execute(
            "SELECT points.text, points.area FROM points JOIN points_fts "
            "ON points_fts.rowid = points.point_id WHERE points_fts MATCH 'kiwix' "
            "ORDER BY points.point_id").fetchall()
        assert [tuple(row) for row in found] == [
            ("WMF should make efforts in media to raise awareness about “products” it develops "
             "such as Wikipedia Zero and Kiwix.", "Advocacy"),
            ("WMF and affiliates should consider using Boots in public station and share Kiwix "
             "USBs in different parts of the world to advocate Wikimedia and inform people/raise "
             "awareness.", "Advocacy")]
        per_area = dict(connection.execute(
            "SELECT area, count(*) FROM points JOIN reports USING (report_id) "
            "WHERE reports.affiliate = 'MA UG' AND area IS NOT NULL GROUP BY area").fetchall())
        assert per_area["Community Health"] == 13  # counted in morocco.yaml by hand
        assert per_area["Roles & Responsibilities"] == 6
        indexes = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"points_area", "points_report_id", "reports_date"} <= indexes
        assert connection.execute("SELECT budget_amount FROM reports WHERE affiliate = 'MA UG'"
                                  ).fetchone()[0] is None
    connection.close()


def test_a_second_export_trusts_the_cache_and_writes_the_same(folder: Path,
                                                             tmp_path: Path) -> None:
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    assert not (folder / CACHE_FILE).exists()
    assert main(["export", "--dir", str(folder), "--format", "jsonl", "-o", str(first)]) == 0
    cached = json.loads((folder / CACHE_FILE).read_text(encoding="utf-8"))["files"]
    assert set(cached) == {path.name for path in GOLDEN.glob("*.yaml")}
    assert main(["export", "--dir", str(folder), "--format", "jsonl", "-o", str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()


def test_an_invalid_file_is_left_out_and_named(folder: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "broken.yaml").write_text("title: X\nbudget: [unclosed\n", encoding="utf-8")
    out = tmp_path / "points.csv"
    assert main(["export", "--dir", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert re.search(rf"{re.escape(str(folder / 'broken.yaml'))}:2: not valid YAML", err)
    assert "1 file(s) left out" in err
    assert MOROCCO in out.read_text(encoding="utf-8")


def test_sqlite_needs_an_output_file(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--dir", str(folder), "--format", "sqlite"]) == 2
    assert "give it with -o FILE" in capsys.readouterr().err


def _dump(database: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    connection = sqlite3.connect(database)
    try:
        return (connection.execute("SELECT * FROM reports ORDER BY report_id").fetchall(),
                connection.execute("SELECT * FROM points ORDER BY point_id").fetchall())
    finally:
        connection.close()


def test_an_export_over_the_previous_one_copies_unchanged_reports(folder: Path,
                                                                 tmp_path: Path) -> None:
    database, fresh = tmp_path / "salons.db", tmp_path / "fresh.db"
    assert main(["export", "--dir", str(folder), "--format", "sqlite", "-o", str(database)]) == 0
    first = _dump(database)
    sha1s = {hashlib.sha1(path.read_bytes()).hexdigest() for path in folder.glob("*.yaml")}
    assert set(previous_export(database)) == sha1s  # what the next export copies
    assert main(["export", "--dir", str(folder), "--format", "sqlite", "-o", str(database)]) == 0
    assert _dump(database) == first
    # One report changed (a point less, so every later point is renumbered), one gone, one new.
    morocco = folder / "morocco.yaml"
    morocco.write_text(morocco.read_text(encoding="utf-8").replace(
        "    - Is learning how to edit (for people external to the movement) a capacity that the "
        "movement should include in capacity building strategy?\n", ""), encoding="utf-8")
    (folder / "minimal.yaml").unlink()
    shutil.copy(GOLDEN / "rtl.yaml", folder / "a-copy-of-rtl.yaml")
    assert main(["export", "--dir", str(folder), "--format", "sqlite", "-o", str(database)]) == 0
    assert main(["export", "--dir", str(folder), "--format", "sqlite", "-o", str(fresh)]) == 0
    reports, points = _dump(database)
    assert (reports, points) == _dump(fresh)
    assert [row[3] for row in reports][:2] == ["a-copy-of-rtl.yaml", "empty_sections.yaml"]
    assert len(points) == len(first[1]) - 1 + _bullet_lines(GOLDEN / "rtl.yaml") \
        - _bullet_lines(GOLDEN / "minimal.yaml")
    with _database(database) as connection:
        assert connection.execute("SELECT count(*) FROM points_fts WHERE points_fts MATCH "
                                  "'kiwix'").fetchone()[0] == 2
    connection.close()


def test_an_export_by_other_code_or_another_file_is_not_copied(folder: Path,
                                                               tmp_path: Path) -> None:
    database = tmp_path / "salons.db"
    assert main(["export", "--dir", str(folder), "--format", "sqlite", "-o", str(database)]) == 0
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE salonbot_export SET value = 'other' WHERE key = 'code'")
    connection.close()
    assert previous_export(database) == {}
    (tmp_path / "not-a-database.db").write_text("hello", encoding="utf-8")
    assert previous_export(tmp_path / "not-a-database.db") == {}
    assert previous_export(tmp_path / "missing.db") == {}
    assert main(["export", "--dir", str(folder), "--format", "sqlite", "-o",
                 str(tmp_path / "not-a-database.db")]) == 0


def test_a_pooled_export_is_the_serial_one(folder: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    monkeypatch.setattr(export, "POOL_MINIMUM", 2)
    monkeypatch.setattr(export, "CHUNK_FILES", 3)  # chunks with and without the broken file
    databases, problems = [], []
    for workers in (1, 2):  # 1: read here, file after file; 2: by worker processes
        (folder / CACHE_FILE).unlink(missing_ok=True)
        file_cache, run = FileCache.load(folder), export.Export()
        databases.append(tmp_path / f"workers-{workers}.db")
        export.write_sqlite(sorted(folder.glob("*.yaml")), file_cache, run, databases[-1],
                            workers)
        problems.append([str(problem) for problem in run.problems])
        assert run.reports == len(_dump(databases[-1])[0]) == len(list(GOLDEN.glob("*.yaml")))
        # Every valid file read in full is in the load cache, also when a worker read it.
        assert set(file_cache.entries) == {path.name for path in GOLDEN.glob("*.yaml")}
        # with the figures read (export/figures.py), for the next export
        assert all(len(entry) == 4 for entry in file_cache.entries.values())
    assert _dump(databases[1]) == _dump(databases[0])
    assert problems[1] == problems[0] and "broken.yaml:" in problems[0][0]
    found = []
    for database in databases:
        with _database(database) as connection:
            found.append(connection.execute(
                "SELECT points.report_title, points.text FROM points JOIN points_fts ON "
                "points_fts.rowid = point_id WHERE points_fts MATCH 'kiwix'").fetchall())
        connection.close()
    assert found[1] == found[0] and any("Kiwix" in row[1] for row in found[0])


def _worker_dies(*args: object) -> None:
    os._exit(3)  # as a worker killed by the kernel (out of memory) ends


def test_a_worker_that_dies_is_one_error_and_the_old_database_stays(
        folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "POOL_MINIMUM", 2)
    monkeypatch.setattr(export, "CHUNK_FILES", 3)
    target = tmp_path / "salons.db"
    target.write_bytes(b"the previous export")
    monkeypatch.setattr(export, "export_chunk", _worker_dies)  # the forked workers run this
    with pytest.raises(SalonbotError, match="a worker process of the export died"):
        export.write_sqlite(sorted(folder.glob("*.yaml")), None, export.Export(), target, 2)
    assert target.read_bytes() == b"the previous export"


def test_the_library_call(folder: Path, tmp_path: Path) -> None:
    """`salonbot.export.export`: reports loaded by a script to a stream, a folder to a file
    (an invalid file left out and named), and a clear error for an unknown format."""
    out = io.StringIO()
    summary = export_call([load_report(GOLDEN / "morocco.yaml")], out, format="jsonl",
                          table="reports")
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (summary.reports, summary.points, summary.problems) == (1, 83, [])
    # Read off morocco.yaml by hand: "the total budget was 1200 USD" and "65 USD remained":
    # what was spent is not stated (docs/export.md), no participant count, no date.
    assert (row["title"], row["file"], row["file_sha1"], row["budget_amount"],
            row["budget_currency"], row["budget_source"]) \
        == (MOROCCO, None, None, None, None, None)
    assert row["budget_reason"]
    assert row["participants"] is None and row["participants_source"] is None
    assert row["participants_reason"]
    (folder / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    summary = export_call(folder, tmp_path / "points.csv", format="csv")
    assert summary.files_left_out == 1 and Path(summary.problems[0].path).name == "broken.yaml"
    assert summary.reports == len(list(GOLDEN.glob("*.yaml")))
    with (tmp_path / "points.csv").open(encoding="utf-8", newline="") as handle:
        assert sum(1 for _ in csv.DictReader(handle)) == summary.points
    with pytest.raises(SalonbotError, match="unknown export format 'xlsx'"):
        export_call(folder, tmp_path / "x.xlsx", format="xlsx")


@pytest.mark.parametrize("format_", ["csv", "sqlite"])
def test_export_files_follow_the_umask_and_keep_the_mode_they_replace(
        folder: Path, tmp_path: Path, format_: str) -> None:
    target = tmp_path / f"out.{format_}"
    old = os.umask(0o027)
    try:
        assert main(["export", "--dir", str(folder), "--format", format_, "-o", str(target)]) == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o640  # 0666 under umask 027
        target.chmod(0o604)
        assert main(["export", "--dir", str(folder), "--format", format_, "-o", str(target)]) == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o604
    finally:
        os.umask(old)


@pytest.fixture
def folder(golden_folder: Path) -> Path:
    return golden_folder



def test_the_export_command_offers_the_export_s_formats_and_tables() -> None:
    # commands/export.py names them itself, so that the CLI's parser does not import the export
    from salonbot import export
    from salonbot.commands import export as command
    assert (command.FORMATS, command.TABLES) == (export.FORMATS, export.TABLES)
