"""The shortcuts analytics/readings.py takes for speed give what the slow path gives."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from salonbot.analytics.readings import _lines_once, _parsed_lines

# Wikitext lines with list markers, links, templates, bold, headings, entities and table-like
# bars, but no `<` and no `{|`: nothing the parse takes out (comments, footnotes, tables).
_PIECES = [*"ab 1,.:;*#=|[]{}'&_~-\t\u00a0\u0663", "[[", "]]", "{{", "}}", "''", "'''", "|}",
           "[http://x.org y]", "&amp;", "[[a|b]]", "{{x|1}}"]
_LINE = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=500)
@given(st.lists(_LINE, max_size=6).map("\n".join), st.sampled_from(["", "Budget"]))
def test_lines_without_notes_or_tables_are_the_parsed_lines(text: str, heading: str) -> None:
    if "<" in text or "{|" in text:  # "{" then "|": not what the shortcut takes
        return
    assert _lines_once.__wrapped__(text, heading) == _parsed_lines(text, heading)


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_unmark_of_any_text_is_its_characters_unmarked_one_by_one(text: str) -> None:
    from salonbot.analytics.readings import _unmark, _unmarked_character
    expected = [(part, position) for position, character in enumerate(text)
                for part in _unmarked_character(character)]
    assert _unmark(text) == ("".join(part for part, _ in expected),
                             [position for _, position in expected] + [len(text)])


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*"ab xé1-:", "total", "Ölçü", "合計", "€"]),
                max_size=12).map("".join),
       st.lists(st.sampled_from(["total", "b", "é", "ölçü", "合計", "€", "x-1", "a b"]),
                max_size=5))
def test_has_finds_the_first_word_of_the_table_at_a_word_start(text: str,
                                                               table: list[str]) -> None:
    import re

    from salonbot.analytics.readings import _has
    folded = text.casefold()
    expected = next((word.casefold() for word in table
                     if (word.casefold() in folded if not word.isascii() and not word[0].isalnum()
                         or re.search("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", word)
                         else re.search(rf"(?<!\w){re.escape(word.casefold())}", folded))),
                    None)
    assert _has(text, table) == expected


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from([*"a1 ,.é", "\u0663", "\u06f5", "\u0967", "\u09e8",
                                         "\u066c", "\u066b", "\u060c", "\uff11", "\u00b2"]),
               max_size=20))
def test_latin_digits_is_the_translation_of_every_digit(text: str) -> None:
    from salonbot.analytics.readings import _latin_digits, latin_digits
    assert latin_digits(text) == text.translate(_latin_digits())


def test_the_digits_latin_digits_looks_for_are_those_it_maps() -> None:
    from salonbot.analytics.readings import _OTHER_DIGITS, _latin_digits
    found = {code for code in range(0x80, sys.maxunicode + 1)
             if _OTHER_DIGITS.match(chr(code))}
    assert found == set(_latin_digits())
