"""What a person sees: diffs coloured only on a terminal, tables, confirmations."""

from __future__ import annotations

import io

import pytest

from salonbot.console import confirm, summary_table, unified_diff, use_colour


def test_a_diff_names_both_sides_and_shows_only_changed_lines() -> None:
    diff = unified_diff("a\nb\nc", "a\nB\nc", "Page", colour=False)
    assert "--- wiki: Page" in diff and "+++ local: Page" in diff
    assert "-b\n+B\n" in diff
    assert "\033[" not in diff


def test_a_coloured_diff_colours_added_and_removed_lines() -> None:
    diff = unified_diff("a\nb", "a\nB", "Page", colour=True)
    assert "\033[31m-b\033[0m" in diff and "\033[32m+B\033[0m" in diff


def test_equal_texts_have_no_diff() -> None:
    assert unified_diff("same", "same", "Page", colour=True) == ""


def test_no_colour_when_piped_or_when_no_color_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert use_colour(io.StringIO()) is False
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(Terminal()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_colour(Terminal()) is False


def test_the_summary_table_counts_every_kind_in_order() -> None:
    table = summary_table(["created", "refused", "created"], ("created", "updated", "refused"))
    assert table.splitlines() == ["created      2", "updated      0", "refused      1"]


@pytest.mark.parametrize(("answer", "expected"), [("y\n", True), ("yes\n", True), ("n\n", False),
                                                  ("\n", False), ("", False)])
def test_confirm_says_yes_only_to_yes(monkeypatch: pytest.MonkeyPatch, answer: str,
                                      expected: bool) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(answer))
    assert confirm("Save?", stream=io.StringIO()) is expected
