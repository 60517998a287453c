"""The sandbox wiki as the judge of headings, for every page of tests/corpus.

Each page is sent once to the wiki's own parser (`action=parse&prop=sections`). Against what the
wiki reports, these tests check: the test oracle of tests/corpus_pages.py (so the unit tests and the
benchmark may use it), the hand-written NAME.outline files (their levels, in order, and the titles
of extra sections), and salonbot's `outline()` of the parsed page: every heading the wiki sees is a
node, in the same order, at the same level, with the same text.
"""

from __future__ import annotations

import html

import pytest
import requests
from hypothesis import given, settings

from corpus_pages import PAGES, WikiHeading, expected_outline, page_text, wiki_headings, without_markup
from salonbot.report.parse import parse_page
from salonbot.sandbox import SandboxInfo
from strategies import real_world_pages


def _sections(session: requests.Session, api_url: str, text: str) -> list[WikiHeading]:
    response = session.post(api_url, timeout=60, data={
        "action": "parse", "text": text, "contentmodel": "wikitext", "prop": "sections",
        "format": "json", "formatversion": 2,
    })
    response.raise_for_status()
    result = response.json()
    assert "error" not in result, result
    return [WikiHeading(int(section["level"]), without_markup(html.unescape(section["line"])))
            for section in result["parse"]["sections"]]


@pytest.fixture(scope="module")
def session() -> requests.Session:
    """An anonymous HTTP session to the sandbox wiki (reading needs no account)."""
    session = requests.Session()
    session.trust_env = False  # never send 127.0.0.1 through a proxy from the environment
    return session


@pytest.fixture(scope="module")
def wiki_sections(sandbox: SandboxInfo, session: requests.Session) -> dict[str, list[WikiHeading]]:
    """For each corpus page, the headings the sandbox wiki finds in it (one request a page)."""
    return {name: _sections(session, sandbox.api_url, page_text(name)) for name in PAGES}


def _plain(headings: list[WikiHeading]) -> list[tuple[int, str]]:
    return [(heading.level, without_markup(heading.text)) for heading in headings]


@pytest.mark.parametrize("name", PAGES)
def test_the_oracle_sees_the_headings_the_wiki_sees(
    name: str, wiki_sections: dict[str, list[WikiHeading]]
) -> None:
    assert _plain(wiki_headings(page_text(name))) == _plain(wiki_sections[name])


@pytest.mark.parametrize("name", PAGES)
def test_the_expected_outline_has_the_wiki_headings(
    name: str, wiki_sections: dict[str, list[WikiHeading]]
) -> None:
    headed = [entry for entry in expected_outline(name) if entry.level is not None]
    seen = wiki_sections[name]
    assert [entry.level for entry in headed] == [heading.level for heading in seen]
    for entry, heading in zip(headed, seen, strict=True):
        if entry.kind == "extra":
            assert without_markup(entry.name) == heading.text


@pytest.mark.parametrize("name", PAGES)
def test_every_heading_the_wiki_sees_is_a_node(
    name: str, wiki_sections: dict[str, list[WikiHeading]]
) -> None:
    from salonbot.report.outline import outline  # the structure work of issue 11 (helper C1)

    entries = outline(parse_page(page_text(name)))
    headed = [(entry.level, without_markup(entry.heading)) for entry in entries
              if entry.level is not None]
    assert headed == _plain(wiki_sections[name])


@settings(max_examples=40)
@given(text=real_world_pages)
def test_the_oracle_sees_the_headings_the_wiki_sees_in_generated_pages(
    text: str, sandbox: SandboxInfo, session: requests.Session
) -> None:
    # The property tests (tests/test_properties.py) trust the oracle on such pages.
    assert _plain(wiki_headings(text)) == _plain(_sections(session, sandbox.api_url, text))
