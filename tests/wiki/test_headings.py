"""salonbot finds the headings the sandbox MediaWiki finds (`action=parse&prop=sections`), on
tricky pages: markers after headings, wrappers, templates, `<pre>`, comments that hide the rest.
(The big corpus version compares a whole corpus of messy pages.)"""

from __future__ import annotations

from typing import Any

import pytest
import requests

import salonbot
from salonbot.report.outline import outline
from salonbot.report.parse import MEDIAWIKI_TRAILING_WHITESPACE
from salonbot.sandbox import SandboxInfo
from test_structure import MEDIAWIKI_HEADINGS

PAGES = [page for page, _ in MEDIAWIKI_HEADINGS] + [
    "<languages/>\n<translate>\n== Date and location == <!--T:1-->\n2 March 2019, Dhaka\n\n"
    "== Participant List == <!--T:2-->\n* A\n</translate>\n<translate>\n"
    "== Summary of the discussion points == <!--T:3-->\n"
    "=== Discussion Theme 1: Advocacy === <!--T:4-->\n* x\n"
    "=== Theme 2 - Capacity building ===\t\n* y\n== Agenda ==\nStuff\n</translate>",
    '<div dir="rtl">\n== التاريخ والمكان ==\nالرباط\n== المشاركون ==\n* أ\n</div>',
    "= Salon 1: Kathmandu =\n== Date and location ==\n1 May\n"
    "== Summary of the discussion points ==\n=== Advocacy ===\n* a\n==== Detail ====\n* d\n"
    "= Salon 2: Pokhara =\n== Date and location ==\n2 May\n== Photos ==\n[[File:x.jpg]]\n",
    "{{Infobox|\n== Not ==\n}}\n<pre>\n== Not ==\n</pre>\n"
    "<!--c-->== Date and location (তারিখ ও স্থান) ==\nx\n<!-- unclosed\n== Hidden ==\n",
    "Intro\n'''Date and location'''\n1 May\n'''Theme 1: Advocacy'''\n* a\n"
    "; Theme 2 - Diversity\n* b\n== Reflections ==\nGood.",
]


def _wiki_sections(info: SandboxInfo, text: str) -> list[tuple[int, str]]:
    session = requests.Session()
    session.trust_env = False
    response = session.post(info.api_url, timeout=60, data={
        "action": "parse", "text": text, "prop": "sections", "contentmodel": "wikitext",
        "title": "Heading probe", "format": "json", "formatversion": 2})
    response.raise_for_status()
    result: dict[str, Any] = response.json()
    return [(int(section["level"]), section["line"]) for section in result["parse"]["sections"]]


@pytest.mark.parametrize("page", PAGES)
def test_every_heading_the_wiki_sees_is_a_node(sandbox: SandboxInfo, page: str) -> None:
    report = salonbot.parse(page)
    assert salonbot.render(report, base=page) == page.rstrip(MEDIAWIKI_TRAILING_WHITESPACE)
    ours = [(entry.level, entry.heading) for entry in outline(report, text=page)
            if entry.level is not None]
    assert ours == _wiki_sections(sandbox, page)
