"""The points table holds every point of every node (issue 19 item 4): under the template's
sections, their themes and topics, and every heading the template does not name (a second salon
on the page, "Next steps"), each with the path of headings it sits under and the text a reader
sees beside its wikitext; what is not content (placeholders, signatures, replies, categories)
is never a point, and a report's theme count counts real themes only. The expected rows are
written by hand from the pages below."""

from __future__ import annotations

import mwparserfromhell
import pytest

from corpus_pages import CORPUS, page_text
from salonbot import parse
from salonbot.export.rows import POINT_COLUMNS, REPORT_COLUMNS, export_report
from salonbot.report.model import Bullet, Node

PAGE = """\
== Date and location ==
2 March 2019, Rabat

== Participant List ==
* Amal

== Summary of the discussion points ==
=== Discussion Theme 1 (Advocacy) ===
* [[User:Amal|Amal]] asked for '''more''' ''outreach''.{{anchor|outreach}}
** Schools first.
=== Discussion Theme 2 (Name of the theme) ===
Write here...

== Next steps ==
* Meet again in May.
=== Who does what ===
* A post on [[Wikipedia:Village pump|the village pump]].

== Salon 2: Fès ==
=== Participant List ===
* Samir
"""


def _rows(text: str) -> list[dict[str, object]]:
    exported = export_report(parse(text, "Reports/Test"), 1, 1)
    return [dict(zip(POINT_COLUMNS, row, strict=True)) for row in exported.points]


def test_every_point_with_its_headings_and_plain_text() -> None:
    rows = _rows(PAGE)
    assert [(row["section"], row["headings"], row["depth"], row["plain_text"], row["text"])
            for row in rows] == [
        ("participants", "Participant List", 1, "Amal", "Amal"),
        ("discussion", "Summary of the discussion points > Advocacy", 1,
         "Amal asked for more outreach.",
         "[[User:Amal|Amal]] asked for '''more''' ''outreach''.{{anchor|outreach}}"),
        ("discussion", "Summary of the discussion points > Advocacy", 2, "Schools first.",
         "Schools first."),
        (None, "Next steps", 1, "Meet again in May.", "Meet again in May."),
        (None, "Next steps > Who does what", 1, "A post on the village pump.",
         "A post on [[Wikipedia:Village pump|the village pump]]."),
        (None, "Salon 2: Fès > Participant List", 1, "Samir", "Samir"),
    ]
    assert rows[1]["theme_number"] == 1 and rows[1]["area"] == "Advocacy"
    assert rows[2]["parent_point_id"] == rows[1]["point_id"]


def test_the_theme_count_counts_real_themes_only() -> None:
    report = dict(zip(REPORT_COLUMNS, export_report(parse(PAGE, "Reports/Test"), 1, 1).report,
                      strict=True))
    assert report["themes"] == 1  # "Name of the theme" is the template's guidance left in
    assert report["points"] == 6


def _bullets(bullets: list[Bullet]) -> int:
    """The bullets a reader sees something of (mwparserfromhell's rendering of their text)."""
    return sum(bool(mwparserfromhell.parse(bullet.text).strip_code().strip())
               + _bullets(bullet.children) for bullet in bullets)


def _node_bullets(node: Node) -> int:
    return _bullets(node.points) + sum(_node_bullets(child)
                                       for child in [*node.children, *node.extra_sections])


NOTPOINTS = sorted(path.stem for path in CORPUS.glob("*.notpoints"))


@pytest.mark.parametrize("name", sorted(path.stem for path in CORPUS.glob("*.wiki")))
def test_no_bullet_of_a_corpus_page_is_left_out(name: str) -> None:
    """Every bullet of every node is a row, unless a reader sees nothing of it (an anchor)."""
    report = parse(page_text(name), name)
    rows = _rows(page_text(name))
    assert all(row["plain_text"] for row in rows)
    assert len(rows) == sum(map(_node_bullets, [*report.sections.values(),
                                                *report.extra_sections]))


@pytest.mark.parametrize("name", NOTPOINTS)
def test_no_line_that_is_not_content_is_a_point(name: str) -> None:
    lines = [line.strip().lstrip("*#:;").strip() for line in
             (CORPUS / f"{name}.notpoints").read_text(encoding="utf-8").splitlines()]
    for row in _rows(page_text(name)):
        for line in filter(None, lines):
            assert line not in str(row["text"]), (row["text"], line)
            assert str(row["plain_text"]) not in (line, line.strip("-'\"")), (row, line)
