"""A report file's `figures:` block (report/settled.py): figures a person settles by hand win
over the reading, are never rendered to the page, survive pulls and merges, and a wrong block
gets one error per problem naming file, line and fix."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from salonbot.analytics.readings import Amount, report_figures
from salonbot.cli import main
from salonbot.report.parse import parse_page
from salonbot.report.render import render_report
from salonbot.report.validate import load_report_text
from salonbot.report.yamlio import carry_figures, dump_report
from salonbot.report.yamlmerge import merge_file_text
from salonbot.sync.folder import ReportFolder
from salonbot.sync.local import read_locals
from salonbot.sync.merge import merge_texts

PREFIX = "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/Reports/"
PAGE_FIGURES = ("date_and_location: 2 March 2019, Rabat\nparticipants: 'Total: 20'\n"
                "budget: We received 500 USD and spent 430 USD.\n")
SETTLED = ("figures:\n  date: 2019-03-09\n  participants: 23\n"
           "  budget_spent:\n    amount: 45000.5\n    currency: XOF\n")
REPORT = f"title: {PREFIX}X\n{SETTLED}{PAGE_FIGURES}"


def test_settled_figures_win_over_the_reading() -> None:
    read = report_figures(load_report_text(f"title: {PREFIX}X\n{PAGE_FIGURES}"))
    assert (read.date.value, read.participants.value, read.budget_spent.value) == (
        datetime.date(2019, 3, 2), 20, Amount(Decimal(430), "USD"))
    assert read.date.source == "reading"
    settled = report_figures(load_report_text(REPORT))
    assert (settled.date.value, settled.participants.value, settled.budget_spent.value) == (
        datetime.date(2019, 3, 9), 23, Amount(Decimal("45000.5"), "XOF"))
    assert {settled.date.source, settled.participants.source, settled.budget_spent.source} \
        == {"file"}
    assert settled.budget_spent_usd.value is None  # the page's USD figure was for 430 USD
    partly = report_figures(load_report_text(
        f"title: {PREFIX}X\nfigures:\n  participants: 23\n{PAGE_FIGURES}"))
    assert (partly.participants.source, partly.date.source) == ("file", "reading")
    # a caller's own settled figures win too
    assert report_figures(load_report_text(REPORT), {"participants": 7}).participants.value == 7


def test_the_block_is_never_rendered_and_is_written_back() -> None:
    report = load_report_text(REPORT)
    plain = load_report_text(f"title: {PREFIX}X\n{PAGE_FIGURES}")
    assert render_report(report) == render_report(plain)
    assert "45000" not in render_report(report) and "figures" not in render_report(report)
    assert dump_report(report) == REPORT  # the block after the title, as written
    inline = REPORT.replace("  budget_spent:\n    amount: 45000.5\n    currency: XOF\n",
                            "  budget_spent: {amount: 45000.5, currency: XOF}\n")
    assert load_report_text(inline).figures == report.figures


@pytest.mark.parametrize(("block", "line", "message"), [
    ("figures:\n  date: 2019-02-30\n", 3, "date '2019-02-30' is not a day; write it as YYYY-MM-DD"),
    ("figures:\n  date: 2 March\n", 3, "write it as YYYY-MM-DD"),
    ("figures:\n  participants: about 20\n", 3, "write a whole number"),
    ("figures:\n  budget_spent: 1200 USD\n", 3, "needs an amount and a currency"),
    ("figures:\n  budget_spent: {amount: '1,200', currency: USD}\n", 3, "not a plain number"),
    ("figures:\n  budget_spent:\n    amount: 1200\n    currency: FCFA\n", 5,
     "'FCFA' is not an ISO 4217 code"),
    ("figures:\n  spent: 3\n", 3, "unknown key 'spent' in figures"),
    ("figures: 23\n", 2, "holds `date:`, `participants:` and `budget_spent:`"),
])
def test_a_wrong_block_says_file_line_and_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              block: str, line: int, message: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(f"title: {PREFIX}X\n{block}", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:{line}: " in err and message in err


def test_a_pull_keeps_the_block() -> None:
    report = load_report_text(REPORT)
    pulled = dump_report(parse_page(render_report(report), report.title))
    assert "figures:" not in pulled
    assert load_report_text(carry_figures(REPORT, pulled)).figures == report.figures
    assert carry_figures(f"title: {PREFIX}X\n", pulled) == pulled  # nothing to carry
    assert carry_figures("figures: [unclosed", pulled) == pulled
    own = f"title: {PREFIX}X\nfigures:\n  participants: 5\n"
    assert carry_figures(REPORT, own) == own  # a file with its own block keeps it


def test_a_sync_merge_keeps_the_block() -> None:
    base = dump_report(load_report_text(f"title: {PREFIX}X\n{PAGE_FIGURES}"))
    local = dump_report(load_report_text(REPORT))  # the block added to the file
    wiki = base.replace("Total: 20", "Total: 21")  # the page edited on the wiki
    merged = merge_texts(base, local, wiki)
    assert merged.conflicts == 0
    report = load_report_text(merged.text)
    assert report.figures["participants"] == 23
    assert report.sections["participants"].text == "Total: 21"
    # the notes merge of a pull keeps the person's notes; the block is carried after it
    notes = merge_file_text(local, base, wiki).text
    assert load_report_text(carry_figures(local, notes)).figures == report.figures


def test_the_reports_folder_keeps_the_block_when_it_rewrites_a_file(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(REPORT, encoding="utf-8")
    report = load_report_text(REPORT)
    page = render_report(report).replace("Total: 20", "Total: 21")
    pulled = dump_report(parse_page(page, report.title))
    folder = ReportFolder(tmp_path, "sandbox", "strategy-salon")
    folder.note_read(read_locals([path]))  # as a run reads the folder before it writes
    folder.write_report("x.yaml", pulled, report.title, page, render_report(report))
    written = load_report_text(path.read_text(encoding="utf-8"))
    assert written.figures == report.figures
    assert written.sections["participants"].text == "Total: 21"
