"""The SQLite export's speed work (issue 19 item 7): the full-text index built in batches while
the worker processes read, the files' order, and what an export that stops halfway leaves."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from salonbot.errors import SalonbotError
from salonbot.export import report_files
from salonbot.export import write as export
from salonbot.sync.local import CACHE_FILE, FileCache


def _contents(database: Path) -> tuple[list[tuple[object, ...]], ...]:
    connection = sqlite3.connect(database)
    try:
        # FTS5 checks that its index is the one its content table gives
        connection.execute("INSERT INTO points_fts(points_fts) VALUES('integrity-check')")
        return tuple(connection.execute(query).fetchall() for query in (
            "SELECT * FROM reports ORDER BY report_id",
            "SELECT * FROM points ORDER BY point_id",
            "SELECT rowid FROM points_fts WHERE points_fts MATCH 'wikipedia' ORDER BY rowid",
            "SELECT rowid FROM points_fts WHERE points_fts MATCH 'kiwix OR partner*' "
            "ORDER BY rank, rowid",
            "SELECT name, sql FROM sqlite_master ORDER BY name"))
    finally:
        connection.close()


def test_a_full_text_index_built_in_batches_is_the_one_built_at_once(
        golden_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "POOL_MINIMUM", 2)
    monkeypatch.setattr(export, "CHUNK_FILES", 2)
    monkeypatch.setattr(export, "FTS_BATCH", 40)  # a batch every chunk or two, and a last one
    databases = []
    for workers in (1, 2):  # 1: the index built at once, at the end; 2: in batches
        (golden_folder / CACHE_FILE).unlink(missing_ok=True)
        databases.append(tmp_path / f"workers-{workers}.db")
        run = export.Export()
        export.write_sqlite(report_files(golden_folder), FileCache.load(golden_folder), run,
                            databases[-1], workers)
        assert run.points > 3 * 40 and not run.problems
    assert _contents(databases[1]) == _contents(databases[0])


def test_report_files_are_in_name_order(tmp_path: Path) -> None:
    names = ["b.yaml", "B.yaml", "a-2.yaml", "a.yaml", "a_1.yaml", "é.yaml", "Z.yaml", "10.yaml",
             "9.yaml"]
    for name in names:
        (tmp_path / name).write_text("title: x\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a report\n", encoding="utf-8")
    assert report_files(tmp_path) == sorted(tmp_path / name for name in names)


def test_an_export_stopped_halfway_leaves_no_database_at_a_new_path(
        golden_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "salons.db"
    inserted = []

    def stops_on_the_third_report(connection: sqlite3.Connection, rows: object) -> None:
        inserted.append(rows)
        if len(inserted) == 3:
            raise KeyboardInterrupt  # as Ctrl-C halfway through the export

    monkeypatch.setattr(export, "_insert", stops_on_the_third_report)
    with pytest.raises(KeyboardInterrupt):
        export.write_sqlite(report_files(golden_folder), None, export.Export(), target, 1)
    assert not target.exists()
    assert os.listdir(target.parent) == []  # no temporary file either


def _worker_dies(*args: object) -> None:
    os._exit(3)  # as a worker killed by the kernel (out of memory) ends


def test_a_pooled_export_whose_worker_dies_leaves_no_database_at_a_new_path(
        golden_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "salons.db"
    monkeypatch.setattr(export, "POOL_MINIMUM", 2)
    monkeypatch.setattr(export, "CHUNK_FILES", 3)
    monkeypatch.setattr(export, "export_chunk", _worker_dies)  # the forked workers run this
    with pytest.raises(SalonbotError, match="a worker process of the export died"):
        export.write_sqlite(report_files(golden_folder), None, export.Export(), target, 2)
    assert not target.exists()
    assert os.listdir(target.parent) == []  # no temporary file or chunk folder either
