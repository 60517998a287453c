"""The pure decisions of status and sync: each report's state and action, merges, the edit limit,
the stop page and the exit code."""

from __future__ import annotations

import pytest

from salonbot.sync.state import Base
from salonbot.sync.syncplan import (
    LocalFile,
    ReportState,
    SyncAction,
    SyncItem,
    classify,
    conflict_file_name,
    exit_code,
    limit_edits,
    plan_sync,
    redirect_target,
    resolve_merge,
    stop_page_halts,
    with_content,
)
from salonbot.wiki.page import WikiPage, sha1_of

PREFIX = "Strategy/Reports/"
BASE_TEXT, LOCAL_TEXT, WIKI_TEXT = "== A ==\nbase", "== A ==\nlocal", "== A ==\nwiki"


def base(text: str = BASE_TEXT, revid: int = 10, file: str = "a.yaml") -> Base:
    return Base(revid, "2024-01-01T00:00:00Z", sha1_of(text), file)


def page(text: str | None, revid: int = 10, title: str = PREFIX + "A",
         with_text: bool = False) -> WikiPage:
    if text is None:
        return WikiPage(title, exists=False)
    return WikiPage(title, True, revid, "2024-01-02T00:00:00Z", sha1_of(text),
                    text if with_text else None)


S = ReportState


@pytest.mark.parametrize(("local", "has_base", "wiki", "expected"), [
    # never synced
    (LOCAL_TEXT, False, None, S.NEW_LOCAL),
    (LOCAL_TEXT, False, LOCAL_TEXT, S.IN_SYNC),
    (LOCAL_TEXT, False, WIKI_TEXT, S.BOTH),
    # synced before
    (BASE_TEXT, True, BASE_TEXT, S.IN_SYNC),
    (LOCAL_TEXT, True, BASE_TEXT, S.LOCAL),
    (BASE_TEXT, True, WIKI_TEXT, S.WIKI),
    (LOCAL_TEXT, True, WIKI_TEXT, S.BOTH),
    (LOCAL_TEXT, True, LOCAL_TEXT, S.IN_SYNC),  # the same change made on both sides
    (BASE_TEXT, True, None, S.MISSING),
    (LOCAL_TEXT, True, None, S.MISSING),
])
def test_classify(local: str, has_base: bool, wiki: str | None, expected: ReportState) -> None:
    assert classify(sha1_of(local), base() if has_base else None, page(wiki, revid=12)) is expected


def test_a_wiki_edit_reverted_to_the_base_text_is_no_change() -> None:
    assert classify(sha1_of(LOCAL_TEXT), base(revid=10), page(BASE_TEXT, revid=15)) is S.LOCAL


def test_a_revision_ending_in_white_space_is_held_by_its_file_without_it() -> None:
    imported = BASE_TEXT + "\n \t"  # importDump keeps it; a save would strip it
    wiki = page(imported, revid=10, with_text=True)
    kept = Base.of(wiki, "a.yaml", BASE_TEXT)
    assert kept.kept_sha1 == sha1_of(BASE_TEXT) and kept.sha1 == sha1_of(imported)
    assert Base.of(page(BASE_TEXT, with_text=True), "a.yaml", BASE_TEXT).kept_sha1 == ""
    assert classify(sha1_of(BASE_TEXT), kept, wiki) is S.IN_SYNC
    assert classify(sha1_of(LOCAL_TEXT), kept, wiki) is S.LOCAL
    assert classify(sha1_of(BASE_TEXT), kept, page(WIKI_TEXT, revid=11)) is S.WIKI
    # Without the base the two texts differ: a file never synced with the page is merged.
    assert classify(sha1_of(BASE_TEXT), None, wiki) is S.BOTH


def test_plan_gives_every_state_its_action() -> None:
    files = [
        LocalFile("a.yaml", PREFIX + "A", sha1_of(BASE_TEXT)),   # in sync
        LocalFile("b.yaml", PREFIX + "B", sha1_of(LOCAL_TEXT)),  # changed locally
        LocalFile("c.yaml", PREFIX + "C", sha1_of(BASE_TEXT)),   # changed on the wiki
        LocalFile("d.yaml", PREFIX + "D", sha1_of(LOCAL_TEXT)),  # changed on both
        LocalFile("e.yaml", PREFIX + "E", sha1_of(LOCAL_TEXT)),  # new locally
        LocalFile("f.yaml", PREFIX + "F", sha1_of(BASE_TEXT)),   # deleted on the wiki
        LocalFile("g.yaml", PREFIX + "G", sha1_of(LOCAL_TEXT)),  # unresolved conflict
        LocalFile("h.yaml", problem="h.yaml:3: bad"),   # invalid
    ]
    bases = {PREFIX + name: base(file=f"{name.lower()}.yaml")
             for name in ("A", "B", "C", "D", "F", "G", "H")}
    pages = {PREFIX + name: page(text, title=PREFIX + name) for name, text in [
        ("A", BASE_TEXT), ("B", BASE_TEXT), ("C", WIKI_TEXT), ("D", WIKI_TEXT), ("G", WIKI_TEXT),
        ("H", WIKI_TEXT), ("I", WIKI_TEXT)]}
    items = plan_sync(files, bases, pages, {"g.conflict.wiki"}, PREFIX)
    got = {item.title.removeprefix(PREFIX): (item.state, item.action, item.file) for item in items}
    assert got == {
        "A": (S.IN_SYNC, SyncAction.NOTHING, "a.yaml"),
        "B": (S.LOCAL, SyncAction.PUSH, "b.yaml"),
        "C": (S.WIKI, SyncAction.PULL, "c.yaml"),
        "D": (S.BOTH, SyncAction.MERGE, "d.yaml"),
        "E": (S.NEW_LOCAL, SyncAction.CREATE, "e.yaml"),
        "F": (S.MISSING, SyncAction.REPORT, "f.yaml"),
        "G": (S.CONFLICT, SyncAction.WAIT, "g.yaml"),
        "H": (S.INVALID, SyncAction.REPORT, "h.yaml"),  # its page is not pulled over it
        "I": (S.WIKI_ONLY, SyncAction.PULL, ""),        # sync picks the file name
    }
    by_title = {item.title: item for item in items}
    assert "revision 10" in by_title[PREFIX + "F"].message
    assert "g.conflict.wiki" in by_title[PREFIX + "G"].message


def test_titles_outside_the_prefix_and_duplicate_titles_are_invalid() -> None:
    files = [LocalFile("a.yaml", PREFIX + "A", sha1_of(LOCAL_TEXT)),
             LocalFile("b.yaml", PREFIX + "A", sha1_of(LOCAL_TEXT)),
             LocalFile("c.yaml", "Elsewhere/C", sha1_of(LOCAL_TEXT))]
    items = plan_sync(files, {}, {}, set(), PREFIX)
    assert [(i.file, i.state) for i in items] == [
        ("c.yaml", S.INVALID), ("a.yaml", S.NEW_LOCAL), ("b.yaml", S.INVALID)]
    assert "the same title as a.yaml" in items[2].message
    assert "outside the allowed prefix" in items[0].message


def test_a_page_pulled_again_gets_a_new_file_if_its_old_file_now_holds_another_title() -> None:
    files = [LocalFile("a.yaml", PREFIX + "Renamed", sha1_of(LOCAL_TEXT))]
    pages = {PREFIX + "A": page(BASE_TEXT)}
    items = plan_sync(files, {PREFIX + "A": base(file="a.yaml")}, pages, set(), PREFIX)
    pulled = next(item for item in items if item.title == PREFIX + "A")
    assert (pulled.state, pulled.file) == (S.WIKI_ONLY, "")


def test_a_page_whose_file_was_deleted_is_pulled_back_into_it() -> None:
    items = plan_sync([], {PREFIX + "A": base(file="a.yaml")}, {PREFIX + "A": page(WIKI_TEXT)},
                      set(), PREFIX)
    assert [(i.state, i.file) for i in items] == [(S.WIKI_ONLY, "a.yaml")]


def both(local: str = LOCAL_TEXT, has_base: bool = True) -> SyncItem:
    return SyncItem(PREFIX + "A", "a.yaml", S.BOTH, SyncAction.MERGE, sha1_of(local),
                    base() if has_base else None, page(WIKI_TEXT), local_text=local)


def test_merge_of_different_lines_is_a_merge_edit() -> None:
    base_text = "x\ny\nz"
    item = resolve_merge(both("X\ny\nz"), base_text, page("x\ny\nZ", 12, with_text=True))
    assert (item.action, item.new_text) == (SyncAction.MERGE, "X\ny\nZ")
    assert item.wiki is not None and item.wiki.revid == 12


def test_merge_that_equals_the_wiki_text_is_a_pull_and_the_local_text_a_push() -> None:
    wiki = page("x\nY\nZ", 12, with_text=True)
    assert resolve_merge(both("x\nY\nz"), "x\ny\nz", wiki).action is SyncAction.PULL
    wiki = page("x\ny\nZ", 12, with_text=True)
    assert resolve_merge(both("X\ny\nZ"), "x\ny\nz", wiki).action is SyncAction.PUSH


def test_merge_of_the_same_line_is_a_conflict_naming_the_revisions() -> None:
    item = resolve_merge(both("a\nmine"), "a\nbase", page("a\ntheirs", 12, with_text=True))
    assert item.action is SyncAction.CONFLICT
    assert item.merged is not None and item.merged.conflicts == 1
    assert "<<<<<<< local: a.yaml" in item.merged.marked
    assert "||||||| base: revision 10" in item.merged.marked
    assert ">>>>>>> wiki: revision 12" in item.merged.marked
    assert conflict_file_name("a.yaml") in item.message


def test_a_never_synced_file_against_an_existing_page_marks_only_the_differing_line() -> None:
    lines = [f"* point {number}" for number in range(1, 44)]
    local, wiki_lines = "\n".join(lines), list(lines)
    wiki_lines[9] = "* point 10 (wiki)"
    wiki = page("\n".join(wiki_lines), 12, with_text=True)
    merged_item = resolve_merge(both(local, has_base=False), "", wiki)
    assert merged_item.action is SyncAction.CONFLICT
    merged = merged_item.merged
    assert merged is not None and merged.conflicts == 1
    assert merged.text == local
    assert ("* point 9\n<<<<<<< local: a.yaml\n* point 10\n=======\n* point 10 (wiki)\n"
            ">>>>>>> wiki: revision 12\n* point 11\n") in merged.marked
    assert merged.marked.count("\n") == 43 + 3  # the 43 lines, one more and three markers


def test_with_content_reports_moved_and_vanished_pages_and_skips_redirects() -> None:
    redirect = page("#REDIRECT [[Elsewhere]]", 12, with_text=True)
    moved = with_content(both(), redirect, BASE_TEXT)
    # the file follows the page (sync's _follow_moves checks the target is one it may write)
    assert (moved.state, moved.action, moved.message) == (S.MOVED, SyncAction.MOVE, "Elsewhere")
    new = SyncItem(PREFIX + "A", "", S.WIKI_ONLY, SyncAction.PULL, wiki=page(WIKI_TEXT))
    assert with_content(new, redirect, "").action is SyncAction.NOTHING
    assert with_content(new, None, "").action is SyncAction.REPORT
    pulled = with_content(new, page(WIKI_TEXT, 13, with_text=True), "")
    assert pulled.action is SyncAction.PULL and pulled.wiki is not None
    assert pulled.wiki.revid == 13


def test_limit_edits_defers_the_edits_over_the_limit_in_order() -> None:
    actions = [SyncAction.PULL, SyncAction.PUSH, SyncAction.CREATE, SyncAction.NOTHING,
               SyncAction.MERGE]
    items = [SyncItem(str(n), "", S.LOCAL, action) for n, action in enumerate(actions)]
    now, later = limit_edits(items, 2)
    assert [i.title for i in now] == ["1", "2"] and [i.title for i in later] == ["4"]
    assert limit_edits(items, 0) == ([items[1], items[2], items[4]], [])


@pytest.mark.parametrize(("text", "halts"), [
    (None, False), ("", False), ("  \n", False), ("run", False), (" Run\n", False),
    ("stop", True), ("run\nplease stop", True),
])
def test_stop_page(text: str | None, halts: bool) -> None:
    assert stop_page_halts(text) is halts


@pytest.mark.parametrize(("results", "code"), [
    ([], 0), (["unchanged", "pushed", "deferred"], 0), (["pulled", "failed"], 1),
    (["missing"], 1), (["refused", "conflict"], 3),
])
def test_exit_code(results: list[str], code: int) -> None:
    assert exit_code(results) == code


@pytest.mark.parametrize(("text", "target"), [
    ("#REDIRECT [[Strategy/Reports/New name]]", "Strategy/Reports/New name"),
    ("#redirect:[[ Strategy/Reports/New_name#Budget|the budget ]]\n{{R from move}}",
     "Strategy/Reports/New name"),
    ("#REDIRECT [[Strategy/Reports/A  b]]", "Strategy/Reports/A b"),
    ("#REDIRECT [[strategy/Reports/Caf\u0065\u0301]]", "Strategy/Reports/Caf\u00e9"),  # as stored
    ("Not a redirect [[Strategy/Reports/X]]", None),
])
def test_redirect_target(text: str, target: str | None) -> None:
    assert redirect_target(text) == target


def test_a_gone_page_is_left_alone_until_recreate_and_refused_titles_are_skipped() -> None:
    gone = Base(10, "2019-03-02T10:00:00Z", "0" * 40, "a.yaml", gone="2026-01-01T00:00:00Z")
    files = [LocalFile("a.yaml", PREFIX + "A", "1" * 40)]
    pages = {PREFIX + "A": WikiPage(PREFIX + "A", exists=False),
             PREFIX + "x/": WikiPage(PREFIX + "x/", True, 3, "t", "2" * 40),
             PREFIX + "Old": WikiPage(PREFIX + "Old", True, 4, "t", "3" * 40, redirect=True)}
    [item, skipped] = plan_sync(files, {PREFIX + "A": gone}, pages, set(), PREFIX)
    assert (item.state, item.action) == (S.GONE, SyncAction.NOTHING)
    assert (skipped.state, skipped.action) == (S.SKIPPED, SyncAction.NOTHING)
    assert "not pulled" in skipped.message
    [again, _] = plan_sync(files, {PREFIX + "A": gone}, pages, set(), PREFIX, recreate=True)
    assert again.action is SyncAction.CREATE
