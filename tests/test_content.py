"""A node's content <-> text, points and content layout (salonbot.report.content): every list form
real pages use becomes points, every content round-trips, and an edit of one item or line of a
pulled page changes that line of the page only."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given
from hypothesis import strategies as st

import salonbot
from salonbot.cli import main
from salonbot.errors import ReportErrors
from salonbot.report import yamlio
from salonbot.report.content import (
    MAX_DEPTH,
    fingerprint,
    fit_content,
    join_content,
    split_content,
)
from salonbot.report.model import Bullet
from salonbot.report.validate import load_report_text
from salonbot.report.yamlio import dump_data, dump_report, load_data

# --- what becomes points ------------------------------------------------------------------------


def test_a_list_right_after_a_sentence_is_points_with_its_gap() -> None:
    assert split_content("Participants said:\n* It was useful\n* More please") == (
        "Participants said:", [Bullet("It was useful"), Bullet("More please")], {"gap": 1})


def test_numbered_lists_stay_numbered_with_one_mark_for_the_list() -> None:
    content = "# Welcome\n# Talks\n## Strategy 2030"
    text, points, layout = split_content(content)
    assert (text, layout) == ("", {"marks": "#"})
    assert points == [Bullet("Welcome"), Bullet("Talks", [Bullet("Strategy 2030")])]
    points.append(Bullet("Lunch"))
    assert join_content(text, points, layout) == content + "\n# Lunch"


def test_numbered_sub_lists_under_bullets() -> None:
    text, points, layout = split_content("* Morning\n*# Welcome\n*# Talks\n* Afternoon")
    assert points == [Bullet("Morning", [Bullet("Welcome"), Bullet("Talks")]), Bullet("Afternoon")]
    assert layout == {"marks": "*#"}


def test_definition_lists_and_continuation_lines_record_their_markers() -> None:
    text, points, layout = split_content("; Advocacy\n: We need more visibility.\n* A bullet\n"
                                         "*: its continuation")
    assert points == [Bullet("Advocacy"), Bullet("We need more visibility."),
                      Bullet("A bullet", [Bullet("its continuation")])]
    # Every depth-2 item is a `*:` continuation, so `*:` is the list's own mark for depth 2.
    assert layout is not None and (layout["marks"], layout["items"]) == ("*:", 4)
    assert [(shape[0], shape[2]) for shape in layout["shapes"]] == [(0, "; "), (1, ": ")]


def test_trailing_white_space_of_items_and_prose_goes_to_the_layout() -> None:
    text, points, layout = split_content("We met. \nTwice.\t\n\n* Anass \n* Brahim")
    assert (text, points) == ("We met.\nTwice.", [Bullet("Anass"), Bullet("Brahim")])
    assert layout == {"lines": 2, "trail": [[0, fingerprint("We met."), " "],
                                            [1, fingerprint("Twice."), "\t"]],
                      "items": 2, "shapes": [[0, fingerprint("Anass"), "* ", " "]]}


def test_prose_between_and_after_lists_is_kept_as_items_of_their_own() -> None:
    text, points, layout = split_content("* One photo\n\nNone are on Commons yet.\n* Another")
    assert points == [Bullet("One photo"), Bullet(""), Bullet("None are on Commons yet."),
                      Bullet("Another")]
    assert layout == {"items": 4, "shapes": [[2, fingerprint("None are on Commons yet."), "", ""]]}


@pytest.mark.parametrize("content", [
    "* a <!-- note\n* b -->\n* c",     # lines in a comment that spans lines
    "* a\r\n* b",                      # a carriage return in an item
])
def test_what_a_bullet_cannot_hold_stops_the_list_before_it(content: str) -> None:
    text, points, _ = split_content(content)
    assert points and text == content[: content.rindex("\n")]


def test_empty_bullets_after_the_last_point_are_kept_verbatim() -> None:
    content = "* Anass\n* Brahim\n* \n*"
    text, points, layout = split_content(content)
    assert (text, points, layout) == ("", [Bullet("Anass"), Bullet("Brahim")], {"tail": "\n* \n*"})
    points.append(Bullet("Chaima"))
    assert join_content(text, points, layout) == "* Anass\n* Brahim\n* Chaima\n* \n*"


def test_empty_bullets_between_points_are_an_empty_point_with_a_shape() -> None:
    text, points, layout = split_content("* a\n*\n\n* b")
    assert (text, points) == ("", [Bullet("a"), Bullet(""), Bullet("b")])
    assert layout == {"items": 3, "shapes": [[1, fingerprint(""), "*\n", ""]]}


def test_a_list_nested_hundreds_deep_is_capped_at_max_depth_and_round_trips() -> None:
    content = "\n".join("*" * depth + f" level {depth}" for depth in range(1, 401))
    text, points, layout = split_content(content)
    depth, bullet = 0, Bullet("", points)
    while bullet.children:
        depth, bullet = depth + 1, bullet.children[-1]
    assert depth == MAX_DEPTH
    assert join_content(text, points, layout) == content


# --- hypothesis: list forms --------------------------------------------------------------------

WORDS = st.sampled_from(["Advocacy", "WMF should help", "x", "مرحبا بالعالم", "a\u00a0b",
                         "[[Link|text]]", "{{tl|a=b}}", "#hashtag", "a\tb", "== h =="])
MARKS = st.sampled_from(["*", "**", "***", "#", "##", "*#", "*:", ";", ":", "::", "#*", "*****"])
SPACES = st.sampled_from([" ", " ", "", "  ", "\t"])
TRAILS = st.sampled_from(["", "", "", " ", "\t", "  \t", "\u00a0"])
OTHER_LINES = st.sampled_from(["", "", "  ", "Some prose.", "Prose with a tab\there", " pre",
                               "<!-- open", "-->", "*", "# ", "{{tl|x}}", "== h ==", "\r",
                               ":", "<!-- closed -->", "\u00a0"])
list_line = st.builds(lambda m, s, w, t: m + s + w + t, MARKS, SPACES, WORDS, TRAILS)
prose_line = st.builds(lambda w, t: w + t, WORDS, TRAILS)
content_text = st.one_of(
    st.lists(st.one_of(list_line, list_line, prose_line, OTHER_LINES), max_size=14)
    .map("\n".join),
    st.text(alphabet=st.sampled_from("*#:; \t\nab<!->\u00a0\r"), max_size=60),
)


@given(content_text)
def test_any_content_round_trips(content: str) -> None:
    assert join_content(*split_content(content)) == content


@given(content_text)
def test_a_parsed_layout_is_already_fitted(content: str) -> None:
    text, points, layout = split_content(content)
    assert fit_content(text, points, layout) == (text, layout)


def _flat(points: list[Bullet]) -> list[Bullet]:
    return [found for bullet in points for found in [bullet, *_flat(bullet.children)]]


def _changed_lines(before: str, after: str) -> list[tuple[str, list[str], list[str]]]:
    old, new = before.split("\n"), after.split("\n")
    return [(tag, old[i1:i2], new[j1:j2]) for tag, i1, i2, j1, j2 in
            difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes() if tag != "equal"]


def _lines_changed_in_place(before: str, after: str) -> list[str]:
    """The lines of `after` that differ from `before` at the same place (same number of lines)."""
    old, new = before.split("\n"), after.split("\n")
    assert len(old) == len(new)
    return [line for line, was in zip(new, old, strict=True) if line != was]


def _edited(text: str, points: list[Bullet], layout: dict | None) -> str:
    """The content as a person's edited report renders: load fits the layout, render joins."""
    text, fitted = fit_content(text, points, layout)
    content = join_content(text, points, fitted)
    assert split_content(content) == (text, points, fitted)
    return content


@given(content_text, st.data())
def test_editing_one_item_changes_that_line_only(content: str, data: st.DataObject) -> None:
    text, points, layout = split_content(content)
    items = [bullet for bullet in _flat(points) if bullet.text]
    assume(items)
    data.draw(st.sampled_from(items)).text = "Edited point"
    changed = _lines_changed_in_place(content, _edited(text, points, layout))
    assert len(changed) == 1 and "Edited point" in changed[0]


@given(content_text, st.data())
def test_editing_one_prose_line_changes_that_line_only(content: str, data: st.DataObject) -> None:
    assume(not any(mark in content for mark in ("<!--", "-->", "\r")))
    text, points, layout = split_content(content)
    lines = text.split("\n")
    assume(not any(line[:1] in ("*", "#", ":", ";") for line in lines if line))
    index = data.draw(st.integers(0, len(lines) - 1))
    assume(text or not points)
    lines[index] = "Edited line"
    changed = _lines_changed_in_place(content, _edited("\n".join(lines), points, layout))
    assert len(changed) == 1 and changed[0].startswith("Edited line")


@given(content_text)
def test_adding_an_item_at_the_end_adds_one_line(content: str) -> None:
    text, points, layout = split_content(content)
    assume(points and len({fingerprint(b.text) for b in _flat(points)} | {"Added point"})
           == len(_flat(points)) + 1)
    points.append(Bullet("Added point"))
    changes = _changed_lines(content, _edited(text, points, layout))
    assert [(tag, old) for tag, old, _ in changes] == [("insert", [])]
    assert changes[0][2][0].endswith("Added point")


@given(st.lists(st.one_of(list_line, prose_line), min_size=1, max_size=12).map("\n".join))
def test_removing_the_last_item_removes_one_line(lines: str) -> None:
    content = f"* {lines}\n# Last point"
    text, points, layout = split_content(content)
    assume(len({fingerprint(b.text) for b in _flat(points)}) == len(_flat(points)))
    removed = points.pop()
    assert removed == Bullet("Last point")
    changes = _changed_lines(content, _edited(text, points, layout))
    assert [(tag, new) for tag, _, new in changes] == [("delete", [])]
    assert removed.text in changes[0][1][0]


def test_an_item_inserted_in_the_middle_leaves_the_others_alone() -> None:
    content = "; Advocacy\n: We need more visibility.\n# One\n# Two \n*: note"
    text, points, layout = split_content(content)
    points.insert(2, Bullet("New point"))
    text, layout = fit_content(text, points, layout)  # as the file holds it after a push
    assert _edited(text, points, layout) == ("; Advocacy\n: We need more visibility.\n"
                                             "# New point\n# One\n# Two \n*: note")
    points.pop(0)
    assert _edited(text, points, layout) == (": We need more visibility.\n# New point\n# One\n"
                                             "# Two \n*: note")


def test_a_record_that_no_longer_fits_is_dropped() -> None:
    text, points, layout = split_content("* a\n\n** jump\n* b")
    points[1].text = "moved"  # the blank line becomes a bullet: `** jump` would be its child
    assert join_content(text, points, layout) == "* a\n* moved\n* jump\n* b"
    assert join_content("", [Bullet("*starts with a star")], {"space": ""}) == \
        "* *starts with a star"


# --- YAML ---------------------------------------------------------------------------------------

UNTIDY_PAGE = ("== What happened ==\nWe met in Rabat. \n\tIndented with a tab\tand a tab inside.\n"
               "  Two leading spaces.\nمرحبا بالعالم\u00a0\nEnd of prose.\t\n"
               "* Anass \n*Brahim\n# one\n\n== Summary of the discussion points ==\n"
               "\tA tab first.\nSecond line.")


def test_multi_line_text_with_tabs_and_trailing_spaces_is_a_literal_block() -> None:
    report = salonbot.parse(UNTIDY_PAGE, "Example")
    source = dump_report(report)
    assert "what_happened:\n  text: |" in source
    assert '"' not in source.split("layout")[0]
    assert load_report_text(source) == report
    assert salonbot.render(load_report_text(source)) == UNTIDY_PAGE


@given(st.text(alphabet=st.sampled_from(" \t\n\u00a0a\u0645\u200f#*:-|'\"\\"), max_size=40))
def test_multi_line_strings_dump_as_literal_blocks_and_load_back(text: str) -> None:
    source = dump_data({"title": "x", "intro": text, "points": [text]})
    assert load_data(source)[0] == {"title": "x", "intro": text, "points": [text]}
    if "\n" in text and not text.startswith("\t"):
        assert source.startswith("title: x\nintro: |")


def test_text_yaml_cannot_hold_in_a_block_still_round_trips() -> None:
    report = salonbot.parse(UNTIDY_PAGE, "Example")
    source = dump_report(report)
    assert 'discussion: "\\tA tab first.\\nSecond line."' in source
    assert salonbot.render(load_report_text(source)) == UNTIDY_PAGE


def test_an_edited_bullet_of_a_pulled_page_validates_and_changes_one_line() -> None:
    source = dump_report(salonbot.parse(UNTIDY_PAGE, "Example"))
    edited = source.replace("- Brahim\n", "- Brahim and Chaima\n")
    page = salonbot.render(load_report_text(edited))
    assert _changed_lines(UNTIDY_PAGE, page) == [
        ("replace", ["*Brahim"], ["*Brahim and Chaima"])]


def test_a_page_with_a_list_hundreds_deep_pulls_to_a_file_that_loads() -> None:
    page = "== What happened ==\n" + "\n".join("*" * depth + " x" for depth in range(1, 301))
    report = salonbot.parse(page, "Example")
    assert salonbot.render(load_report_text(dump_report(report))) == page


def test_a_file_with_a_list_nested_too_deep_gets_one_line() -> None:
    nested = "x"
    for _ in range(40):
        nested = f"[a, {nested}]"
    source = f"title: Example\nwhat_happened: {nested}\n"
    with pytest.raises(ReportErrors) as raised:
        load_report_text(source, "deep.yaml")
    assert [str(error) for error in raised.value.errors] == [
        f"deep.yaml:2: a bullet list nested more than {MAX_DEPTH} levels deep; a report cannot "
        "hold that, flatten it"]


def test_a_file_nested_thousands_deep_gets_one_line_too() -> None:
    source = "title: Example\nwhat_happened: " + "[" * 5000 + "]" * 5000 + "\n"
    with pytest.raises(ReportErrors) as raised:
        load_report_text(source, "deep.yaml")
    assert len(raised.value.errors) == 1
    assert str(raised.value.errors[0]).startswith("deep.yaml:2: not valid YAML: ")


# --- salonbot parse of odd input ------------------------------------------------------------------


def test_parse_of_a_page_file_that_is_not_utf8_says_so_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "latin1.wiki"
    page.write_bytes("== What happened ==\n* café\n".encode("latin-1"))
    assert main(["parse", str(page)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"salonbot: {page}:2: the page file is not UTF-8 text (byte 0xe9); save it "
                   "as UTF-8, as the wiki stores pages\n")


@given(content_text, content_text, st.data())
def test_editing_one_point_of_a_pulled_page_validates_and_changes_one_line(
        first: str, second: str, data: st.DataObject) -> None:
    page = salonbot.render(salonbot.parse(
        f"== What happened ==\n{first}\n\n== Statement on your budget ==\n{second}"))
    report = salonbot.parse(page, "Example")
    items = [bullet for node in report.sections.values() for bullet in _flat(node.points)
             if bullet.text]
    assume(items)
    data.draw(st.sampled_from(items)).text = "Edited point"
    edited = salonbot.render(load_report_text(dump_report(report), "edited.yaml"))
    changed = _lines_changed_in_place(page, edited)
    assert len(changed) == 1 and "Edited point" in changed[0]


def test_a_hand_written_text_with_trailing_spaces_loads_with_them_in_the_layout() -> None:
    report = load_report_text("title: Example\nwhat_happened: \"We met. \\nTwice.\"\n")
    node = report.sections["what_happened"]
    assert (node.text, node.layout.content) == (
        "We met.\nTwice.", {"lines": 2, "trail": [[0, fingerprint("We met."), " "]]})
    assert salonbot.render(report) == "== What happened ==\nWe met. \nTwice."


def test_without_libyaml_a_file_nested_thousands_deep_gets_one_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlio, "_Loader", yaml.SafeLoader)  # PyYAML's own, recursive parser
    with pytest.raises(ReportErrors) as raised:
        load_report_text("title: Example\nwhat_happened: " + "[" * 5000 + "]" * 5000, "deep.yaml")
    assert [str(error) for error in raised.value.errors] == [
        "deep.yaml: values nested more than 100 levels deep; a report cannot hold that, flatten it"]


def _bullet_trees(depth: int = 3) -> st.SearchStrategy[list[Bullet]]:
    text = st.sampled_from(["", "a", "#x", " b", "c\n", "Advocacy"])
    if depth == 0:
        return st.lists(st.builds(Bullet, text), max_size=3)
    return st.lists(st.builds(Bullet, text, _bullet_trees(depth - 1)), max_size=3)


plain_values = st.one_of(st.integers(-2, 6), st.sampled_from(
    ["", " ", "\t", "\n", "*", "#", "* ", "x", "0000", "*\n", ";:", "a\nb", "\r"]), st.none())
records = st.lists(st.lists(plain_values, max_size=5), max_size=4)
layouts = st.fixed_dictionaries({}, optional={
    key: st.one_of(plain_values, records) for key in
    ("gap", "lines", "trail", "marks", "space", "items", "shapes", "tail")})


@given(st.sampled_from(["", "We met.", "a \nb", "x\n* y"]), _bullet_trees(), layouts)
def test_any_layout_in_a_file_renders_without_an_error(text: str, points: list[Bullet],
                                                       layout: dict) -> None:
    content = join_content(text, points, layout)
    assert isinstance(content, str)
    assert isinstance(fit_content(text, points, layout), tuple)
