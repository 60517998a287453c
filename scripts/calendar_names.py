"""Write src/salonbot/analytics/calendar-names.txt: the month and weekday names of MediaWiki's
own localisation (`languages/i18n/*.json`, translated at translatewiki.net) for the languages
that CLDR (Babel's data) has no locale for, the long tail of Wikimedia's languages (Erzya,
Tumbuka, Kongo, Tahitian, Meadow Mari...), and the full month names of the others that CLDR
does not give (Māori's `Haratua`, where CLDR writes `Mei`). A report page is written in the language of its
community; the names a wiki shows in that language are the names its writers use.

    python3 scripts/calendar_names.py [/usr/share/mediawiki/languages/i18n]

Run it again after a MediaWiki upgrade (Debian's `mediawiki` package, which the tests install,
is the default source); the list is data, committed with the code. Its lines are
`LANGUAGE<TAB>KIND<TAB>NUMBER<TAB>NAME`: KIND is `month` (a full name, both grammatical forms),
`month-abbr` or `weekday` (full); months count from 1 (January), weekdays from 0 (Monday), as
CLDR's data does. A language code is MediaWiki's primary subtag (`crh` for `crh-latn`).
MediaWiki's messages are GPL-2.0-or-later; the names are facts of each language.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from babel import Locale
from babel.localedata import locale_identifiers

OUT = Path(__file__).resolve().parent.parent / "src/salonbot/analytics/calendar-names.txt"
SOURCE = Path("/usr/share/mediawiki/languages/i18n")

MONTHS = ("january", "february", "march", "april", "may_long", "june", "july", "august",
          "september", "october", "november", "december")
ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                 "dec")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _plain(value: object) -> str | None:
    """A message that is a plain name (no markup, no placeholder), stripped."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    if not value or any(mark in value for mark in "{}[]<>|$&"):
        return None
    return value


def _folded(name: str) -> str:
    """A name case-folded, without combining marks."""
    return "".join(character for character in unicodedata.normalize("NFD", name.casefold())
                   if unicodedata.category(character) != "Mn")


def _cldr_months(language: str) -> set[str]:
    """Every month name (full and abbreviated, both grammatical forms) CLDR's locale of the
    language gives, folded."""
    months = Locale.parse(language).months
    return {_folded(name) for context in months.values() for width in context.values()
            for name in width.values()}


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    cldr = {identifier.split("_")[0] for identifier in locale_identifiers()}
    rows: set[tuple[str, str, int, str]] = set()
    for path in sorted(source.glob("*.json")):
        code = path.stem
        language = code.split("-")[0]
        if code in ("qqq", "qqx") or not language.isalpha():
            continue
        messages = json.loads(path.read_text(encoding="utf-8"))
        if language in cldr:
            # a language CLDR has a locale for: only the full month names of its wiki that
            # CLDR does not give (Māori's wiki shows `Haratua` for May, CLDR `Mei`), of the
            # language's own file (not a variant's, `sr-el`)
            if "-" in code:
                continue
            given = _cldr_months(language)
            for number, key in enumerate(MONTHS, start=1):
                for form in (key, f"{key.replace('_long', '')}-gen"):
                    name = _plain(messages.get(form))
                    if name and _folded(name) not in given:
                        rows.add((language, "month", number, name))
            continue
        for number, key in enumerate(MONTHS, start=1):
            plain_key = key.replace("_long", "")
            for form in (key, f"{plain_key}-gen"):
                name = _plain(messages.get(form))
                if name:
                    rows.add((language, "month", number, name))
            name = _plain(messages.get(ABBREVIATIONS[number - 1]))
            if name:
                rows.add((language, "month-abbr", number, name))
        for number, key in enumerate(WEEKDAYS):
            name = _plain(messages.get(key))
            if name:
                rows.add((language, "weekday", number, name))
    lines = ["# LANGUAGE<TAB>KIND<TAB>NUMBER<TAB>NAME, from MediaWiki's localisation "
             "(translatewiki.net; GPL-2.0-or-later), for the languages CLDR has no locale for, "
             "and the full month names CLDR does not give for those it has "
             "(scripts/calendar_names.py)"]
    lines += ["\t".join((language, kind, str(number), name))
              for language, kind, number, name in sorted(rows)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} names in {len({row[0] for row in rows})} languages -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
