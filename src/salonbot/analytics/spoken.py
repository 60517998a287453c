"""What the words of a page say that digits do not: the languages it is written in, the
weekday it names, and numbers written in words. Weekday and month names come from CLDR (every
locale of babel's data), numbers in words from num2words, for the languages the page's own
weekday and month names are in; readings.py reads figures with them.

- `languages(text)`: the languages whose weekday or month names (in full) the text uses, those
  that give every such name of the text ("zaterdag 16 maart" is Dutch; "lørdag" alone is
  Danish or Norwegian).
- `weekdays(text)`: the weekdays it names (0 is Monday), in any of those languages.
- `numbers_in_words(text, languages)`: the text with numbers written in words in one of the
  languages (two to 500, as num2words writes them, with a case ending of up to two letters
  after a consonant: "negenen"; Korean's native numbers too; the Slavic collective numerals,
  "osamnaestoro", Serbian in both scripts, Czech's "dvaadvacet") as digits, folded as `folded`
  gives it, and Chinese and Japanese numerals (`二十三`) as digits in any text.
"""

from __future__ import annotations

import functools
import os
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

from babel.core import get_global
from babel.localedata import locale_identifiers, resolve_locale_filename
from num2words import CONVERTER_CLASSES, num2words

#: The numbers read in words: a count of people is not one, nor more than this.
LARGEST = 500


def locale_files(keys: tuple[str, ...]) -> Iterator[Mapping[str, Any]]:
    """The data of every CLDR locale as its own file in babel gives it (without what it
    inherits from its parent, which the parent gives: reading them so takes a second, not
    several). Read here, not with babel's `load(merge_inherited=False)`, which would keep the
    partial data in babel's cache for every later use of that locale."""
    for identifier in locale_identifiers():
        with open(resolve_locale_filename(identifier), "rb") as file:
            data = pickle.load(file)  # babel's own CLDR data files
        yield {key: data[key] for key in keys if key in data}


@functools.cache
def mediawiki_months() -> tuple[tuple[str, int, str], ...]:
    """The full month names (both grammatical forms) that MediaWiki's localisation gives in
    the languages CLDR has no locale for, and those it gives in the others that CLDR's
    locale does not (calendar-names.txt, scripts/calendar_names.py):
    (language, month from 1, name). Only dates are read with them: their abbreviations are
    left out, short words of other languages too often ("sali", "alo"), and their weekday
    names only confirm a guessed month (`mediawiki_weekdays`)."""
    return _listed_calendar_names("month")


@functools.cache
def mediawiki_weekdays() -> tuple[tuple[str, int, str], ...]:
    """The full weekday names that MediaWiki's localisation gives in the languages CLDR has no
    locale for (calendar-names.txt): (language, weekday from 0, Monday, name). They only
    confirm a month guessed by its closeness to other languages' names (readings.py): as words
    of a page they are too often words of other languages."""
    return _listed_calendar_names("weekday")


def _listed_calendar_names(of: str) -> tuple[tuple[str, int, str], ...]:
    """The rows of calendar-names.txt of one kind (`month`, `weekday`): (language, number,
    name)."""
    listed = resources.files("salonbot.analytics").joinpath("calendar-names.txt")
    found: list[tuple[str, int, str]] = []
    for line in listed.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            language, kind, number, name = line.split("\t")
            if kind == of:
                found.append((language, int(number), name))
    return tuple(found)


@functools.cache
def _mediawiki_weekday_names() -> dict[str, frozenset[int]]:
    """MediaWiki's full weekday names (folded, of five letters or more) -> the weekdays;
    without those that are a month's name in CLDR or MediaWiki, or CLDR's weekday names
    (`marta`; shorter ones are too often words of other languages: `kami`, `mart`, `sali`)."""
    days: dict[str, set[int]] = {}
    taken = set(_calendar_names()[0]) | {folded(name) for _, _, name in mediawiki_months()}
    for _, number, name in mediawiki_weekdays():
        name = folded(name)
        if len(name) >= 5 and _WORD.fullmatch(name.replace(" ", "")) and name not in taken:
            days.setdefault(name, set()).add(number)
    return {name: frozenset(found) for name, found in days.items()}


def mediawiki_weekdays_named(text: str) -> frozenset[int]:
    """The weekdays (0 is Monday) the text names by MediaWiki's weekday names of the languages
    CLDR has no locale for (a name of two words too; `_mediawiki_weekday_names`)."""
    days = _mediawiki_weekday_names()
    words = _WORD.findall(folded(text))
    found = words + [" ".join(words[start:start + 2]) for start in range(len(words) - 1)]
    return frozenset().union(*(days[word] for word in found if word in days))


def table(data: Any, key: str) -> Mapping[Any, Any]:
    """A table of a locale's own data, or an empty one (absent, or an alias to another)."""
    value = data.get(key) if isinstance(data, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def text_of(value: Any) -> str:
    """A value of CLDR's data that is text, or ""."""
    return value if isinstance(value, str) else ""


def _cased(text: str) -> str:
    """The text case-folded, its marks kept (a number word is compared as written: "öt" is
    five, "ot" is not)."""
    return unicodedata.normalize("NFC", text.casefold())


def _ungendered(word: str) -> str:
    """A number word without the Arabic feminine ending `ة`, which Arabic numbers take or drop
    by the gender of what they count, against it (`سبع عشرة مشاركة`, 17 women, where num2words
    writes `سبعة عشر`): both forms compare alike."""
    return word[:-1] if len(word) > 2 and word.endswith("\u0629") else word


def folded(text: str) -> str:
    """The text case-folded, without combining marks or format characters ("Sábado" is
    "sabado"), hyphens and commas between words as spaces, white space folded."""
    parts = unicodedata.normalize("NFD", text.casefold())
    kept = parts if parts.isascii() else parts.translate(_folding())
    return " ".join(_BETWEEN_WORDS.sub(" ", unicodedata.normalize("NFC", kept)).split())


_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])[-‐,](?=\s*[^\W\d_])")


@functools.cache
def _unshown() -> dict[int, None]:
    """A table for `str.translate` that drops every combining mark that takes no room (Mn)
    and every format character (Cf): those of planes 0 to 2 and 14, where Unicode puts them
    all (folding is asked of every name of GeoNames' towns: a table, not a test of each
    character)."""
    return {point: None for point in (*range(0x30000), *range(0xE0000, 0xF0000))
            if unicodedata.category(chr(point)) in ("Mn", "Cf")}


@functools.cache
def _folding() -> dict[int, str | None]:
    """_unshown's table, and each traditional Han character written as its simplified one
    (han_variants)."""
    return {**_unshown(), **han_variants()}


@functools.cache
def han_variants() -> dict[int, str]:
    """A table for `str.translate` that writes each Han character Traditional Chinese writes
    otherwise as Simplified Chinese writes it (han-variants.txt, scripts/han_variants.py:
    `新臺幣` and CLDR's `新台幣` are one name, `新台币`)."""
    listed = resources.files("salonbot.analytics").joinpath("han-variants.txt")
    table: dict[int, str] = {}
    for line in listed.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            traditional, simplified = line.split("\t")
            table[ord(traditional)] = simplified
    return table


def _marks() -> str:
    """A character class's ranges of every combining mark (Unicode's M categories)."""
    ranges: list[list[int]] = []
    for point in range(0x300, 0x20000):
        if unicodedata.category(chr(point)).startswith("M"):
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1][1] = point
            else:
                ranges.append([point, point])
    return "".join(f"{chr(low)}-{chr(high)}" if high > low else chr(low) for low, high in ranges)


#: A word: letters with the marks written on them (a vowel sign of the Brahmic scripts is a
#: mark, no letter: `ডিসেম্বর` is one word, never `ড`, `স`, `মবর`).
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_marks()}])*")
WORD = _WORD.pattern  # (for the patterns of other modules)

#: The apostrophes a word may hold (uk `дев'ятнадцять`, nineteen), which _WORD parts it at.
_APOSTROPHES = "'’ʼ"

#: Digits in brackets a few words after a number in words: the page writes it in digits too
#: ("cent quatre-vingt-sept euros et quarante centimes (187,40 €)"), which are read instead.
_DIGITS_AFTER = re.compile(r"(?:[\s,-]+[^\W\d_]+){0,4}\s*[(（][^()（）\d]{0,12}\d")


def _bases(word: str, least: int) -> list[str]:
    """The word without a case or definite ending of one or two letters glued to it, where what
    is left has `least` letters or more (`lördagen`: `lördage`, `lördag`)."""
    return [word[:-cut] for cut in (1, 2) if len(word) - cut >= least]


def letters(word: str) -> int:
    """How many letters a word is written with: a Hangul syllable is the two or three letters
    it is made of (`토요일`, Saturday, has seven), any other character one."""
    return sum(len(unicodedata.normalize("NFD", character)) if "\uac00" <= character <= "\ud7a3"
               else 1 for character in word)


def folded_words(text: str) -> list[str]:
    """The words of the text, folded as `folded` folds them, each with its marks."""
    return _WORD.findall(folded(text))


def tokens(text: str) -> list[str]:
    """The words of the text as written, each with its marks (`अमेरिकी`, never `अम`, `र`)."""
    return _WORD.findall(text)


@functools.cache
def _calendar_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[int]]]:
    """Every full weekday and month name of CLDR (both grammatical forms, folded, of four
    letters or more), and the full month names MediaWiki gives a language of CLDR's that CLDR
    does not, -> the languages giving it; every weekday name -> the weekdays it names."""
    languages: dict[str, set[str]] = {}
    days: dict[str, set[int]] = {}
    given: dict[tuple[str, str], set[str]] = {}  # (language, kind) -> its names
    for identifier, data in zip(locale_identifiers(), locale_files(("days", "months")),
                                strict=True):
        language = identifier.split("_")[0]
        for kind in ("days", "months"):
            for context in ("format", "stand-alone"):
                for number, name in table(table(table(data, kind), context), "wide").items():
                    name = folded(text_of(name))
                    if letters(name) < 4 or not _WORD.fullmatch(name.replace(" ", "")):
                        continue
                    languages.setdefault(name, set()).add(language)
                    given.setdefault((language, kind), set()).add(name)
                    if kind == "days":
                        days.setdefault(name, set()).add(int(number))
    # and the full month names MediaWiki gives a language CLDR has where CLDR does not (the
    # genitive that Slovene writes a date with, `9. marca 2019`, beside CLDR's `marec`)
    for language, _, name in mediawiki_months():
        name = folded(name)
        if (language, "months") in given and letters(name) >= 4 \
                and _WORD.fullmatch(name.replace(" ", "")):
            languages.setdefault(name, set()).add(language)
    # a language whose own data has no names of a kind uses its parent's (CLDR's parent
    # locales: Nynorsk, `nn`, writes the month names of `no`, `mars`, and its own `laurdag`)
    for child, parent in get_global("parent_exceptions").items():
        if "_" in child or "_" in parent:
            continue
        for kind in ("days", "months"):
            if (child, kind) not in given:
                for name in given.get((parent, kind), ()):
                    languages[name].add(child)
    return ({name: frozenset(found) for name, found in languages.items()},
            {name: frozenset(found) for name, found in days.items()})


def calendar_words() -> frozenset[str]:
    """Every full weekday and month name of CLDR, folded (as _calendar_names keeps them)."""
    return frozenset(_calendar_names()[0])


@functools.cache
def _month_names() -> dict[tuple[str, str], frozenset[int]]:
    """(language, full month name of CLDR, folded, of four letters or more, both grammatical
    forms) -> the months it names in that language."""
    months: dict[tuple[str, str], set[int]] = {}
    for identifier, data in zip(locale_identifiers(), locale_files(("months",)), strict=True):
        language = identifier.split("_")[0]
        for context in ("format", "stand-alone"):
            for number, name in table(table(table(data, "months"), context), "wide").items():
                name = folded(text_of(name))
                if letters(name) >= 4 and _WORD.fullmatch(name.replace(" ", "")):
                    months.setdefault((language, name), set()).add(int(number))
    return {key: frozenset(found) for key, found in months.items()}


@functools.cache
def _month_stems() -> dict[tuple[str, str], int]:
    """(language, stem) -> the month: where CLDR declines a month's name (its format and
    stand-alone forms differ after a common beginning of six letters or more, Greek
    `δεκεμβρίου` and `δεκέμβριος`), that beginning, the stem its other cases share too (the
    accusative `Δεκέμβριο`, Russian `декабре`, Czech `prosinci`)."""
    forms: dict[tuple[str, int], set[str]] = {}
    for (language, name), numbers in _month_names().items():
        if " " not in name and len(numbers) == 1:
            forms.setdefault((language, next(iter(numbers))), set()).add(name)
    stems: dict[tuple[str, str], set[int]] = {}
    for (language, number), names in forms.items():
        stem = os.path.commonprefix(sorted(names))
        if len(names) > 1 and len(stem) >= 6:
            stems.setdefault((language, stem), set()).add(number)
    return {key: next(iter(found)) for key, found in stems.items() if len(found) == 1}


def months(text: str, languages: Iterable[str]) -> frozenset[int]:
    """The months (1 is January) the text names by their full names in `languages` (a name
    of two words too), or by a declined name's stem with a case ending of up to two letters
    (see `_month_stems`), or a name with one glued to it."""
    names, stems = _month_names(), _month_stems()
    words = _WORD.findall(folded(text))
    found = words + [" ".join(words[start:start + 2]) for start in range(len(words) - 1)]
    named = frozenset().union(*(names.get((language, word), frozenset())
                                for language in languages for word in found))
    declined = {stems[language, word[:len(word) - cut]] for language in languages
                for word in words for cut in (0, 1, 2)
                if (language, word[:len(word) - cut]) in stems}
    # (a name of six letters or more with a case ending of up to two letters glued to it, as
    # `languages` reads a weekday's: Bengali `ডিসেম্বরের`, December's)
    glued = frozenset().union(*(names[language, base] for language in languages
                                for word in words for base in _bases(word, 6)
                                if (language, base) in names))
    return named | declined | glued


def _names_in(text: str) -> list[str]:
    """The weekday and month names the text holds as words (a name of two or three words
    too: Kirundi's Saturday, `ku wa gatandatu`)."""
    names = _calendar_names()[0]
    words = _WORD.findall(folded(text))
    found = [" ".join(words[start:start + size]) for size in (3, 2)
             for start in range(len(words) - size + 1)
             if " ".join(words[start:start + size]) in names]
    return found + [word for word in words if word in names]


def languages(text: str) -> frozenset[str]:
    """The languages (babel's language codes) that give every weekday and month name the text
    uses; empty when it uses none, or when no language gives them all."""
    names, days = _calendar_names()
    # (a name of two words is one of its languages' names, or its word that is a name in
    # others: Aragonese names March `de marzo`, which in `16 de marzo` is Spanish `marzo` too)
    found = [names[name].union(*(names.get(word, ()) for word in name.split(" ")))
             for name in _names_in(text)]
    # a weekday name with a definite or case ending of up to two letters glued to it
    # (Swedish `lördagen`, the Saturday): the languages giving the name
    found += [names[base] for word in _WORD.findall(folded(text)) if word not in names
              for base in _bases(word, 5) if base in days]
    languages = frozenset.intersection(*found) if found else frozenset()
    if not languages and found:
        # no language gives them all: one name may be a place's (`Česká Lípa` beside `23.
        # března 2019`: `lipa` is July in Old Prussian); where all the names but one are
        # written beside a number, a date's, those say the language (two or more names apart
        # from a date leave it unknown: `Mata`, a name, and `Friday` of another sentence)
        plain = folded(text)
        written = _names_in(text)
        dated = [names[name] for name in written if re.search(
            rf"\d[\s.,]*{re.escape(name)}(?!\w)|(?<!\w){re.escape(name)}[\s.,]*\d", plain)]
        if dated and len(written) - len(dated) == 1:
            languages = frozenset.intersection(*dated)
    return languages


def names_a_weekday(text: str) -> bool:
    """Whether the text names a weekday by a full name of CLDR, also with a definite or case
    ending of up to two letters glued to it (Swedish `lördagen`), as `languages` reads them."""
    days = _calendar_names()[1]
    return any(word in days or any(base in days for base in _bases(word, 5))
               for word in _WORD.findall(folded(text))) or bool(weekdays(text))


def weekdays(text: str, inflected: bool = False) -> frozenset[int]:
    """The weekdays (0 is Monday) the text's weekday names name, in any language, also a name
    of six letters or more with a case ending of up to two letters glued to it (`со вторника
    по воскресенье`, from Tuesday to Sunday, names two; `Freedom Avenue` no Friday, `freed`);
    `inflected`, a Slavic feminine name in the accusative too (`в пятницу`, on Friday)."""
    names, days = _calendar_names()
    glued = [base for word in _WORD.findall(folded(text)) if word not in names
             for base in [*_bases(word, 6), *(_accusatives(word) if inflected else [])]
             if base in days]
    if inflected and "ę" in text:  # (folded, `sobotę` is `sobote`)
        glued += [folded(base) for word in _WORD.findall(_cased(text))
                  for base in _accusatives(word) if folded(base) in days]
    if inflected:  # (and Slovene's, after its "on": `v sredo`, `v soboto`, `v nedeljo`)
        glued += [base for word in _SLOVENE_ON.findall(folded(text))
                  for base in [word[:-1] + "a"] if word not in names and base in days]
    ideographic = frozenset().union(*(found for name, found in _ideographic_weekdays().items()
                                      if name in text)) if _IDEOGRAPH.search(text) else frozenset()
    return ideographic.union(*(days[name] for name in _names_in(text) + glued if name in days))


#: A Han ideograph (Chinese characters, Japanese kanji).
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")


@functools.cache
def _ideographic_weekdays() -> dict[str, frozenset[int]]:
    """CLDR's full weekday names written in Han ideographs, of three characters or more
    (`星期六`, `土曜日`) -> the weekday each names: found inside a text of a script
    written without spaces (`2019年5月25日（星期六）上午`), where no word stands apart."""
    days: dict[str, set[int]] = {}
    for data in locale_files(("days",)):
        for context in ("format", "stand-alone"):
            for number, name in table(table(table(data, "days"), context), "wide").items():
                name = text_of(name)
                if len(name) >= 3 and all(_IDEOGRAPH.match(character) for character in name):
                    days.setdefault(name, set()).add(int(number))
    return {name: frozenset(found) for name, found in days.items() if len(found) == 1}


#: The endings of a Slavic feminine name in the accusative, for those of its nominative (`в
#: пятницу`, `w sobotę`, `v sobotu`: on Friday, on Saturday), which the weekday names of those
#: languages take after "on".
_ACCUSATIVE = {"у": "а", "ю": "я", "u": "a", "ę": "a"}


#: A word ending in -o after Slovene's "on" (`v`): the accusative of a feminine name in -a.
_SLOVENE_ON = re.compile(r"(?<![^\W\d_])v\s+([^\W\d_]{4,}o)(?![^\W\d_])")


def _accusatives(word: str) -> list[str]:
    """The nominatives a word of five letters or more may be the accusative of
    (_ACCUSATIVE: `пятницу`, `пятница`)."""
    ending = _ACCUSATIVE.get(word[-1:]) if len(word) >= 5 else None
    return [word[:-1] + ending] if ending else []


def bracketed_weekdays(text: str) -> frozenset[int]:
    """The weekdays that a short weekday name alone in brackets names (`3月16日（土）`,
    `(Sat)`): CLDR's abbreviated and short names of every locale, those that name one weekday
    only."""
    short = _short_weekdays()
    found: set[int] = set()
    for name in re.findall(r"[(（]\s*([^()（）\s\d]{1,4}?)\.?\s*[)）]", text):
        found |= short.get(folded(name), frozenset())
    return frozenset(found)


@functools.cache
def _short_weekdays() -> dict[str, frozenset[int]]:
    """CLDR's abbreviated and short weekday names (folded) -> the weekday each names, where
    it names one only in every locale that writes it."""
    days: dict[str, set[int]] = {}
    for data in locale_files(("days",)):
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "short"):
                for number, name in table(table(table(data, "days"), context), width).items():
                    name = folded(text_of(name)).rstrip(".")
                    if name:
                        days.setdefault(name, set()).add(int(number))
    return {name: frozenset(found) for name, found in days.items() if len(found) == 1}


def converters(language: str) -> tuple[str, ...]:
    """num2words' languages for a CLDR language code (none when it writes no numbers in it)."""
    return _converters(language)


@functools.cache
def _converters(language: str) -> tuple[str, ...]:
    """num2words' languages for a CLDR language code: its own ("pt": pt, pt_BR) and those
    CLDR gives as another name of it ("no" for "nb")."""
    aliases = get_global("language_aliases")
    language = _NUMBERS_AS.get(language, language)
    return tuple(code for code in CONVERTER_CLASSES
                 if code.split("_")[0] == language
                 or str(aliases.get(code.split("_")[0], "")).split("_")[0] == language)


#: The standard languages of one pluricentric language, which write their numbers alike (the
#: Serbo-Croatian of Croatia, Bosnia and Montenegro: `osamnaest`, `dvadeset`), -> the one
#: num2words writes them in.
_NUMBERS_AS = {"hr": "sr", "bs": "sr", "cnr": "sr", "sh": "sr"}

#: Serbian's Latin letters (and digraphs) -> its Cyrillic ones, one to one: num2words writes
#: Serbian in Latin letters, Serbian pages are written in either.
_SERBIAN_CYRILLIC = {"lj": "љ", "nj": "њ", "dž": "џ", "a": "а", "b": "б", "c": "ц", "č": "ч",
                     "ć": "ћ", "d": "д", "đ": "ђ", "e": "е", "f": "ф", "g": "г", "h": "х",
                     "i": "и", "j": "ј", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
                     "p": "п", "r": "р", "s": "с", "š": "ш", "t": "т", "u": "у", "v": "в",
                     "z": "з", "ž": "ж"}


def _in_serbian_cyrillic(word: str) -> str:
    """A Serbian word written in Latin letters, in Cyrillic ones."""
    return re.sub("lj|nj|dž|.", lambda letter: _SERBIAN_CYRILLIC.get(letter.group(), letter.group()),
                  word)


@functools.cache
def _phrases(language: str) -> dict[tuple[str, ...], int]:
    """The numbers 2 to LARGEST written in words in a language, as their folded words ->
    the number (in Korean, the native numbers too, which num2words does not write); none of
    one character."""
    found: dict[tuple[str, ...], int] = {}
    for converter in _converters(language):
        for number in range(2, LARGEST + 1):
            spelt = _spelt(number, converter)
            if spelt != (spelt[0][:1],):  # (a number of one character is a word's part or
                found.setdefault(spelt, number)  # another word: Korean `이`, this;
                # Japanese `二`, read by han_numbers)
                if converter == "sr":  # (and in Cyrillic letters)
                    found.setdefault(tuple(map(_in_serbian_cyrillic, spelt)), number)
    if language == "ko":
        for word, number in _native_korean().items():
            found.setdefault((word,), number)
    if language == "cs":  # Czech's other form of 21 to 99, the unit first, `a` (and) and the
        # tens glued to it (`dvaadvacet`, `pětadvacet`: num2words writes `dvacet dva`)
        for number in range(21, 100):
            tens, unit = divmod(number, 10)
            if unit:
                found.setdefault(("a".join(_spelt(unit, "cs") + _spelt(tens * 10, "cs")),),
                                 number)
    return found


def _native_korean() -> dict[str, int]:
    """The native Korean numbers 2 to 99, people are counted with (`열네 명`, 14 people;
    num2words writes the Sino-Korean ones, `십사`): a ten's word and a unit's glued, the unit
    in its own form (`열넷`) and in the form before a counter (`열네`), `스무` (20) before one.
    A number of one syllable is left out: it is another word too (`네`, yes; `세`, age)."""
    tens = ("", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
    units = ("", "하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
    before = ("", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉")
    found: dict[str, int] = {}
    for number in range(2, 100):
        ten, unit = divmod(number, 10)
        for word in (tens[ten] + units[unit], tens[ten] + before[unit],
                     *(["스무"] if number == 20 else [])):
            if len(word) > 1:
                found[word] = number
    return found


#: Chinese and Japanese numerals of 2 to LARGEST as they are written in everyday text, with a
#: ten or a hundred in them (`十六`, `二十三`, `一百零五`; `一百二`, colloquial for 120): the
#: digits alone are no such number (`二〇〇八`, a year written digit by digit; `三三两两`, in
#: twos and threes), nor one digit (`三人行`), nor one next to other numerals (`两千三`, 2300,
#: `一五一十`, an idiom).
_HAN_DIGIT = "一二两兩三四五六七八九"
_HAN_NUMERALS = f"〇零{_HAN_DIGIT}十百千万萬亿億"
_HAN_NUMBER = re.compile(
    rf"(?<![{_HAN_NUMERALS}])"
    rf"(?:(?P<hundreds>[{_HAN_DIGIT}])百(?P<zero>[零〇])?)?"
    rf"(?:(?P<tens>[{_HAN_DIGIT}])?(?P<ten>十))?(?P<units>[{_HAN_DIGIT}])?"
    rf"(?![{_HAN_NUMERALS}])")


def _han_value(match: re.Match[str]) -> int | None:
    """The number a match of _HAN_NUMBER writes, or None (none, or not one of 2 to LARGEST)."""
    if len(match.group()) < 2 or not (match.group("hundreds") or match.group("ten")):
        return None
    digit = {**{character: value for value, character in enumerate("一二三四五六七八九", 1)},
             "两": 2, "兩": 2}
    hundreds = digit[match.group("hundreds")] if match.group("hundreds") else 0
    tens = digit[match.group("tens")] if match.group("tens") else 1 if match.group("ten") \
        else 0
    units = digit[match.group("units")] if match.group("units") else 0
    if match.group("zero") and match.group("ten"):
        return None  # (`一百零十`: no number)
    if hundreds and units and not match.group("ten") and not match.group("zero"):
        tens, units = units, 0  # `一百二` is 120, said short
    number = hundreds * 100 + tens * 10 + units
    return number if 2 <= number <= LARGEST else None


#: A date written in Chinese or Japanese numerals: a year digit by digit, a month, a day
#: (`二〇一九年四月十三日`), with its year or its day.
_HAN_DATE = re.compile(
    r"(?:(?P<year>[〇零一二三四五六七八九]{4})\s*年\s*)?"
    r"(?P<month>十[一二]?|[一二三四五六七八九])\s*月"
    r"(?:\s*(?P<day>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號])?")


def han_dates(text: str) -> list[tuple[int, int, str]]:
    """Where the text writes the numbers of a date in Chinese or Japanese numerals (_HAN_DATE),
    each number's start, end and digits: a reader reads `二〇一九年四月十三日` as `2019年4月13日`."""
    if not re.search(r"[一二三四五六七八九十]\s*月", text):
        return []
    found: list[tuple[int, int, str]] = []
    for match in _HAN_DATE.finditer(text):
        if not (match.group("year") or match.group("day")):
            continue  # (`三月` alone: March, or three months)
        for name in ("year", "month", "day"):
            if match.group(name) is None:
                continue
            written = match.group(name)
            if name == "year":
                digits = "".join(str("〇一二三四五六七八九".find(character))
                                 if character != "零" else "0" for character in written)
            else:
                tens, ten, units = written.rpartition("十")
                value = "一二三四五六七八九".find(units) + 1 if units else 0
                value += 10 * ("一二三".find(tens) + 1 if tens else 1) if ten else 0
                if value > 31:
                    break  # (no day)
                digits = str(value)
            found.append((match.start(name), match.end(name), digits))
    return found


def han_numbers(text: str) -> str:
    """The text with each Chinese or Japanese numeral of _HAN_NUMBER as digits, as a reader of
    those languages reads it (`共二十三人` is `共23人`), and the numbers of a date (han_dates)."""
    if not re.search(f"[{_HAN_NUMERALS}]", text):
        return text
    for start, end, digits in reversed(han_dates(text)):
        text = text[:start] + digits + text[end:]
    return _HAN_NUMBER.sub(lambda match: str(value) if (value := _han_value(match))
                           is not None else match.group(), text)


@functools.cache
def _spelt(number: int, converter: str) -> tuple[str, ...]:
    """A number as num2words writes it in a language, as folded words."""
    return tuple(map(_ungendered, _WORD.findall(_cased(num2words(number, lang=converter)))))


@functools.cache
def _vocabulary(converter: str) -> tuple[dict[str, int], frozenset[str], frozenset[str],
                                         frozenset[str]]:
    """A language's words of numbers: each one-word number of 1 to 999 -> its value; the words
    of a hundred and of a thousand (_scales); the other words that join them ("e", "og",
    "and")."""
    values: dict[str, int] = {}
    joining: set[str] = set()
    for number in range(1, 1000):
        spelt = _spelt(number, converter)
        if len(spelt) == 1:
            values.setdefault(spelt[0], number)
        else:
            joining.update(spelt)
    hundreds, thousands = _scales(converter)
    return values, hundreds, thousands, frozenset(joining - values.keys() - hundreds - thousands)


def _thousands(words: tuple[str, ...], converter: str) -> int | None:
    """The number a run of words with a word of a thousand writes, when num2words writes that
    number exactly so ("mil duzentos e cinquenta" is 1250), else None."""
    if not _scales(converter)[1] & set(words):
        return None
    values, hundreds, thousands, joining = _vocabulary(converter)
    total = current = 0
    for word in words:
        if word in thousands:
            total, current = total + max(current, 1) * 1000, 0
        elif word in hundreds:
            current = max(current, 1) * 100
        elif word in values:
            current += values[word]
        elif word not in joining:
            return None
    number = total + current
    return number if _spelt(number, converter) == words else None


@functools.cache
def _scales(converter: str) -> tuple[frozenset[str], frozenset[str]]:
    """A language's words of a hundred and of a thousand, as num2words writes 100, 200, 1000,
    2000 and 5000 ("hundred", "cents"; "mil", "mii", "hiljade"; the plural of five and more
    where a language has one, Russian "тысяч", Polish "tysięcy")."""
    def last(numbers: tuple[int, ...]) -> frozenset[str]:
        return frozenset(_spelt(number, converter)[-1] for number in numbers
                         if len(_spelt(number, converter)) > 1 or number % 1000 == 0)
    return last((100, 200)), last((1000, 2000, 5000))


@functools.cache
def _numeric(converter: str) -> frozenset[str]:
    """A language's words of numbers (one-word numbers of 1 to LARGEST, hundreds,
    thousands), not those that only join them ("og", "and")."""
    ones = {_spelt(number, converter) for number in range(1, LARGEST + 1)}
    hundreds, thousands = _scales(converter)
    return frozenset(spelt[0] for spelt in ones if len(spelt) == 1) | hundreds | thousands


#: The vowels of the alphabets (Latin, Greek, Cyrillic) whose number words may take an ending,
#: compared without marks ("é" is "e").
_VOWELS = frozenset("aeiouyæøœəɛɔαεηιοωυаеёиоуыэюяіїєө")


def _tens_and_unit(found: tuple[int, int, int, int], index: int, tokens: list[re.Match[str]],
                   phrases: Mapping[tuple[str, ...], int],
                   glued: Callable[[int, int], bool]) -> tuple[int, int, int, int] | None:
    """A number of tens (`found`, at token `index`) that a short word joining numbers and a
    unit follow, as Croatian and Czech write 23 (`dvadeset i tri`, `dvacet a tři`) where
    num2words writes none: the tens and the unit together; where the word after the joining
    one begins as a unit's word does but is none the tables hold (`dvadeset i troje`, the
    collective), None: the number goes on in a form not read, and no part of it is read."""
    after = index + found[3]
    if not (after + 1 < len(tokens) and glued(after - 1, after) and glued(after, after + 1)
            and len(tokens[after].group()) <= 2 and tokens[after].group().islower()):
        return found
    word = _ungendered(_cased(tokens[after + 1].group()))
    unit = phrases.get((word,))
    if unit is not None and 1 <= unit <= 9:
        return (found[0], tokens[after + 1].end(), found[2] + unit, found[3] + 2)
    units = [spelt[0] for spelt, value in phrases.items() if 2 <= value <= 9 and len(spelt) == 1]
    if any(len(spelt) >= 2 and word[:2] == spelt[:2] for spelt in units) and len(word) >= 3:
        return None
    return found


#: The suffixes of the Slavic collective numerals, which count people (`osamnaestoro`,
#: `вісімнадцятеро`, `osiemnaścioro`: eighteen of us), glued to a number's stem, the number
#: without its last vowel or soft sign.
_COLLECTIVE = ("ioro", "oro", "ero", "оро", "еро")


def _collective(word: str, phrases: Mapping[tuple[str, ...], int]) -> int | None:
    """The number a Slavic collective numeral of five or more names (_COLLECTIVE): a number
    word of the languages read whose stem of five letters or more the word begins with, the
    suffix after it; or None."""
    for suffix in _COLLECTIVE:
        if not word.endswith(suffix):
            continue
        stem = word[:-len(suffix)]
        if len(stem) < 5:
            continue
        for ending in ("", "ь", "e", "a", "i", "ie"):
            number = phrases.get((stem + ending,))
            if number is not None and number >= 5:
                return number
    return None


def _ends_in_vowel(word: str) -> bool:
    """Whether a word's last letter is a vowel: the letters glued after such a number word
    may be a suffix that took the place of that vowel, making another word of it (Italian
    "vent-ina", Spanish "veint-ena", Portuguese "quinz-ena": about twenty, about fifteen),
    not an ending of the number ("negen-en", "the nine of us", after a consonant)."""
    return folded(word[-1:]) in _VOWELS


def numbers_in_words(text: str, languages: Iterable[str]) -> str:
    """The text with each number written in words in one of `languages` as digits: the
    longest run of words (at most eight, with only spaces, hyphens or commas between them)
    that num2words writes for a number of 2 to LARGEST, or for a number of thousands ("mil
    duzentos e cinquenta" is 1250), or one word of five letters or more that is a number of
    2 to LARGEST and at most two more letters (a case ending: "negenen"), unless that number
    ends in a vowel (a suffix that took the vowel's place: "ventina", about twenty); never a
    part of a word joined to it by a hyphen alone (`Baynte-dos`), nor of a longer run of
    number words ("deux mille trois cents" that num2words would not write so is no number;
    only a space or a hyphen joins the words of such a longer run, for after a comma a number
    word begins the next of a list: "một, hai hoặc ba"), nor one whose next word a word joining
    numbers and a word found only inside numbers follow (the number goes on around its noun:
    Welsh "dau berson ar bymtheg", two persons on fifteen), nor one that the text writes in
    digits too, in brackets a few words after it. Words are compared case-folded, their marks
    kept. Chinese and Japanese numerals are digits in any language (han_numbers). The rest of
    the text is left as it is."""
    text = han_numbers(text)
    phrases: dict[tuple[str, ...], int] = {}
    converters = [converter for language in sorted(languages)
                  for converter in _converters(language)]
    for language in sorted(languages):
        for phrase, value in _phrases(language).items():
            phrases.setdefault(phrase, value)
    if not phrases:
        return text
    tokens = list(_WORD.finditer(text))
    numeric = frozenset().union(*map(_numeric, converters))

    def glued(first: int, second: int) -> bool:  # two words with only a space or a hyphen
        # between (after a comma, a number word begins the next of a list: "một, hai hoặc ba
        # người", one, two or three people)
        return first >= 0 and second < len(tokens) and not text[
            tokens[first].end():tokens[second].start()].strip(" -‐" + _APOSTROPHES)

    def hyphened(first: int, second: int) -> bool:  # two words joined by a hyphen alone:
        # one word of the writer's, not a number of its own (`Baynte-dos`, Visayan for
        # twenty-two, holds the Spanish `dos`)
        return first >= 0 and second < len(tokens) and text[
            tokens[first].end():tokens[second].start()] in ("-", "‐")

    def written(at: int) -> str:  # a token as the vocabularies write it
        return _ungendered(_cased(tokens[at].group()))

    def number_word(at: int) -> bool:
        return written(at) in numeric

    joining = frozenset().union(*(_vocabulary(converter)[3] for converter in converters))
    inner = joining - numeric  # words found only inside numbers (`bymtheg`)

    def goes_on(at: int) -> bool:  # a word that joins numbers after the run, then a word: the
        # number goes on in a form num2words does not write (`vinte e duas pessoas`, twenty-
        # two in the feminine), no number of the run's alone (not 20)
        # (a number word after it begins a number of its own: `twelve and three more`)
        return glued(at - 1, at) and written(at) in joining \
            and glued(at, at + 1) and not number_word(at + 1)

    def around_a_noun(at: int) -> bool:  # a word after the run, then a word that joins
        # numbers and a word found only inside numbers: the number goes on around its noun
        # (Welsh `dau berson ar bymtheg`, two persons on fifteen: 17), no number of the run's
        return at + 2 < len(tokens) and glued(at - 1, at) and glued(at, at + 1) \
            and glued(at + 1, at + 2) and not number_word(at) \
            and written(at + 1) in joining and written(at + 2) in inner
    out: list[str] = []
    done = 0
    index = 0
    while index < len(tokens):
        found: tuple[int, int, int, int] | None = None
        for size in range(min(8, len(tokens) - index), 0, -1):
            run = tokens[index:index + size]
            if any(text[left.end():right.start()].strip(" -‐," + _APOSTROPHES) for left, right
                   in zip(run, run[1:], strict=False)):
                continue
            words = tuple(_ungendered(_cased(token.group())) for token in run)
            number = phrases.get(words)
            if number is None and size > 1:  # the words of one that num2words writes as one
                number = phrases.get(("".join(words),))  # word (tr `yirmi iki`, `yirmiiki`)
            if number is None and size > 1:
                number = next((thousands for converter in converters
                               if (thousands := _thousands(words, converter)) is not None), None)
            if number is None and size == 1:
                word = words[0]
                number = next((phrases[(base,)] for base in _bases(word, 5)
                               if (base,) in phrases and not _ends_in_vowel(base)), None)
                if number is None:
                    number = _collective(word, phrases)
            if number is not None and not (glued(index - 1, index) and number_word(index - 1)) \
                    and not (glued(index + size - 1, index + size) and number_word(index + size)) \
                    and not goes_on(index + size) and not around_a_noun(index + size) \
                    and not hyphened(index - 1, index) \
                    and not hyphened(index + size - 1, index + size) \
                    and not _DIGITS_AFTER.match(text, run[-1].end()):
                found = (run[0].start(), run[-1].end(), number, size)  # a whole number
                break
        if found is not None and found[2] % 10 == 0 and 20 <= found[2] <= 90:
            found = _tens_and_unit(found, index, tokens, phrases, glued)
            if found is None:  # (a unit after `and` in a form no table writes: no number)
                index += 3
                continue
        if found is None:
            index += 1
            continue
        out.append(text[done:found[0]] + str(found[2]))
        done = found[1]
        index += found[3]
    return "".join(out) + text[done:]
