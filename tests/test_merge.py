"""The three-way merge of page texts: what merges, what conflicts, and the conflict markers."""

from __future__ import annotations

import pytest

from salonbot.sync.merge import merge_texts, merge_two_way

BASE = "== What happened ==\nWe met.\n\n== Budget ==\n* One\n* Two\n* Three\n* Four"


def test_changes_to_different_sections_are_both_kept() -> None:
    local = BASE.replace("We met.", "We met in Rabat.")
    wiki = BASE.replace("* Four", "* Four, and more")
    merged = merge_texts(BASE, local, wiki)
    assert merged.conflicts == 0
    assert merged.text == merged.marked == local.replace("* Four", "* Four, and more")


def test_changes_to_neighbouring_lines_of_one_list_are_merged_line_by_line() -> None:
    local = BASE.replace("* Two", "* Two (local)")
    wiki = BASE.replace("* Three", "* Three (wiki)")
    merged = merge_texts(BASE, local, wiki)
    assert merged.conflicts == 0
    assert merged.text == BASE.replace("* Two", "* Two (local)").replace("* Three", "* Three (wiki)")


def test_a_line_added_at_the_end_merges_with_a_change_elsewhere() -> None:
    # The last line has no newline: adding one after it must not count as changing it.
    merged = merge_texts(BASE, BASE + "\n* Five", BASE.replace("* Two", "* 2"))
    assert merged.conflicts == 0
    assert merged.text == BASE.replace("* Two", "* 2") + "\n* Five"


def test_a_line_added_right_after_a_line_changed_on_the_other_side_conflicts() -> None:
    merged = merge_texts(BASE, BASE + "\n* Five", BASE.replace("* Four", "* 4"))
    assert merged.conflicts == 1


def test_the_same_change_on_both_sides_is_taken_once() -> None:
    changed = BASE.replace("* One", "* One!")
    merged = merge_texts(BASE, changed, changed)
    assert (merged.text, merged.conflicts) == (changed, 0)


def test_different_changes_to_the_same_line_conflict_and_keep_the_local_line() -> None:
    local = BASE.replace("* Two", "* Two (local)").replace("We met.", "We met today.")
    wiki = BASE.replace("* Two", "* Two (wiki)")
    merged = merge_texts(BASE, local, wiki, base_name="base: revision 7",
                         local_name="local: x.yaml", wiki_name="wiki: revision 9")
    assert merged.conflicts == 1
    assert merged.text == local
    assert merged.marked == BASE.replace("We met.", "We met today.").replace("* Two", (
        "<<<<<<< local: x.yaml\n* Two (local)\n||||||| base: revision 7\n* Two\n=======\n"
        "* Two (wiki)\n>>>>>>> wiki: revision 9"))


def test_a_deleted_line_against_a_changed_line_conflicts() -> None:
    merged = merge_texts(BASE, BASE.replace("* Two\n", ""), BASE.replace("* Two", "* 2"))
    assert merged.conflicts == 1


@pytest.mark.parametrize(("base", "local", "wiki", "expected"), [
    ("", "", "", ""),
    ("", "a", "", "a"),
    ("", "", "b", "b"),
    ("a", "", "a", ""),
    ("a\nb", "a\nb", "a\nb\nc", "a\nb\nc"),
])
def test_empty_texts(base: str, local: str, wiki: str, expected: str) -> None:
    merged = merge_texts(base, local, wiki)
    assert (merged.text, merged.conflicts) == (expected, 0)


def test_two_unrelated_texts_with_no_base_conflict_as_a_whole() -> None:
    merged = merge_texts("", "mine\ntext", "theirs\ntext")
    assert merged.conflicts == 1
    assert merged.marked.startswith("<<<<<<< local\nmine\ntext\n||||||| base\n=======\ntheirs")


PAGE = "\n".join(f"line {number}" for number in range(1, 44))  # 43 lines, as a real report


def test_with_no_base_only_the_one_differing_line_is_marked() -> None:
    wiki = PAGE.replace("line 20", "line 20 (edited on the wiki)")
    merged = merge_two_way(PAGE, wiki, local_name="local: a.yaml", wiki_name="wiki: revision 7")
    assert merged.conflicts == 1
    assert merged.text == PAGE  # the local lines are kept; nothing is chosen silently
    assert merged.marked == PAGE.replace(
        "line 20\n", "<<<<<<< local: a.yaml\nline 20\n=======\nline 20 (edited on the wiki)\n"
                     ">>>>>>> wiki: revision 7\n")
    assert "|||||||" not in merged.marked  # there is no base to show


def test_with_no_base_a_line_only_one_side_has_is_a_conflict_too() -> None:
    local = PAGE.replace("line 5\n", "line 5\nadded locally\n")
    wiki = PAGE.replace("line 30\n", "")
    merged = merge_two_way(local, wiki)
    assert merged.conflicts == 2
    assert merged.text == local
    assert "<<<<<<< local\nadded locally\n=======\n>>>>>>> wiki\nline 6\n" in merged.marked
    assert "line 29\n<<<<<<< local\nline 30\n=======\n>>>>>>> wiki\nline 31\n" in merged.marked


@pytest.mark.parametrize(("local", "wiki", "conflicts"), [
    ("", "", 0), ("a\nb", "a\nb", 0), ("", "a", 1), ("a", "", 1), ("a\nb", "c\nd", 1),
])
def test_two_way_merge_of_small_texts(local: str, wiki: str, conflicts: int) -> None:
    merged = merge_two_way(local, wiki)
    assert (merged.text, merged.conflicts) == (local, conflicts)
    assert (merged.marked == local) is (conflicts == 0)
