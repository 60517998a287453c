"""The reads of base copies kept across processes (report/stored.py, sync/reads.py): a read
restored from a reports folder's store is the read made afresh, on every page of the corpus and
the golden cases and on pages a report was written onto; a push in a new process does not read
its base page again; an entry that is damaged, cut short, foreign or stale, or made with other
`[aliases]` or another template, is ignored and the page read again, with the same result."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import salonbot.report.parse as parse_module
from salonbot.report.headings import clear_caches
from salonbot.report.model import Bullet, Report
from salonbot.report.parse import MEDIAWIKI_TRAILING_WHITESPACE, _read_page
from salonbot.report.splice import render_onto
from salonbot.report.stored import read_as_data, read_from_data
from salonbot.report.template import Template, get_template, using_template
from salonbot.report.validate import load_page_text, load_report_text
from salonbot.sync.folder import ReportFolder
from salonbot.sync.local import DATA_FILE
from salonbot.sync.pages import load_file
from salonbot.sync.plan import Result
from salonbot.sync.reads import ReadStore, close_read_stores
from salonbot.wiki.page import WikiPage, sha1_of

HERE = Path(__file__).parent
PAGES = sorted([*(HERE / "corpus").glob("*.wiki"), *(HERE / "golden").glob("*.wiki")])
GOLDEN_PAIRS = sorted(path for path in (HERE / "golden").glob("*.wiki")
                      if path.with_suffix(".yaml").is_file())
MOROCCO = HERE / "golden" / "morocco.yaml"
TITLE = "Strategy/Wikimedia movement/2018-20/Salons/Morocco"


@pytest.fixture(autouse=True)
def new_process() -> Iterator[None]:
    """Each test starts as a new process would: no page read held, no store open."""
    clear_caches()
    close_read_stores()
    yield
    clear_caches()
    close_read_stores()


def _fresh(text: str, title: str = "T", template: Template | None = None) -> dict[str, object]:
    """The data of a read made afresh (nothing held, nothing stored)."""
    clear_caches()
    text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    data = read_as_data(_read_page(text, title, template or get_template()))
    assert data is not None
    return data


def _restored(text: str, template: Template | None = None) -> tuple[Report, object] | None:
    """The read of `text` written as a store keeps it (JSON) and read back, in a new process."""
    template = template or get_template()
    text = text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    data = read_as_data(_read_page(text, "T", template))
    clear_caches()
    return read_from_data(json.loads(json.dumps(data)), text, "T", template)


def _same_read(text: str) -> None:
    restored = _restored(text)
    assert restored is not None
    assert read_as_data(restored) == _fresh(text)  # every node, its place, the shape
    assert restored[0].title == "T"


@pytest.mark.parametrize("page", PAGES, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_a_restored_read_is_the_fresh_read(page: Path) -> None:
    _same_read(page.read_text(encoding="utf-8"))


def _changed_point(report: Report) -> bool:
    for node in [*report.sections.values(), *report.extra_sections]:
        for each in [node, *node.children]:
            if each.points and each.points[0].text:
                each.points[0] = Bullet("Indeed, " + each.points[0].text,
                                        each.points[0].children)
                return True
    return False


def _added_point(report: Report) -> bool:
    for node in [*report.sections.values(), *report.extra_sections]:
        if node.points:
            node.points.append(Bullet("A point added in the file"))
            return True
    return False


def _removed_theme(report: Report) -> bool:
    discussion = report.sections.get("discussion")
    if discussion is None or len(discussion.children) < 2:
        return False
    del discussion.children[0]
    return True


EDITS: dict[str, Callable[[Report], bool]] = {
    "changed point": _changed_point, "added point": _added_point,
    "removed theme": _removed_theme}


def _golden_report(page: Path) -> Report:
    return load_report_text(page.with_suffix(".yaml").read_text(encoding="utf-8"), str(page),
                            page.read_text(encoding="utf-8"))


#: Each golden page with each edit its report has something for (a report with no theme to
#: remove is not given that edit).
EDITED = [(page, edit) for page in GOLDEN_PAIRS for edit in EDITS
          if EDITS[edit](_golden_report(page))]


@pytest.mark.parametrize(("page", "edit"), EDITED,
                         ids=[f"{page.stem}-{edit}" for page, edit in EDITED])
def test_a_page_written_onto_its_base_reads_the_same_restored(page: Path, edit: str) -> None:
    base = page.read_text(encoding="utf-8")
    report = _golden_report(page)
    assert EDITS[edit](report)
    clear_caches()
    written = render_onto(report, base)
    _same_read(written)


def _pulled(directory: Path, report_text: str | None = None) -> Path:
    """A reports folder with morocco.yaml and its base copy as a pull leaves them; the file
    then holds `report_text` if given. The file's path."""
    page_text = load_page_text(MOROCCO.read_text(encoding="utf-8"), str(MOROCCO))[1]
    folder = ReportFolder(directory, "meta:meta", "strategy-salon")
    outcome = folder.write_pulled(TITLE, "morocco.yaml", WikiPage(
        TITLE, True, 1, "2019-03-04T10:00:00Z", sha1_of(page_text), page_text))
    folder.close(dry_run=False)
    assert outcome.result is Result.PULLED
    if report_text is not None:
        (directory / "morocco.yaml").write_text(report_text, encoding="utf-8")
    return directory / "morocco.yaml"


def _changed_file() -> str:
    text = MOROCCO.read_text(encoding="utf-8")
    marker = "\n    - text: "
    at = text.index(marker, text.index("\ndiscussion:")) + len(marker)
    return text[:at] + "Indeed, " + text[at:]


@pytest.fixture
def whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of the texts whose headings parse.py finds: a whole page's length each time
    a page is read from scratch (a change is read in a window of a few lines)."""
    found: list[int] = []
    real = parse_module.find_headings

    def counted(text: str) -> object:
        found.append(len(text))
        return real(text)

    monkeypatch.setattr(parse_module, "find_headings", counted)
    return found


def _base_text(directory: Path) -> str:
    return (directory / ".salonbot/pages/meta-meta/morocco.wiki").read_text(encoding="utf-8")


def _expected() -> str:
    """The changed file written onto its base, as a library call gives it (nothing stored)."""
    base = load_page_text(MOROCCO.read_text(encoding="utf-8"), str(MOROCCO))[1]
    page = load_page_text(_changed_file(), "morocco.yaml", base)[1]
    clear_caches()
    return page


def test_a_push_in_a_new_process_does_not_read_its_base_again(tmp_path: Path,
                                                               whole_reads: list[int]) -> None:
    path = _pulled(tmp_path, _changed_file())
    assert (tmp_path / DATA_FILE).is_file()  # the pull kept the read it made
    expected = _expected()
    base = _base_text(tmp_path)
    for _ in range(2):  # each time as a new process
        clear_caches()
        close_read_stores()
        whole_reads.clear()
        assert load_file(path)[1] == expected
        assert len(base) not in whole_reads  # base's read came from the store


def test_with_no_folder_the_base_is_read_in_the_process_and_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, whole_reads: list[int]) -> None:
    monkeypatch.chdir(tmp_path)
    base = load_page_text(MOROCCO.read_text(encoding="utf-8"), str(MOROCCO))[1]
    clear_caches()
    whole_reads.clear()
    assert load_page_text(_changed_file(), "morocco.yaml", base)[1] == _expected()
    assert len(base) in whole_reads
    assert list(tmp_path.iterdir()) == []


def test_the_first_render_onto_a_copy_keeps_its_read(tmp_path: Path,
                                                     whole_reads: list[int]) -> None:
    path = _pulled(tmp_path, _changed_file())
    (tmp_path / DATA_FILE).unlink()  # a clone: copies committed, no load cache
    base = _base_text(tmp_path)
    expected = _expected()
    close_read_stores()
    whole_reads.clear()
    assert load_file(path)[1] == expected
    assert whole_reads.count(len(base)) == 1  # read, and kept
    clear_caches()
    close_read_stores()
    whole_reads.clear()
    assert load_file(path)[1] == expected
    assert len(base) not in whole_reads


def test_a_process_that_ends_writes_the_reads_it_kept(tmp_path: Path) -> None:
    path = _pulled(tmp_path, _changed_file())
    (tmp_path / DATA_FILE).unlink()  # a clone: no load cache
    clear_caches()
    close_read_stores()
    # `salonbot render FILE` in the folder, as its own process: it keeps the copy's read and
    # writes it as it ends (the reads are written a hundred at a time, and the rest then)
    script = ("import sys; from pathlib import Path; from salonbot.sync.pages import load_file; "
              "sys.stdout.write(load_file(Path(sys.argv[1]))[1])")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout == _expected()
    [(copy, key, _, _)] = _rows(tmp_path)
    assert copy == ".salonbot/pages/meta-meta/morocco.wiki"
    assert key == ReadStore.key(sha1_of(_base_text(tmp_path)), get_template())


def _rows(directory: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(directory / DATA_FILE) as connection:
        return connection.execute("SELECT copy, key, data, sha1 FROM reads").fetchall()


def _set_row(directory: Path, key: str, data: str, sha1: str | None = None) -> None:
    sha1 = hashlib.sha1(data.encode()).hexdigest() if sha1 is None else sha1
    connection = sqlite3.connect(directory / DATA_FILE)
    with connection:
        connection.execute("UPDATE reads SET key = ?, data = ?, sha1 = ?", (key, data, sha1))
    connection.close()


def _damaged(directory: Path, how: str) -> None:
    copy, key, data, sha1 = _rows(directory)[0]
    if how == "cut short":
        _set_row(directory, key, data[:len(data) // 2], sha1)
    elif how == "cut short, its sha1 too":
        _set_row(directory, key, data[:len(data) // 2])
    elif how == "a byte changed":
        _set_row(directory, key, data.replace("Morocco", "Moroco", 1), sha1)
    elif how == "foreign JSON":
        _set_row(directory, key, json.dumps({"key": key, "read": {"format": 1, "sections": 3}}))
    elif how == "JSON of no read":
        _set_row(directory, key, json.dumps([1, 2, [3]]))
    elif how == "another page's read":
        other = HERE / "golden" / "heading_spelling.wiki"
        text = other.read_text(encoding="utf-8").rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
        read = read_as_data(_read_page(text, "T", get_template()))
        other_key = ReadStore.key(sha1_of(text), get_template())
        _set_row(directory, key, json.dumps({"key": other_key, "read": read}))
    elif how == "another page's read under this key":
        other = HERE / "golden" / "heading_spelling.wiki"
        text = other.read_text(encoding="utf-8").rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
        read = read_as_data(_read_page(text, "T", get_template()))
        _set_row(directory, ReadStore.key(sha1_of(text), get_template()),
                 json.dumps({"key": key, "read": read}))
    elif how == "stale code":
        # what an older salonbot wrote: another code fingerprint in its key
        _set_row(directory, "0" * 40, data.replace(key, "0" * 40))
    elif how == "a damaged file":
        (directory / DATA_FILE).write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    else:
        raise AssertionError(how)
    clear_caches()


@pytest.mark.parametrize("how", [
    "cut short", "cut short, its sha1 too", "a byte changed", "foreign JSON", "JSON of no read",
    "another page's read", "another page's read under this key", "stale code",
    "a damaged file"])
def test_a_damaged_or_stale_entry_is_ignored(tmp_path: Path, how: str,
                                             whole_reads: list[int]) -> None:
    path = _pulled(tmp_path, _changed_file())
    base = _base_text(tmp_path)
    _damaged(tmp_path, how)
    close_read_stores()
    whole_reads.clear()
    assert load_file(path)[1] == _expected()
    assert len(base) in whole_reads  # read again
    clear_caches()
    close_read_stores()
    whole_reads.clear()
    assert load_file(path)[1] == _expected()  # and kept again, but for a damaged file (next run)
    assert (len(base) in whole_reads) == (how == "a damaged file")


def test_a_store_of_plain_data_only(tmp_path: Path) -> None:
    _pulled(tmp_path)
    [(copy, _, data, _)] = _rows(tmp_path)
    assert copy == ".salonbot/pages/meta-meta/morocco.wiki"
    assert isinstance(json.loads(data)["read"], dict)  # JSON, no pickle, no marshal


@pytest.mark.parametrize("change", ["aliases", "template"])
def test_other_aliases_or_another_template_never_use_an_old_read(
        tmp_path: Path, change: str, whole_reads: list[int]) -> None:
    path = _pulled(tmp_path, _changed_file())
    base = _base_text(tmp_path)
    template = get_template()
    other = template.with_aliases({"Les chiffres du salon": "discussion"}) if change == "aliases" \
        else dataclasses.replace(template, description=template.description + " (edited)")
    assert other.identity != template.identity
    close_read_stores()
    whole_reads.clear()
    with using_template(other):
        assert load_file(path)[1] == _expected()
    assert len(base) in whole_reads
    close_read_stores()  # (the reads kept are written when the process ends)
    [(_, key, _, _)] = _rows(tmp_path)  # the copy's read kept for the new template, replacing
    assert key == ReadStore.key(sha1_of(base), other)


def test_a_copy_rewritten_replaces_its_read_and_reads_of_copies_gone_are_dropped(
        tmp_path: Path) -> None:
    _pulled(tmp_path)
    [(copy, key, _, _)] = _rows(tmp_path)
    connection = sqlite3.connect(tmp_path / DATA_FILE)
    with connection:
        connection.execute("INSERT INTO reads SELECT 'gone.wiki', key, data, sha1 FROM reads")
    connection.close()
    clear_caches()
    close_read_stores()
    page_text = load_page_text(_changed_file(), "morocco.yaml")[1]  # the page, edited on the wiki
    (tmp_path / "morocco.yaml").unlink()  # (pulled again as a new file)
    folder = ReportFolder(tmp_path, "meta:meta", "strategy-salon")
    outcome = folder.write_pulled(TITLE, "morocco.yaml", WikiPage(
        TITLE, True, 2, "2019-03-05T10:00:00Z", sha1_of(page_text), page_text))
    folder.close(dry_run=False)
    assert outcome.result is Result.PULLED
    [(new_copy, new_key, _, _)] = _rows(tmp_path)
    assert new_copy == copy and new_key != key

