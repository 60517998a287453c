"""Write src/salonbot/analytics/compact-numbers.txt: the words and abbreviations that multiply a
number in CLDR's compact decimal formats (`12,5 тыс.` is 12,500 in Russian, `3 mil` 3,000 in
Spanish, `2 万` 20,000 in Chinese), in every locale Babel's CLDR data has, each with its
multiplier; a word that multiplies by different amounts in different locales is left out.

    python3 scripts/compact_numbers.py

Run it again after a Babel (CLDR) upgrade; the list is data, committed with the code
(analytics/readings.py reads it: an amount written with such a word between its number and its
currency is that many times the number).
"""

from __future__ import annotations

import collections
import sys
import unicodedata
from pathlib import Path

from babel import Locale, localedata

OUT = Path(__file__).resolve().parent.parent / "src/salonbot/analytics/compact-numbers.txt"
#: The words left out of OUT that one language gives one multiplier in all its locales (`k`,
#: a thousand in English and a hundred thousand in Tongan; `m`, a million in English and a
#: billion, `miliar`, in Indonesian): read only on a page in that language.
BY_LANGUAGE = OUT.with_name("compact-numbers-by-language.txt")


def _a_word(character: str) -> bool:
    """Whether one character is a word of its own: a Han character or a Hangul syllable (not a
    letter of an alphabet, such as `м`, metres as often as a million)."""
    name = unicodedata.name(character, "") if len(character) == 1 else ""
    return name.startswith(("CJK UNIFIED IDEOGRAPH", "HANGUL SYLLABLE"))


def main() -> int:
    found: dict[str, set[int]] = collections.defaultdict(set)
    # (language -> word -> multipliers, of every locale of the language)
    languages: dict[str, dict[str, set[int]]] = collections.defaultdict(
        lambda: collections.defaultdict(set))
    for identifier in localedata.locale_identifiers():
        try:
            formats = Locale.parse(identifier).compact_decimal_formats
        except (ValueError, KeyError):
            continue
        for width in ("short", "long"):
            for keys in formats.get(width, {}).values():
                for key, pattern in keys.items():
                    text = str(getattr(pattern, "pattern", pattern)).split(";")[0]
                    zeros = text.count("0")
                    word = " ".join(text.replace("0", "").replace("'", "").split()).casefold()
                    if zeros and word:
                        found[word].add(int(key) // 10 ** (zeros - 1))
                        languages[identifier.split("_")[0]][word].add(
                            int(key) // 10 ** (zeros - 1))
    # one multiplier everywhere, and more than one letter (`m` is a thousand, a million or a
    # billion by the locale; `k` alone is one too many meanings to trust), but for a character
    # of a script that writes a word with one (`万`, ten thousand in Chinese and Japanese)
    kept = {word: values.pop() for word, values in found.items()
            if len(values) == 1 and (len(word.rstrip(".")) > 1 or _a_word(word))
            and min(values) >= 1000}
    if not kept:
        print("no compact formats found in Babel's data", file=sys.stderr)
        return 1
    lines = [f"{word}\t{value}" for word, value in sorted(kept.items())]
    OUT.write_text("# word or abbreviation<TAB>multiplier, from CLDR's compact decimal formats "
                   "(scripts/compact_numbers.py)\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words written to {OUT}")
    own = sorted(f"{language}\t{word}\t{next(iter(values))}"
                 for language, words in languages.items() for word, values in words.items()
                 if word not in kept and len(values) == 1 and min(values) >= 1000)
    BY_LANGUAGE.write_text(
        "# language<TAB>word or abbreviation<TAB>multiplier: the words of CLDR's compact decimal "
        "formats with\n# several multipliers (or of one letter) that one language gives one "
        "(scripts/compact_numbers.py)\n" + "\n".join(own) + "\n", encoding="utf-8")
    print(f"{len(own)} words of one language written to {BY_LANGUAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
