"""What splice.py skips when it can tell that there is nothing to do gives what doing it gives:
category links looked for only where a page has one, a comment left open looked for only where
a page opens one, nodes paired by their titles where each has its own."""

from __future__ import annotations

import salonbot
from salonbot.report.model import Node
from salonbot.report.splice import pair_nodes, render_onto

PAGE = """Intro.

== Date and location ==
May 2019, Rabat

== Statement on your budget ==
300 USD."""


def test_a_category_is_added_to_a_page_with_none() -> None:
    report = salonbot.parse(PAGE)
    report.categories = ["Strategy Salons"]
    assert render_onto(report, PAGE) == PAGE + "\n\n[[Category:Strategy Salons]]"


def test_a_link_to_a_category_is_no_category_of_the_page() -> None:
    page = PAGE + " See [[:Category:Strategy Salons|the salons]]."
    report = salonbot.parse(page)
    assert report.categories == []
    report.sections["date_and_location"].text = "June 2019, Rabat"
    assert render_onto(report, page) == page.replace("May", "June")
    report.categories = ["Strategy Salons"]
    assert render_onto(report, page).endswith("the salons]].\n\n[[Category:Strategy Salons]]")


def test_category_links_however_spelt_are_found() -> None:
    page = PAGE + "\n\n[[ category :Strategy Salons]]\n[[CATEGORY:Morocco|M]]"
    report = salonbot.parse(page)
    assert report.categories == ["Strategy Salons", "Morocco"]
    report.categories = ["Morocco"]
    assert render_onto(report, page) == PAGE + "\n\n[[CATEGORY:Morocco|M]]"


def test_a_comment_left_open_at_the_end_stays_last() -> None:
    page = PAGE + "\n<!-- a note never closed\n== Old =="
    report = salonbot.parse(page)
    report.sections["date_and_location"].text = "June 2019, Rabat"
    assert render_onto(report, page) == page.replace("May", "June")
    report.categories = ["Strategy Salons"]
    written = render_onto(report, page)
    assert written.endswith("300 USD.\n\n[[Category:Strategy Salons]]\n<!-- a note never closed\n"
                            "== Old ==")


def test_nodes_of_the_same_titles_pair_in_order_and_twins_by_content() -> None:
    old = [Node("a", title="A"), Node("b", title="B"), Node("c", title="C")]
    new = [Node("a", title="A"), Node("b changed", title="B"), Node("c", title="C")]
    assert pair_nodes(new, old) == [0, 1, 2]
    # two nodes of one title: the unchanged one is the one it was, wherever it stands
    twins = [Node("x", title="A"), Node("y", title="A")]
    assert pair_nodes([Node("y", title="A"), Node("z", title="A")], twins) == [1, 0]
    assert pair_nodes([Node("b", title="B"), Node("a", title="A")], old[:2]) == [1, 0]


EXTRA_BEFORE_THEMES = """== Statement on your budget ==
* 20 USD for tea
* 10 USD for paper

== Summary of the discussion points ==
=== 1. Notes of the morning ===
We met in two rooms.

* Capacity Building
** more trainings
* Advocacy
** talk to the libraries

== Date and location ==
3 March 2019"""


def test_an_unchanged_section_is_copied_whole_where_its_themes_follow_its_extra_heading() -> None:
    # the summary's heading that names nothing stands before the themes read as its labels: the
    # summary's block ends where its last theme ends, not where that heading's text does
    report = salonbot.parse(EXTRA_BEFORE_THEMES)
    discussion = report.sections["discussion"]
    assert [theme.title for theme in discussion.children] == ["Capacity Building", "Advocacy"]
    assert [extra.title for extra in discussion.extra_sections] == ["1. Notes of the morning"]
    report.sections["budget"].points[0].text = "25 USD for tea"
    assert render_onto(report, EXTRA_BEFORE_THEMES) == EXTRA_BEFORE_THEMES.replace("20 USD", "25 USD")
