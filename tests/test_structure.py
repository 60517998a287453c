"""Structure from real pages: headings as MediaWiki sees them, matched by name at any level and in
any order, theme spellings, extra sections, translations, pseudo-headings, and edits of pulled
pages (renames keep the page's spelling; validate blames the real cause).

Expected outlines were written by hand; the MediaWiki facts behind the first table were seen on
the sandbox wiki's `action=parse&prop=sections` (tests/wiki/test_headings.py checks them there).
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

import salonbot
from salonbot.errors import ReportErrors
from salonbot.report.headings import find_headings
from salonbot.report.model import Bullet, Node
from salonbot.report.outline import OutlineEntry, outline
from salonbot.report.parse import MEDIAWIKI_TRAILING_WHITESPACE
from salonbot.report.splice import SpliceError
from salonbot.report.validate import load_report_text
from salonbot.report.yamlio import dump_report

GOLDEN = Path(__file__).parent / "golden"

# (page, the headings MediaWiki sees: (level, text))
MEDIAWIKI_HEADINGS = [
    ("== Date and location == <!--T:2-->\nx", [(2, "Date and location")]),
    ("== A == \t\nx", [(2, "A")]),
    ("<!--c-->== A ==\nx", [(2, "A")]),
    ("<!--a--> == A ==\n", []),
    ("<translate>\n== A ==\n</translate>", [(2, "A")]),
    ('<div dir="rtl">\n== A ==\n</div>', [(2, "A")]),
    ("<div>\n<div>\n== A ==\n</div>\n</div>", [(2, "A")]),
    ("{{Foo|\n== A ==\n}}", []),
    ("<pre>\n== A ==\n</pre>", []),
    ("<pre>\n== A ==\n", [(2, "A")]),
    ("<nowiki>\n== A ==\n</nowiki>", []),
    ("[[Foo|\n== A ==\n]]", []),
    ("x <!-- unclosed\n== A ==\n", []),
    ("== A == <!-- unclosed\n== B ==\n", [(2, "A")]),
    ("<!--\n== A ==\n-->\n== B ==", [(2, "B")]),
    ("== A <!-- c --> B ==\n", [(2, "A  B")]),
    ("== A == <!-- a --> <!-- b -->\n", [(2, "A")]),
    ("== A == <!-- a --> x\n", []),
    ("== A ==<!--\nmulti\n-->\nx", [(2, "A")]),
    ("===\n", [(1, "=")]),
    ("==\n", []),
    ("======= A =======\n", [(6, "= A =")]),
    ("== A ===\n", [(2, "A =")]),
    (" == A ==\n", []),
    ("{|\n|\n== A ==\n|}", [(2, "A")]),
    ("{{\n== A ==\n", [(2, "A")]),
    # a heading written as an HTML tag on its own line is one of the page's sections too
    ('<h2>A</h2>\nx\n<h3 id="b" class="c"> B </h3>\t\ny\n<H4>C</H4>', [(2, "A"), (3, "B"), (4, "C")]),
]


def _outline(page: str) -> list[OutlineEntry]:
    report = salonbot.parse(page)
    assert salonbot.render(report, base=page) == page.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    return outline(report, text=page)


@pytest.mark.parametrize(("page", "expected"), MEDIAWIKI_HEADINGS)
def test_every_heading_mediawiki_sees_is_a_node(page: str, expected: list[tuple[int, str]]) -> None:
    assert [(h.level, h.title) for h in find_headings(page) if h.level] == expected
    assert [(entry.level, entry.heading) for entry in _outline(page)] == expected


def test_sections_under_a_wrapper_one_level_down_in_another_order() -> None:
    page = ("== Strategy Salon report: User Group X ==\nBy the group.\n\n"
            "=== Participant List ===\n* A\n\n=== Date and location ===\nRabat\n\n"
            "=== Summary of the discussion points ===\n\n==== Advocacy ====\n* a\n\n"
            "==== Other Areas ====\n\n===== Tools =====\n* t")
    report = salonbot.parse(page)
    assert [(e.level, e.kind, e.name) for e in outline(report, text=page)] == [
        (2, "extra", "Strategy Salon report: User Group X"),
        (3, "section", "participants"), (3, "section", "date_and_location"),
        (3, "section", "discussion"), (4, "theme", "Advocacy"),
        (4, "section", "other_areas"), (5, "topic", "Tools")]
    assert list(report.sections) == ["participants", "date_and_location", "discussion",
                                     "other_areas"]  # in the page's order, as the file has them
    assert report.order == [0, "participants", "date_and_location", "discussion", "other_areas"]


def test_themes_as_h2_and_h4_and_in_every_spelling() -> None:
    page = ("== Summary of the discussion points ==\n"
            "== Discussion Theme 1: Advocacy ==\n* a\n"
            "==== Discussion Theme 2 - Capacity building ====\n* b\n"
            "=== Theme 3 - Diversity ===\n* c\n"
            "=== 4. Partnerships ===\n* d\n"
            "=== Discussion Theme 5 ===\n* e\n"
            "=== discussion theme 6 ( Roles  and responsibilities ) ===\n* f\n"
            "=== Thème 7 : Partage ===\n* g")
    report = salonbot.parse(page)
    themes = report.sections["discussion"].children
    assert [theme.title for theme in themes] == [
        "Advocacy", "Capacity building", "Diversity", "Partnerships", "",
        "Roles and responsibilities", "Partage"]
    assert [entry.kind for entry in outline(report, text=page)] == ["section"] + ["theme"] * 7
    assert [theme.source.level for theme in themes if theme.source] == [2, 4, 3, 3, 3, 3, 3]


def test_a_plain_heading_under_the_summary_is_a_theme_and_under_a_theme_a_topic() -> None:
    page = ("== Summary of the discussion points ==\n=== Advocacy ===\n"
            "==== Funding ====\n* f\n===== Detail =====\nd")
    report = salonbot.parse(page)
    theme = report.sections["discussion"].children[0]
    assert theme.title == "Advocacy" and theme.source is not None
    assert page[theme.source.heading[0]:theme.source.heading[1]] == "=== Advocacy ==="
    assert theme.children[0].title == "Funding"
    assert theme.children[0].extra_sections[0].title == "Detail"


def test_unknown_sections_are_nodes_of_their_own_at_their_place() -> None:
    page = ("== Agenda ==\n* Welcome\n\n== Date and location ==\nRabat\n\n"
            "=== Venue ===\nThe library.\n\n== Follow-up ==\nMore.\n\n== References ==\n<references/>")
    report = salonbot.parse(page)
    assert [extra.title for extra in report.extra_sections] == ["Agenda", "Follow-up",
                                                              "References"]
    assert [p.text for p in report.extra_sections[0].points] == ["Welcome"]
    assert report.sections["date_and_location"].text == "Rabat"
    assert report.sections["date_and_location"].extra_sections[0].text == "The library."
    assert report.order == [0, "date_and_location", 1, 2]


def test_a_second_salon_on_the_same_page_stays_readable() -> None:
    page = ("= Salon 1: Kathmandu =\n== Date and location ==\n1 May\n\n"
            "= Salon 2: Pokhara =\n== Date and location ==\n2 May\n\n== Participant List ==\n* B")
    report = salonbot.parse(page)
    assert report.sections["date_and_location"].text == "1 May"
    second = report.extra_sections[1]
    assert second.title == "Salon 2: Pokhara"
    assert [(extra.title, extra.text) for extra in second.extra_sections] == [
        ("Date and location", "2 May")]
    assert [p.text for p in report.sections["participants"].points] == ["B"]


@pytest.mark.parametrize("heading", [
    "Photographs", "Photos", "Participants", "Date and location (তারিখ ও স্থান)",
    "তারিখ ও স্থান (Date and location)", "Summary of the discussion points (Résumé)",
    "التاريخ والمكان"])
def test_more_spellings_of_section_headings(heading: str) -> None:
    report = salonbot.parse(f"== {heading} ==\nx")
    assert not report.extra_sections and len(report.sections) == 1


def test_pseudo_headings_that_name_a_section_or_a_theme() -> None:
    page = ("Report of the salon.\n'''Date and location'''\n1 May\n\n"
            "'''Theme 1: Advocacy'''\n* a\n; Theme 2 - Diversity\n* b\n'''Just bold'''\ntext")
    report = salonbot.parse(page)
    assert salonbot.render(report, base=page) == page
    assert [(e.level, e.kind, e.name) for e in outline(report, text=page)] == [
        (None, "section", "date_and_location"), (None, "theme", "Advocacy"),
        (None, "theme", "Diversity")]
    source = report.sections["discussion"].source
    assert source is not None and source.heading[0] == source.heading[1]  # no heading line
    # the bold line names nothing: a line of the theme's content (after its list, a point)
    assert [point.text for point in report.sections["discussion"].children[1].points] == [
        "b", "'''Just bold'''", "text"]


def _pulled(page: str) -> str:
    return dump_report(salonbot.parse(page, "Example"))


def _edited_page(yaml_text: str, old: str, new: str, base: str) -> str:
    assert yaml_text.count(old) == 1, old
    edited = load_report_text(yaml_text.replace(old, new), "r.yaml", base=base)
    return salonbot.render(edited, base=base)


MESSY = ("Intro\n== Date and location (তারিখ ও স্থান) == <!--T:1-->\nRabat\n\n"
         "==Summary of the discussion points==\n"
         "===Discussion Theme 1 (Advocacy)===\n* a\n"
         "=== Theme 2 - Capacity building ===\n* b\n==== Funding  ====\n* f\n"
         "=== Advocacy again ===\n* c\n\n"
         "== Agenda ==\n* Welcome\n=== Morning ===\nTalks\n\n"
         "== Other Areas ==\n=== Roles ===\n* r")


@pytest.mark.parametrize(("old", "new", "line"), [
    ("title: Advocacy\n", "title: Policy\n", "===Discussion Theme 1 (Policy)==="),
    ("title: Capacity building\n", "title: Skills\n", "=== Theme 2 - Skills ==="),
    ("title: Funding\n", "title: Money\n", "==== Money  ===="),
    ("title: Advocacy again\n", "title: Outreach\n", "=== Outreach ==="),
    ("title: Agenda\n", "title: Programme\n", "== Programme =="),
    ("title: Morning\n", "title: Afternoon\n", "=== Afternoon ==="),
    ("title: Roles\n", "title: Duties\n", "=== Duties ==="),
    ("- Welcome\n", "- Hello\n", "* Hello"),
    ("date_and_location: Rabat\n", "date_and_location: Rabat, Morocco\n", "Rabat, Morocco"),
])
def test_an_edit_of_a_pulled_page_changes_only_that_line(old: str, new: str, line: str) -> None:
    before = MESSY.split("\n")
    after = _edited_page(_pulled(MESSY), old, new, MESSY).split("\n")
    changed = [d for d in difflib.ndiff(before, after) if d[:1] in "+-"]
    assert len(changed) == 2 and changed[1] == f"+ {line}", changed


def test_a_section_added_on_the_wiki_never_blocks_a_local_edit() -> None:
    wiki = MESSY.replace("== Agenda ==", "== Follow-up ==\nNext salon in May.\n\n== Agenda ==")
    page = _edited_page(_pulled(wiki), "- r\n", "- roles of affiliates\n", wiki)
    assert page == wiki.replace("* r", "* roles of affiliates")


def test_messages_name_the_real_cause() -> None:
    text = "We met.\n'''Statement on your budget'''\n10 USD"
    report = salonbot.Report(title="Example", sections={
        "what_happened": salonbot.Node(text=text)})
    with pytest.raises(ReportErrors) as raised:
        load_report_text(dump_report(report), "r.yaml")
    assert "r.yaml:2: what_happened would change on the wiki: a line in bold or starting with " \
        "';' names a section or a theme" in str(raised.value.errors[0])


def test_a_heading_in_a_text_is_refused_with_the_line_and_the_fix() -> None:
    old_file = ("title: Example\nintro: |-\n  Draft.\n\n  == Notes ==\n  Nothing yet.\n"
                "what_happened: We met.\n")
    with pytest.raises(ReportErrors) as raised:
        load_report_text(old_file, "r.yaml")
    assert str(raised.value) == (
        "r.yaml:2: intro would change on the wiki: a line looks like a heading; write "
        "<nowiki>=</nowiki> for its first '=' if it is not one, or move what follows it to a "
        "section of its own (a theme, a topic or extra_sections)")


def test_a_heading_with_no_title_is_a_node_that_dumps_and_loads() -> None:
    page = "== Date and location ==\nx\n= =\ny"
    report = salonbot.parse(page, "Example")
    assert report.extra_sections[0].title == ""
    assert load_report_text(dump_report(report)) == report


def _titled(report: salonbot.Report) -> list[salonbot.Node]:
    found: list[salonbot.Node] = []
    stack = [*report.sections.values(), *report.extra_sections]
    while stack:
        node = stack.pop()
        if node.title:
            found.append(node)
        stack.extend([*node.children, *node.extra_sections])
    return found


@pytest.mark.parametrize("name", sorted(path.stem for path in GOLDEN.glob("*.wiki")))
def test_renaming_any_heading_of_a_golden_page_changes_that_line_only(name: str) -> None:
    page = (GOLDEN / f"{name}.wiki").read_text(encoding="utf-8")
    count = len(_titled(salonbot.parse(page, "Example")))
    for index in range(count):
        report = salonbot.parse(page, "Example")
        node = _titled(report)[index]
        node.title = "Renamed heading"
        loaded = load_report_text(dump_report(report), "r.yaml", base=page)
        after = salonbot.render(loaded, base=page).split("\n")
        changed = [d for d in difflib.ndiff(page.split("\n"), after) if d[:1] in "+-"]
        assert len(changed) == 2 and "Renamed heading" in changed[1], (name, changed)


def test_emptying_a_text_next_to_a_wide_gap_leaves_the_headings_alone() -> None:
    page = "Intro\n\n\n== What happened ==\nWe met.\n\n\n\n== Statement on your budget ==\nNone."
    report = salonbot.parse(page, "Example")
    report.intro = ""
    report.sections["what_happened"].text = ""
    loaded = load_report_text(dump_report(report), "r.yaml", base=page)
    assert (loaded.intro, loaded.sections["what_happened"].text) == ("", "")
    # the lines go, as a person would delete them; the intro's blank lines go with it
    assert salonbot.render(loaded, base=page) == \
        "== What happened ==\n\n\n\n== Statement on your budget ==\nNone."


# --- themes from structure (issue 17, item 3) ---------------------------------------------------


def _themes(page: str) -> list[tuple[str | None, list[str]]]:
    report = salonbot.parse(page, "Example")
    assert salonbot.render(report, base=page) == page
    node = report.sections["discussion"]
    return [(theme.title, [point.text for point in theme.points]) for theme in node.children]


@pytest.mark.parametrize("label", ["'''Advocacy'''", "''Advocacy''", "<b>Advocacy</b>",
                                   "<u>'''Advocacy'''</u>", "; Advocacy", "'''Advocacy:'''"])
def test_a_line_that_labels_an_area_under_the_summary_is_a_theme(label: str) -> None:
    page = (f"== Summary of the discussion points ==\nWe chose two themes.\n{label}\n* a\n* b\n"
            f"{label.replace('Advocacy', 'Diversity')}\n* c\n\n== Other Areas ==\nNone.")
    assert _themes(page) == [("Advocacy", ["a", "b"]), ("Diversity", ["c"])]


def test_list_items_with_sub_items_that_name_areas_are_themes_with_their_points() -> None:
    page = ("== Summary of the discussion points ==\n* '''Advocacy'''\n** Libraries first\n"
            "*** Public ones\n** Press\n* Capacity Building\n** Trainings\n* A plain point")
    assert _themes(page) == [("Advocacy", ["Libraries first", "Press"]),
                             ("Capacity Building", ["Trainings", "A plain point"])]
    report = salonbot.parse(page, "Example")
    theme = report.sections["discussion"].children[1]
    theme.points.insert(1, Bullet("Mentoring"))
    report.sections["discussion"].children.append(Node(title="Diversity", points=[Bullet("x")]))
    assert salonbot.render(report, base=page) == (
        "== Summary of the discussion points ==\n* '''Advocacy'''\n** Libraries first\n"
        "*** Public ones\n** Press\n* Capacity Building\n** Trainings\n** Mentoring\n"
        "* A plain point\n\n* Diversity\n** x")


def test_a_label_beside_labels_that_name_areas_is_a_theme_too_but_not_a_sentence() -> None:
    page = ("== Summary of the discussion points ==\n'''Advocacy'''\n* a\n'''Local languages'''\n"
            "* b\n'''Thank you all for coming!'''\n'''Diversity'''\n* c")
    assert _themes(page) == [("Advocacy", ["a"]), ("Local languages", ["b", "'''Thank you all "
                                                                        "for coming!'''"]),
                             ("Diversity", ["c"])]


def test_labels_under_other_areas_are_topics_and_elsewhere_text() -> None:
    page = ("== What happened ==\n'''Advocacy'''\nWe talked.\n\n== Other Areas ==\n"
            "; Tecnologia\n: Tools for museums.\n; Saúde da comunidade\n: Mediation.")
    report = salonbot.parse(page, "Example")
    assert report.sections["what_happened"].text == "'''Advocacy'''\nWe talked."
    assert [(topic.title, [p.text for p in topic.points])
            for topic in report.sections["other_areas"].children] == [
        ("Tecnologia", ["Tools for museums."]), ("Saúde da comunidade", ["Mediation."])]


def test_a_point_naming_an_area_without_sub_points_stays_a_point() -> None:
    page = "== Summary of the discussion points ==\n* Advocacy\n* Diversity"
    report = salonbot.parse(page, "Example")
    assert [p.text for p in report.sections["discussion"].points] == ["Advocacy", "Diversity"]
    assert report.sections["discussion"].children == []


def test_each_theme_as_a_section_of_its_own_is_a_theme() -> None:
    page = "== What happened ==\nWe met.\n\n== Advocacy ==\n* a\n\n== Diversity ==\n* b"
    report = salonbot.parse(page, "Example")
    assert [theme.title for theme in report.sections["discussion"].children] == [
        "Advocacy", "Diversity"]
    assert salonbot.render(report, base=page) == page


def test_renaming_a_theme_that_was_one_for_its_area_keeps_it_a_theme() -> None:
    page = "== Summary of the discussion points ==\n; Advocacy\n: We need visibility."
    report = salonbot.parse(page, "Example")
    report.sections["discussion"].children[0].title = "Visibility"
    assert salonbot.render(report, base=page) == (
        "== Summary of the discussion points ==\n; Discussion Theme 1 (Visibility)\n"
        ": We need visibility.")


# --- what is not report content (issue 17, item 6) -----------------------------------------------

SIGNED = "[[User:Trini Wikian|Trini Wikian]] ([[User talk:Trini Wikian|talk]]) 19:41, 15 September 2019 (UTC)"


def test_signatures_and_signed_replies_are_never_points_and_stay_on_the_page() -> None:
    page = (f"Report of the salon. {SIGNED}\n\n== Other Areas ==\n* Incubator for Creole\n"
            f": Is anyone working on it? {SIGNED}\n:: Not yet. --{SIGNED}\n* Phones\n"
            f"--{SIGNED}\n* signed with tildes ~~~~\n\n== Photographs or videos ==\n"
            "読んだ [[利用者:X|X]] 2019年10月20日 (日) 09:12 (UTC)")
    report = salonbot.parse(page, "Example")
    assert report.intro == "Report of the salon."
    assert [p.text for p in report.sections["other_areas"].points] == [
        "Incubator for Creole", "Phones", "signed with tildes"]
    assert report.sections["media"].text == "読んだ"
    report.sections["other_areas"].points[1].text = "Phones first"
    assert salonbot.render(report, base=page) == page.replace("* Phones\n", "* Phones first\n")


@pytest.mark.parametrize("stamp", [
    "16.20, 7 Desember 2019 (UTC)",                  # a time written with a full stop
    "21h15min de 23 de novembro de 2019 (UTC)",      # and with an h
])
def test_signatures_with_the_time_as_other_wikis_write_it_are_no_points(stamp: str) -> None:
    page = ("== Reflections from participants or partners ==\nA good day.\n"
            f": Thanks! --[[User:Raka|Raka]] ([[User talk:Raka|talk]]) {stamp}\n"
            "== Photographs or videos ==\n[[File:A.jpg]]")
    report = salonbot.parse(page, "Example")
    assert (report.sections["reflections"].text, report.sections["reflections"].points) == (
        "A good day.", [])
    assert salonbot.render(report, base=page) == page


def test_a_template_that_signs_for_someone_is_a_signature() -> None:
    # {{Unsigned}} and its likes in any language: a user and the time of a signature
    page = ("== Date and location ==\nSaturday 2 March 2019 {{Time|14:00 (CET)}}\n"
            "== Reflections from participants or partners ==\nA good day.\n"
            ": Thanks! {{Unsigned|Aline Irakoze|08:31, 3 Kanama 2019 (UTC)}}\n"
            "* Next time earlier. {{unsigned IP|192.0.2.4|16.20, 7 Desember 2019 (UTC)}}\n"
            "* Yes {{Unsigned|X|2019年10月20日 (日) 09:12 (UTC)}}\n"
            "* We met at {{Time|10:00 (CET)}} and ended at noon\n"
            "== Photographs or videos ==\n[[File:A.jpg]]")
    report = salonbot.parse(page, "Example")
    assert report.sections["date_and_location"].text == (
        "Saturday 2 March 2019 {{Time|14:00 (CET)}}")  # one parameter, no year: a time
    assert (report.sections["reflections"].text,
            [point.text for point in report.sections["reflections"].points]) == (
        "A good day.", ["Next time earlier.", "Yes",
                        "We met at {{Time|10:00 (CET)}} and ended at noon"])
    report.sections["reflections"].points[1].text = "Yes, earlier"
    assert salonbot.render(report, base=page) == page.replace("* Yes {{", "* Yes, earlier {{")


def test_section_marks_and_links_within_the_page_are_no_content() -> None:
    page = ("== Summary of the discussion points ==\n=== Discussion Theme 1 (Advocacy) ===\n"
            '<section begin="t1" />\n* Libraries\n<section end="t1" />\n'
            "<small>[[#top|↑ Top]]</small>\n== Other Areas ==\n* e")
    report = salonbot.parse(page, "Example")
    theme = report.sections["discussion"].children[0]
    assert (theme.text, [p.text for p in theme.points]) == ("", ["Libraries"])
    theme.points[0].text = "Libraries first"
    assert salonbot.render(report, base=page) == page.replace("* Libraries\n",
                                                              "* Libraries first\n")


def test_guidance_left_in_from_the_template_is_no_content_and_goes_once_replaced() -> None:
    page = ("== Participant List ==\nList the participants here\n\n"
            "== Summary of the discussion points ==\n"
            "=== Discussion Theme 1 (Name of the theme) ===\nWrite here...\n\n"
            "== Photographs or videos ==\nÉcrivez ici")
    report = salonbot.parse(page, "Example")
    assert report.sections["participants"] == Node()
    assert report.sections["media"] == Node()
    theme = report.sections["discussion"].children[0]
    assert (theme.title, theme.text) == ("Name of the theme", "")
    assert [(entry.kind, entry.name) for entry in outline(report, text=page)][2] == (
        "placeholder", "Discussion Theme 1 (Name of the theme)")
    report.sections["participants"].points = [Bullet("Anass"), Bullet("Brahim")]
    assert salonbot.render(report, base=page) == page.replace(
        "List the participants here\n", "* Anass\n* Brahim\n")


# --- themes in tables and template calls, sections in an infobox (issue 17, items 3 and 5) --------

TABLE = """== Summary of the discussion points ==
{| class="wikitable"
! # !! Theme !! Points
|-
| 1 || Advocacy ||
* Libraries first
* Press
|-
| 2 || Local languages || Trainings in Sindhi.
|}"""


def test_table_rows_that_name_areas_are_themes_and_edits_stay_in_their_cells() -> None:
    report = salonbot.parse(TABLE, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points], t.text) for t in themes] == [
        ("Advocacy", ["Libraries first", "Press"], ""), ("Local languages", [], "Trainings in Sindhi.")]
    assert report.sections["discussion"].text == ""  # the table's data is in the themes
    themes[0].points[1].text = "The press"
    themes[1].title = "Languages"
    assert salonbot.render(report, base=TABLE) == TABLE.replace("* Press", "* The press") \
        .replace("| Local languages |", "| Languages |")
    themes.pop(0)
    with pytest.raises(SpliceError, match="table row or a template call"):
        salonbot.render(report, base=TABLE)


NUMBERED_ROWS = """== Summary of the discussion points ==
{| class="wikitable"
! # !! Tumu parau !! Te mau manaʻo
|-
| 1 || Te ohipa amui ||
* E ohipa amui e te Fare Vanaa.
* E aniraa i te mau fare haapiiraa.
|-
| 2 || Te haapiiraa ||
* E mau haapiiraa iti.
|}
== Other Areas =="""


def test_table_rows_numbered_in_a_column_of_their_own_are_themes_in_any_language() -> None:
    report = salonbot.parse(NUMBERED_ROWS, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points]) for t in themes] == [
        ("Te ohipa amui", ["E ohipa amui e te Fare Vanaa.", "E aniraa i te mau fare haapiiraa."]),
        ("Te haapiiraa", ["E mau haapiiraa iti."])]
    themes[1].points[0].text = "E mau haapiiraa rii."
    assert salonbot.render(report, base=NUMBERED_ROWS) == NUMBERED_ROWS.replace(
        "iti.", "rii.")
    # the same rows without their numbers name no area: a table in the summary's text
    plain = salonbot.parse(NUMBERED_ROWS.replace("| 1 || ", "| ").replace("| 2 || ", "| "),
                           "Example")
    assert plain.sections["discussion"].children == []


GROUPED = """== Summary of the discussion points ==
{| class="wikitable"
! colspan="2" style="background:#eef" | Téma 1: Partnerstvá
|-
| 1 || Knižnica nám dá miestnosť.
|-
| 2 || Univerzita pomôže.
|-
! colspan="2" | Téma 2: Rozmanitosť
|-
| style="color:#333" | 1 || Málo autoriek.
|}
== Other Areas =="""


def test_table_rows_grouped_under_header_rows_are_themes_with_a_point_a_row() -> None:
    report = salonbot.parse(GROUPED, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points], t.text) for t in themes] == [
        ("Partnerstvá", ["Knižnica nám dá miestnosť.", "Univerzita pomôže."], ""),
        ("Rozmanitosť", ["Málo autoriek."], "")]
    assert salonbot.render(report, base=GROUPED) == GROUPED
    themes[0].points[1].text = "Univerzita pomôže s článkami."
    themes[1].title = "Diverzita"
    assert salonbot.render(report, base=GROUPED) == GROUPED.replace(
        "Univerzita pomôže.", "Univerzita pomôže s článkami.").replace(
        "| Téma 2: Rozmanitosť", "| Téma 2: Diverzita")
    report = salonbot.parse(GROUPED, "Example")
    themes = report.sections["discussion"].children
    themes[1].points.append(Bullet("Málo článkov."))  # a row cannot be added through the file
    with pytest.raises(SpliceError, match="table rows, one point a row"):
        salonbot.render(report, base=GROUPED)


CAPTIONED = """== Summary of the discussion points ==
{| class="wikitable"
|+ Téma 1: Partnerstvá
! Č. !! Nápad !! Kto pomôže
|-
| 1 || Knižnica nám dá miestnosť. || knihovníčky
|}

{| class="wikitable"
|+ style="text-align:left" | Téma 2: Rozmanitosť
! Č. !! Nápad !! Kto pomôže
|-
| 1. || Málo autoriek. || spolky, školy
|-
| 2. || Málo článkov o menšinách. || učitelia
|}
== Other Areas =="""


def test_tables_captioned_alike_are_themes_a_row_a_point_its_other_cells_sub_points() -> None:
    report = salonbot.parse(CAPTIONED, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [(p.text, [c.text for c in p.children]) for p in t.points])
            for t in themes] == [
        ("Partnerstvá", [("Knižnica nám dá miestnosť.", ["knihovníčky"])]),
        ("Rozmanitosť", [("Málo autoriek.", ["spolky, školy"]),
                         ("Málo článkov o menšinách.", ["učitelia"])])]
    assert salonbot.render(report, base=CAPTIONED) == CAPTIONED
    themes[1].points[1].children[0].text = "učitelia, rodičia"
    themes[0].title = "Spolupráca"
    assert salonbot.render(report, base=CAPTIONED) == CAPTIONED.replace(
        "|| učitelia", "|| učitelia, rodičia").replace("|+ Téma 1: Partnerstvá",
                                                       "|+ Téma 1: Spolupráca")
    # one captioned table that names no area and has no sibling labelled alike is no theme
    alone = CAPTIONED[:CAPTIONED.index("\n\n{|")].replace("Partnerstvá", "Knižnice") \
        + "\n== Other Areas =="
    assert salonbot.parse(alone, "Example").sections["discussion"].children == []


ROW_HEADERS = """== Summary of the discussion points ==
{| class="wikitable"
|+ Témy
|-
! scope="row" | Téma 1 – Partnerstvá
|
# Knižnica.
# Rádio.
|-
! scope="row" | Téma 2 – Rozmanitosť
|
# Autorky.
|}
== Other Areas =="""

RUNS = """== Summary of the discussion points ==
{| class="wikitable sortable"
! Téma !! Nápad !! Kto
|-
| Partnerstvá || Knižnica dá miestnosť. || Ján
|-
| Partnerstvá || Rádio urobí reláciu. ||
|-
| Rozmanitosť || Málo autoriek. || Eva
|}
== Other Areas =="""


def test_rows_with_row_headers_are_themes_their_cells_the_content() -> None:
    report = salonbot.parse(ROW_HEADERS, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points]) for t in themes] == [
        ("Partnerstvá", ["Knižnica.", "Rádio."]), ("Rozmanitosť", ["Autorky."])]
    assert salonbot.render(report, base=ROW_HEADERS) == ROW_HEADERS


def test_rows_grouped_by_a_repeated_first_cell_are_one_theme_a_row_a_point() -> None:
    report = salonbot.parse(RUNS, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [(p.text, [c.text for c in p.children]) for p in t.points])
            for t in themes] == [
        ("Partnerstvá", [("Knižnica dá miestnosť.", ["Ján"]), ("Rádio urobí reláciu.", [])]),
        ("Rozmanitosť", [("Málo autoriek.", ["Eva"])])]
    assert salonbot.render(report, base=RUNS) == RUNS
    themes[0].points[1].text = "Rádio urobí dve relácie."
    assert salonbot.render(report, base=RUNS) == RUNS.replace("Rádio urobí reláciu.",
                                                             "Rádio urobí dve relácie.")


def test_a_summary_in_an_unknown_language_is_known_by_a_table_of_themes() -> None:
    page = ("== Dátum a miesto ==\n2. marca 2019, Bratislava\n"
            "== Čo sa stalo ==\nStretli sme sa v knižnici a hovorili sme o stratégii hnutia "
            "celé popoludnie.\n"
            "== Zhrnutie ==\n" + RUNS.split("\n", 1)[1].rsplit("\n", 1)[0] + "\n"
            "== Fotky ==\n[[File:A.jpg]]")
    report = salonbot.parse(page, "Example")
    assert [t.title for t in report.sections["discussion"].children] == [
        "Partnerstvá", "Rozmanitosť"]


COLUMNS = """== Summary of the discussion points ==
{| class="wikitable"
! Téma 1: Partnerstvá !! Téma 2: Rozmanitosť
|- style="vertical-align:top"
|
* Knižnica.
** Najprv pilot.
|
* Autorky.
* Menšiny.
|}
== Other Areas =="""


def test_columns_under_header_cells_that_are_themes_are_themes() -> None:
    report = salonbot.parse(COLUMNS, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [(p.text, [c.text for c in p.children]) for p in t.points])
            for t in themes] == [("Partnerstvá", [("Knižnica.", ["Najprv pilot."])]),
                                 ("Rozmanitosť", [("Autorky.", []), ("Menšiny.", [])])]
    assert salonbot.render(report, base=COLUMNS) == COLUMNS
    themes[1].points[1].text = "Menšinové jazyky."
    assert salonbot.render(report, base=COLUMNS) == COLUMNS.replace("* Menšiny.",
                                                                    "* Menšinové jazyky.")


TIMETABLE = """== Summary of the discussion points ==
{| class="wikitable"
! Čas !! Blok !! Body
|-
| 10.30–11.15 || Téma 1: Partnerstvá ||
* Knižnica.
|-
| 11.15–11.30 || Prestávka na kávu || –
|-
| 11.30–12.15 || Téma 2: Rozmanitosť ||
* Autorky.
|}
== Other Areas =="""


def test_timetable_rows_labelled_as_themes_are_themes_and_the_breaks_between_them_are_not() -> None:
    report = salonbot.parse(TIMETABLE, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points]) for t in themes] == [
        ("Partnerstvá", ["Knižnica."]), ("Rozmanitosť", ["Autorky."])]
    assert salonbot.render(report, base=TIMETABLE) == TIMETABLE


WIDE = """== Summary of the discussion points ==
{| class="wikitable"
! Téma !! Návrh 1 !! Návrh 2 !! Návrh 3
|-
! Partnerstvá
| Knižnica. || Rádio. ||
|-
! Rozmanitosť
| Autorky. || Menšiny. || Dialekty.
|}
== Other Areas =="""


def test_a_wide_table_is_a_theme_a_row_and_a_point_a_cell_under_numbered_columns() -> None:
    report = salonbot.parse(WIDE, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points]) for t in themes] == [
        ("Partnerstvá", ["Knižnica.", "Rádio."]),
        ("Rozmanitosť", ["Autorky.", "Menšiny.", "Dialekty."])]
    assert salonbot.render(report, base=WIDE) == WIDE
    themes[1].points[2].text = "Nárečia."
    assert salonbot.render(report, base=WIDE) == WIDE.replace("Dialekty.", "Nárečia.")


def test_a_header_row_over_the_columns_groups_nothing() -> None:
    page = ("== Summary of the discussion points ==\n{| class=\"wikitable\"\n! Téma !! Body\n"
            "|-\n| Partnerstvá || knižnica\n|-\n| Rozmanitosť || autorky\n|}")
    themes = salonbot.parse(page, "Example").sections["discussion"].children
    assert [(t.title, t.text) for t in themes] == [("Partnerstvá", "knižnica"),
                                                   ("Rozmanitosť", "autorky")]


def test_template_calls_holding_themes_are_themes() -> None:
    page = ("== Summary of the discussion points ==\n{{Salon theme\n| number = 1\n"
            "| title = Diversity\n| points =\n* More women editors\n}}\n{{Salon theme\n"
            "| number = 2\n| title = Name of the theme\n| points = Write here...\n}}")
    report = salonbot.parse(page, "Example")
    assert [(t.title, [p.text for p in t.points]) for t in
            report.sections["discussion"].children] == [
        ("Diversity", ["More women editors"]), ("Name of the theme", [])]
    report.sections["discussion"].children[0].points.append(Bullet("Safe spaces"))
    assert salonbot.render(report, base=page) == page.replace(
        "* More women editors\n", "* More women editors\n* Safe spaces\n")


def test_a_box_whose_text_opens_with_a_label_holds_that_theme() -> None:
    # a message box a theme: its label the emphasised first line of its text, its points under it
    box = ("{{{{Mbox\n| type = notice\n| image = [[File:I.svg|40px|link=]]\n"
           "| text = '''{}'''\n{}\n}}}}")
    page = ("== Summary of the discussion points ==\n"
            + "\n".join([box.format("Thema 1: Tosamenarbeit", "* a\n* b"),
                         box.format("Thema 2: Könen opbuen", "* c")])
            + "\n== Other Areas ==\n* e")
    report = salonbot.parse(page, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points]) for t in themes] == [
        ("Tosamenarbeit", ["a", "b"]), ("Könen opbuen", ["c"])]
    assert salonbot.render(report, base=page) == page
    themes[1].points.append(Bullet("d"))
    assert salonbot.render(report, base=page) == page.replace("* c\n", "* c\n* d\n")


NUMBERED = ("== Summary of the discussion points ==\n{{Salón/Témy\n|tema1 = Partnerstvá\n"
            "|body1 =\n* Knižnica.\n* Rádio.\n|tema2 = Rozmanitosť\n|body2 =\n* Autorky.\n}}\n"
            "== Other Areas ==\n* e")


def test_a_call_with_parameters_numbered_alike_holds_a_theme_a_number() -> None:
    report = salonbot.parse(NUMBERED, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points]) for t in themes] == [
        ("Partnerstvá", ["Knižnica.", "Rádio."]), ("Rozmanitosť", ["Autorky."])]
    assert salonbot.render(report, base=NUMBERED) == NUMBERED
    themes[0].points[1].text = "Miestne rádio."
    assert salonbot.render(report, base=NUMBERED) == NUMBERED.replace("* Rádio.", "* Miestne rádio.")
    # a list of items numbered alike, each one parameter, holds no theme
    flat = NUMBERED.replace("{{Salón/Témy\n|tema1 = Partnerstvá\n|body1 =\n* Knižnica.\n* Rádio."
                            "\n|tema2 = Rozmanitosť\n|body2 =\n* Autorky.\n}}",
                            "{{Flatlist\n|item1 = Knižnica\n|item2 = Rádio\n}}")
    assert salonbot.parse(flat, "Example").sections["discussion"].children == []


def test_an_infobox_gives_the_sections_the_page_has_no_heading_for() -> None:
    page = ("{{Salon report\n| group = Wikimedia Example\n| date = 2 March 2019\n"
            "| location = Rabat\n| participants = 23\n| budget = 300 USD\n}}\n"
            "Our salon.\n\n== Participant List ==\n* Anass")
    report = salonbot.parse(page, "Example")
    assert list(report.sections) == ["date_and_location", "budget", "participants"]
    assert report.sections["date_and_location"].text == "2 March 2019\nRabat"
    assert report.sections["budget"].text == "300 USD"
    assert report.intro == "Our salon."
    report.sections["budget"].text = "320 USD"
    report.sections["date_and_location"].text = "3 March 2019\nRabat"
    assert salonbot.render(report, base=page) == page.replace("300 USD", "320 USD").replace(
        "2 March 2019", "3 March 2019")


SESSIONS = """== Summary of the discussion points ==
Dve skupiny, každá dve kolá.
=== Dopoludnie (skupina A) ===
==== 1. kolo: Spolupráca s knižnicami ====
* Knižnica nám dá miestnosť.
* Univerzita pomôže.
==== 2. kolo: Nováčikovia ====
* Mentor pre každého.
=== Popoludnie (skupina B) ===
==== 3. kolo: Miestne jazyky ====
* Šarištine chýbajú články.
== Other Areas ==
* nič"""


def test_themes_grouped_under_sessions_are_themes_and_the_sessions_headings_of_their_own() -> None:
    report = salonbot.parse(SESSIONS, "Example")
    discussion = report.sections["discussion"]
    assert [(t.title, [p.text for p in t.points]) for t in discussion.children] == [
        ("Spolupráca s knižnicami", ["Knižnica nám dá miestnosť.", "Univerzita pomôže."]),
        ("Nováčikovia", ["Mentor pre každého."]), ("Miestne jazyky", ["Šarištine chýbajú články."])]
    assert [node.title for node in discussion.extra_sections] == [
        "Dopoludnie (skupina A)", "Popoludnie (skupina B)"]
    assert [(entry.level, entry.kind) for entry in outline(report, text=SESSIONS)][1:6] == [
        (3, "extra"), (4, "theme"), (4, "theme"), (3, "extra"), (4, "theme")]
    assert salonbot.render(report, base=SESSIONS) == SESSIONS
    discussion.children[2].title = "Regionálne jazyky"
    discussion.children[0].points.append(Bullet("Archív tiež."))
    assert salonbot.render(report, base=SESSIONS) == SESSIONS.replace(
        "3. kolo: Miestne jazyky", "3. kolo: Regionálne jazyky").replace(
        "* Univerzita pomôže.\n", "* Univerzita pomôže.\n* Archív tiež.\n")


def test_themes_whose_sub_topics_start_again_at_one_are_no_sessions() -> None:
    # the counters of the headings under them start again: topics of each theme, not one list
    page = SESSIONS.replace("3. kolo", "1. kolo").replace("2. kolo", "2. kolo")
    discussion = salonbot.parse(page, "Example").sections["discussion"]
    assert [t.title for t in discussion.children] == ["Dopoludnie", "Popoludnie"]
    assert discussion.extra_sections == []
    # nor are headings that are themes themselves (they name areas)
    named = SESSIONS.replace("Dopoludnie (skupina A)", "Diversity").replace(
        "Popoludnie (skupina B)", "Partnerships")
    assert [t.title for t in salonbot.parse(named, "Example").sections["discussion"].children] \
        == ["Diversity", "Partnerships"]


SPLIT = """== Summary of the discussion points ==
'''Tema 1'''
''Partneriai''
* Biblioteka duos salę.
* Universitetas padės.

'''Tema 2'''
''Įvairovė''
* Per mažai autorių moterų.

== Other Areas ==
* nieko"""


def test_a_label_and_its_name_on_two_lines_are_one_theme() -> None:
    report = salonbot.parse(SPLIT, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points]) for t in themes] == [
        ("Partneriai", ["Biblioteka duos salę.", "Universitetas padės."]),
        ("Įvairovė", ["Per mažai autorių moterų."])]
    assert salonbot.render(report, base=SPLIT) == SPLIT
    themes[1].title = "Lyčių įvairovė"
    themes[0].points.append(Bullet("Radijas irgi."))
    assert salonbot.render(report, base=SPLIT) == SPLIT.replace(
        "''Įvairovė''", "''Lyčių įvairovė''").replace(
        "* Universitetas padės.\n", "* Universitetas padės.\n* Radijas irgi.\n")
    # a bold line that is more than a label and a counter, or a name a blank line away, is not
    # joined to the line after it
    for page in (SPLIT.replace("'''Tema 1'''\n''Partneriai''", "'''Tema 1'''\n\n''Partneriai''"),
                 SPLIT.replace("'''Tema 1'''", "'''Tema apie bibliotekas 1'''")):
        assert [heading.shown for heading in find_headings(page)][1:3] in (
            ["Tema 1", "Partneriai"], ["Tema apie bibliotekas 1", "Partneriai"])


LABELLED_BOX = ("== Summary of the discussion points ==\n{{Infobox\n| title = Temy\n"
                "| labelstyle = width:30%\n| label1 = Téma 1: Partnerstvá\n| data1 =\n* Knižnica.\n"
                "* Rádio.\n| label2 = Téma 2: Rozmanitosť\n| data2 =\n* Autorky.\n}}\n"
                "== Other Areas ==\n* e")


def test_a_call_with_numbered_labels_beside_other_parameters_holds_a_theme_a_label() -> None:
    report = salonbot.parse(LABELLED_BOX, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points]) for t in themes] == [
        ("Partnerstvá", ["Knižnica.", "Rádio."]), ("Rozmanitosť", ["Autorky."])]
    assert salonbot.render(report, base=LABELLED_BOX) == LABELLED_BOX
    themes[1].points[0].text = "Autorky a autori."
    assert salonbot.render(report, base=LABELLED_BOX) == LABELLED_BOX.replace(
        "* Autorky.", "* Autorky a autori.")
    # beside other parameters, numbered ones are themes only as their labels say: images and
    # their captions are none
    gallery = LABELLED_BOX.replace("Téma 1: Partnerstvá", "Knižnica v Prešove").replace(
        "Téma 2: Rozmanitosť", "Workshop")
    assert salonbot.parse(gallery, "Example").sections["discussion"].children == []


CAPTIONED_IMAGES = """== Summary of the discussion points ==
[[File:Flipchart 1.jpg|thumb|right|220px|Téma 1 – Partnerstvá s [[knižnica]]mi]]
* Knižnica nám dá miestnosť.
* Univerzita pomôže.
{{clear}}

<gallery mode="packed">
File:Flipchart 2.jpg|'''Téma 2 – Rozmanitosť'''
</gallery>
* Málo autoriek.

== Other Areas ==
[[File:Flipchart 3.jpg|thumb|The last flipchart]]
Nothing else."""


def test_an_image_whose_caption_labels_the_list_under_it_is_a_theme() -> None:
    report = salonbot.parse(CAPTIONED_IMAGES, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, [p.text for p in t.points]) for t in themes] == [
        ("Partnerstvá s knižnicami", ["Knižnica nám dá miestnosť.", "Univerzita pomôže."]),
        ("Rozmanitosť", ["Málo autoriek."])]
    assert report.sections["other_areas"].children == []  # (no list under that image)
    assert salonbot.render(report, base=CAPTIONED_IMAGES) == CAPTIONED_IMAGES
    themes[1].title = "Rodová rozmanitosť"
    themes[0].points[0].text = "Knižnica nám dá miestnosť zadarmo."
    assert salonbot.render(report, base=CAPTIONED_IMAGES) == CAPTIONED_IMAGES.replace(
        "Téma 2 – Rozmanitosť", "Téma 2 – Rodová rozmanitosť").replace(
        "miestnosť.", "miestnosť zadarmo.")
    # an image with options only, or a caption that is a sentence, labels nothing
    for caption in ("thumb|220px", "thumb|We wrote everything on flipcharts."):
        page = CAPTIONED_IMAGES.replace("thumb|right|220px|Téma 1 – Partnerstvá s [[knižnica]]mi",
                                        caption)
        assert [t.title for t in salonbot.parse(page, "Example").sections["discussion"].children
                ] != ["Partnerstvá s knižnicami", "Rozmanitosť"]


CHECKLIST = """== Summary of the discussion points ==
{| class="wikitable"
|+ The nine areas
! Area !! Discussed? !! Ideas
|-
| Advocacy || {{No}} || —
|-
| Partnerships || {{Yes}} ||
* Knižnica nám dá miestnosť.
* Univerzita pomôže.
|-
| Diversity || ✓ || Málo autoriek.
|-
| Revenue Streams || {{No}} ||
|}
== Other Areas ==
* e"""


def test_a_checklist_of_the_areas_holds_the_rows_that_have_words_as_themes() -> None:
    report = salonbot.parse(CHECKLIST, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, t.text, [p.text for p in t.points]) for t in themes] == [
        ("Partnerships", "", ["Knižnica nám dá miestnosť.", "Univerzita pomôže."]),
        ("Diversity", "Málo autoriek.", [])]
    assert salonbot.render(report, base=CHECKLIST) == CHECKLIST
    themes[1].text = "Málo autoriek a autorov."
    assert salonbot.render(report, base=CHECKLIST) == CHECKLIST.replace(
        "Málo autoriek.", "Málo autoriek a autorov.")
    # a table to fill in, with no words in any row, still holds its rows
    empty = CHECKLIST.replace("Knižnica nám dá miestnosť.\n* Univerzita pomôže.", "").replace(
        "* \n", "").replace("Málo autoriek.", "")
    assert [t.title for t in salonbot.parse(empty, "Example").sections["discussion"].children
            ] == ["Advocacy", "Partnerships", "Diversity", "Revenue Streams"]


GLOSSARY = """== Summary of the discussion points ==
{{glossary}}
{{term|Téma 1 – Partnerstvá}}
{{defn|no=1|Knižnica nám dá miestnosť.}}
{{defn|no=2|Univerzita pomôže.}}
{{term|Téma 2 – Rozmanitosť}}
{{defn|no=1|Málo autoriek.}}
{{glossary end}}
== Other Areas ==
* e"""


def test_a_call_above_calls_of_another_template_draws_a_label() -> None:
    # `{{term|...}}` over `{{defn|...}}` lines: each term a theme, its definitions its text
    report = salonbot.parse(GLOSSARY, "Example")
    themes = report.sections["discussion"].children
    assert [t.title for t in themes] == ["Partnerstvá", "Rozmanitosť"]
    assert "Univerzita pomôže." in themes[0].text
    assert salonbot.render(report, base=GLOSSARY) == GLOSSARY
    themes[1].title = "Rodová rozmanitosť"
    assert salonbot.render(report, base=GLOSSARY) == GLOSSARY.replace(
        "Téma 2 – Rozmanitosť", "Téma 2 – Rodová rozmanitosť")
    # a definition is no label, even the last one before a call with no parameters (a box
    # closed on the very next line holds nothing: no box)
    assert len(report.sections["discussion"].children) == 2


def test_a_box_around_a_section_and_its_sub_headings_is_that_section() -> None:
    page = ("{{Box-header|Summary of the discussion points|titlebackground=#f5e6c8}}\n"
            "=== Discussion Theme 1 (Advocacy) ===\n* a\n=== Discussion Theme 2 (Diversity) ===\n"
            "* b\n{{Box-footer}}\n\n{{Box-header|Other Areas}}\n* c\n{{Box-footer}}")
    report = salonbot.parse(page, "Example")
    assert list(report.sections) == ["discussion", "other_areas"]
    assert report.sections["discussion"].source is not None \
        and report.sections["discussion"].source.heading[0] == 0
    assert [t.title for t in report.sections["discussion"].children] == ["Advocacy", "Diversity"]
    assert salonbot.render(report, base=page) == page
    # a call that closes something of another name after the headings opens no box there
    other = page.replace("{{Box-footer}}\n\n{{Box-header|Other", "{{clear}}\n\n{{Box-header|Other")
    assert salonbot.parse(other, "Example").sections["discussion"].source.heading[0] != 0


def test_an_infobox_value_that_is_a_list_of_people_is_the_participants() -> None:
    page = ("{{Salon report\n| dato = 2 March 2019, Rabat\n| ki =\n* [[User:Anass|Anass]]\n"
            "* Brahim Idrissi (teacher)\n* Chaima\n| buĝeto = 300 USD\n}}\n"
            "Our salon.\n\n== What happened ==\nWe talked.")
    report = salonbot.parse(page, "Example")
    assert [point.text for point in report.sections["participants"].points] == [
        "[[User:Anass|Anass]]", "Brahim Idrissi (teacher)", "Chaima"]
    assert salonbot.render(report, base=page) == page
    report.sections["participants"].points[2].text = "Chaima Alaoui"
    assert salonbot.render(report, base=page) == page.replace("* Chaima\n", "* Chaima Alaoui\n")


HTML_TABLE = """== Summary of the discussion points ==
<table class="wikitable">
<tr>
<th>Theme</th>
<th>Points</th>
</tr>
<tr>
<td>Téma 1: Partnerstvá</td>
<td>
<ul>
<li>Knižnica nám dá miestnosť.</li>
<li>Univerzita pomôže.</li>
</ul>
</td>
</tr>
<tr>
<td>Téma 2: Rozmanitosť</td>
<td>Málo autoriek.</td>
</tr>
</table>
== Other Areas ==
* e"""


def test_an_html_table_whose_rows_are_themes_is_read_as_a_wikitable_is() -> None:
    report = salonbot.parse(HTML_TABLE, "Example")
    themes = report.sections["discussion"].children
    assert [(t.title, t.text, [p.text for p in t.points]) for t in themes] == [
        ("Partnerstvá", "", ["Knižnica nám dá miestnosť.", "Univerzita pomôže."]),
        ("Rozmanitosť", "Málo autoriek.", [])]
    assert report.sections["discussion"].text == ""
    assert salonbot.render(report, base=HTML_TABLE) == HTML_TABLE
    themes[0].points[1].text = "Univerzita pomôže s článkami."
    themes[1].title = "Rodová rozmanitosť"
    assert salonbot.render(report, base=HTML_TABLE) == HTML_TABLE.replace(
        "Univerzita pomôže.", "Univerzita pomôže s článkami.").replace(
        "Téma 2: Rozmanitosť", "Téma 2: Rodová rozmanitosť")
