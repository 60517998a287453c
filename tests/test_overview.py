"""The index (salonbot.overview): the fields of each report, the three formats, and the
replacement of the table between salonbot's markers, which must leave people's text alone."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
from pathlib import Path

import mwparserfromhell
import pytest
from hypothesis import given
from hypothesis import strategies as st

from salonbot import load_report, load_report_text
from salonbot.analytics.overview import (
    MARKER_END,
    MARKER_START,
    Row,
    _cell,
    index_csv,
    index_json,
    index_table,
    load_reports,
    new_index_page,
    one_line,
    replace_index,
    totals,
)
from salonbot.commands.index import register
from salonbot.errors import IndexMarkersError
from salonbot.export.overview import overview_row, overview_rows
from salonbot.sync.index import index_page_refusal

GOLDEN = Path(__file__).parent / "golden"
PREFIX = "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/Reports/"

MOROCCO_BUDGET = ("The total budget for this event was 1200 USD, covering accommodation, "
                  "transportation as well as meals, catering and t-shirts. An amount equivalent "
                  "to 65 USD remained after ending the event.")

# Read off the golden YAML files by hand: (date and location, participants, themes, budget).
# The budget is the spent amount where the file states one as spent (docs/export.md), else the
# budget statement's first line ("The total budget ... 65 USD remained" is not what was spent;
# a statement's only amount, with no grant or budget named, is).
EXPECTED = {
    "morocco": ("", None, ("Advocacy", "Capacity Building"), MOROCCO_BUDGET),
    "minimal": ("", None, (), ""),
    "intro_header": ("2 March 2019, Rabat, Morocco", None, (), ""),
    "unexpected_levels": ("2 March 2019", None, ("Advocacy", "Capacity Building"), ""),
    "rich_markup": ("2 March 2019, Mohammedia", None, (), "Venue: free"),
    "heading_spelling": ("12 May 2019, Rabat", 2, (), "300 USD"),
    "spacing": ("3 March 2019, Casablanca", 2, (), ""),
    "prose_and_points": ("", None, (), "First paragraph."),
    "themes_topics": ("", None, ("Advocacy", "Capacity Building", "Diversity"), "100 USD"),
    "theme_numbering": ("", None, ("Partnerships", "Advocacy", "Capacity Building"), ""),
    "unknown_section": ("", None, (), "No budget."),
    "rtl": ("", None, ("المناصرة",), ""),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_golden_report_fields(name: str) -> None:
    report = load_report(GOLDEN / f"{name}.yaml")
    row = overview_row(report)
    assert (row.date_and_location, row.participants, row.themes, row.budget) == EXPECTED[name]
    assert row.title == report.title
    assert PREFIX + row.label == report.title


def test_rows_are_sorted_by_title_and_totalled() -> None:
    reports = load_reports(sorted(GOLDEN.glob("*.yaml"), reverse=True))
    rows = overview_rows(reports)
    assert [row.title for row in rows] == sorted(report.title for report in reports)
    total = totals(rows)
    assert total.reports == len(reports)
    assert total.participants == sum(row.participants or 0 for row in rows) == 10
    assert total.themes == sum(len(row.themes) for row in rows)


def _report(yaml_text: str) -> Row:
    return overview_row(load_report_text(f"title: {PREFIX}X\n" + yaml_text))


def test_participants_count_bullets_without_sub_bullets() -> None:
    row = _report("participants:\n- Volunteers\n- - Anass\n  - Brahim\n- Staff\n- - Chaima\n"
                  "- Dounia\n")
    assert row.participants == 4
    assert _report("participants:\n- Anass\n- - organiser\n- Brahim\n").participants == 2


def test_budget_without_amount_is_its_first_line() -> None:
    assert _report("budget: |-\n  Paid by the university.\n\n  Thanks!\n").budget \
        == "Paid by the university."


@pytest.mark.parametrize(("wikitext", "line"), [
    ("2 March 2019, Rabat", "2 March 2019, Rabat"),
    ("  2 March   2019  \nRabat", "2 March 2019"),
    ("<!-- fill in -->\n\n3 May 2019<ref>Moved.</ref>, Fes\nmore", "3 May 2019, Fes"),
    ("* 4 June 2019\n* Tangier", "4 June 2019"),
    ("{{Date\n|2019-06-04}} in '''Tangier'''\nmore", "{{Date |2019-06-04}} in '''Tangier'''"),
    ("== A heading ==\nAfter it", "After it"),
    ("", ""),
])
def test_one_line(wikitext: str, line: str) -> None:
    assert one_line(wikitext) == line


def test_table_is_a_sortable_wikitable_with_links_and_totals() -> None:
    rows = overview_rows(load_reports([GOLDEN / "morocco.yaml", GOLDEN / "heading_spelling.yaml"]))
    table = index_table(rows)
    assert table.startswith('{| class="wikitable sortable"\n') and table.endswith("\n|}")
    assert f"| [[{PREFIX}MA UG|MA UG]]\n|\n|\n| Advocacy; Capacity Building\n| The total budget" in table
    assert f"| [[{PREFIX}Spelling UG|Spelling UG]]\n| 12 May 2019, Rabat\n| 2\n|\n| 300 USD" \
        in table
    assert table.index("MA UG") < table.index("Spelling UG")
    assert '|- class="sortbottom"\n! Total: 2 reports\n!\n! 2, from 1 of 2 reports\n' \
        '! 2 themes, in 1 of 2 reports\n!\n|}' in table
    assert not any(line != line.rstrip() for line in table.splitlines())
    tables = mwparserfromhell.parse(table).filter_tags(matches=lambda tag: tag.tag == "table")
    assert len(tables) == 1


def test_cell_text_cannot_break_the_table() -> None:
    row = Row(title=f"{PREFIX}X", label="X", date_and_location="a | b || c {{ d [[ e ]] f }}",
              participants=None, themes=("x|y", "[[Link|shown]]"), budget="{{T|1}} USD")
    table = index_table([row])
    assert "| a &#124; b &#124;&#124; c &#123;&#123; d [[ e ]] f &#125;&#125;\n" in table
    assert _cell("[not a link] {x}") == "&#91;not a link&#93; &#123;x&#125;"
    # a template in a report is shown, not run, on the index (issue 20: cells are plain text)
    assert "| x&#124;y; [[Link|shown]]\n| &#123;&#123;T&#124;1&#125;&#125; USD" in table


def test_csv_and_json_carry_the_same_fields() -> None:
    rows = overview_rows(load_reports(sorted(GOLDEN.glob("*.yaml"))))
    records = list(csv.DictReader(io.StringIO(index_csv(rows))))
    data = json.loads(index_json(rows))
    assert len(records) == len(data["reports"]) == len(rows)
    # Two participants each in heading_spelling, spacing, not_canonical_bullets, out_of_order
    # and two_salons: 10 from 5 reports (read off the files by hand).
    assert data["totals"] == {"reports": len(rows), "participants": 10, "participants_from": 5,
                              "themes": sum(len(row.themes) for row in rows),
                              "themes_from": sum(bool(row.themes) for row in rows),
                              "points": sum(row.points for row in rows)}
    for record, item, row in zip(records, data["reports"], rows, strict=True):
        assert set(record) == set(item) == {"title", "label", "date_and_location",
                                            "participants", "themes", "budget", "points",
                                            "budget_amount", "budget_currency"}
        assert item["themes"] == list(row.themes)
        assert record["themes"] == "; ".join(row.themes)
        assert item["participants"] == row.participants
        assert record["participants"] == ("" if row.participants is None
                                          else str(row.participants))
        for key in ("title", "label", "date_and_location", "budget"):
            assert record[key] == item[key] == getattr(row, key)


# --- the markers ----------------------------------------------------------------------------------

TABLE = '{| class="wikitable sortable"\n! Report\n|}'
around = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=60)


@given(before=around, middle=around, after=around)
def test_text_around_the_markers_stays_byte_for_byte(before: str, middle: str,
                                                     after: str) -> None:
    if any(marker in text for text in (before, middle, after)
           for marker in (MARKER_START, MARKER_END)):
        return
    page = f"{before}{MARKER_START}{middle}{MARKER_END}{after}"
    if re.search(r"<!--|<[A-Za-z]", before + middle):
        # a comment or a tag opened before a marker may hide it from MediaWiki (`<!--`,
        # `<nowiki>`): then salonbot refuses the page and changes nothing
        try:
            new = replace_index(page, TABLE)
        except IndexMarkersError:
            return
    else:
        new = replace_index(page, TABLE)
    assert new == f"{before}{MARKER_START}\n{TABLE}\n{MARKER_END}{after}"
    assert new.encode("utf-8").startswith(f"{before}{MARKER_START}".encode())
    assert new.encode("utf-8").endswith(f"{MARKER_END}{after}".encode())
    assert replace_index(new, TABLE) == new


def test_people_text_is_kept_exactly() -> None:
    page = (f"Intro by a person.\r\n\n{{{{Header}}}}\n\n{MARKER_START}\nold table\n{MARKER_END}"
            "\n\n== Notes ==\n* kept  \t\n[[Category:Strategy Salons]]")
    new = replace_index(page, TABLE)
    start = page.index(MARKER_START) + len(MARKER_START)
    end = page.index(MARKER_END)
    assert new[:start] == page[:start]
    assert new[-(len(page) - end):] == page[end:]
    assert "old table" not in new and TABLE in new


def test_a_new_page_is_the_markers_and_the_table() -> None:
    page = new_index_page(TABLE)
    assert page == f"{MARKER_START}\n{TABLE}\n{MARKER_END}"
    assert replace_index(page, TABLE) == page


@pytest.mark.parametrize("page", [
    "A page people wrote, without markers.",
    f"Only the start {MARKER_START} here.",
    f"Only the end {MARKER_END} here.",
    "",
])
def test_missing_markers_are_refused(page: str) -> None:
    with pytest.raises(IndexMarkersError, match="only writes between its markers"):
        replace_index(page, TABLE)


@pytest.mark.parametrize("page", [
    f"{MARKER_START}\na\n{MARKER_END}\n{MARKER_START}\nb\n{MARKER_END}",
    f"{MARKER_START}\na\n{MARKER_START}\nb\n{MARKER_END}",
    f"{MARKER_START}\na\n{MARKER_END}\nb\n{MARKER_END}",
])
def test_markers_twice_are_refused(page: str) -> None:
    with pytest.raises(IndexMarkersError, match="more than once"):
        replace_index(page, TABLE)


def test_markers_in_the_wrong_order_are_refused() -> None:
    with pytest.raises(IndexMarkersError, match="comes before"):
        replace_index(f"{MARKER_END}\nx\n{MARKER_START}", TABLE)


def test_index_page_title_checks() -> None:
    assert "no index page is set" in (index_page_refusal("", []) or "")
    assert index_page_refusal("Strategy/Wikimedia movement/2018-20/2019 Community Conversations/"
                              "Strategy Salons/Reports", [f"{PREFIX}MA UG"]) is None
    assert "stores it" in (index_page_refusal("strategy_salons index", []) or "")
    assert "cannot have" in (index_page_refusal("Index|of reports", []) or "")
    assert "is the title of a report" in (index_page_refusal(f"{PREFIX}MA UG",
                                                             [f"{PREFIX}MA UG"]) or "")


# --- the command, without a wiki ------------------------------------------------------------------


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="salonbot")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = args.handler(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_command_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    golden = str(GOLDEN)
    code, out, _ = _run(["index", "--dir", golden], capsys)
    assert code == 0 and out.startswith('{| class="wikitable sortable"')
    code, out, _ = _run(["index", "--dir", golden, "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["totals"]["reports"] == len(list(GOLDEN.glob("*.yaml")))
    code, _, _ = _run(["index", "--dir", golden, "--format", "csv", "-o", "index.csv"], capsys)
    assert code == 0 and (tmp_path / "index.csv").read_text().startswith("title,label,")


def test_command_refuses_a_push_without_an_index_page(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["index", "--dir", str(GOLDEN), "--push"], capsys)
    assert code == 1 and "no index page is set" in err
    code, _, err = _run(["index", "--dir", str(GOLDEN), "--push", "--format", "csv"], capsys)
    assert code == 2 and "--push" in err
    code, _, err = _run(["index", "--dir", str(tmp_path)], capsys)
    assert code == 1 and "no report files" in err


def test_the_index_command_offers_the_overview_s_formats() -> None:
    # commands/index.py names them itself, so that the CLI's parser does not import the export
    from salonbot.analytics import overview
    from salonbot.commands import index
    from salonbot.export import overview_html
    assert tuple(overview.FORMATS) == index.FORMATS
    assert index.META_WIKI == overview_html.META_WIKI
