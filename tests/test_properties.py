"""Property tests: any page text round-trips byte for byte; any report either round-trips through
YAML, wikitext and back, or is refused by validation with a file:line message."""

from __future__ import annotations

from hypothesis import given

import salonbot
from corpus_pages import wiki_headings
from salonbot.errors import ReportErrors
from salonbot.report.headings import find_headings
from salonbot.report.model import Node
from salonbot.report.render import MEDIAWIKI_TRAILING_WHITESPACE
from salonbot.report.validate import load_report_text
from salonbot.report.yamlio import dump_report
from strategies import benign_text, real_world_pages, reports, wikitext


def _nodes(report: salonbot.Report) -> list[Node]:
    found: list[Node] = []
    stack = [*report.sections.values(), *report.extra_sections]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend([*node.children, *node.extra_sections])
    return found


@given(wikitext)
def test_any_page_round_trips_byte_for_byte(text: str) -> None:
    assert salonbot.render(salonbot.parse(text)) == text.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)


@given(wikitext)
def test_parsing_is_stable(text: str) -> None:
    report = salonbot.parse(text)
    assert salonbot.parse(salonbot.render(report)) == report


@given(wikitext)
def test_a_parsed_page_dumps_to_a_valid_file_that_loads_back(text: str) -> None:
    report = salonbot.parse(text, title="Example")
    assert load_report_text(dump_report(report)) == report


@given(reports())
def test_any_report_round_trips_or_is_refused_with_a_line(report: salonbot.Report) -> None:
    source = dump_report(report)
    try:
        loaded = load_report_text(source, "r.yaml")
    except ReportErrors as refused:
        assert refused.errors
        for error in refused.errors:
            assert error.path == "r.yaml" and error.line is not None, str(error)
            assert 1 <= error.line <= source.count("\n") + 1
        return
    page = salonbot.render(report)
    assert salonbot.parse(salonbot.render(loaded), loaded.title) == loaded
    if loaded != report:
        # Loading may settle a file into the form its page gives back, the page unchanged: a
        # heading held in a text becomes a section (files written before such headings were
        # sections of their own), and trailing spaces of text lines move into the layout.
        texts = [report.intro, *(node.text for node in _nodes(report))]
        assert any(h.level for text in texts for h in find_headings(text)) or any(
            line != line.rstrip(" \t") for text in texts for line in text.split("\n"))
        assert salonbot.render(loaded) == page


@given(reports(text=benign_text))
def test_reports_of_plain_prose_are_never_refused(report: salonbot.Report) -> None:
    loaded = load_report_text(dump_report(report), "r.yaml")
    assert salonbot.parse(salonbot.render(loaded), loaded.title) == loaded


@given(real_world_pages)
def test_a_messy_page_round_trips_byte_for_byte(text: str) -> None:
    assert salonbot.render(salonbot.parse(text)) == text


@given(real_world_pages)
def test_every_heading_the_wiki_would_see_is_a_node(text: str) -> None:
    from salonbot.report.outline import outline  # the structure work of issue 11 (helper C1)

    seen = [(heading.level, " ".join(heading.text.split())) for heading in wiki_headings(text)]
    nodes = [(entry.level, " ".join(entry.heading.split()))
             for entry in outline(salonbot.parse(text)) if entry.level is not None]
    assert nodes == seen
