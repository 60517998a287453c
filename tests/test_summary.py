"""Edit summaries that say what an edit did: the changed sections are found by parsing the page
before and after, and anything the comparison cannot name makes a plain "update report"."""

from __future__ import annotations

from pathlib import Path

import pytest

from salonbot.config import Settings, load_settings
from salonbot.errors import ConfigError
from salonbot.report.template import get_template
from salonbot.sync.summary import Summaries, changed_sections

PAGE = (Path(__file__).parent / "golden" / "morocco.wiki").read_text(encoding="utf-8")
TEMPLATE = get_template()


def changed(old: str, new: str) -> str:
    """The page with `old` replaced by `new` once (it must be there)."""
    assert PAGE.count(old) >= 1, old
    return PAGE.replace(old, new, 1)


@pytest.mark.parametrize(("new_page", "expected"), [
    (changed("== Date and location ==\n", "== Date and location ==\n2 March 2019\n"),
     ["Date and location"]),
    (changed("proper study", "careful study"), ["Discussion Theme 1"]),
    (changed("== Other Areas ==\n", "== Other Areas ==\nSome words.\n"), ["Other Areas"]),
    (changed("=== Community Health ===\n", "=== Community Health ===\n* A new point\n"),
     ["Community Health"]),  # a topic has no number: its title names it
    (changed("== Date and location ==\n", "== Date and location ==\nRabat\n")
     .replace("proper study", "careful study"), ["Date and location", "Discussion Theme 1"]),
    # a theme added: the section is named, not a theme that did not change
    (changed("== Other Areas ==", "=== Discussion Theme 3 (Partnerships) ===\n* A point\n\n"
             "== Other Areas =="), ["Summary of the discussion points"]),
])
def test_the_changed_sections_are_named(new_page: str, expected: list[str]) -> None:
    assert changed_sections(PAGE, new_page, TEMPLATE) == expected


@pytest.mark.parametrize("new_page", [
    PAGE,                                                     # nothing changed
    changed("[[File:Morocco", "Intro words.\n[[File:Morocco"),  # the text before any heading
])
def test_what_cannot_be_named_gives_none(new_page: str) -> None:
    assert changed_sections(PAGE, new_page, TEMPLATE) is None


def test_summaries_say_what_happened() -> None:
    new_page = changed("proper study", "careful study")
    plain = Summaries()
    assert plain.create() == "salonbot: create Strategy Salon report"
    assert plain.update(PAGE, new_page) == "salonbot: update report: Discussion Theme 1"
    assert plain.update(None, new_page) == "salonbot: update report"  # the old text not read
    assert plain.update(PAGE, "== Notes ==\nall new") == "salonbot: update report"
    assert plain.merge(PAGE, new_page, 1240) == (
        "salonbot: update report: Discussion Theme 1; merged with the wiki's revision 1240")
    assert plain.index(create=False) == "salonbot: update the index of Strategy Salon reports"
    assert plain.index(create=True) == "salonbot: create the index of Strategy Salon reports"


def test_the_link_goes_in_front_and_the_summary_setting_replaces_the_text() -> None:
    linked = Summaries(link="[[User:ExampleSalonBot|salonbot]]")
    assert linked.create() == "[[User:ExampleSalonBot|salonbot]]: create Strategy Salon report"
    assert linked.index(create=False) == (
        "[[User:ExampleSalonBot|salonbot]]: update the index of Strategy Salon reports")
    fixed = Summaries(text="Strategy Salon report")
    assert fixed.create() == fixed.update(PAGE, PAGE + "\nx") == "Strategy Salon report"
    assert fixed.merge(PAGE, PAGE, 7) == "Strategy Salon report (merged with the wiki's revision 7)"
    both = Summaries(link="[[User:B|b]]", text="sync")
    assert both.update(None, "") == "[[User:B|b]]: sync"


def test_every_section_changed_is_named_in_template_order() -> None:
    new_page = PAGE
    for heading in [spec.heading for spec in TEMPLATE.sections]:
        new_page = new_page.replace(f"== {heading} ==\n", f"== {heading} ==\nx\n", 1)
    assert Summaries().update(PAGE, new_page) == (
        "salonbot: update report: Date and location, Participant List, What happened, Summary of "
        "the discussion points, Other Areas, Reflections from participants or partners, "
        "Photographs or videos, Statement on your budget")


def test_a_list_too_long_for_a_summary_becomes_update_report() -> None:
    topics = [f"A rather long topic title, number {number}" for number in range(1, 11)]
    old = "== Other Areas ==\n" + "".join(f"=== {topic} ===\n* a\n\n" for topic in topics)
    new = old.replace("* a\n", "* b\n")
    names = changed_sections(old, new, TEMPLATE)
    assert names == topics
    assert Summaries().update(old, new) == "salonbot: update report"


def test_summary_link_is_a_setting_of_salonbot_toml(tmp_path: Path) -> None:
    path = tmp_path / "salonbot.toml"
    path.write_text('[salonbot]\nsummary_link = "[[User:ExampleSalonBot|salonbot]]"\n',
                    encoding="utf-8")
    settings = load_settings(path)
    assert (settings.summary_link, settings.summary) == ("[[User:ExampleSalonBot|salonbot]]", "")
    assert Settings().summary_link == Settings().summary == ""  # default: no link, say what changed
    path.write_text("[salonbot]\nsummary_link = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="summary_link must be a string"):
        load_settings(path)
