"""Write src/salonbot/analytics/other-calendar-months.txt: the month names of the calendars a
report may date its salon in besides the Gregorian one (the Ethiopian, the Solar Hijri or
Persian, the Islamic or Hijri, the Hebrew and the Indian national calendar), in every language
CLDR gives them in (its JSON data, `cldr-cal-*-full`), and in every language MediaWiki's own
localisation gives them in (`languages/i18n/*.json`: `iranian-calendar-m1`, `hijri-calendar-m1`,
`hebrew-calendar-m1`...).

    python3 scripts/other_calendar_names.py CLDR_JSON [MEDIAWIKI_I18N]

CLDR_JSON is the `cldr-json` folder of a checkout of github.com/unicode-org/cldr-json (the
folders `cldr-cal-ethiopic-full`, `cldr-cal-persian-full`, `cldr-cal-islamic-full`,
`cldr-cal-hebrew-full`, `cldr-cal-indian-full` are read); MEDIAWIKI_I18N defaults to Debian's
`mediawiki` package, which the tests install. The list is data, committed with the code: run it
again after a CLDR release. Its lines are `CALENDAR<TAB>MONTH<TAB>NAME`: MONTH is CLDR's key of
the month (from 1; the Hebrew calendar's Adar II of a leap year is `7-yeartype-leap`). CLDR's
data is under the Unicode License; MediaWiki's messages are GPL-2.0-or-later; the names are
facts of each language.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/salonbot/analytics/other-calendar-months.txt"
MEDIAWIKI = Path("/usr/share/mediawiki/languages/i18n")

CALENDARS = ("ethiopic", "persian", "islamic", "hebrew", "indian")

#: MediaWiki's message prefix of a calendar, and its month keys -> CLDR's.
MEDIAWIKI_MONTHS = {
    "persian": ("iranian-calendar-m", {str(n): str(n) for n in range(1, 13)}),
    "islamic": ("hijri-calendar-m", {str(n): str(n) for n in range(1, 13)}),
    # (MediaWiki counts the Hebrew months from Tishrei with Adar 6, Adar I 6a, Adar II 6b;
    # CLDR from Tishrei with Adar I 6, Adar 7, Adar II 7-yeartype-leap)
    "hebrew": ("hebrew-calendar-m", {**{str(n): str(n) for n in range(1, 6)}, "6": "7",
                                     "6a": "6", "6b": "7-yeartype-leap",
                                     **{str(n): str(n + 1) for n in range(7, 13)}}),
}


def _plain(value: object) -> str | None:
    """A name with no markup, no placeholder and some letter, spaces folded."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    if not value or any(mark in value for mark in "{}[]<>|$&") \
            or not any(character.isalpha() for character in value):
        return None
    return value


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: python3 scripts/other_calendar_names.py CLDR_JSON [MEDIAWIKI_I18N]",
              file=sys.stderr)
        return 2
    cldr = Path(sys.argv[1])
    mediawiki = Path(sys.argv[2]) if len(sys.argv) > 2 else MEDIAWIKI
    rows: set[tuple[str, str, str]] = set()
    for calendar in CALENDARS:
        for path in sorted((cldr / f"cldr-cal-{calendar}-full" / "main").glob(
                f"*/ca-{calendar}.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            for locale in data["main"].values():
                months = locale["dates"]["calendars"][calendar]["months"]
                for context in ("format", "stand-alone"):
                    for width in ("wide", "abbreviated"):
                        for key, name in months.get(context, {}).get(width, {}).items():
                            if (plain := _plain(name)) and len(plain) >= 3:
                                rows.add((calendar, key, plain))
    for path in sorted(mediawiki.glob("*.json")):
        messages = json.loads(path.read_text(encoding="utf-8"))
        for calendar, (prefix, keys) in MEDIAWIKI_MONTHS.items():
            for key, cldr_key in keys.items():
                for form in (f"{prefix}{key}", f"{prefix}{key}-gen"):
                    if (plain := _plain(messages.get(form))) and len(plain) >= 3:
                        rows.add((calendar, cldr_key, plain))
    lines = ["# CALENDAR<TAB>MONTH<TAB>NAME: the month names of other calendars, from CLDR "
             "(Unicode License) and MediaWiki's localisation (GPL-2.0-or-later); "
             "scripts/other_calendar_names.py"]
    lines += ["\t".join(row) for row in sorted(rows)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} names of {len(CALENDARS)} calendars -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
