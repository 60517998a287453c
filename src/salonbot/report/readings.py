"""Numbers, amounts of money and dates read from a report's wikitext, only where the text says
them unambiguously; otherwise nothing, never a guess.

Text is read as a reader sees it: comments and `<ref>` footnotes are left out, markup stripped.

- An amount is a number with an ISO 4217 currency code (`1200 USD`, `USD 1200`, the codes babel
  knows) or a currency sign that names one currency (`$` is read as US dollars, as on Meta's
  grant pages; `¥` and `Rs`, which name several, are not read). A number's separators:
  `1,200` and `1.200` are twelve hundred (three digits after a single separator group
  thousands), `12,50` and `12.50` twelve and a half, `1.200,50` and `1,200.50` both readings
  at once; `1 200` with a space (or a narrow space) groups thousands too. The first amount the
  text states is the one read.
- A date is a day, a month and a year that cannot be read two ways: `2019-03-02`, `2019/3/2`,
  `2 March 2019`, `March 2, 2019`, `2nd March 2019`, `2 de marzo de 2019`, `2. März 2019`,
  `1er mars 2019`, `2 марта 2019`, `2019年3月2日`, with month names (full or abbreviated) in the
  languages of `MONTH_LOCALES` (from babel's CLDR data). `03/04/2019` and `03.04.2019` are
  either March or April: not read. A range (`2-3 March 2019`) gives its first day.
- A participant count is the number of bullets of a participant list (leaves only: a bullet
  with sub-bullets is a group heading), else a number followed by a word for people
  (`25 participants`, `about 25 people`, `25 personnes`), else the only number of a text that
  has exactly one and no date or year (`25`, `Total: 25`, but not `In 2019`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import mwparserfromhell
from babel.dates import get_month_names
from babel.numbers import list_currencies

from salonbot.report.model import Bullet, Node

#: The languages whose month names dates are read in (babel locale names).
MONTH_LOCALES = ("en", "fr", "es", "de", "pt", "it", "nl", "id", "ru", "pl", "sv", "ca", "tr",
                 "sw")
#: Currency signs that name one currency.
SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "R$": "BRL", "C$": "CAD",
         "A$": "AUD", "₦": "NGN", "₱": "PHP", "৳": "BDT", "₺": "TRY", "₽": "RUB", "₩": "KRW",
         "₴": "UAH", "₵": "GHS"}
#: Words that follow a count of people (compared by prefix, case-folded).
PEOPLE_WORDS = ("participant", "people", "person", "attendee", "wikimedian", "member", "editor",
                "volunteer", "contributor", "guest", "participante", "persona", "personne",
                "teilnehm", "pessoa", "peserta", "orang", "участник", "человек", "مشارك",
                "प्रतिभागी", "অংশগ্রহণকারী", "人", "参与者", "名")

_NUMBER = (r"(?<![\d.,])(?:\d{1,3}(?:(?P<group>[,.\u00a0\u202f ])\d{3})(?:(?P=group)\d{3})*"
           r"(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d]|[.,]\d)")


@dataclass(frozen=True)
class Amount:
    """An amount of money: its value and ISO 4217 currency code."""

    value: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.value} {self.currency}"


def without_notes(wikitext: str) -> mwparserfromhell.wikicode.Wikicode:
    """The parsed wikitext without comments and <ref> footnotes (they are not the value)."""
    code = mwparserfromhell.parse(wikitext)
    notes = code.filter_comments() + code.filter_tags(
        matches=lambda tag: str(tag.tag).strip().lower() == "ref")
    for node in notes:
        with suppress(ValueError):  # inside a note removed already
            code.remove(node)
    return code


def plain_text(wikitext: str) -> str:
    """What a reader sees of the wikitext: no comments, footnotes or markup."""
    return str(without_notes(wikitext).strip_code(normalize=True, collapse=True))


def read_number(written: str) -> Decimal:
    """The value of a number matched by the amount pattern (see the module's rules)."""
    digits = written.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    marks = [character for character in digits if character in ",."]
    if not marks:
        return Decimal(digits)
    last = max(digits.rfind(","), digits.rfind("."))
    decimals = len(digits) - last - 1
    if decimals == 3 and (len(set(marks)) == 1):
        return Decimal(re.sub(r"[,.]", "", digits))  # every separator groups thousands
    whole = re.sub(r"[,.]", "", digits[:last])
    return Decimal(f"{whole}.{digits[last + 1:]}")


@cache
def _amount_pattern() -> re.Pattern[str]:
    codes = "|".join(sorted(list_currencies()))
    signs = "|".join(re.escape(sign) for sign in sorted(SIGNS, key=len, reverse=True))
    return re.compile(
        rf"(?P<sign>{signs})\s?(?P<after_sign>{_NUMBER.replace('group', 'g1')})"
        rf"|(?P<number>{_NUMBER.replace('group', 'g2')})\s?(?:(?P<code>\b(?:{codes})\b)"
        rf"|(?P<sign_after>{signs})|(?P<euros>\b[Ee]uros?\b))"
        rf"|\b(?P<code_first>{codes})\s?(?P<after_code>{_NUMBER.replace('group', 'g3')})")


def read_amount(wikitext: str) -> Amount | None:
    """The first amount of money the text states, or None (see the module's rules)."""
    for found in _amount_pattern().finditer(plain_text(wikitext)):
        if found.group("sign"):
            if found.group("sign") == "$" and found.start() and \
                    plain_text(wikitext)[found.start() - 1].isalpha():
                continue  # C$, A$, R$ and the like are matched whole; another X$ is unknown
            return Amount(read_number(found.group("after_sign")), SIGNS[found.group("sign")])
        if found.group("code_first"):
            return Amount(read_number(found.group("after_code")), found.group("code_first"))
        currency = found.group("code") or SIGNS.get(found.group("sign_after") or "") or "EUR"
        return Amount(read_number(found.group("number")), currency)
    return None


@cache
def _months() -> dict[str, int]:
    """Every month name (full and abbreviated, both grammatical forms) of MONTH_LOCALES,
    case-folded, without a final full stop -> its number."""
    months: dict[str, int] = {}
    for locale in MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    months[str(name).casefold().rstrip(".")] = int(number)
    return months


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    month = "|".join(sorted((re.escape(name) for name in _months()), key=len, reverse=True))
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?"
    days = rf"{day}(?:\s*[-–—]\s*\d{{1,2}}(?:st|nd|rd|th|\.)?)?"
    year = r"(?P<year>\d{4})"
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
        rf"\b{year}-(?P<month>\d{{2}})-(?P<day>\d{{2}})\b",
        rf"\b{year}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})\b",
        rf"{year}\s*年\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日",
        rf"\b{days}\s+(?:de\s+)?(?P<name>{month})\.?,?\s+(?:de\s+|del\s+)?{year}\b",
        rf"\b(?P<name>{month})\.?\s+{days},?\s+{year}\b",
    ))


def read_date(wikitext: str) -> datetime.date | None:
    """The first date the text states unambiguously, or None (see the module's rules)."""
    text = plain_text(wikitext)
    found_dates: list[tuple[int, datetime.date]] = []
    for pattern in _date_patterns():
        for found in pattern.finditer(text):
            groups = found.groupdict()
            month = _months()[groups["name"].casefold()] if groups.get("name") \
                else int(groups["month"])
            with suppress(ValueError):  # 31 February is no date
                found_dates.append((found.start(), datetime.date(int(groups["year"]), month,
                                                                  int(groups["day"]))))
                break
    return min(found_dates)[1] if found_dates else None


def _leaves(points: Iterable[Bullet]) -> int:
    return sum(_leaves(b.children) if b.children else bool(b.text) for b in points)


_PEOPLE = re.compile(rf"(?P<number>{_NUMBER})\s*(?:[^\W\d]+\s+){{0,2}}?"
                     rf"(?:{'|'.join(map(re.escape, PEOPLE_WORDS))})", re.IGNORECASE)


def read_participants(node: Node | None) -> int | None:
    """The participant count of a participant list, or None (see the module's rules)."""
    if node is None:
        return None
    if node.points:
        return _leaves(node.points)
    text = plain_text(node.text)
    found = _PEOPLE.search(text)
    if found:
        return int(read_number(found.group("number")))
    numbers = [read_number(found.group()) for found in re.finditer(_NUMBER, text)]
    if len(numbers) == 1 and numbers[0] == int(numbers[0]) and read_date(node.text) is None \
            and not re.search(r"\b(?:19|20)\d\d\b", text):  # a year is not a count
        return int(numbers[0])
    return None
