"""What the words of a page say that digits do not: the languages it is written in, the
weekday it names, and numbers written in words. Weekday and month names come from CLDR (every
locale of babel's data), numbers in words from num2words, for the languages the page's own
weekday and month names are in; readings.py reads figures with them.

- `languages(text)`: the languages whose weekday or month names (in full) the text uses, those
  that give every such name of the text ("zaterdag 16 maart" is Dutch; "lørdag" alone is
  Danish or Norwegian).
- `weekdays(text)`: the weekdays it names (0 is Monday), in any of those languages.
- `numbers_in_words(text, languages)`: the text with numbers written in words in one of the
  languages (two to 500, as num2words writes them, with a case ending of up to two letters:
  "negenen") as digits, folded as `folded` gives it.
"""

from __future__ import annotations

import functools
import pickle
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
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


def table(data: Any, key: str) -> Mapping[Any, Any]:
    """A table of a locale's own data, or an empty one (absent, or an alias to another)."""
    value = data.get(key) if isinstance(data, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def text_of(value: Any) -> str:
    """A value of CLDR's data that is text, or ""."""
    return value if isinstance(value, str) else ""


def folded(text: str) -> str:
    """The text case-folded, without combining marks or format characters ("Sábado" is
    "sabado"), hyphens and commas between words as spaces, white space folded."""
    parts = unicodedata.normalize("NFD", text.casefold())
    kept = "".join(part for part in parts if unicodedata.category(part) not in ("Mn", "Cf"))
    return " ".join(re.sub(r"(?<=[^\W\d_])[-‐,](?=\s*[^\W\d_])", " ",
                           unicodedata.normalize("NFC", kept)).split())


_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _calendar_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[int]]]:
    """Every full weekday and month name of CLDR (both grammatical forms, folded, of four
    letters or more) -> the languages giving it; every weekday name -> the weekdays it names."""
    languages: dict[str, set[str]] = {}
    days: dict[str, set[int]] = {}
    for identifier, data in zip(locale_identifiers(), locale_files(("days", "months")),
                                strict=True):
        language = identifier.split("_")[0]
        for kind in ("days", "months"):
            for context in ("format", "stand-alone"):
                for number, name in table(table(table(data, kind), context), "wide").items():
                    name = folded(text_of(name))
                    if len(name) < 4 or not _WORD.fullmatch(name.replace(" ", "")):
                        continue
                    languages.setdefault(name, set()).add(language)
                    if kind == "days":
                        days.setdefault(name, set()).add(int(number))
    return ({name: frozenset(found) for name, found in languages.items()},
            {name: frozenset(found) for name, found in days.items()})


def _names_in(text: str) -> list[str]:
    """The weekday and month names the text holds as words (a name of two words too)."""
    names = _calendar_names()[0]
    words = _WORD.findall(folded(text))
    found = [" ".join(words[start:start + 2]) for start in range(len(words) - 1)
             if " ".join(words[start:start + 2]) in names]
    return found + [word for word in words if word in names]


def languages(text: str) -> frozenset[str]:
    """The languages (babel's language codes) that give every weekday and month name the text
    uses; empty when it uses none, or when no language gives them all."""
    names = _calendar_names()[0]
    found = [names[name] for name in _names_in(text)]
    return frozenset.intersection(*found) if found else frozenset()


def weekdays(text: str) -> frozenset[int]:
    """The weekdays (0 is Monday) the text's weekday names name, in any language."""
    days = _calendar_names()[1]
    return frozenset().union(*(days[name] for name in _names_in(text) if name in days))


@functools.cache
def _converters(language: str) -> tuple[str, ...]:
    """num2words' languages for a CLDR language code: its own ("pt": pt, pt_BR) and those
    CLDR gives as another name of it ("no" for "nb")."""
    aliases = get_global("language_aliases")
    return tuple(code for code in CONVERTER_CLASSES
                 if code.split("_")[0] == language
                 or str(aliases.get(code.split("_")[0], "")).split("_")[0] == language)


@functools.cache
def _phrases(language: str) -> dict[tuple[str, ...], int]:
    """The numbers 2 to LARGEST written in words in a language, as their folded words ->
    the number."""
    found: dict[tuple[str, ...], int] = {}
    for converter in _converters(language):
        for number in range(2, LARGEST + 1):
            try:
                written = tuple(_WORD.findall(folded(num2words(number, lang=converter))))
            except (NotImplementedError, OverflowError, ValueError):  # pragma: no cover
                break
            found.setdefault(written, number)
    return found


def numbers_in_words(text: str, languages: Iterable[str]) -> str:
    """The text with each number written in words in one of `languages` as digits: the
    longest run of words (at most six, with only spaces, hyphens or commas between them) that
    is a number, or one word of five letters or more that is a number and at most two more
    letters (a case ending: "negenen"). The rest of the text is left as it is."""
    phrases: dict[tuple[str, ...], int] = {}
    for language in sorted(languages):
        for phrase, value in _phrases(language).items():
            phrases.setdefault(phrase, value)
    if not phrases:
        return text
    tokens = list(_WORD.finditer(text))
    out: list[str] = []
    done = 0
    index = 0
    while index < len(tokens):
        found: tuple[int, int, int, int] | None = None
        for size in range(min(6, len(tokens) - index), 0, -1):
            run = tokens[index:index + size]
            if any(text[left.end():right.start()].strip(" -‐,") for left, right
                   in zip(run, run[1:], strict=False)):
                continue
            words = tuple(folded(token.group()) for token in run)
            number = phrases.get(words)
            if number is None and size == 1:
                word = words[0]
                number = next((phrases[(word[:-cut],)] for cut in (1, 2)
                               if len(word) - cut >= 5 and (word[:-cut],) in phrases), None)
            if number is not None:
                found = (run[0].start(), run[-1].end(), number, size)
                break
        if found is None:
            index += 1
            continue
        out.append(text[done:found[0]] + str(found[2]))
        done = found[1]
        index += found[3]
    return "".join(out) + text[done:]
