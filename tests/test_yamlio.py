"""Report files on disk: stable dumps, readable text, atomic writes, values kept as text, lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

import salonbot
from salonbot.errors import ReportError
from salonbot.report.content import MAX_DEPTH
from salonbot.report.limits import MAX_VALUES
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.yamlio import (
    PendingFolders,
    dump_report,
    load_data,
    load_plain,
    remove_leftovers,
    report_from_data,
    report_to_data,
    write_atomic,
)
from salonbot.report.yamlwrite import QuickResolver, dump_data, represented
from strategies import reports

GOLDEN = Path(__file__).parent / "golden"
BAD = Path(__file__).parent / "bad"
REPORTS = Path(__file__).parent.parent / "reports"
GOLDEN_CASES = sorted(path.stem for path in GOLDEN.glob("*.yaml"))


@pytest.mark.parametrize("name", GOLDEN_CASES)
def test_dump_load_dump_is_stable(name: str) -> None:
    report = salonbot.parse((GOLDEN / f"{name}.wiki").read_text(encoding="utf-8"), "A title")
    first = dump_report(report)
    data, _ = load_data(first)
    second = dump_report(report_from_data(data))
    assert second == first


def test_multi_line_strings_use_literal_block_style() -> None:
    report = Report(title="T", sections={
        "what_happened": Node(text="We met.\n\nThen we talked:\n  indented line"),
        "discussion": Node(children=[Node(title="A", text="one\ntwo", points=[Bullet("x")])]),
    })
    text = dump_report(report)
    assert text == (
        "title: T\n"
        "what_happened: |-\n"
        "  We met.\n"
        "\n"
        "  Then we talked:\n"
        "    indented line\n"
        "discussion:\n"
        "  themes:\n"
        "  - title: A\n"
        "    text: |-\n"
        "      one\n"
        "      two\n"
        "    points:\n"
        "    - x\n"
    )


def test_long_lines_are_not_folded() -> None:
    sentence = "word " * 60 + "end"
    text = dump_report(Report(title="T", sections={"budget": Node(text=sentence)}))
    assert text == f"title: T\nbudget: {sentence}\n"


def test_unicode_is_written_as_is() -> None:
    report = Report(title="Reports/مجموعة مستخدمي ويكيميديا المغرب", sections={
        "discussion": Node(children=[Node(title="ויקימדיה ישראל", points=[Bullet("نقطة «أولى»")])]),
    })
    text = dump_report(report)
    assert "title: Reports/مجموعة مستخدمي ويكيميديا المغرب\n" in text
    assert "  - title: ויקימדיה ישראל\n" in text
    assert "    - نقطة «أولى»\n" in text
    assert "\\u" not in text and "\\x" not in text


@pytest.mark.parametrize("value", ["yes", "no", "on", "off", "true", "Null", "~", "2019-03-02",
                                   "2019-03-02 10:00:00", "1200", "012", "0x1F", "1_000", "1e3",
                                   "3.14", ".inf", ".nan", "-5", "12:30"])
def test_values_that_look_like_numbers_or_dates_load_as_text(value: str) -> None:
    text = (f"title: {value}\nintro: {value}\nbudget:\n  text: {value}\n  points:\n  - {value}\n"
            f"  - - {value}\n")
    data, _ = load_data(text)
    if value in ("~", "Null"):  # null is an empty value, as format.md says
        assert data["intro"] is None
        return
    assert data == {"title": value, "intro": value,
                    "budget": {"text": value, "points": [value, [value]]}}


def test_a_dumped_report_keeps_text_that_looks_like_numbers() -> None:
    report = Report(title="1200", sections={
        "budget": Node(text="yes", points=[Bullet("2019-03-02")]),
        "media": Node(text="null"),
    })
    data, _ = load_data(dump_report(report))
    assert report_from_data(data) == report


def test_layout_numbers_stay_numbers() -> None:
    data, _ = load_data("title: T\nbudget:\n  text: x\n  layout:\n    before: 2\n    after: 0\n")
    assert data["budget"]["layout"] == {"before": 2, "after": 0}


def test_line_numbers_of_nested_values() -> None:
    text = (
        "title: T\n"                      # 1
        "# a comment\n"                   # 2
        "discussion:\n"                   # 3
        "  text: |-\n"                    # 4
        "    one\n"                       # 5
        "    two\n"                       # 6
        "  themes:\n"                     # 7
        "  - title: A\n"                  # 8
        "    points:\n"                   # 9
        "    - a\n"                       # 10
        "    - - a.1\n"                   # 11
        "      - a.2\n"                   # 12
        "    topics:\n"                   # 13
        "    - title: B\n"                # 14
        "\n"                              # 15
        "      layout: {before: 2}\n"     # 16
        "budget: ''\n"                    # 17
    )
    _, lines = load_data(text)
    assert lines[("title",)] == 1
    assert lines[("discussion",)] == 3
    assert lines[("discussion", "text")] == 4
    assert lines[("discussion", "themes")] == 7
    assert lines[("discussion", "themes", 0)] == 8
    assert lines[("discussion", "themes", 0, "title")] == 8
    assert lines[("discussion", "themes", 0, "points", 0)] == 10
    assert lines[("discussion", "themes", 0, "points", 1)] == 11
    assert lines[("discussion", "themes", 0, "points", 1, 0)] == 11
    assert lines[("discussion", "themes", 0, "points", 1, 1)] == 12
    assert lines[("discussion", "themes", 0, "topics", 0, "title")] == 14
    assert lines[("discussion", "themes", 0, "topics", 0, "layout", "before")] == 16
    assert lines[("budget",)] == 17


def test_an_empty_value_at_the_end_of_the_file_is_on_its_own_line() -> None:
    _, lines = load_data("title: T\nbudget:\n")
    assert lines[("budget",)] == 2


def test_write_atomic_writes_the_text_exactly(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "report.yaml"
    write_atomic(path, "title: T\r\nbudget: é\n")
    assert path.read_bytes() == "title: T\r\nbudget: é\n".encode()
    write_atomic(path, "title: U\n")
    assert path.read_bytes() == b"title: U\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["report.yaml"]


def test_write_atomic_keeps_the_old_file_when_the_write_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.yaml"
    path.write_bytes(b"title: old\n")

    def fail(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        assert Path(src).read_bytes() == b"title: new\n"  # the new text was written in full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(path, "title: new\n")
    assert path.read_bytes() == b"title: old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.yaml"]


def test_write_atomic_cleans_up_when_interrupted_while_writing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.yaml"
    path.write_bytes(b"title: old\n")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(path, "title: new\n")
    assert path.read_bytes() == b"title: old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.yaml"]


def _recorded_disk_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(call, name) for every fsync (of a file's text or of a folder) and rename, in order."""
    calls: list[tuple[str, str]] = []
    fsync, replace = os.fsync, os.replace

    def recorded_fsync(handle: int) -> None:
        path = Path(os.readlink(f"/proc/self/fd/{handle}"))
        calls.append(("fsync", path.name if path.is_dir() else path.name.split(".")[1]))
        fsync(handle)

    def recorded_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls.append(("rename", Path(dst).name.split(".")[0]))
        replace(src, dst)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name what is synced")
    monkeypatch.setattr(os, "fsync", recorded_fsync)
    monkeypatch.setattr(os, "replace", recorded_replace)
    return calls


def test_files_written_in_the_background_are_synced_then_renamed_before_their_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a pull's report files: each text reaches the disk before its rename (a power cut leaves
    # the old file or the new one), every rename is done before the folder is synced
    calls = _recorded_disk_calls(monkeypatch)
    (tmp_path / "b.yaml").write_text("title: old\n", encoding="utf-8")
    pending = PendingFolders()
    for name in "abcdefghij":
        write_atomic(tmp_path / f"{name}.yaml", f"title: {name}\n", pending=pending,
                     in_background=True)
    pending.sync()
    for name in "abcdefghij":
        assert (tmp_path / f"{name}.yaml").read_text(encoding="utf-8") == f"title: {name}\n"
        assert calls.index(("fsync", name)) < calls.index(("rename", name))
    assert calls[-1] == ("fsync", tmp_path.name)  # the folder, once, last
    assert len(calls) == 21
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{name}.yaml" for name in "abcdefghij"]
    pending.close()


def test_a_file_written_again_replaces_the_one_still_written_in_the_background(
        tmp_path: Path) -> None:
    pending = PendingFolders()
    path = tmp_path / "a.yaml"
    write_atomic(path, "title: first\n", pending=pending, in_background=True)
    write_atomic(path, "title: second\n", pending=pending, in_background=True)
    write_atomic(path, "title: third\n", pending=pending, in_background=True)
    pending.sync()
    assert path.read_text(encoding="utf-8") == "title: third\n"
    write_atomic(path, "title: fourth\n", pending=pending, in_background=True)
    write_atomic(path, "title: fifth\n", pending=pending)  # at once: after the one before
    pending.close()
    assert path.read_text(encoding="utf-8") == "title: fifth\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml"]


def test_a_file_written_in_the_background_that_cannot_be_synced_is_left_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.yaml"
    path.write_bytes(b"title: old\n")
    fsync = os.fsync

    def failing(handle: int) -> None:
        if Path(os.readlink(f"/proc/self/fd/{handle}")).name.startswith(".report.yaml."):
            raise OSError(5, "Input/output error")
        fsync(handle)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name what is synced")
    monkeypatch.setattr(os, "fsync", failing)
    pending = PendingFolders()
    write_atomic(path, "title: new\n", pending=pending, in_background=True)
    write_atomic(tmp_path / "other.yaml", "title: other\n", pending=pending, in_background=True)
    with pytest.raises(OSError, match="Input/output error"):
        pending.sync()
    assert path.read_bytes() == b"title: old\n"
    assert (tmp_path / "other.yaml").read_bytes() == b"title: other\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.yaml", "report.yaml"]
    pending.close()


def test_the_temporary_files_of_a_killed_process_are_removed_and_no_others(
        tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    gone = int(done.stdout)  # a process that has ended
    names = [f".a.yaml.{gone}.x1y2z3.tmp", f".b.yaml.{os.getpid()}.x1y2z3.tmp", ".c.yaml.x1.tmp",
             ".notes.tmp", f"d.yaml.{gone}.x1y2z3.tmp", "e.yaml"]
    for name in names:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert remove_leftovers(tmp_path) == [tmp_path / names[0]]
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(names[1:])


def test_write_atomic_names_its_temporary_file_after_its_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    replace = os.replace
    monkeypatch.setattr(os, "replace", lambda src, dst: seen.append(Path(src).name)
                        or replace(src, dst))
    write_atomic(tmp_path / "a.yaml", "title: T\n")
    assert seen[0].startswith(f".a.yaml.{os.getpid()}.") and seen[0].endswith(".tmp")
    assert remove_leftovers(tmp_path) == []


def test_write_atomic_gives_a_new_file_the_usual_permissions(tmp_path: Path) -> None:
    # Reports, pages and the schema are ordinary files: readable as the umask allows, not 0600.
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.yaml", "title: T\n")
    finally:
        os.umask(old)
    assert (tmp_path / "new.yaml").stat().st_mode & 0o777 == 0o644


def test_write_atomic_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    path = tmp_path / "report.yaml"
    path.write_text("title: old\n", encoding="utf-8")
    path.chmod(0o664)
    write_atomic(path, "title: new\n")
    assert path.stat().st_mode & 0o777 == 0o664


def test_write_atomic_never_keeps_an_execute_or_set_id_bit(tmp_path: Path) -> None:
    # A report file is wiki text: a script that a state file or a person pointed at must not
    # stay runnable once salonbot wrote wiki text into it.
    path = tmp_path / "report.yaml"
    path.write_text("title: old\n", encoding="utf-8")
    path.chmod(0o4775)
    write_atomic(path, "title: new\n")
    assert path.stat().st_mode & 0o7777 == 0o664


LISTED = """\
title: T
discussion:
  themes:
  - title: Advocacy
    topics:
    - title: Libraries
    - title: Schools
  - title: Diversity
    topics:
    - title: Women
other_areas:
  topics:
  - title: Budget
"""


def test_a_report_lists_its_nodes_by_the_keys_of_its_file() -> None:
    report = report_from_data(load_data(LISTED)[0])
    assert [theme.title for theme in report.listed("discussion", "themes")] == \
        ["Advocacy", "Diversity"]
    assert [topic.title for topic in report.listed("discussion", "themes", "topics")] == \
        ["Libraries", "Schools", "Women"]
    assert [topic.title for topic in report.listed("other_areas", "topics")] == ["Budget"]
    assert report.listed("discussion") == [report.sections["discussion"]]
    assert report.listed("reflections") == []  # a section the report does not have
    with pytest.raises(KeyError, match="themes"):
        report.listed("other_areas", "themes")  # the template calls them topics there
    with pytest.raises(KeyError, match="topics"):
        report.listed("discussion", "themes", "topics", "topics")
    with pytest.raises(KeyError, match="nowhere"):
        report.listed("nowhere")



@pytest.mark.parametrize("flow", [False, True])
def test_a_file_of_max_values_loads_and_one_more_is_refused(flow: bool) -> None:
    # a small file's values are counted from the composed tree, not from libyaml's events: the
    # same count (the root, title's key and value, what_happened's key and list: 5, then points)
    def text(points: int) -> str:
        if flow:
            return "title: T\nwhat_happened: [" + "a, " * (points - 1) + "a]\n"
        return "title: T\nwhat_happened:\n" + "- a\n" * points

    data, _ = load_data(text(MAX_VALUES - 5))
    assert len(data["what_happened"]) == MAX_VALUES - 5
    with pytest.raises(ReportError, match=rf"more than {MAX_VALUES} values") as error:
        load_data(text(MAX_VALUES - 4))
    assert error.value.line == (2 if flow else 3 + MAX_VALUES - 5)


@settings(max_examples=300, deadline=None)
@given(reports(), st.text(max_size=20))
def test_report_files_are_written_as_the_representer_writes_them(report: Report,
                                                                 value: str) -> None:
    # dump_data makes the nodes of text, mappings and lists itself, for speed: the same text
    data = report_to_data(report)
    data["extra"] = [value, {value: [value, ""]}, [], {}]
    assert dump_data(data) == represented(data)


@given(st.one_of(st.text(max_size=12), st.sampled_from(
    ["", "~", "null", "Yes", "no", "ON", "0", "-1", "+1", "0x1F", "0o7", "1_000", "1:30",
     ".5", "1e3", ".inf", "-.Inf", ".nan", "2019-03-02", "2019-03-02 10:00:00", "<<", "=",
     "true", "False", "y", "1.2.3"])), st.booleans(), st.booleans())
def test_the_quick_resolver_gives_pyyaml_s_tags(value: str, plain: bool, quoted: bool) -> None:
    pyyaml = yaml.SafeLoader("")
    for kind in (ScalarNode, SequenceNode, MappingNode):
        assert QuickResolver().resolve(kind, value, (plain, quoted)) == \
            pyyaml.resolve(kind, value, (plain, quoted))


def _loaded(load: object, text: str) -> object:
    """What a loader gives for `text`: its data (as repr shows it: with the order of its keys
    and the types of its values), or the message and line of its ReportError."""
    try:
        data = load(text, "f.yaml")  # type: ignore[operator]
    except ReportError as error:
        return ("refused", str(error), error.line)
    return repr(data[0] if isinstance(data, tuple) else data)


LOADED_ALIKE = [
    "title: T\nintro: ''\n",
    "title: T\nintro:\n",  # null
    "title: T\nintro: ~\n",
    "title: T\nwhat_happened:\n- 2019\n- yes\n- 1.5\n- 2019-03-02\n",  # text, as load_data
    "title: T\nlayout:\n  blank: 2\n",  # a number in layout stays a number
    "title: T\nwhat_happened: &a\n- x\nbudget: *a\n",  # alias: refused
    "title: T\nintro: &a x\nbudget: *a\n",
    "title: !!python/name:os.system T\n",  # tag: refused
    "title: !custom T\n",
    "title: !!str 2019\n",
    "title: T\ntitle: U\n",  # duplicate key: refused
    "title: T\n? [a]\n: b\n",  # a key that is not a word
    "title: T\n1: b\n",
    "title: T\nintro: !!binary aGk=\n",
    "title: T\nintro: !!set {a}\n",
    "title: T\nwhat_happened: !!omap [a: 1]\n",
    "- a\n- b\n",
    "just text\n",
    "",
    "# only a comment\n",
    "title: [unclosed\n",
    "title: T\nwhat_happened:\n" + "- " * (MAX_DEPTH + 1) + "deep\n",  # lists nested too deep
    "title: T\nwhat_happened:\n" + "- " * MAX_DEPTH + "deep enough\n",
    "title: T\nx: " + "{a: " * 101 + "b" + "}" * 101 + "\n",  # values nested too deep
    "title: T\nwhat_happened:\n" + "- a\n" * (MAX_VALUES - 5),
    "title: T\nwhat_happened:\n" + "- a\n" * (MAX_VALUES - 4),  # one value too many
    "title: T\nwhat_happened: [" + "a, " * (MAX_VALUES - 4) + "a]\n",
    "title: 2019-02-30\n",  # not a date: refused
    "title: T\nlayout: {a: 2019-02-30}\n",
]


@pytest.mark.parametrize("text", LOADED_ALIKE)
def test_load_plain_gives_load_data_s_data_and_refusals(text: str) -> None:
    # load_plain skips the line of every value (a pull checks each file it writes by loading
    # it): the same data, and the same error, for any text
    assert _loaded(load_plain, text) == _loaded(load_data, text)


@pytest.mark.parametrize("path", sorted([*BAD.glob("*.yaml"), *GOLDEN.glob("*.yaml"),
                                         *REPORTS.glob("*.yaml")]), ids=lambda path: path.name)
def test_load_plain_loads_every_file_as_load_data_does(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _loaded(load_plain, text) == _loaded(load_data, text)


@settings(max_examples=200, deadline=None)
@given(reports())
def test_load_plain_reads_a_written_report_as_load_data_does(report: Report) -> None:
    text = dump_report(report)
    assert repr(load_plain(text)) == repr(load_data(text)[0])
