"""Amounts, dates and participant counts read from report text (report/readings.py): a corpus of
real-looking lines in several languages and formats, each with the reading written by hand.
Where a line can be read two ways, or names no amount or date, the reading is None."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from salonbot import load_report_text
from salonbot.export.overview import overview_row
from salonbot.report.model import Node
from salonbot.report.parse import parse_page
from salonbot.report.readings import Amount, read_amount, read_date, read_number, read_participants
from salonbot.report.yamlio import dump_report

PREFIX = "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/Reports/"

BUDGETS: list[tuple[str, tuple[str, str] | None]] = [
    ("The total budget for this event was 1200 USD, covering accommodation, transportation as "
     "well as meals. An amount equivalent to 65 USD remained after ending the event.",
     ("1200", "USD")),
    ("$1,200", ("1200", "USD")),
    ("1.200 EUR", ("1200", "EUR")),
    ("USD 1200", ("1200", "USD")),
    ("We spent USD 300 on food.", ("300", "USD")),
    ("We spent 1,250.50 EUR.", ("1250.50", "EUR")),
    ("Le budget total était de 1.250,50 € (location de salle et repas).", ("1250.50", "EUR")),
    ("Budget : 1 200 € dépensés sur 1 500 € accordés", ("1200", "EUR")),
    ("Presupuesto: 350 euros para comida y transporte.", ("350", "EUR")),
    ("Das Budget betrug 2.400,00 EUR.", ("2400.00", "EUR")),
    ("Orçamento total: R$ 2.000 (alimentação e transporte)", ("2000", "BRL")),
    ("Total cost: ₹15,000 for the venue and food", ("15000", "INR")),
    ("Anggaran: IDR 3.500.000 untuk konsumsi", ("3500000", "IDR")),
    ("Бюджет: 12 000 RUB", ("12000", "RUB")),
    ("الميزانية: 5000 MAD للنقل والإقامة", ("5000", "MAD")),
    ("It cost $45 in all.", ("45", "USD")),
    ("It cost 30€.", ("30", "EUR")),
    ("We received a grant of £250.", ("250", "GBP")),
    ("Funded with C$ 300 by the chapter", ("300", "CAD")),
    ("Held on 2 March 2019 with 500 MAD<ref>900 USD planned</ref>.", ("500", "MAD")),
    ("Paid with [[Moroccan dirham|MAD]]: 120 [[Moroccan dirham|MAD]]", ("120", "MAD")),
    ("<!-- 1000 USD requested --> We spent 800 USD.", ("800", "USD")),
    ("12,50 EUR for coffee", ("12.50", "EUR")),
    # nothing unambiguous: no amount
    ("No money was spent.", None),
    ("The budget was about 5000.", None),  # no currency
    ("In 2019 WMF gave us 300 for food.", None),  # WMF is no currency
    ("Costs: 20000 ¥", None),  # yen or yuan
    ("Rs 5000 for tea", None),  # rupees of which country
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), BUDGETS)
def test_budget_amounts(text: str, expected: tuple[str, str] | None) -> None:
    amount = read_amount(text)
    assert (amount if amount is None else (str(amount.value), amount.currency)) == expected


DATES: list[tuple[str, datetime.date | None]] = [
    ("2 March 2019", datetime.date(2019, 3, 2)),
    ("2019-03-02, Rabat", datetime.date(2019, 3, 2)),
    ("Saturday, March 2, 2019 in Mohammedia", datetime.date(2019, 3, 2)),
    ("2nd March 2019, Casablanca", datetime.date(2019, 3, 2)),
    ("2–3 March 2019, Rabat", datetime.date(2019, 3, 2)),
    ("Le 1er mars 2019 à Tunis", datetime.date(2019, 3, 1)),
    ("Samedi 16 février 2019, Abidjan", datetime.date(2019, 2, 16)),
    ("El 2 de marzo de 2019 en Bogotá", datetime.date(2019, 3, 2)),
    ("Sábado 25 de mayo de 2019, Santiago", datetime.date(2019, 5, 25)),
    ("Am 2. März 2019 in Berlin", datetime.date(2019, 3, 2)),
    ("12. Okt. 2019, Wien", datetime.date(2019, 10, 12)),
    ("Dia 2 de março de 2019, São Paulo", datetime.date(2019, 3, 2)),
    ("14 de setembro de 2019, Lisboa", datetime.date(2019, 9, 14)),
    ("Sabtu, 12 Oktober 2019, Jakarta", datetime.date(2019, 10, 12)),
    ("2 марта 2019 года, Москва", datetime.date(2019, 3, 2)),
    ("2019年3月2日，台北", datetime.date(2019, 3, 2)),
    ("2019/3/2", datetime.date(2019, 3, 2)),
    ("'''Date:''' 7 Sept. 2019<ref>moved from 31 August</ref>", datetime.date(2019, 9, 7)),
    ("<!-- 1 March 2019 --> 9 March 2019", datetime.date(2019, 3, 9)),
    # ambiguous or incomplete: no date
    ("03/04/2019", None),
    ("03.04.2019, Kyiv", None),
    ("March 2019, Rabat", None),
    ("31 February 2019", None),
    ("Spring 2019", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(text: str, expected: datetime.date | None) -> None:
    assert read_date(text) == expected


PARTICIPANTS: list[tuple[str, int | None]] = [
    ("About 25 people came.", 25),
    ("1,200 attendees", 1200),
    ("[[File:Salon 2019.jpg|thumb|Group]] 18 participants", 18),
    ("Held on 2 March 2019 with 12 active Wikimedians", 12),
    ("Nous étions 30 personnes.", 30),
    ("15 participantes", 15),
    ("25", 25),
    ("Total: 25", 25),
    ("Twelve people<ref>Counted on 3 March.</ref>", None),
    ("<!-- 40 expected --> Thirty", None),
    ("Nobody counted.", None),
    ("In 2019 the whole group", None),  # a year is not a count
    ("Between 20 and 30", None),  # two numbers
]


@pytest.mark.parametrize(("text", "count"), PARTICIPANTS)
def test_participant_counts_in_text(text: str, count: int | None) -> None:
    assert read_participants(Node(text=text)) == count
    page = f"== Participant List ==\n{text}"  # as the page has it (a comment is the page's own)
    report = load_report_text(dump_report(parse_page(page, f"{PREFIX}X")), base=page)
    assert overview_row(report).participants == count


def test_a_participant_list_counts_its_leaves() -> None:
    report = load_report_text(f"title: {PREFIX}X\nparticipants:\n- Volunteers\n- - Anass\n"
                              "  - Brahim\n- Staff\n- - Chaima\n- Dounia\n")
    assert read_participants(report.sections["participants"]) == 4
    assert read_participants(None) is None


@pytest.mark.parametrize(("written", "value"), [
    ("1200", "1200"), ("1,200", "1200"), ("1.200", "1200"), ("1,200.50", "1200.50"),
    ("1.200,50", "1200.50"), ("12,5", "12.5"), ("1\u00a0200", "1200"), ("1.234.567", "1234567"),
])
def test_numbers(written: str, value: str) -> None:
    assert read_number(written) == Decimal(value)


def test_an_amount_prints_as_value_and_code() -> None:
    assert str(Amount(Decimal("1200"), "USD")) == "1200 USD"
