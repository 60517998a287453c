"""Labels known from their siblings (report/labels.py), on titles in languages no lexicon lists."""

from __future__ import annotations

import pytest

import salonbot
from salonbot.report.labels import is_counter, strip_sibling_labels


@pytest.mark.parametrize(("titles", "expected"), [
    (["Første tema: Partnerskap", "Andre tema: Kapasitetsbygging", "Tredje tema: Inntektskilder"],
     ["Partnerskap", "Kapasitetsbygging", "Inntektskilder"]),
    (["หัวข้อที่ ๑: การสนับสนุนเชิงนโยบาย", "หัวข้อที่ ๒: ความหลากหลาย"],
     ["การสนับสนุนเชิงนโยบาย", "ความหลากหลาย"]),
    (["„A” téma – Érdekképviselet", "„B” téma – Kapacitásépítés"],
     ["Érdekképviselet", "Kapacitásépítés"]),
    (["Jigon Tattaunawa na 1 (Fafutuka)", "Jigon Tattaunawa na 2 (Gina iyawa)"],
     ["Fafutuka", "Gina iyawa"]),
    (["eztabaida-gaia [Aldarrikapena]", "eztabaida-gaia [Gaitasunen garapena]"],
     ["Aldarrikapena", "Gaitasunen garapena"]),
    (["Α΄ Συνηγορία", "Β΄ Ανάπτυξη ικανοτήτων"], ["Συνηγορία", "Ανάπτυξη ικανοτήτων"]),
    (["Ա. Շահերի պաշտպանություն", "Բ. Համագործակցություն"],
     ["Շահերի պաշտպանություն", "Համագործակցություն"]),
    (["Mövzu 1: Təbliğat", "", "Mövzu 3: Tərəfdaşlıq"], ["Təbliğat", "", "Tərəfdaşlıq"]),
])
def test_the_label_the_siblings_share_is_not_the_title(titles: list[str],
                                                      expected: list[str]) -> None:
    assert strip_sibling_labels(titles) == expected


@pytest.mark.parametrize("titles", [
    ["Community Health", "Community Building"],            # a shared word, no label
    ["Advocacy", "Diversity"],
    ["Fortalervirksomhed (København)", "Partnerskaber (København)"],
    ["Capacity Building (for advocacy)", "Recruitment/choice of advocates"],
    ["Advocacy: laws", "Diversity: schools"],              # nothing shared before the colon
    ["Tema 1: Partnerskap"],                               # one title: nothing to compare
])
def test_titles_with_no_shared_label_stay_as_they_are(titles: list[str]) -> None:
    assert strip_sibling_labels(titles) == titles


@pytest.mark.parametrize(("word", "counts"), [
    ("3", True), ("๓:", True), ("١.", True), ("1-ci", True), ("„A”", True), ("Α΄", True),
    ("iv)", True), ("tema", False), ("Advocacy", False), ("–", False),
])
def test_counters(word: str, counts: bool) -> None:
    assert is_counter(word) is counts


def test_a_page_gives_its_themes_without_their_label_and_keeps_its_bytes() -> None:
    text = ("== Dagsetning og staður ==\nReykjavík\n== Þátttakendur ==\n* Jón\n"
            "== Hvað gerðist ==\nVið ræddum.\n== Samantekt umræðna ==\n"
            "=== Umræðuefni 1: Málsvörn ===\n* a\n=== Umræðuefni 2: Fjölbreytni ===\n* b\n"
            "== Önnur svið ==\n* c\n== Viðbrögð ==\nGott.\n== Myndir ==\n[[File:A.jpg]]\n"
            "== Kostnaður ==\n100 USD")
    report = salonbot.parse(text)
    assert [theme.title for theme in report.sections["discussion"].children] == [
        "Málsvörn", "Fjölbreytni"]
    assert salonbot.render(report, base=text) == text


def test_lines_of_one_style_in_the_discussion_are_its_themes_in_any_language() -> None:
    text = ("== Date and location ==\nReykjavík\n== Summary of the discussion points ==\n"
            "Við ræddum þrjú efni.\n"
            "'''Fyrsta efni: Málsvörn'''\n* a\n* b\n"
            "'''Annað efni: Fjölbreytni'''\n* c\n"
            "== Other Areas ==\n'''Ein lína'''\n* d")
    report = salonbot.parse(text)
    assert [theme.title for theme in report.sections["discussion"].children] == [
        "Málsvörn", "Fjölbreytni"]
    assert [p.text for p in report.sections["discussion"].children[0].points] == ["a", "b"]
    assert report.sections["discussion"].text == "Við ræddum þrjú efni."
    assert salonbot.render(report, base=text) == text


def test_one_bold_line_or_a_sentence_in_the_discussion_is_text() -> None:
    text = ("== Summary of the discussion points ==\n'''Við ræddum mikið.'''\n"
            "'''Þetta var gott.'''\n* a\n== Other Areas ==\n* d")
    report = salonbot.parse(text)
    assert report.sections["discussion"].children == []


@pytest.mark.parametrize("titles", [
    ["x salon", "1200 USD"],          # words that count, unmarked: titles, not labels
    ["A. one", "A. two"],             # the same counter twice: no sequence
])
def test_bare_counters_are_not_a_label(titles: list[str]) -> None:
    assert strip_sibling_labels(titles) == titles


def test_a_bare_letter_before_shared_words_is_a_word() -> None:
    titles = ["x salon salon", "é salon salon"]
    assert strip_sibling_labels(titles) == titles


@pytest.mark.parametrize(("titles", "expected"), [
    # scripts written without spaces glue the counter to the label (Lao digits here)
    (["ຫົວຂໍ້ທີ໑ (ການສະໜັບສະໜູນ)", "ຫົວຂໍ້ທີ໒ (ການຮ່ວມມື)"], ["ການສະໜັບສະໜູນ", "ການຮ່ວມມື"]),
    (["Tema1: Zagovaranje", "Tema2: Partnerstva"], ["Zagovaranje", "Partnerstva"]),
    (["議題1：宣導", "議題2：夥伴關係"], ["宣導", "夥伴關係"]),
])
def test_a_counter_glued_to_its_label_is_a_counter(titles: list[str],
                                                   expected: list[str]) -> None:
    assert strip_sibling_labels(titles) == expected


def test_a_counter_glued_to_a_word_after_it_is_left_alone() -> None:
    # `1st`, `2nd`: the word after a number is no label of its own
    assert strip_sibling_labels(["1st Theme: Advocacy", "2nd Theme: Diversity"]) == [
        "Advocacy", "Diversity"]
    assert strip_sibling_labels(["Wiki2020 plans", "Wiki2021 goals"]) == [
        "Wiki2020 plans", "Wiki2021 goals"]


@pytest.mark.parametrize(("body", "points"), [
    # an indented bold line, its points indented under it
    (":'''Danvez 1: Breutaerezh'''\n::* a\n::* b\n:'''Danvez 2: Liesseurted'''\n::* c",
     [["a", "b"], ["c"]]),
    # a numbered item in bold, its points as continuations of the item
    ("# '''Danvez 1: Breutaerezh'''\n#: a\n#: b\n# '''Danvez 2: Liesseurted'''\n#: c",
     [["a", "b"], ["c"]]),
    # a bold line ended by a line break, its points on the lines after it
    ("'''Danvez 1 – Breutaerezh'''<br />\n* a\n* b\n\n'''Danvez 2 – Liesseurted'''<br />\n* c",
     [["a", "b"], ["c"]]),
])
def test_labels_however_the_line_is_indented_or_ended_are_themes(
        body: str, points: list[list[str]]) -> None:
    text = ("== Date and location ==\nBrest\n== Summary of the discussion points ==\n" + body
            + "\n== Other Areas ==\n* d")
    report = salonbot.parse(text)
    themes = report.sections["discussion"].children
    assert [theme.title for theme in themes] == ["Breutaerezh", "Liesseurted"]
    assert [[point.text for point in theme.points] for theme in themes] == points
    assert salonbot.render(report, base=text) == text


def test_an_indented_talk_reply_is_never_a_label() -> None:
    text = ("== Summary of the discussion points ==\n'''Danvez 1: Breutaerezh'''\n* a\n"
            ": Trugarez! [[User:Anna|Anna]] 10:00, 3 April 2019 (UTC)\n"
            ":: '''Ya''' [[User:Yann|Yann]] 11:00, 3 April 2019 (UTC)\n"
            "'''Danvez 2: Liesseurted'''\n* c\n== Other Areas ==\n* d")
    report = salonbot.parse(text)
    assert [theme.title for theme in report.sections["discussion"].children] == [
        "Breutaerezh", "Liesseurted"]


def test_plain_lines_above_lists_are_themes_and_their_symbols_are_not_part_of_the_title() -> None:
    text = ("== Date and location ==\nTórshavn\n== Summary of the discussion points ==\n"
            "Vit tosaðu eisini um nógv annað, og tað var gott\n* d\n\n"   # a long line: text
            "🤝 Samstarv\n* a\n* b\n\n"
            "💡 Førleikaøking\n* c\n"
            "== Other Areas ==\n* e")
    report = salonbot.parse(text)
    themes = report.sections["discussion"].children
    assert [theme.title for theme in themes] == ["Samstarv", "Førleikaøking"]
    assert [[point.text for point in theme.points] for theme in themes] == [["a", "b"], ["c"]]
    assert [point.text for point in report.sections["discussion"].points] == ["d"]
    assert salonbot.render(report, base=text) == text


def test_a_plain_line_inside_a_paragraph_or_without_a_list_is_text() -> None:
    text = ("== Summary of the discussion points ==\nVit hittust klokkan tíggju.\nSamstarv\n* a\n"
            "\nFørleikaøking\n\n* c\n== Other Areas ==\n* e")
    report = salonbot.parse(text)
    assert report.sections["discussion"].children == []


def test_a_box_title_line_and_a_label_the_lexicon_took_are_siblings() -> None:
    box = '<div style="border:1px solid #aaa">\n<div style="font-weight:bold">{}</div>\n* {}\n</div>'
    text = ("== Summary of the discussion points ==\n"
            + "\n".join(box.format(title, point) for title, point in [
                ("Cuspaid 1: Tacaíocht", "a"), ("Cuspaid 2: Comhpháirtíochtaí", "b"),
                ("Theme 3: Éagsúlacht", "c")])
            + "\n== Other Areas ==\n* e")
    report = salonbot.parse(text)
    assert [theme.title for theme in report.sections["discussion"].children] == [
        "Tacaíocht", "Comhpháirtíochtaí", "Éagsúlacht"]
    assert salonbot.render(report, base=text) == text
