"""The month names of other languages as a guide to an unknown one, measured by leaving each
language out (src/salonbot/analytics/readings.py, `_similar_month`, `_fitting_months`).

A date whose month is a word no table has ("Maatsi 23, 2019", "16 Matjhi 2019") is read by the
word's closeness to the month names of every other language of its script that begin with its
letter (Levenshtein distance over the longer length): a month when names of it in at least
`languages` languages are within `similar`, no other month's name is, and every other month's
names are `farther` away than its nearest. For each language of the tables (CLDR's full month
names and MediaWiki's), its own names are removed, and each of its names of four letters or
more (of two or three in the last table) is matched against those of the others: right (the
one month it names), wrong (one other month), none (no month near, or several).

Two tiers: alone (no weekday on the line), and by weekday, where the line names a weekday and
a near month must put the day on it (measured with the 16th of 2019: the weekday of the name's
own month's 16th is the one named). The thresholds to ship are those with the fewest wrong
(none if any setting has none) and then the most right, in each tier.

The weekday names are measured so too (`_similar_weekday`): each language's weekday names of
four letters or more against those of the others, leaving it out; a guessed weekday only
confirms a month guessed by weekday (above), where the two put the date on it.

    .venv/bin/python benchmarks/bench_months.py       # the tables
    .venv/bin/python benchmarks/bench_months.py -v    # and the wrong ones of the shipped
"""

from __future__ import annotations

import argparse
import datetime

from salonbot.analytics import readings
from salonbot.analytics.readings import (
    BY_WEEKDAY,
    OTHER_MONTH_FARTHER,
    SHORT_BY_WEEKDAY,
    SIMILAR_LANGUAGES,
    SIMILAR_MONTH,
    SIMILAR_WEEKDAY,
    _fitting_months,
    _month_names_by_language,
    _similar_weekday,
    _weekday_names_by_language,
)

SIMILAR = (0.2, 0.25, 0.3, 0.34, 0.4)
FARTHER = (0.1, 0.15)
LANGUAGES = (1, 2, 3, 4)


def measure(similar: float, farther: float, languages: int,
            weekday: bool, short: bool = False) -> tuple[int, int, int, list[str]]:
    counts = [0, 0, 0]  # right, wrong, none
    errors: list[str] = []
    if short:
        readings.SHORT_BY_WEEKDAY = (similar, farther, languages)
    elif weekday:
        readings.BY_WEEKDAY = (similar, farther, languages)
    else:
        readings.SIMILAR_MONTH, readings.OTHER_MONTH_FARTHER, readings.SIMILAR_LANGUAGES = \
            similar, farther, languages
    # (the defaults of _similar_month are bound at its definition: passed explicitly here)
    for language, names in _month_names_by_language().items():
        for name, month in names.items():
            if (len(name) < 4) != short:
                continue
            named = frozenset({datetime.date(2019, month, 16).weekday()}) if weekday \
                else frozenset()
            if weekday:
                found = _fitting_months(name, 2019, 16, named, language)
            else:
                found = set(readings._similar_month(name, language, similar, farther,
                                                    languages))
            _tally(found, month, counts, errors, f"{language} {name} ({month})")
    right, wrong, none = counts
    readings.SIMILAR_MONTH, readings.OTHER_MONTH_FARTHER, readings.SIMILAR_LANGUAGES = \
        SIMILAR_MONTH, OTHER_MONTH_FARTHER, SIMILAR_LANGUAGES
    readings.BY_WEEKDAY, readings.SHORT_BY_WEEKDAY = BY_WEEKDAY, SHORT_BY_WEEKDAY
    return right, wrong, none, errors


def measure_weekdays(setting: tuple[float, float, int]
                     ) -> tuple[int, int, int, int, int, int, list[str]]:
    """The weekday names of each language against those of the others (a name another
    language gives exactly is known, not guessed, and left out): right, wrong, none; and the
    dates of that language's month names (the third week's day of the weekday named) read by
    the guessed weekday and a month guessed by weekday together: right, wrong, none."""
    weekdays, months = _weekday_names_by_language(), _month_names_by_language()
    giving: dict[str, set[str]] = {}
    for language, names in weekdays.items():
        for name in names:
            giving.setdefault(name, set()).add(language)
    counts, dates = [0, 0, 0], [0, 0, 0]  # right, wrong, none: of the weekdays, the dates
    errors: list[str] = []
    for language, names in weekdays.items():
        for name, weekday in names.items():
            if giving[name] - {language}:
                continue
            found = _similar_weekday(name, language, setting)
            _tally(found, weekday, counts, errors, f"{language} {name} ({weekday})")
            for month_name, month in months.get(language, {}).items():
                day = next(day for day in range(15, 22)
                           if datetime.date(2019, month, day).weekday() == weekday)
                fitting = _fitting_months(month_name, 2019, day, found, language) \
                    if len(found) == 1 else set()
                _tally(fitting, month, dates, errors,
                       f"{language} {name} {day} {month_name} ({month})")
    return counts[0], counts[1], counts[2], dates[0], dates[1], dates[2], errors


def _tally(found: set[int] | frozenset[int], truth: int, counts: list[int], errors: list[str],
           label: str) -> None:
    """Counts one guess into `counts` (right, wrong, none); a wrong one with its label."""
    if found == {truth}:
        counts[0] += 1
    elif len(found) == 1:
        counts[1] += 1
        errors.append(f"{label} -> {next(iter(found))}")
    else:
        counts[2] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the wrong ones")
    arguments = parser.parse_args()
    shipped = {False: (SIMILAR_MONTH, OTHER_MONTH_FARTHER, SIMILAR_LANGUAGES),
               True: BY_WEEKDAY}
    for weekday in (False, True):
        print(f"\n{'by weekday' if weekday else 'alone'}\n")
        print("| similar | farther | languages | right | wrong | none | right % |")
        print("|---|---|---|---|---|---|---|")
        for setting in ((s, f, n) for s in SIMILAR for f in FARTHER for n in LANGUAGES):
            right, wrong, none, errors = measure(*setting, weekday)
            mark = " (shipped)" if setting == shipped[weekday] else ""
            similar, farther, languages = setting
            print(f"| {similar}{mark} | {farther} | {languages} | {right} | {wrong} | {none} "
                  f"| {100 * right / (right + wrong + none):.1f} |")
            if arguments.verbose and mark:
                print("\n".join(errors))
    print("\nnames of two or three letters, by weekday only\n")
    print("| similar | farther | languages | right | wrong | none | right % |")
    print("|---|---|---|---|---|---|---|")
    for setting in ((s, f, n) for s in (0.34, 0.5, 0.67) for f in FARTHER for n in (1, 2, 3)):
        right, wrong, none, errors = measure(*setting, True, True)
        mark = " (shipped)" if setting == SHORT_BY_WEEKDAY else ""
        similar, farther, languages = setting
        print(f"| {similar}{mark} | {farther} | {languages} | {right} | {wrong} | {none} "
              f"| {100 * right / max(1, right + wrong + none):.1f} |")
        if arguments.verbose and mark:
            print("\n".join(errors))
    print("\nweekday names (a weekday named by a word no table has), and the dates they and "
          "a month guessed by weekday read together\n")
    print("| similar | farther | languages | right | wrong | none | right % "
          "| dates right | dates wrong | dates none |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for setting in ((s, f, n) for s in (0.15, 0.2, 0.25) for f in FARTHER for n in LANGUAGES):
        right, wrong, none, dated, misdated, undated, errors = measure_weekdays(setting)
        mark = " (shipped)" if setting == SIMILAR_WEEKDAY else ""
        similar, farther, languages = setting
        print(f"| {similar}{mark} | {farther} | {languages} | {right} | {wrong} | {none} "
              f"| {100 * right / max(1, right + wrong + none):.1f} | {dated} | {misdated} "
              f"| {undated} |")
        if arguments.verbose and mark:
            print("\n".join(errors))

if __name__ == "__main__":
    main()
