"""The figures read from the hand-written pages of tests/figures/ (each with the figures a
careful reader takes from it, written without reading the code): no figure is ever wrong, an
unknown figure always says why, and at least 85 % of the figures the pages state are read."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from bench_figures import (  # noqa: E402
    CORPORA,
    NAMES,
    NEVER_TUNED,
    cases,
    expected_value,
    pages,
    read,
    same,
)

CORPUS = CORPORA[0]
CASES = cases(CORPUS)


@pytest.mark.parametrize(("stem", "expected", "figures"), CASES, ids=[case[0] for case in CASES])
def test_no_wrong_figure(stem: str, expected: dict[str, Any], figures: Any) -> None:
    for name in NAMES:
        figure = getattr(figures, name)
        want = expected_value(expected, name)
        if figure.value is None:
            assert figure.source is None
            if want is not None or expected.get(f"{name}_reason"):
                assert figure.reason, f"{stem} {name}: unknown without a reason"
        else:
            assert figure.source == "reading"
            assert want is not None and same(figure.value, want), \
                f"{stem} {name}: read {figure.value}, the page states {want}"


def test_most_stated_figures_are_read() -> None:
    stated = read = 0
    for _, expected, figures in CASES:
        for name in NAMES:
            if expected_value(expected, name) is not None:
                stated += 1
                read += getattr(figures, name).value is not None
    assert len(list(CORPUS.glob("*.wiki"))) >= 60
    assert read / stated >= 0.85, f"{read} of {stated} stated figures read"


def test_two_totals_say_both() -> None:
    figures = dict((stem, figures) for stem, _, figures in CASES)
    reason = figures["ar_egypt_two_totals"].participants.reason
    assert "25" in reason and "28" in reason
    assert "two salons" in figures["en_two_salons_two_currencies"].date.reason
    assert "placeholder" in figures["en_placeholders"].participants.reason


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


LATIN_DIGITS = [case[0] for case in CASES if re.search(r"[0-9]",
                                                      (CORPUS / f"{case[0]}.wiki").read_text())]


@pytest.mark.parametrize("stem", LATIN_DIGITS)
def test_digits_in_another_script_read_the_same(stem: str) -> None:
    """A page written with Arabic-Indic digits (outside links and template parameters' names)
    gives the same figures."""
    from salonbot.analytics.readings import report_figures
    from salonbot.report.parse import parse_page
    text = (CORPUS / f"{stem}.wiki").read_text(encoding="utf-8")
    other = re.sub(r"(?<![\[\w|=:/.])\d+(?:[.,]\d+)*",
                   lambda found: found.group().translate(ARABIC_INDIC), text)
    assert other != text
    before, after = report_figures(parse_page(text, stem)), report_figures(parse_page(other, stem))
    for name in NAMES:
        assert getattr(after, name).value == getattr(before, name).value, name


# (a set never tuned to is measured by the benchmark, its first measure kept in RESULTS.md, and
# joins this test once the readings have been changed for its wrong figures; each page is read
# in its own test, not when the tests are collected, which every worker of pytest-xdist does)
HELD_OUT = [(corpus.name, *case) for corpus in CORPORA[1:] if corpus not in NEVER_TUNED
            for case in pages(corpus)]

#: Pages of a tuned set whose wrong figure is a known gap, what the reading does not yet see:
#: marked so that the test fails once it reads them right (strict), and the gap is closed here.
KNOWN_WRONG = {
    ("figures-heldout128", "it_parma_translator_note"):
        "a translator's note gives a second count, `i nomi sono 19` (the names on the sign-in "
        "sheet are 19), in words of no count the reading knows: 18 is read, where the page "
        "states two counts",
    ("figures-heldout136", "de_ingolstadt_zoom_room_laptop"):
        "the count in the room (15) and a Zoom list of 10 entries, one of them the room's own "
        "laptop: 24 only by working the entries out, which no rule does; 15 is read",
    ("figures-heldout138", "cs_hradec_stale_usd"):
        "a note says the dollar line was not recomputed after the total was corrected: its "
        "256 USD, under the corrected total and within a fifth of its rate, is read as its "
        "equivalent",
    ("figures-heldout138", "el_volos_count_withdrawn"):
        "a dated update says the count 18 no longer holds (`δεν ισχύει`) and promises another: "
        "no rule reads a withdrawal in words, and 18 is read",
    ("figures-heldout140", "de_ulm_own_share_only"):
        "the writer lists only its own group's costs and says the other group's lunch is not in "
        "them: its total is read as the salon's spending",
    ("figures-heldout160", "de_siegen_soll_haben"):
        "a closed cash book, its `Summe` row 300,00 on both the Soll and the Haben side: no "
        "rule reads the payments out of a book's two columns, and 300 is read as spent",
    ("figures-heldout162", "sv_skelleftea_combined_arsmote"):
        "the salon and an annual meeting paid as one, the page saying the costs were not split: "
        "their one total is read as the salon's",
    ("figures-heldout164", "pl_bialystok_chart_total_conflict"):
        "a pie chart's caption gives another total than the table's: a template's parameters "
        "are no text the reading reads, so the table's total is read, and its dollars",
    ("figures-heldout221", "fr_geneve_conference_budget_line"):
        "the salon's spending is one row of the host conference's budget table, `Salon "
        "stratégique ... CHF 465.50`; the table's own total, `Total des Journées CHF 18'626.–`, "
        "is read as spent",
    ("figures-heldout245", "de_frankfurt_messesamstag"):
        "the salon's day is named only as the book fair's Saturday, `am Messesamstag`, beside "
        "the fair's span written with its weekdays, `von Mittwoch, dem 16., bis Sonntag, dem 20. "
        "Oktober`: its last day, with its own weekday, is read as the salon's date",
    ("figures-heldout190", "es_cartagena_partner_reflection"):
        "a partner's reflection welcomes `las 26 personas que participaron` where the list says "
        "22: a count in a quote with no total word is not read as a second total",
    ("figures-heldout257", "es_barcelona_two_salons_same_day"):
        "two salons held apart on the same day, told in one paragraph of the date section and "
        "as two list items of the participant section (`Salón de la mañana ...: 14 personas`): "
        "the reading sees one salon, and reads the day both share as its date",
    ("figures-heldout324", "pl_kutno_sobota_trzynastego"):
        "the salon's day only as `w sobotę trzynastego` (on Saturday the thirteenth, an ordinal "
        "in words) beside `w środę 3 kwietnia` of an organising meeting: 3 April is read",
    ("figures-heldout340", "ca_ciutadella_balearic_numerals"):
        "the count only as `devuit` (18 in Balearic Catalan; standard `divuit`), which no table "
        "of number words holds, beside `dos de Mallorca` (two from Majorca) in the line over a "
        "list of three names, one of them with digits (`Sant Joan 24`): 2 is read",
    ("figures-heldout345", "tt_chistopol_lep_approx"):
        "the count only as Tatar `20ләп кеше` (about 20 people: `-ләп` a suffix of approximation "
        "glued to the number), which no word of approximation names: 20 is read",
    ("figures-heldout354", "fr_kedougou_reporte_deux_fois"):
        "a salon moved twice: the quoted notice of the first move labels `Nouvelle date : samedi "
        "23 mars 2019`, and the page's own text then tells of the second, to 6 April; a label of "
        "a new date makes every other date the day planned, so 23 March is read",
    ("figures-heldout404", "he_elad_hoshia_verse_count"):
        "people counted, as custom has it, with the words of a verse of ten words (twice through, "
        "then to its sixth word: 26), which only the verse's words tell: the ten of the verse is "
        "read",
    ("figures-heldout415", "es_sagunto_libro_gastos_ciclo"):
        "one expense book for a cycle of salons, a subtotal for each salon and `TOTAL DEL CICLO` "
        "as its last row; the page says this salon's costs are the third block, in words no rule "
        "reads: the cycle's 506,45 € is read",
    ("figures-heldout415", "nl_barneveld_presentielijst_reeks"):
        "no count in prose; an attendance grid of names by salon whose `Totaal` row gives each "
        "salon's count, this salon's in its own column, which no rule picks: 16 is read",
    ("figures-heldout425", "ko_tumen_ttalla_usd"):
        "Korean of China writes the yuan `원`, the won's sign, and the dollar `딸라`, no CLDR "
        "name: the won is read",
}


@pytest.mark.parametrize(("corpus", "stem", "expected"), [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[case[:2]]))
    if case[:2] in KNOWN_WRONG else case for case in HELD_OUT],
    ids=[f"{case[0]}/{case[1]}" for case in HELD_OUT])
def test_no_wrong_figure_on_the_held_out_pages(corpus: str, stem: str,
                                               expected: dict[str, Any]) -> None:
    """The pages of tests/figures-heldout*/ (written after the readings; what is read on them
    is measured by benchmarks/bench_figures.py): a figure is read right or unknown with a
    reason, never wrong."""
    figures = read(CORPORA[0].parent / corpus, stem)
    for name in NAMES:
        figure = getattr(figures, name)
        want = expected_value(expected, name)
        if figure.value is None:
            assert figure.reason or want is None, f"{corpus}/{stem} {name}: unknown without a reason"
        else:
            assert want is not None and same(figure.value, want), \
                f"{corpus}/{stem} {name}: read {figure.value}, the page states {want}"
