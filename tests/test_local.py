"""Report files as a run sees them: title and page sha1 only, and the cache that spares loading
files whose bytes did not change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import salonbot.sync.folder
import salonbot.sync.local
import salonbot.sync.state
from salonbot.errors import FileChanged, SalonbotError
from salonbot.sync.folder import ReportFolder
from salonbot.sync.local import (
    CACHE_FILE,
    FileCache,
    Local,
    code_fingerprint,
    read_local,
    read_locals,
)
from salonbot.wiki.page import WikiPage, sha1_of

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(path.stem for path in GOLDEN.glob("*.yaml"))


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    for name in ("morocco", "intro_only", "heading_spelling"):
        shutil.copy(GOLDEN / f"{name}.yaml", tmp_path / f"{name}.yaml")
    return tmp_path


def load_all(folder: Path) -> list[Local]:
    """Every report file of `folder`, read as a run reads them (and the cache saved)."""
    file_cache = FileCache.load(folder)
    found = read_locals(sorted(folder.glob("*.yaml")), file_cache)
    file_cache.save()
    return found


def _no_loading(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make any loading of a report file fail loudly; returns the sources that were asked for."""
    asked: list[str] = []

    def refuse(text: str, source: str = "", base: str | None = None) -> None:
        asked.append(source)
        raise AssertionError(f"{source} was loaded")

    monkeypatch.setattr(salonbot.sync.local, "load_checked", refuse)
    return asked


@pytest.mark.parametrize("name", CASES)
def test_the_sha1_is_that_of_the_hand_written_page(name: str) -> None:
    page = (GOLDEN / f"{name}.wiki").read_text(encoding="utf-8")
    local = read_local(GOLDEN / f"{name}.yaml", base=page)
    assert (local.sha1, local.problem) == (sha1_of(page), "")
    assert local.text() == page  # loaded again on demand, the same text


def test_unchanged_files_are_not_loaded_again(reports: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_all(reports)
    assert (reports / CACHE_FILE).is_file()
    asked = _no_loading(monkeypatch)
    again = load_all(reports)
    assert [(a.title, a.sha1) for a in again] == [(f.title, f.sha1) for f in first]
    assert asked == []


def test_a_file_whose_bytes_changed_is_loaded_again(reports: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    load_all(reports)
    path = reports / "morocco.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# a comment changes no page text\n",
                    encoding="utf-8")
    asked = _no_loading(monkeypatch)
    with pytest.raises(AssertionError, match="morocco.yaml was loaded"):
        load_all(reports)
    assert asked == [str(path)]


def test_a_file_edited_to_other_text_gets_its_new_sha1(reports: Path) -> None:
    load_all(reports)
    path = reports / "intro_only.yaml"
    before = read_local(path, FileCache.load(reports)).sha1
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Draft UG", "Draft UG 2", 1).replace(
        "published after", "published soon after"), encoding="utf-8")
    after = read_local(path, FileCache.load(reports))
    assert after.sha1 != before
    assert after.title.endswith("/Draft UG 2")
    assert "published soon after" in after.text()


def test_a_cache_made_by_other_code_or_damaged_is_ignored(reports: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    load_all(reports)
    data = json.loads((reports / CACHE_FILE).read_text(encoding="utf-8"))
    assert data["code"] == code_fingerprint()
    (reports / CACHE_FILE).write_text(json.dumps({**data, "code": "other"}), encoding="utf-8")
    assert FileCache.load(reports).entries == {}
    (reports / CACHE_FILE).write_text('{"files": [', encoding="utf-8")
    assert FileCache.load(reports).entries == {}
    # A wrong entry for the very same bytes would be believed; for other bytes it never is.
    entries = {"morocco.yaml": ["0" * 40, "Forged", "0" * 40]}
    (reports / CACHE_FILE).write_text(json.dumps({"code": code_fingerprint(), "files": entries}),
                                      encoding="utf-8")
    assert read_local(reports / "morocco.yaml", FileCache.load(reports)).title != "Forged"


def test_invalid_files_are_never_cached(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("title: [unclosed\n", encoding="utf-8")
    for _ in range(2):
        local = load_all(tmp_path)[0]
        assert local.problem.startswith(f"{path}:")
    assert not (tmp_path / CACHE_FILE).exists() or "bad.yaml" not in \
        (tmp_path / CACHE_FILE).read_text(encoding="utf-8")


def test_the_cache_forgets_deleted_files(reports: Path) -> None:
    load_all(reports)
    (reports / "intro_only.yaml").unlink()
    file_cache = FileCache.load(reports)
    file_cache.put(reports / "new.yaml", "1" * 40, "T", "2" * 40)  # something to write
    (reports / "new.yaml").write_text("", encoding="utf-8")
    file_cache.save()
    assert sorted(FileCache.load(reports).entries) == ["heading_spelling.yaml", "morocco.yaml",
                                                       "new.yaml"]


def test_text_refuses_a_file_changed_since_it_was_read(reports: Path) -> None:
    local = read_local(reports / "morocco.yaml")
    shutil.copy(GOLDEN / "intro_only.yaml", reports / "morocco.yaml")
    with pytest.raises(SalonbotError, match="changed while salonbot ran"):
        local.text()


def test_keep_loads_and_keeps_the_text_even_when_cached(reports: Path) -> None:
    load_all(reports)
    local = read_local(reports / "morocco.yaml", FileCache.load(reports), keep=True)
    (reports / "morocco.yaml").unlink()  # the kept text needs no file any more
    assert local.text() == (GOLDEN / "morocco.wiki").read_text(encoding="utf-8")


def test_a_loaded_file_keeps_its_text_only_if_wanted_and_within_the_budget(
        reports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(reports.glob("*.yaml"))
    wanted = {"heading_spelling.yaml", "morocco.yaml"}
    found = read_locals(paths, FileCache.load(reports), want=lambda f: f.path.name in wanted)
    kept = {local.path.name for local in found if local._text is not None}
    assert kept == wanted
    monkeypatch.setattr(salonbot.sync.local, "MAX_KEPT_TEXTS", 1)
    found = read_locals(paths, None, want=lambda local: True)
    assert [local._text is not None for local in found] == [True, False, False]
    assert found[2].text() == (GOLDEN / f"{found[2].path.stem}.wiki").read_text(encoding="utf-8")


def _folder(reports: Path) -> tuple[ReportFolder, list[Local]]:
    folder = ReportFolder(reports, "meta:meta", "strategy-salon")
    found = read_locals(sorted(reports.glob("*.yaml")), folder.files)
    folder.note_read(found)
    return folder, found


def test_a_file_is_replaced_only_while_it_holds_what_the_run_read(reports: Path) -> None:
    folder, _ = _folder(reports)
    yaml_text = (reports / "intro_only.yaml").read_text(encoding="utf-8")
    folder.write_report("intro_only.yaml", yaml_text, "T", "page", None)  # unchanged since read
    edited = "title: edited while the run went on\n"
    (reports / "morocco.yaml").write_text(edited, encoding="utf-8")
    with pytest.raises(FileChanged, match="morocco.yaml: changed while salonbot ran"):
        folder.write_report("morocco.yaml", yaml_text, "T", "page", None)
    assert (reports / "morocco.yaml").read_text(encoding="utf-8") == edited


def test_a_file_the_run_did_not_read_is_never_replaced(reports: Path) -> None:
    folder, _ = _folder(reports)
    folder.write_report("new.yaml", "title: T\n", "T", "page", None)  # a new file: fine
    (reports / "appeared.yaml").write_text("title: mine\n", encoding="utf-8")
    with pytest.raises(FileChanged, match="appeared while salonbot ran"):
        folder.write_report("appeared.yaml", "title: T\n", "T", "page", None)
    with pytest.raises(FileChanged, match="appeared while salonbot ran"):
        folder.write_conflict("appeared.yaml", "x")
    assert (reports / "appeared.yaml").read_text(encoding="utf-8") == "title: mine\n"


def test_a_pulled_page_is_parsed_once_and_its_report_kept_for_the_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `pull` names the headings not placed from these reports, without parsing a page again.
    page = "== Participants ==\n* Ana\n== Lunch menu ==\nTea.\n"
    calls: list[str] = []
    parse = salonbot.sync.folder.read_page
    monkeypatch.setattr(salonbot.sync.folder, "read_page",
                        lambda text, *rest: calls.append(text) or parse(text, *rest))
    folder = ReportFolder(tmp_path, "meta:meta", "strategy-salon")
    outcome = folder.write_pulled("Reports/X", "x.yaml",
                                  WikiPage("Reports/X", True, 7, "2019-05-04T00:00:00Z",
                                           sha1_of(page), page))
    assert outcome.result == "pulled"
    assert calls == [page]
    assert folder.pulled == [("x.yaml", salonbot.parse(page, "Reports/X"))]
    assert folder.pulled[0][1].extra_sections[0].title == "Lunch menu"


@pytest.mark.parametrize("written", [
    "title: Reports/X\nparticipants: &a\n- Ana\nbudget: *a\n",  # an alias
    "title: Reports/X\nparticipants: !!python/name:os.system Ana\n",  # a tag
    "title: Reports/X\nparticipants: Ana\nparticipants: Ana\n",  # a duplicate key
    "title: Reports/X\nparticipants:\n- \"Ana\\nBo\"\n",  # a bullet of two lines
    "title: Reports/X\nparticipants:\n- \" Ana\"\n",  # a bullet with a leading space
    "title: Reports/X\nparticipants:\n" + "- " * 40 + "Ana\n",  # lists nested too deep
    "title: Reports/X\nparticipants: [Ana\n",  # not YAML
    "title: Reports/X\nparticipants:\n- Bo\n",  # loads, as another report
])
def test_a_pulled_file_salonbot_would_refuse_or_read_otherwise_is_not_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written: str) -> None:
    # the lossless check loads each file it is about to write (without the line of every
    # value, see yamlio.load_plain): whatever the writer gave, a file that would be refused, or
    # read as another report, is never written
    monkeypatch.setattr(salonbot.sync.folder, "dump_report", lambda report: written)
    page = "== Participants ==\n* Ana\n"
    folder = ReportFolder(tmp_path, "meta:meta", "strategy-salon")
    outcome = folder.write_pulled("Reports/X", "x.yaml", WikiPage(
        "Reports/X", True, 7, "2019-05-04T00:00:00Z", sha1_of(page), page))
    assert outcome.result == "failed"
    assert "cannot keep this page's text exactly" in outcome.message
    assert not (tmp_path / "x.yaml").exists()
    monkeypatch.undo()
    assert folder.write_pulled("Reports/X", "x.yaml", WikiPage(
        "Reports/X", True, 7, "2019-05-04T00:00:00Z", sha1_of(page), page)).result == "pulled"


def test_a_pull_syncs_each_file_and_each_folder_once_before_the_state(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # every report file reaches the disk before its rename; its folder and the base copies'
    # once, before the state file that names them (which a power cut must not get ahead of)
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name what is synced")
    synced: list[str] = []
    fsync = os.fsync

    def recorded(handle: int) -> None:
        path = Path(os.readlink(f"/proc/self/fd/{handle}"))
        synced.append(("reports/" if path == tmp_path.resolve() else path.name + "/")
                      if path.is_dir() else path.name.lstrip(".").split(".")[0])
        fsync(handle)

    monkeypatch.setattr(os, "fsync", recorded)
    monkeypatch.setattr(salonbot.sync.state, "SAVE_INTERVAL", 10**9)  # saved first, then at the end
    folder = ReportFolder(tmp_path, "meta:meta", "strategy-salon")
    _pull_three(folder)
    folder.close(dry_run=False)
    # the base copies' texts are not synced (each is checked against its sha1 before use)
    assert synced == ["a", "reports/", "meta-meta/", "salonbot-state", "reports/",
                      "b", "c", "reports/", "meta-meta/", "salonbot-state", "reports/",
                      "salonbot-cache", "reports/"]
    for name in ("a", "b", "c"):
        assert folder.pages.text(folder.state.bases[f"Reports/{name}"]) is not None


def _pull_three(folder: ReportFolder) -> None:
    """Write three pulled pages, `Reports/a` to `Reports/c`, into `folder`."""
    for name in ("a", "b", "c"):
        page = f"== Participants ==\n* {name}\n"
        assert folder.write_pulled(f"Reports/{name}", f"{name}.yaml", WikiPage(
            f"Reports/{name}", True, 7, "2019-05-04T00:00:00Z", sha1_of(page), page)
        ).result == "pulled"


def _file_name(name: str) -> str:
    """The name of the file a temporary file (`.NAME.XXXX.tmp`) is written for, or `name`."""
    return ".".join(name.lstrip(".").split(".")[:2])


def test_a_pull_writing_in_the_background_has_each_file_in_place_before_the_state(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # as above, with the report files synced and renamed by threads (`salonbot pull`): each
    # file's text is synced before its rename, and every file is in place, its folder synced,
    # before the state file that names it is written
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name what is synced")
    calls: list[str] = []
    fsync, replace = os.fsync, os.replace

    def recorded(handle: int) -> None:
        path = Path(os.readlink(f"/proc/self/fd/{handle}"))
        calls.append(("reports/" if path == tmp_path.resolve() else path.name + "/")
                     if path.is_dir() else "sync " + _file_name(path.name))
        fsync(handle)

    def renamed(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls.append("rename " + _file_name(Path(dst).name))
        replace(src, dst)

    monkeypatch.setattr(os, "fsync", recorded)
    monkeypatch.setattr(os, "replace", renamed)
    monkeypatch.setattr(salonbot.sync.state, "SAVE_INTERVAL", 10**9)  # saved first, then at the end
    folder = ReportFolder(tmp_path, "meta:meta", "strategy-salon", background_writes=True)
    _pull_three(folder)
    folder.close(dry_run=False)
    states = [index for index, call in enumerate(calls) if call == "sync salonbot-state.json"]
    for name in ("a", "b", "c"):
        assert calls.index(f"sync {name}.yaml") < calls.index(f"rename {name}.yaml")
        assert (tmp_path / f"{name}.yaml").read_text(encoding="utf-8").startswith("title: ")
    # a: in place, its folder synced, before the first state; b and c before the last
    assert calls.index("rename a.yaml") < calls.index("reports/") < states[0]
    last_folder_sync = max(index for index, call in enumerate(calls[:states[1]])
                           if call == "reports/")
    assert max(calls.index("rename b.yaml"), calls.index("rename c.yaml")) < last_folder_sync
    assert sorted(path.name for path in tmp_path.glob("*.yaml")) == ["a.yaml", "b.yaml", "c.yaml"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_file_written_in_the_background_is_in_place_before_the_run_reads_it(
        tmp_path: Path) -> None:
    # a file the run wrote is not taken for someone's edit: it is in place before it is read
    folder = ReportFolder(tmp_path, "meta:meta", "strategy-salon", background_writes=True)
    page = "== Participants ==\n* Ana\n"
    assert folder.write_pulled("Reports/X", "x.yaml", WikiPage(
        "Reports/X", True, 7, "2019-05-04T00:00:00Z", sha1_of(page), page)).result == "pulled"
    folder.check_unchanged("x.yaml")  # no FileChanged
    folder.write_report("x.yaml", "title: Reports/X\n", "Reports/X", None, None)
    folder.close(dry_run=False)
    assert (tmp_path / "x.yaml").read_text(encoding="utf-8") == "title: Reports/X\n"


def test_a_pull_removes_what_a_killed_run_left_half_written(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    gone = int(done.stdout)  # the killed run
    folder = ReportFolder(tmp_path, "meta:meta", "strategy-salon")
    folder.pages.folder.mkdir(parents=True)
    left = [tmp_path / f".a.yaml.{gone}.abc123.tmp", folder.pages.folder / f".a.wiki.{gone}.x.tmp"]
    kept = [tmp_path / f".b.yaml.{os.getpid()}.abc123.tmp", tmp_path / "c.yaml"]
    for path in left + kept:
        path.write_text("title: half\n", encoding="utf-8")
    folder.remove_leftovers()
    assert [path.exists() for path in left + kept] == [False, False, True, True]
