"""Labels known from their siblings (report/labels.py), on titles in languages no lexicon lists."""

from __future__ import annotations

import pytest

import salonbot
from salonbot.report.labels import is_counter, strip_sibling_labels
from salonbot.report.template import get_template


def themes_kept(text: str) -> list[str]:
    """The titles of the themes of `text`, once the page is known to be written back as it is."""
    report = salonbot.parse(text)
    assert salonbot.render(report, base=text) == text
    return [theme.title or "" for theme in report.sections["discussion"].children]


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
    # the largest set labelled alike, beside a sibling that is not (Other Areas as an h3)
    (["Gespreksronde 1 ➤ Vennootskappe", "Gespreksronde 2 ➤ Diversiteit", "Ander areas"],
     ["Vennootskappe", "Diversiteit", "Ander areas"]),
    (["Ander areas", "1. rimanakuy: Kuska llamk'ay", "2. rimanakuy: Atiyta wiñachiy"],
     ["Ander areas", "Kuska llamk'ay", "Atiyta wiñachiy"]),
    (["[1-тема] Өнөктөштүк", "[2-тема] Жамааттын ден соолугу", "Башка тармактар"],
     ["Өнөктөштүк", "Жамааттын ден соолугу", "Башка тармактар"]),
    # a middle dot separates a label; a dash between two digits is a range, no separator
    (["10.00–11.00 · Kemitraan", "11.00–11.15 · Rehat kopi"], ["Kemitraan", "Rehat kopi"]),
    # a note after the title that the siblings share, once the label is off or with none
    (["Kaupapa 1: Te mahi tahi (45 meneti)", "Kaupapa 2: Te kanorautanga (30 meneti)",
      "Kaupapa 3: Te hauora (30 meneti)"], ["Te mahi tahi", "Te kanorautanga", "Te hauora"]),
    (["Партнерство — веде Оксана", "Різноманіття — веде Ірина"], ["Партнерство", "Різноманіття"]),
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
    ["Advocacy: online and offline", "Diversity: online and offline"],  # notes all alike
    ["Advocacy – for schools", "Diversity – for libraries"],  # a note that names no one
    ["Advocacy (for schools)", "Diversity (for libraries)"],  # a note with no number
    ["Tema 1: Partnerskap"],                               # one title: nothing to compare
    ["Community Health", "Community Building", "Tema 1: Partnerskap"],  # no two labelled alike
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
    assert themes_kept(text) == [
        "Málsvörn", "Fjölbreytni"]


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
    # a record's code: letters, then the counter glued by a hyphen or a dot
    (["SE-01 – Partnerschaften mit Bibliotheken", "SE-02 – Wissen weitergeben"],
     ["Partnerschaften mit Bibliotheken", "Wissen weitergeben"]),
    (["WG.3: Parcerias", "WG.4: Diversidade"], ["Parcerias", "Diversidade"]),
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
    # a code glued by a hyphen with no separator after it labels nothing
    assert strip_sibling_labels(["COVID-19 response", "COVID-20 plans"]) == [
        "COVID-19 response", "COVID-20 plans"]


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


def test_tabs_are_labels_and_their_tags_and_separators_are_no_points() -> None:
    # `<tabber>` tabs (a label ending in `=` opens each, `|-|` between them): a line that shows
    # nothing before a plain line keeps it a label of its own; its sign `=` is no part of it
    text = ("== Summary of the discussion points ==\n<tabber>\nTema 1: Alianzes=\n* a\n* b\n"
            "|-|\nTema 2: Salú de la comunidá=\n* c\n|-|\nTema 3: Diversidá=\n* d\n</tabber>\n"
            "== Other Areas ==\n* e\n----\n<center>\n* f\n</center>\n<center>❀ ❀ ❀</center>\n★★★")
    report = salonbot.parse(text)
    themes = report.sections["discussion"].children
    assert [theme.title for theme in themes] == ["Alianzes", "Salú de la comunidá", "Diversidá"]
    assert [[point.text for point in theme.points] for theme in themes] == [["a", "b"], ["c"], ["d"]]
    assert report.sections["discussion"].text == ""
    assert [point.text for point in report.sections["other_areas"].points] == ["e", "f"]
    assert report.sections["other_areas"].text == ""
    assert salonbot.render(report, base=text) == text
    # an item of signs only is still an item, and so is a line of one symbol (no divider)
    smiled = salonbot.parse(text.replace("★★★", "🙂")).sections["other_areas"]
    assert "🙂" in smiled.text or "🙂" in [point.text for point in smiled.points]
    kept = text.replace("----\n", "* —\n")
    assert [point.text for point in salonbot.parse(kept).sections["other_areas"].points] \
        == ["e", "—", "f"]


def test_plain_lines_labelled_alike_over_paragraphs_are_themes() -> None:
    # notes pasted as plain text (a mail, a page copied from its rendered view): each theme a
    # plain line over the lines said under it; the edit links the copy kept (`[editar]`), a rule
    # under a label and a line that goes on (`Saludos,`) are no part of any label
    text = ("== Resumen de los puntos de discusión ==\nDe: Ana Pérez\nHola a todos,\n\n"
            "Mesa 1: Alianzas[editar]\nLa biblioteca ofrece la sala.\nHablar con el archivo.\n\n"
            "Mesa 2: Diversidad[editar | editar código]\n-----\nFaltan biografías de mujeres.\n\n"
            "Mesa 3: Capacidades\nUna guía corta.\n\nSaludos,\nAna\n"
            "== Otras áreas ==\n* e")
    report = salonbot.parse(text)
    themes = report.sections["discussion"].children
    assert [theme.title for theme in themes] == ["Alianzas", "Diversidad", "Capacidades"]
    assert "De: Ana Pérez" in report.sections["discussion"].text
    assert "Saludos," in themes[2].text
    assert salonbot.render(report, base=text) == text
    # one line over a paragraph, labelled like no other, is text
    single = ("== Resumen de los puntos de discusión ==\nDe: Ana Pérez\nHola a todos.\n\n"
              "Nota final\nGracias.\n== Otras áreas ==\n* e")
    assert salonbot.parse(single).sections["discussion"].children == []


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
    assert themes_kept(text) == [
        "Tacaíocht", "Comhpháirtíochtaí", "Éagsúlacht"]


def test_sub_headings_labelled_alike_are_themes_where_the_page_has_no_summary() -> None:
    text = ("== Date and location ==\n2 March 2019\n== What happened ==\nWe met.\n"
            "=== Taula 1: Aliances ===\n* a\n=== Taula 2: Diversitat ===\n* b\n"
            "== Other Areas ==\n* c")
    assert themes_kept(text) == [
        "Aliances", "Diversitat"]


def test_salons_or_sessions_labelled_alike_are_not_themes() -> None:
    salons = ("= Salon 1: Kathmandu =\n== Date and location ==\n1 May 2019\n"
              "= Salon 2: Pokhara =\n== Date and location ==\n2 May 2019")
    assert "discussion" not in salons and "discussion" not in salonbot.parse(salons).sections
    sessions = ("== What happened ==\nWe met.\n=== Sesja 1: Powitanie ===\nCoffee.\n"
                "=== Sesja 2: Praca w grupach ===\nGroups.\n== Other Areas ==\n* c")
    assert "discussion" not in salonbot.parse(sessions).sections


TERMS = ("== Date and location ==\nTórshavn\n== Summary of the discussion points ==\n"
         ";Samstarv: avtala við lærustovnar um greinir og myndir.\n:b\n:c\n\n"
         ";Fjølbroytni: kvinnur skriva ov lítið á wiki her hjá okkum.\n:d\n"
         "== Other Areas ==\n* e")


def test_a_term_and_its_definition_on_one_line_are_a_label_and_its_first_point() -> None:
    report = salonbot.parse(TERMS)
    themes = report.sections["discussion"].children
    assert [theme.title for theme in themes] == ["Samstarv", "Fjølbroytni"]
    assert [[point.text for point in theme.points] for theme in themes] == [
        ["avtala við lærustovnar um greinir og myndir.", "b", "c"],
        ["kvinnur skriva ov lítið á wiki her hjá okkum.", "d"]]
    assert salonbot.render(report, base=TERMS) == TERMS
    # a short definition (`; Theme 3: Diversity`) stays part of one label
    short = salonbot.parse(TERMS.replace(";Samstarv: avtala við lærustovnar um greinir og "
                                         "myndir.", ";Theme 1: Samstarv"))
    assert short.sections["discussion"].children[0].title == "Samstarv"


def test_an_edited_definition_changes_its_own_line_only() -> None:
    report = salonbot.parse(TERMS)
    report.sections["discussion"].children[0].points[0].text = "nýggj avtala."
    written = salonbot.render(report, base=TERMS)
    old, new = TERMS.split("\n"), written.split("\n")
    assert len(old) == len(new)
    assert [line for line, was in zip(new, old, strict=True) if line != was] == [
        ";Samstarv: nýggj avtala."]


BOXES = ("== Summary of the discussion points ==\nWe talked.\n"
         "{{Collapse top|title=Cuspaid 1: Tacaíocht|bg=#eef}}\n* a\n* b\n{{Collapse bottom}}\n\n"
         "{{Hidden begin\n|titlestyle = background:#eee;\n|title = Cuspaid 2: Éagsúlacht\n}}\n"
         "* c\n{{Hidden end}}\n== Other Areas ==\n* e")


def test_boxes_titled_alike_are_themes_and_their_closing_call_is_form() -> None:
    assert themes_kept(BOXES) == ["Tacaíocht", "Éagsúlacht"]
    report = salonbot.parse(BOXES)
    assert [[point.text for point in theme.points]
            for theme in report.sections["discussion"].children] == [["a", "b"], ["c"]]
    report.sections["discussion"].children[1].title = "Cuimsiú"
    report.sections["discussion"].children[0].points[1].text = "b2"
    written = salonbot.render(report, base=BOXES)
    assert written == BOXES.replace("Éagsúlacht", "Cuimsiú").replace("* b\n", "* b2\n")


def test_a_template_call_that_opens_no_box_is_no_label() -> None:
    text = ("== Summary of the discussion points ==\n{{Quote|text=Great day|author=Ana}}\n* a\n"
            "{{Quote|text=Good food|author=Jon}}\n* b\n== Other Areas ==\n* e")
    assert salonbot.parse(text).sections["discussion"].children == []


DRAWN = ("== Summary of the discussion points ==\n{{fake heading|sub=3|Aihe 1: Kumppanuudet}}\n"
         "* a\n* b\n\n{{fake heading|sub=3|Aihe 2: Monimuotoisuus}}\n* c\n== Other Areas ==\n* e")


def test_template_calls_that_draw_labels_alike_above_lists_are_themes() -> None:
    assert themes_kept(DRAWN) == ["Kumppanuudet", "Monimuotoisuus"]
    report = salonbot.parse(DRAWN)
    assert [[point.text for point in theme.points]
            for theme in report.sections["discussion"].children] == [["a", "b"], ["c"]]
    report.sections["discussion"].children[1].points[0].text = "c2"
    assert salonbot.render(report, base=DRAWN) == DRAWN.replace("* c\n", "* c2\n")


@pytest.mark.parametrize(("titles", "expected"), [
    (["Eiriolaeth (pwnc trafod 1)", "Partneriaethau (pwnc trafod 2)"],
     ["Eiriolaeth", "Partneriaethau"]),
    (["#Eiriolaeth", "#Amrywiaeth"], ["Eiriolaeth", "Amrywiaeth"]),
])
def test_a_label_after_the_title_or_a_shared_mark_is_not_the_title(
        titles: list[str], expected: list[str]) -> None:
    assert strip_sibling_labels(titles) == expected


@pytest.mark.parametrize("titles", [
    ["Eiriolaeth (Caerdydd)", "Amrywiaeth (Bangor)"],   # places, not a label: no counter
    ["Eiriolaeth (1)", "Amrywiaeth (1)"],                # the same counter twice
    ["# one", "# two"],                                  # a mark apart from the word
])
def test_brackets_and_marks_that_are_no_label_stay(titles: list[str]) -> None:
    assert strip_sibling_labels(titles) == titles


def test_an_indented_line_above_a_list_is_no_plain_label() -> None:
    # (found by the property tests: an edited `:` line became a theme of its own)
    text = ("== Summary of the discussion points ==\n* a\n** b\n: Edited point\n** c\n"
            ": Advocacy\n** d\n== Other Areas ==\n* e")
    assert salonbot.parse(text).sections["discussion"].children == []


def test_an_edited_point_with_sub_points_does_not_turn_its_neighbours_into_themes() -> None:
    # (found by the property tests: `* Edited point` with `**` under it, beside another such
    # item, read as two themes; plain list items are themes only by a name, a label or a mark)
    text = ("= Summary of the discussion points =\n* Affiliates need a legal status\n"
            "** WMF should fund trainings.\n* Edited point\n** WMF should fund trainings.\n= Agenda =")
    assert salonbot.parse(text).sections["discussion"].children == []
    labelled = text.replace("* Affiliates need a legal status", "* Advocacy")
    assert [theme.title for theme in salonbot.parse(labelled).sections["discussion"].children] \
        == ["Advocacy", "Edited point"]


RUN_IN = ("== Date and location ==\nBratislava\n== Summary of the discussion points ==\n"
          "'''Téma 1 – Partnerstvá:''' knižnice nám dajú priestor. Univerzita pomôže.\n\n"
          "Múzeum ponúklo fotografie.\n\n"
          "'''Téma 2 – Rozmanitosť''': málo autoriek; málo článkov o menšinách.\n"
          "== Other Areas ==\n"
          "# '''Oblasť 1 – Komunita:''' slušné diskusie; mentori pre nováčikov.\n"
          "# '''Oblasť 2 – Technológia:''' mobilná aplikácia.\n== Budget ==\n100 EUR")


def test_a_run_in_label_at_the_start_of_a_line_is_a_label_and_its_line_goes_on_as_its_text(
) -> None:
    report = salonbot.parse(RUN_IN)
    themes = report.sections["discussion"].children
    assert [theme.title for theme in themes] == ["Partnerstvá", "Rozmanitosť"]
    assert themes[0].text.split("\n\n") == ["knižnice nám dajú priestor. Univerzita pomôže.",
                                            "Múzeum ponúklo fotografie."]
    assert themes[1].text == "málo autoriek; málo článkov o menšinách."
    topics = report.sections["other_areas"].children
    assert [topic.title for topic in topics] == ["Komunita", "Technológia"]
    assert salonbot.render(report, base=RUN_IN) == RUN_IN


def test_an_edited_run_in_text_changes_its_own_line_only() -> None:
    report = salonbot.parse(RUN_IN)
    report.sections["discussion"].children[1].text = "viac autoriek."
    written = salonbot.render(report, base=RUN_IN)
    old, new = RUN_IN.split("\n"), written.split("\n")
    assert len(old) == len(new)
    assert [line for line, was in zip(new, old, strict=True) if line != was] == [
        "'''Téma 2 – Rozmanitosť''': viac autoriek."]


def test_a_run_in_head_ending_in_a_full_stop_is_a_label() -> None:
    text = RUN_IN.replace("'''Téma 1 – Partnerstvá:'''", "'''Téma 1 – Partnerstvá.'''").replace(
        "'''Téma 2 – Rozmanitosť''':", "'''Téma 2 – Rozmanitosť.'''")
    assert themes_kept(text) == ["Partnerstvá", "Rozmanitosť"]


@pytest.mark.parametrize("line", [
    "'''Wikimedia Slovensko''' usporiadala salón.",   # a bold name that begins a sentence
    "'''Téma 1 – Partnerstvá:'''",                    # a label on its own line: no run-in
])
def test_bold_words_that_begin_a_sentence_are_no_run_in_label(line: str) -> None:
    from salonbot.report.headings import read_line
    read = read_line(line)
    assert read is None or read.stop is None


DASHED = ("== Summary of the discussion points ==\n"
          "# '''Téma 1 — Partnerstvá''' — knižnica; rádio\n#* prvý krok: list knižnici.\n"
          "# '''Téma 2 — Rozmanitosť''' — málo autoriek\n== Other Areas ==\n* e")


def test_a_run_in_label_followed_by_a_spaced_dash_is_a_label_too() -> None:
    assert themes_kept(DASHED) == ["Partnerstvá", "Rozmanitosť"]
    report = salonbot.parse(DASHED)
    themes = report.sections["discussion"].children
    assert [(theme.text, [p.text for p in theme.points]) for theme in themes] == [
        ("knižnica; rádio", ["prvý krok: list knižnici."]), ("málo autoriek", [])]
    themes[1].text = "málo autoriek a článkov"
    assert salonbot.render(report, base=DASHED) == DASHED.replace(
        "— málo autoriek\n", "— málo autoriek a článkov\n")


MARKED = ("== Summary of the discussion points ==\n"
          "► Likambo ya 1 : Boyokani (Partenariats)<br />\n– bibliothèques.<br />\n– radio.\n\n"
          "► Likambo ya 2 : Bokolisi makoki<br />\n– formation.\n\n"
          "► Discussion Theme 3 (Name of the theme)\nWrite here...\n== Other Areas ==\n* e")


def test_lines_marked_by_a_sign_after_a_blank_line_are_labels_whatever_follows() -> None:
    report = salonbot.parse(MARKED)
    themes = report.sections["discussion"].children
    assert [theme.title for theme in themes][:2] == ["Boyokani (Partenariats)", "Bokolisi makoki"]
    assert get_template("strategy-salon").names.is_placeholder(themes[2].title or "")
    assert salonbot.render(report, base=MARKED) == MARKED
    # a line marked so inside a paragraph (no blank line before it) is no label
    inside = MARKED.replace("\n\n► Likambo ya 2", "\n► Likambo ya 2")
    assert "Bokolisi makoki" not in [t.title for t in
                                     salonbot.parse(inside).sections["discussion"].children]


@pytest.mark.parametrize(("line", "title"), [
    ("{{anchor|t1}}'''Téma 1: Partnerstvá'''", "Téma 1: Partnerstvá"),   # an anchor before it
    ('<section begin="t1" />\'\'\'Téma 1: Partnerstvá\'\'\'', "Téma 1: Partnerstvá"),
    ("<p><strong>Téma 1: Partnerstvá</strong></p>", "Téma 1: Partnerstvá"),  # pasted HTML
])
def test_what_shows_nothing_before_a_label_or_a_paragraph_around_it_leaves_it_a_label(
        line: str, title: str) -> None:
    from salonbot.report.headings import read_line
    read = read_line(line)
    assert read is not None and line[read.title_start:read.title_end] == title
    page = (f"== Summary of the discussion points ==\n{line}\n* a\n\n"
            f"{line.replace('1: Partnerstvá', '2: Rozmanitosť').replace('t1', 't2')}\n* b\n"
            "== Other Areas ==\n* e")
    assert themes_kept(page) == ["Partnerstvá", "Rozmanitosť"]


def test_numbering_in_brackets_labels_a_theme_that_names_an_area() -> None:
    page = ("== Summary of the discussion points ==\n'''（一）合作伙伴关系'''\n* a\n\n"
            "'''（二）能力建设'''\n* b\n== Other Areas ==\n* e")
    assert themes_kept(page) == ["合作伙伴关系", "能力建设"]


def test_a_bold_label_and_a_short_name_after_it_are_one_label() -> None:
    page = ("== Summary of the discussion points ==\n'''Bod 1 programu –''' Partnerstvá\n"
            "Knižnica pomôže • rádio\n\n'''Bod 2 programu –''' Rozmanitosť\nMálo autoriek.\n"
            "== Other Areas ==\n* e")
    assert themes_kept(page) == ["Partnerstvá", "Rozmanitosť"]
    # a longer text, a number or a sentence after the label is the label's first line
    from salonbot.report.headings import read_line
    for line in ("'''Budget:''' 230 EUR", "'''Tema 1:''' knižnica nám dá priestor na stretnutia.",
                 "'''Tema 1 –''' knižnica; rádio"):
        read = read_line(line)
        assert read is not None and read.stop is not None, line


@pytest.mark.parametrize(("title", "theme"), [
    ("أولاً: الشراكات", "الشراكات"),           # "first:", an ordinal adverb as the label
    ("Topic: Diversity", "Diversity"),
    ("Advocacy: laws", None),                   # the word names the area: no label
    ("Note: some thoughts", None),              # the title names no area: no label
])
def test_one_word_and_a_colon_label_a_title_that_names_an_area(title: str,
                                                               theme: str | None) -> None:
    read = get_template("strategy-salon").names.theme(title)
    assert (read.title if read.labelled else None) == theme


def test_a_spaced_colon_is_no_word_of_a_plain_label() -> None:
    # six words and a colon standing apart, as pasted notes write a label in capitals
    text = ("== Summary of the discussion points ==\n"
            "TEMA 1 : PARTNERSTVÁ S NAŠOU KNIŽNICOU\n* a\n\n"
            "TEMA 2 : ZDRAVIE KOMUNITY\n* b\n== Other Areas ==\n* e")
    assert themes_kept(text) == ["PARTNERSTVÁ S NAŠOU KNIŽNICOU", "ZDRAVIE KOMUNITY"]


BREAK = ("== Na veika a veivosakitaki ==\n=== Ulutaga 1: Cakacaka vata ===\n* a\n"
         "=== Ulutaga 2: Vakatorocaketaki ni kila ===\n* b\n=== Vakacegu ni siga ===\n"
         "Keimami a kana vata.\n=== Ulutaga 2: Vakatorocaketaki ni kila (tomani) ===\n* c\n"
         "=== Ulutaga 3: Duidui ===\n* d\n== Other Areas ==\n* e")


def test_a_break_between_themes_labelled_alike_is_no_theme_and_a_continued_theme_keeps_its_name(
        ) -> None:
    report = salonbot.parse(BREAK)
    discussion = report.sections["discussion"]
    assert [theme.title for theme in discussion.children] == [
        "Cakacaka vata", "Vakatorocaketaki ni kila", "Vakatorocaketaki ni kila", "Duidui"]
    assert [extra.title for extra in discussion.extra_sections] == ["Vakacegu ni siga"]
    assert salonbot.render(report, base=BREAK) == BREAK
    # the note stays on the page when the theme is renamed (both its parts: renamed alone,
    # the part after the break would be another theme, and the page is not written so)
    discussion.children[1].title = discussion.children[2].title = "Kila"
    written = salonbot.render(report, base=BREAK)
    assert written == BREAK.replace("Vakatorocaketaki ni kila", "Kila")
    # a heading naming an area there is a theme, and a note that makes no earlier title stays
    named = BREAK.replace("Vakacegu ni siga", "Diversity").replace("kila (tomani)", "vou (2)")
    titles = [theme.title for theme in salonbot.parse(named).sections["discussion"].children]
    assert "Diversity" in titles and "Vakatorocaketaki ni vou (2)" in titles


def test_a_sentence_naming_its_theme_in_quotation_marks_is_that_theme() -> None:
    text = ("== Итоги обсуждения ==\n"
            "# Первая группа, которой досталась тема «Партнёрства», записала такие предложения:\n"
            "#* договориться с библиотекой;\n#* предложить музею фотографии.\n"
            "# Вторая группа обсуждала „Diversity“ и пришла к выводу, что нужен наставник:\n"
            "#* найти пять опытных участников.\n"
            "# Третья группа просила «больше чая» и пирогов на следующий раз, как всегда:\n"
            "#* купить чай.\n"
            "== Другие области ==\n* e")
    report = salonbot.parse(text)
    discussion = report.sections["discussion"]
    assert [theme.title for theme in discussion.children] == ["Партнёрства", "Diversity"]
    assert [point.text for point in discussion.children[0].points] == [
        "договориться с библиотекой;", "предложить музею фотографии."]
    # a quotation naming no area is no theme: the sentence stays a point, with its own points
    assert any("Третья группа" in point.text for point in discussion.children[1].points)
    assert salonbot.render(report, base=text) == text
    discussion.children[0].title = "Partnerships"
    assert "тема «Partnerships», записала" in salonbot.render(report, base=text)


def test_a_tables_row_mark_between_terms_in_its_cells_is_no_point() -> None:
    text = ("== Summary of the discussion points ==\n{| class=\"wikitable\"\n|-\n|\n"
            ";议题一：合作伙伴\n:书店可以提供场地。\n|\n;议题二：能力建设\n:需要入门教程。\n"
            "|- style=\"vertical-align:top\"\n|\n;议题三：倡导\n:向本地媒体介绍。\n|}\n"
            "== Other Areas ==\n* e")
    report = salonbot.parse(text)
    themes = report.sections["discussion"].children
    assert len(themes) == 3
    assert all("vertical-align" not in point.text and "vertical-align" not in theme.text
               for theme in themes for point in theme.points)
    assert salonbot.render(report, base=text) == text


def test_labels_in_a_chats_bold_over_lines_of_text_are_themes() -> None:
    # a chat pasted in: `*Tema 1: X*` (for MediaWiki a list of one item ending in `*`) over
    # `- ` lines; a closing line of two sentences is no label
    text = ("== Resumo da discussão ==\n[12/10/2019 18:41] Carla:\nSegue o resumo.\n\n"
            "*Tema 1: Parcerias*\n- a biblioteca topa\n- procurar o arquivo\n\n"
            "*Tema 2: Capacitação*\n- criar um roteiro\n\n"
            "Beleza, gente? Obrigada a todos!! 💛\n[12/10/2019 18:52] Tiago: Valeu!\n"
            "== Outras áreas ==\n* e")
    report = salonbot.parse(text)
    themes = report.sections["discussion"].children
    assert [theme.title for theme in themes] == ["Parcerias", "Capacitação"]
    assert "- a biblioteca topa" in themes[0].text
    assert salonbot.render(report, base=text) == text
    themes[1].title = "Formação"
    assert "*Tema 2: Formação*\n" in salonbot.render(report, base=text)


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("=== ـ المحور 1: الشراكات ـ ===", "=== ـ المحور 2: بناء القدرات ـ ===",
     ["الشراكات", "بناء القدرات"]),
    ("===\u3000〜テーマ1：パートナーシップ〜\u3000===", "===\u3000〜テーマ2：人材育成〜\u3000===",
     ["パートナーシップ", "人材育成"]),
    ("=== ★ Theme 1: Partnerships ★ ===", "=== ★ Theme 2: Diversity ★ ===",
     ["Partnerships", "Diversity"]),
    # struck text is a name given up; a sign that only closes a bracket stays
    ("=== <s>Temat 1: Różnorodność</s> Temat 1: Partnerstwa ===",
     "=== Temat 2: <del>(nazwa tematu)</del> Zdrowie (społeczności) ===",
     ["Partnerstwa", "Zdrowie (społeczności)"]),
])
def test_a_decoration_around_a_title_and_struck_text_are_no_part_of_it(
        first: str, second: str, expected: list[str]) -> None:
    text = (f"== Summary of the discussion points ==\n{first}\n* a\n{second}\n* b\n"
            "== Other Areas ==\n* e")
    assert themes_kept(text) == expected


@pytest.mark.parametrize(("open_", "label", "close"), [
    ('<fieldset style="border:1px solid #aaa">', "<legend>{}</legend>", "</fieldset>"),
    ("<details open>", "<summary>'''{}'''</summary>", "</details>"),
])
def test_the_caption_of_a_box_labels_its_list(open_: str, label: str, close: str) -> None:
    text = ("== Итоги обсуждения ==\n"
            + "\n".join(f"{open_}\n{label.format(title)}\n* {point}\n{close}"
                        for title, point in [("Тема 1. Партнёрства", "a"),
                                             ("Тема 2. Разнообразие", "b")])
            + "\n== Другие области ==\n* e")
    assert themes_kept(text) == ["Партнёрства", "Разнообразие"]


@pytest.mark.parametrize(("titles", "expected"), [
    (["議題一：合作夥伴", "議題二：能力建設", "議題三：多元化"], ["合作夥伴", "能力建設", "多元化"]),
    (["议题一｜合作伙伴关系", "议题二｜能力建设"], ["合作伙伴关系", "能力建设"]),
    (["统一大业", "合作", "多样性"], ["统一大业", "合作", "多样性"]),  # no label shared
])
def test_numerals_that_are_letters_count_as_a_label_glued_to_its_word(
        titles: list[str], expected: list[str]) -> None:
    assert strip_sibling_labels(titles) == expected


def test_table_rows_of_bold_labels_group_the_rows_under_them_in_any_language() -> None:
    # a two-language table: each theme a row of bold labels, its points the rows under it
    text = ("== Summary of the discussion points ==\n{| class=\"wikitable\"\n! 粵語 !! English\n"
            "|-\n| '''議題一：合作夥伴''' || '''Theme 1: Partnerships'''\n|-\n"
            "| 同大學圖書館合作。 || Work with university libraries.\n|-\n"
            "| 請區議會提供場地。 || Ask the council for venues.\n|-\n"
            "| '''議題二：多元化''' || '''Theme 2: Diversity'''\n|-\n"
            "| 女性編者太少。 || Too few women editors.\n|}\n== Other Areas ==\n* d")
    assert themes_kept(text) == ["合作夥伴", "多元化"]
    report = salonbot.parse(text)
    assert [len(theme.points) for theme in report.sections["discussion"].children] == [2, 1]


def test_a_table_pasted_as_csv_lines_holds_a_theme_a_run_of_rows() -> None:
    text = ("== Summary of the discussion points ==\nExport (CSV):\n\n"
            "Тема;Предложение;Кто готов помочь\n"
            "Партнёрства;Провести вики-марафон вместе с областной библиотекой;Ольга\n"
            "Партнёрства;Договориться с университетом о курсовых в Википедии;Дмитрий\n"
            "Разнообразие;\"Писать статьи; о деревнях и малых городах области\";Марина\n"
            "Разнообразие;Привлечь пожилых краеведов к Википедии и музеям;\n"
            "\n== Other Areas ==\n* d")
    assert themes_kept(text) == ["Партнёрства", "Разнообразие"]
    report = salonbot.parse(text)
    diversity = report.sections["discussion"].children[1]
    assert diversity.points[0].text == "Писать статьи; о деревнях и малых городах области"
    assert report.sections["discussion"].text == "Export (CSV):"  # the rows are the themes'
    diversity.points[1].text = "Привлечь краеведов"
    written = salonbot.render(report, base=text)
    assert written == text.replace("Привлечь пожилых краеведов к Википедии и музеям",
                                   "Привлечь краеведов")


def test_a_markdown_table_pasted_holds_a_theme_a_row() -> None:
    text = ("== Summary of the discussion points ==\n| Mesa | Tema | Propostas |\n|---|---|---|\n"
            "| A | **Tema 1: Collaboratziones** | Editathon cada mese |\n"
            "| B | **Tema 2: Diversidade** | Prus fèminas |\n== Other Areas ==\n* d")
    assert themes_kept(text) == ["Collaboratziones", "Diversidade"]


@pytest.mark.parametrize("paragraph", [
    "We met at ten, then we ate, then we left.\nIt was good, really, very good.\n"
    "Anna, Bob, Carl came too.",
    "Advocacy;a;b\nDiversity;c\nPartnerships;d;e",  # not the same number of fields
])
def test_lines_that_do_not_split_alike_are_no_pasted_table(paragraph: str) -> None:
    text = f"== Summary of the discussion points ==\n{paragraph}\n== Other Areas ==\n* d"
    report = salonbot.parse(text)
    assert report.sections["discussion"].children == []
    assert salonbot.render(report, base=text) == text


def test_labels_that_end_like_a_sentence_are_labels_beside_their_likes() -> None:
    # a declaration's articles, each a bold line ending in a full stop: the one naming no area
    # is a theme beside those that do, and the title over them and `DECLARAN:` are not
    text = ("== Summary of the discussion points ==\n"
            "<center>'''DECLARACIÓN DE CAJAMARCA'''</center>\n\n'''DECLARAN:'''\n\n"
            "'''Artículo 1.º – Alianzas.'''\n# Que las universidades.\n\n"
            "'''Artículo 2.º – Diversidad.'''\n# Que se promueva.\n\n"
            "'''Artículo 3.º – Disposición final.'''\n# Que se publique.\n\n"
            "== Other Areas ==\n* d")
    assert themes_kept(text) == ["Alianzas", "Diversidad", "Disposición final"]


def test_a_line_right_under_a_label_in_another_style_is_its_note() -> None:
    # a poll's export: each question a bold label, the italic line under it its note; the
    # export's title, a question that is no theme and its footer are no themes either
    text = ("== Summary of the discussion points ==\n"
            "'''Mentimeter – results export'''<br />\n''23 voters · exported 12/10/2019''\n\n"
            "'''Q1. Theme 1 – Partnerships: who?'''<br />\n''Open ended · 12 responses''\n"
            "* The record office\n\n"
            "'''Q2. Theme 2 – Diversity: whose knowledge?'''<br />\n''Open ended · 9 responses''\n"
            "* Women in industry\n\n"
            "'''Q3. How ready are we?'''<br />\n''Scales · 18 responses''\n\n"
            "''Powered by Mentimeter''\n\n== Other Areas ==\n* d")
    assert themes_kept(text) == ["Partnerships: who?", "Diversity: whose knowledge?"]
    first = salonbot.parse(text).sections["discussion"].children[0]
    assert first.text == "''Open ended · 12 responses''"


def test_lines_marked_alike_are_themes_and_a_line_beside_them_labelled_otherwise_is_not() -> None:
    # a post pasted from a messaging app: each theme `▌议题N｜X` after a blank line, the points
    # `◆ ...` paragraphs, the post's `—— END ——` line no theme
    text = ("== Summary of the discussion points ==\n以下内容转自公众号：\n\n"
            "▌议题一｜合作伙伴关系\n\n◆ 与厦门大学合作开设选修课。\n\n"
            "▌议题二｜能力建设\n\n◆ 每月举办一次编辑工作坊。\n\n"
            "▌议题三｜多样性\n\n◆ 闽南语维基百科需要更多条目。\n\n—— END ——\n\n"
            "== Other Areas ==\n* d")
    assert themes_kept(text) == ["合作伙伴关系", "能力建设", "多样性"]


def test_labels_inside_a_pasted_pdf_s_wrapped_lines_are_themes_and_its_page_headers_not() -> None:
    text = ("== Summary of the discussion points ==\n"
            "Strategiesalon Freiburg 2019 – Protokoll Seite 2 von 3\n"
            "Thema 1: Partnerschaften\n• Feste Kooperation mit der Stadtbibliothek und der Biblio-\n"
            "thek statt einzelner Nachmittage.\nThema 2: Kapazitätsaufbau\n"
            "• Neue Aktive brauchen eine feste Ansprechperson.\n– 2 –\n"
            "Strategiesalon Freiburg 2019 – Protokoll Seite 3 von 3\n"
            "Thema 3: Diversität\n• Mehr Frauen.\n\n== Other Areas ==\n* d")
    assert themes_kept(text) == ["Partnerschaften", "Kapazitätsaufbau", "Diversität"]


def test_a_timetable_of_sessions_holds_no_themes() -> None:
    text = ("== Summary of the discussion points ==\n{| class=\"wikitable\"\n! Hora !! Sala 1 !! Sala 2\n"
            "|-\n| 11:00 || Sesión A || Sesión B\n|-\n| 12:30 || Sesión C || —\n|}\n\n"
            "=== Sesión A: Alianzas ===\n* a\n=== Sesión B: Diversidad ===\n* b\n"
            "== Other Areas ==\n* d")
    assert themes_kept(text) == ["Alianzas", "Diversidad"]


def test_a_table_whose_rows_repeat_the_themes_written_under_headings_is_their_index() -> None:
    # a status count over the themes, which are written below it under their own headings
    text = ("== Summary of the discussion points ==\nKey: done, doing.\n\n"
            "{| class=\"wikitable\"\n! Theme !! Done !! Doing\n"
            "|-\n| Partnerships || 1 || 1\n|-\n| Diversity || 0 || 2\n|}\n\n"
            "=== Theme 1. Partnerships ===\n* a\n=== Theme 2. Diversity ===\n* b\n"
            "== Other Areas ==\n* d")
    assert themes_kept(text) == ["Partnerships", "Diversity"]
    report = salonbot.parse(text)
    assert "| Partnerships || 1 || 1" in report.sections["discussion"].text
    # a table that names a theme no heading has holds its themes still
    other = text.replace("| Diversity || 0 || 2", "| Advocacy || 0 || 2")
    assert themes_kept(other) == ["Partnerships", "Advocacy", "Partnerships", "Diversity"]


def test_a_table_whose_rows_mostly_repeat_the_themes_is_their_index() -> None:
    # a Lean Coffee's voting board: the topics voted on, one of them never reached; the themes
    # are the headings below it
    text = ("== Summary of the discussion points ==\n"
            "{| class=\"wikitable\"\n! Topic !! Votes !! Status\n"
            "|-\n| Partnerships || 9 || discussed\n|-\n| Diversity || 7 || discussed\n"
            "|-\n| Advocacy || 3 || no time left\n|}\n\n"
            "=== 1st topic – Partnerships ===\n* a\n=== 2nd topic – Diversity ===\n* b\n"
            "== Other Areas ==\n* d")
    assert themes_kept(text) == ["Partnerships", "Diversity"]
    report = salonbot.parse(text)
    assert "| Advocacy || 3 || no time left" in report.sections["discussion"].text
    # one row in two that repeats a theme makes no index
    other = text.replace("| Diversity || 7 || discussed", "| Revenue || 7 || discussed")
    assert themes_kept(other) == ["Partnerships", "Revenue", "Advocacy", "Partnerships",
                                  "Diversity"]


def test_a_note_s_mark_at_the_end_of_a_title_is_no_part_of_it() -> None:
    text = ("== Summary of the discussion points ==\n=== Tema 1: Parcerias ===\n* a\n"
            "=== Tema 2: Capacitação[b] ===\n* b\n== Other Areas ==\n* d")
    assert themes_kept(text) == ["Parcerias", "Capacitação"]


def test_a_bold_label_with_apostrophes_in_it_is_a_label() -> None:
    # Neapolitan elisions inside the bold: one apostrophe is a letter, not markup
    text = ("== Summary of the discussion points ==\n"
            "'''Tema 'e discussione 1 (Partenariate)'''\n* a\n\n"
            "'''Tema 'e discussione 2 (Salute d'a comunità)'''\n* b\n\n== Other Areas ==\n* d")
    assert themes_kept(text) == ["Partenariate", "Salute d'a comunità"]


def test_the_same_words_then_a_name_in_quotation_marks_label_the_name() -> None:
    text = ("== Summary of the discussion points ==\n"
            "'''À l'attention du groupe de travail « Partenariats »'''\n* a\n\n"
            "'''À l'attention du groupe de travail « Diversité »'''\n* b\n\n== Other Areas ==\n* d")
    assert themes_kept(text) == ["Partenariats", "Diversité"]


def test_a_time_before_a_label_is_no_part_of_its_title() -> None:
    # a live blog's entries and a video's chapters
    text = ("== Summary of the discussion points ==\n'''16:35 · Mesa 2: Diversidad'''\n* a\n\n"
            "'''16:05 · Mesa 1: Alianzas'''\n* b\n\n== Other Areas ==\n* d")
    assert themes_kept(text) == ["Diversidad", "Alianzas"]
    report = salonbot.parse(text)
    report.sections["discussion"].children[0].title = "Salud"
    assert salonbot.render(report, base=text).splitlines()[1] == "'''16:35 · Mesa 2: Salud'''"


def test_a_time_before_a_heading_s_words_is_no_part_of_its_title() -> None:
    # a lab notebook: each table's heading opened by the time it started
    text = ("== Summary of the discussion points ==\n=== 10:45 – Table 1: Partnerships ===\n* a\n"
            "=== 10:45 – Table 2: Diversity ===\n* b\n=== 11:05 Table 3: Advocacy ===\n* c\n"
            "== Other Areas ==\n* d")
    assert themes_kept(text) == ["Partnerships", "Diversity", "Advocacy"]
    report = salonbot.parse(text)
    report.sections["discussion"].children[1].title = "Capacity Building"
    assert salonbot.render(report, base=text).splitlines()[3] == \
        "=== 10:45 – Table 2: Capacity Building ==="


def test_a_colon_between_two_digits_is_a_time_not_a_separator() -> None:
    # a meeting bot's topics: the label, the title, then who opened it and when
    assert strip_sibling_labels([
        "Tema 1: Parcerias (Renata_S, 21:06:31)", "Tema 2: Capacitação (Renata_S, 21:24:50)",
        "Tema 3: Diversidade (Renata_S, 21:44:07)"]) == ["Parcerias", "Capacitação", "Diversidade"]
    assert strip_sibling_labels(["Theme 1:Advocacy", "Theme 2:Diversity"]) == [
        "Advocacy", "Diversity"]  # a digit before the colon only: still a separator
    assert strip_sibling_labels(["Partnerships 10:30", "Diversity 11:15"]) == [
        "Partnerships 10:30", "Diversity 11:15"]  # nothing split at the times' colons


def test_a_line_under_a_sentence_in_another_style_is_no_note_of_it() -> None:
    # an italic sentence over the first bold label labels nothing: the label stays a theme
    text = ("== Summary of the discussion points ==\n''Per punt de bevindingen.''\n"
            "'''4a. Samenwerkingen'''\n* a\n\n'''4b. Diversiteit'''\n* b\n"
            "== Other Areas ==\n* c")
    assert themes_kept(text) == ["Samenwerkingen", "Diversiteit"]


def test_lines_of_one_style_that_all_ask_are_themes_with_their_punctuation() -> None:
    text = ("== Summary of the discussion points ==\n'''¿Qué se propuso sobre las alianzas?'''\n"
            "* a\n\n'''¿Qué se propuso sobre la diversidad?'''\n* b\n"
            "== Other Areas ==\n* c")
    assert themes_kept(text) == ["¿Qué se propuso sobre las alianzas?",
                                 "¿Qué se propuso sobre la diversidad?"]


def test_a_question_beside_labels_that_do_not_ask_is_text() -> None:
    text = ("== Summary of the discussion points ==\n'''Partnerships'''\n* a\n"
            "'''Diversity'''\n* b\n'''What should we do next?'''\n* c\n"
            "== Other Areas ==\n* d")
    assert themes_kept(text) == ["Partnerships", "Diversity"]


def test_a_spreadsheet_export_gives_a_theme_a_filled_first_column() -> None:
    # its column titles in a bold data row are no theme; a row whose label cell is empty is a
    # further point of the theme above
    text = ("== Summary of the discussion points ==\n{| class=\"wikitable\"\n! !! A !! B\n|-\n"
            "| 1 || '''Tema''' || '''Poin'''\n|-\n| 2 || Kemitraan || Kerja sama\n|-\n"
            "| 3 || || Kelas menulis\n|-\n| 4 || Keberagaman || Penyunting\n|-\n"
            "| 5 || || Bahasa Madura\n|}\n== Other Areas ==\n* c")
    assert themes_kept(text) == ["Kemitraan", "Keberagaman"]
    themes = salonbot.parse(text).sections["discussion"].children
    assert [[point.text for point in theme.points] for theme in themes] == [
        ["Kerja sama", "Kelas menulis"], ["Penyunting", "Bahasa Madura"]]
