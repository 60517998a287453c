"""What a reader sees of a heading (report/display.py) and of a theme's title (labels.unquoted)."""

from __future__ import annotations

import pytest

import salonbot
from salonbot.report.display import display_text
from salonbot.report.labels import unquoted
from test_labels import themes_kept


@pytest.mark.parametrize(("wikitext", "shown"), [
    ("[[File:Calendar icon.svg|24px|link=]] Data e lugar", "Data e lugar"),
    ("[[Datei:Kalender.png|20px]] Datum und Ort", "Datum und Ort"),      # any language's File
    ("Budget<ref>Receipts sent in May.</ref>", "Budget"),
    ('Budget<ref name="r">a</ref><ref name="r" /> spent', "Budget spent"),
    ("[[:File:Salon.jpg|the photo]] list", "the photo list"),           # a link, not an image
    ("[[Strategy/Partnerships|Partnerships]]", "Partnerships"),
    ("<ruby>協働<rt>きょうどう</rt></ruby>", "協働"),                      # a ruby's reading
    ("<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字", "漢字"),
])
def test_footnotes_and_images_show_no_words(wikitext: str, shown: str) -> None:
    assert display_text(wikitext) == shown


def test_a_heading_with_an_icon_and_a_footnote_names_its_section() -> None:
    text = ("== [[File:Calendar icon.svg|24px|link=]] Date and location<ref>Moved once.</ref> ==\n"
            "2 March 2019\n== [[File:Coins.svg|24px]] Statement on your budget ==\n100 USD")
    report = salonbot.parse(text)
    assert list(report.sections) == ["date_and_location", "budget"]
    assert salonbot.render(report, base=text) == text


@pytest.mark.parametrize(("title", "expected"), [
    ("«Avokatia»", "Avokatia"), ("„Sveikata“", "Sveikata"), ('"Advocacy"', "Advocacy"),
    ("「提言」", "提言"), ("‘Roles’", "Roles"),
    ('"A" and "B"', '"A" and "B"'),          # quotes inside: the title keeps them all
    ("Advocacy", "Advocacy"), ('"', '"'),
])
def test_quotation_marks_around_a_whole_title_are_not_part_of_it(title: str,
                                                                  expected: str) -> None:
    assert unquoted(title) == expected


def test_a_quoted_theme_title_loses_its_quotes_and_the_page_keeps_them() -> None:
    text = ("== Summary of the discussion points ==\n=== Tema 1: «Avokatia» ===\n* a\n"
            "=== Tema 2: «Diversiteti» ===\n* b")
    assert themes_kept(text) == [
        "Avokatia", "Diversiteti"]


def test_table_rows_labelled_alike_are_themes_in_any_language() -> None:
    text = ("== Summary of the discussion points ==\n{| class=\"wikitable\"\n"
            "| Pynciau 1: Eiriolaeth || Siarad â'r llywodraeth.\n|-\n"
            "| Pynciau 2: Partneriaethau || Llyfrgelloedd.\n|}\n== Other Areas ==\n* d")
    assert themes_kept(text) == [
        "Eiriolaeth", "Partneriaethau"]


@pytest.mark.parametrize(("wikitext", "shown"), [
    ("Usuku nendawo<br /><small>Date and location</small>", "Usuku nendawo / Date and location"),
    ("A<br>B<BR/>C", "A / B / C"),
    ("Advocacy<br />", "Advocacy"), ("<br>Advocacy<br/><br/>", "Advocacy"),  # none at the ends
])
def test_a_line_break_shows_two_lines(wikitext: str, shown: str) -> None:
    assert display_text(wikitext) == shown


def test_a_heading_in_two_languages_on_two_lines_names_its_section() -> None:
    text = ("== Isabelomali<br /><small>Statement on your budget</small> ==\n230 USD\n"
            "== Izithombe<br />Photographs or videos ==\n[[File:A.jpg]]")
    assert list(salonbot.parse(text).sections) == ["budget", "media"]


def test_what_a_style_hides_shows_nothing() -> None:
    assert display_text('Tarih ve yer<span style="display:none"> / Date and location</span>') \
        == "Tarih ve yer"
    assert display_text('Ortaqlıq<span style="color:#555; visibility: hidden">(X)</span>') \
        == "Ortaqlıq"
    assert display_text('Ortaqlıq <span style="display:inline">(Partnerships)</span>') \
        == "Ortaqlıq (Partnerships)"


def test_a_call_giving_one_text_in_several_languages_shows_its_first() -> None:
    # parameters named by language codes: the page's own language first, as authors write it
    call = "{{LangSwitch|fr=Thème 1 : Partenariats|nl=Thema 1: Partnerschappen|en=Theme 1: X}}"
    assert display_text(call) == "Thème 1 : Partenariats"
    assert display_text("{{Multilingual|pt-br=Orçamento|en=Budget}}") == "Orçamento"
    # other calls show what they showed before: a call with one such parameter, or other names
    assert display_text("{{anchor|fr=Budget}} Budget") == "Budget"
    assert display_text("{{Box|title=Budget|fr=Budget}} Budget") == "Budget"
    text = (f"== Résumé des points de discussion ==\n=== {call} ===\n* a\n"
            "== Autres domaines ==\n* b")
    report = salonbot.parse(text)
    assert [theme.title for theme in report.sections["discussion"].children] == ["Partenariats"]
    assert salonbot.render(report, base=text) == text


@pytest.mark.parametrize(("wikitext", "shown"), [
    ("Kapazitäts&shy;aufbau", "Kapazitätsaufbau"),
    ("Kapazitäts\u00adaufbau", "Kapazitätsaufbau"),
    ("\u200fالشراكات\u200f", "الشراكات"),
    ("'''Partner&shy;schaften'''", "Partnerschaften"),
    ("می\u200cخواهیم", "می\u200cخواهیم"),  # a joiner changes how the letters join: kept
])
def test_characters_that_show_nothing_are_not_part_of_what_a_reader_sees(wikitext: str,
                                                                         shown: str) -> None:
    assert display_text(wikitext) == shown


def test_soft_hyphens_in_theme_headings_leave_the_names_and_the_page_as_they_are() -> None:
    text = ("== Zusammen&shy;fassung der Diskussions&shy;punkte ==\n"
            "=== Diskussions&shy;thema 1: Kapazitäts&shy;aufbau ===\n* a\n"
            "=== Diskussions&shy;thema 2: Partner&shy;schaften ===\n* b")
    assert themes_kept(text) == ["Kapazitätsaufbau", "Partnerschaften"]
    report = salonbot.parse(text)
    report.sections["discussion"].children[1].title = "Diversität"
    written = salonbot.render(report, base=text)
    # (the label is not found in the heading's wikitext, `&shy;` inside its word: the title
    # is written anew in its line, the other lines as they were)
    changed = [line for line, old in zip(written.splitlines(), text.splitlines(), strict=True)
               if line != old]
    assert changed == ["=== Diversität ==="]
    assert [theme.title for theme in salonbot.parse(written).sections["discussion"].children] \
        == ["Kapazitätsaufbau", "Diversität"]


def test_a_term_ending_in_a_colon_is_a_label_without_it() -> None:
    # `; X:` is a term and an empty definition: MediaWiki shows no colon
    text = ("== Summary of the discussion points ==\n; Tema 1 – Koperashon:\n* a\n"
            "; Tema 2 – Diversidat:\n* b\n== Other Areas ==\n* c")
    assert themes_kept(text) == ["Koperashon", "Diversidat"]
    report = salonbot.parse(text)
    report.sections["discussion"].children[0].title = "Partnerships"
    assert salonbot.render(report, base=text).splitlines()[1] == "; Tema 1 – Partnerships:"


def test_language_variant_markup_shows_its_first_variant() -> None:
    text = ("== Summary of the discussion points ==\n"
            "=== 讨论主题1：-{zh-hans:合作伙伴;zh-hant:合作夥伴}- ===\n* a\n"
            "=== 讨论主题2：-{zh-hans:多样性;zh-hant:多樣性}- ===\n* b\n== Other Areas ==\n* c")
    assert themes_kept(text) == ["合作伙伴", "多样性"]
    assert display_text("-{Wikipedia}- 2030") == "Wikipedia 2030"
    report = salonbot.parse(text)
    report.sections["discussion"].children[0].title = "伙伴关系"
    assert salonbot.render(report, base=text).splitlines()[1] == \
        "=== 讨论主题1：-{zh-hans:伙伴关系;zh-hant:合作夥伴}- ==="
