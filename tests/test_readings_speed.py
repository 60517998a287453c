"""The shortcuts analytics/readings.py takes for speed give what the slow path gives."""

from __future__ import annotations

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
