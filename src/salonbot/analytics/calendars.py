"""Days of the calendars a report may date its salon in besides the Gregorian one.

A volunteer in Addis Ababa writes `ቅዳሜ፣ መጋቢት 7 ቀን 2011 ዓ.ም.` (Saturday, 7 Megabit 2011 of the
Ethiopian calendar), one in Tehran `۱۸ فروردین ۱۳۹۸`, one in Buraidah `1440/7/9هـ`: the same days
as the Gregorian 16 March, 7 April and 16 March 2019. The year says which calendar a date is
of, for the years of the reports' time (2017 to 2021) are apart in each (the Ethiopian 2009
to 2014, the Solar Hijri 1395 to 1400, the Islamic 1438 to 1443, the Hebrew 5777 to 5782, the
Indian national 1938 to 1943; the Buddhist era's, which the date patterns read as Thai writes
it, 2560 to 2564); its month's name must be one of that calendar's, in any language CLDR or
MediaWiki gives it in (other-calendar-months.txt, scripts/other_calendar_names.py).

The arithmetic is convertdate's. The Islamic calendar's months begin where the new moon is
seen, which its arithmetic can miss by a day: its days are the three around the reckoned one,
for the reader to choose by a weekday the page names.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from contextlib import suppress
from functools import cache
from importlib import resources

from convertdate import coptic, hebrew, indian_civil, islamic, persian

#: The years of the reports' time, in the common era.
FIRST_YEAR, LAST_YEAR = 2017, 2021

#: The Ethiopian (Amete Mihret) year of a Coptic year: 276 more, the same months and days.
_ETHIOPIAN_YEARS = 276

_MODULES = {"ethiopic": coptic, "persian": persian, "islamic": islamic, "hebrew": hebrew,
            "indian": indian_civil}

#: Calendars whose arithmetic is the day the page means; the others' are a day or so off.
EXACT = frozenset(("ethiopic", "persian", "hebrew", "indian"))


def _own_year(calendar: str, year: int) -> int:
    return year + _ETHIOPIAN_YEARS if calendar == "ethiopic" else year


@cache
def years(calendar: str) -> range:
    """The years of a calendar the reports' time falls in."""
    module = _MODULES[calendar]
    first = module.from_gregorian(FIRST_YEAR, 1, 1)[0]
    last = module.from_gregorian(LAST_YEAR, 12, 31)[0]
    return range(_own_year(calendar, first), _own_year(calendar, last) + 1)


def calendars_of_year(year: int) -> tuple[str, ...]:
    """The calendars (of this module) that `year` is a year of the reports' time in."""
    return tuple(calendar for calendar in _MODULES if year in years(calendar))


@cache
def month_names() -> tuple[tuple[str, str, str], ...]:
    """(calendar, CLDR's month key, name) of other-calendar-months.txt."""
    listed = resources.files("salonbot.analytics").joinpath("other-calendar-months.txt")
    rows = []
    for line in listed.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            calendar, key, name = line.split("\t")
            rows.append((calendar, key, name))
    return tuple(rows)


def _hebrew_month(key: str, year: int) -> int | None:
    """convertdate's number of a Hebrew month by CLDR's key (CLDR counts from Tishrei,
    convertdate from Nisan): None for a plain Adar in a leap year, which may be either."""
    if key == "7-yeartype-leap":
        return 13 if hebrew.leap(year) else None
    number = int(key)
    if number == 6:  # Adar I
        return 12 if hebrew.leap(year) else None
    if number == 7:  # Adar
        return None if hebrew.leap(year) else 12
    return number + 6 if number < 6 else number - 7


def gregorian(calendar: str, year: int, key: str, day: int) -> tuple[datetime.date, ...]:
    """The Gregorian days of a day of another calendar: one, or for the Islamic calendar the
    three around the reckoned one; none when the calendar has no such day."""
    module = _MODULES[calendar]
    if calendar == "hebrew":
        month = _hebrew_month(key, year)
    elif key.isdigit():
        month = int(key)
    else:
        month = None
    if month is None:
        return ()
    if calendar == "ethiopic":
        year -= _ETHIOPIAN_YEARS
    convert: Callable[..., tuple[int, int, int]] = module.to_gregorian
    last = module.month_length(year, month) if hasattr(module, "month_length") else 30
    if not 1 <= day <= last:
        return ()
    with suppress(ValueError, IndexError, KeyError):
        reckoned = datetime.date(*convert(year, month, day))
        if calendar in EXACT:
            return (reckoned,)
        one = datetime.timedelta(days=1)
        return (reckoned - one, reckoned, reckoned + one)
    return ()
