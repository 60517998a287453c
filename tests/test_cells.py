"""Report text in the index's cells is plain text (issue 20, item 2): links stay links, and
nothing else written on a report page acts on the index page."""

from __future__ import annotations

import pytest

from salonbot.analytics.cells import cell_text
from salonbot.analytics.overview import MARKER_END, MARKER_START, replace_index, report_link
from salonbot.errors import IndexMarkersError


@pytest.mark.parametrize(("wikitext", "cell"), [
    ("[[Category:Spam]] x", "[[:Category:Spam]] x"),
    ("[[File:X.png|thumb|left]]", "[[:File:X.png|thumb&#124;left]]"),
    ("[[de:Seite]]", "[[:de:Seite]]"),
    ("[[Page|the ''page'']]", "[[Page|the ''page'']]"),
    ("[[Page|]]", "[[Page]]"),
    ("a || b | c", "a &#124;&#124; b &#124; c"),
    ("{{delete}}", "&#123;&#123;delete&#125;&#125;"),
    ("{{DISPLAYTITLE:x}}", "&#123;&#123;DISPLAYTITLE:x&#125;&#125;"),
    ("__NOINDEX__", "&#95;&#95;NOINDEX&#95;&#95;"),
    ("~~~~", "&#126;&#126;&#126;&#126;"),
    ('<div style="position:fixed">x</div>',
     '&#60;div style="position:fixed"&#62;x&#60;/div&#62;'),
    ("'''bold''' and [https://example.org a site]",
     "'''bold''' and [https://example.org a site]"),
    ("R&amp;D", "R&amp;D"),
])
def test_cell_text(wikitext: str, cell: str) -> None:
    assert cell_text(wikitext) == cell


def test_report_link_label_is_plain_text() -> None:
    assert report_link("Reports/A:B", "{{x}}|y") == "[[:Reports/A:B|&#123;&#123;x&#125;&#125;&#124;y]]"


@pytest.mark.parametrize("decoy", [f"<nowiki>{MARKER_START}</nowiki>", f"<pre>{MARKER_END}</pre>",
                                   f"<!-- {MARKER_START} -->"])
def test_a_marker_that_is_no_comment_does_not_count(decoy: str) -> None:
    page = f"{decoy}\n{MARKER_START}\nold\n{MARKER_END}\nend"
    assert replace_index(page, "T") == f"{decoy}\n{MARKER_START}\nT\n{MARKER_END}\nend"


def test_a_marker_in_a_heading_or_template_is_a_comment_too() -> None:
    page = f"= {MARKER_START} =\nold\n{{{{x|{MARKER_END}}}}}"
    assert replace_index(page, "T") == f"= {MARKER_START}\nT\n{MARKER_END}}}}}"


def test_a_marker_beside_its_own_text_is_refused() -> None:
    with pytest.raises(IndexMarkersError, match="also written as text"):
        replace_index(f"{{{{x|<nowiki>{MARKER_START}</nowiki>{MARKER_START}}}}}\n{MARKER_END}",
                      "T")
