"""The corpus of real-world report pages (tests/corpus, see its README): each page's report written
back onto it gives it back byte for byte, and its outline (every node in page order: level, kind,
name) is the hand-written NAME.outline; a pulled page is a YAML file, multi-line text in block
style, that loads back to the same report, which gives the page back. The levels in the outlines
are checked against the sandbox wiki's own parser in tests/wiki/test_corpus_headings.py."""

from __future__ import annotations

import pytest

import salonbot
from corpus_pages import (
    CORPUS,
    PAGES,
    Expected,
    WikiHeading,
    expected_outline,
    page_text,
    wiki_headings,
)
from salonbot.report.template import get_template
from salonbot.report.validate import load_report_text
from salonbot.report.yamlio import dump_report


def test_the_corpus_is_there() -> None:
    assert len(PAGES) >= 32
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for name in PAGES:
        assert (CORPUS / f"{name}.outline").is_file(), f"{name}.wiki has no {name}.outline"
        assert f"`{name}`" in readme, f"tests/corpus/README.md does not describe {name}"
    for path in CORPUS.glob("*.outline"):
        assert path.stem in PAGES, f"{path.name} has no .wiki page"


@pytest.mark.parametrize("name", PAGES)
def test_the_page_is_stored_as_the_wiki_stores_it(name: str) -> None:
    raw = (CORPUS / f"{name}.wiki").read_bytes()
    assert b"\r" not in raw
    assert raw == raw.rstrip(), "a saved page ends without white space"
    assert expected_outline(name), "every page has at least one node"


@pytest.mark.parametrize("name", PAGES)
def test_the_expected_outline_names_each_template_section_at_most_once(name: str) -> None:
    keys = [entry.name for entry in expected_outline(name) if entry.kind == "section"]
    assert set(keys) <= set(get_template().keys)
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("name", PAGES)
def test_the_report_written_onto_its_page_is_the_page(name: str) -> None:
    text = page_text(name)
    assert salonbot.render(salonbot.parse(text), base=text) == text


@pytest.mark.parametrize("name", PAGES)
def test_a_pulled_page_is_an_editable_file_that_gives_the_page_back(name: str) -> None:
    text = page_text(name)
    report = salonbot.parse(text, f"Example/{name}")
    source = dump_report(report)
    assert "\\n" not in source, "multi-line text is written in block style, never as a quoted string"
    loaded = load_report_text(source, f"{name}.yaml", base=text)
    assert loaded == report and list(loaded.sections) == list(report.sections)
    assert salonbot.render(loaded, base=text) == text


# Pages whose outline salonbot does not give exactly yet (issue 17: free names no lexicon has and
# no order settles, HTML heading tags, tables with rowspan, two salons split by city, an infobox
# with sections under free names). Each is still measured by benchmarks/bench_recognition.py
# (sections and themes found); the test is strict: once a page's outline comes out right, the
# test fails until the page leaves this list.
KNOWN_GAPS = {
    "barcelona_catalan_eixos", "beersheba_hebrew_deflists", "edinburgh_infobox_only",
    "milano_italian_emoji", "mombasa_swahili_list_labels",
    "osaka_japanese_fullwidth", "taipei_traditional_chinese", "tehran_persian_infobox",
}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="a known gap of issue 17"))
    if name in KNOWN_GAPS else name for name in PAGES])
def test_the_outline_is_the_expected_one(name: str) -> None:
    from salonbot.report.outline import outline  # the structure work of issue 11

    text = page_text(name)
    found = [Expected(entry.level, entry.kind, entry.name)
             for entry in outline(salonbot.parse(text), text=text)]
    assert found == expected_outline(name)


@pytest.mark.parametrize(("text", "headings"), [
    ("== Date and location == <!--T:2-->\nx", [WikiHeading(2, "Date and location")]),
    ("<div dir=\"rtl\">\n=== a ===\t \n</div>", [WikiHeading(3, "a")]),
    ("==== a ==\n=b=", [WikiHeading(2, "== a"), WikiHeading(1, "b")]),
    ("===\n==\n=======", [WikiHeading(1, "="), WikiHeading(3, "=")]),
    ("== a ==\n<!-- never closed\n== b ==", [WikiHeading(2, "a")]),
    ("<nowiki>== a ==</nowiki>\n<pre>\n== b ==\n</pre>\n{{t|\n== c ==\n}}\n == d ==", []),
    ("== a == b\n'''x'''\n; y", []),
])
def test_the_heading_oracle(text: str, headings: list[WikiHeading]) -> None:
    assert wiki_headings(text) == headings


def test_most_of_the_corpus_is_recognised() -> None:
    """The floor under the known gaps: of the sections and themes the hand-written outlines
    name, the share the outlines give (a ratchet at what salonbot reaches today; the issue's
    target is 98 %, measured by benchmarks/bench_recognition.py)."""
    from salonbot.report.outline import outline

    wanted = found = 0
    for name in PAGES:
        text = page_text(name)
        seen = [(entry.kind, entry.name) for entry in outline(salonbot.parse(text), text=text)]
        for entry in expected_outline(name):
            if entry.kind in ("section", "theme"):
                wanted += 1
                if (entry.kind, entry.name) in seen:
                    seen.remove((entry.kind, entry.name))
                    found += 1
    assert len(KNOWN_GAPS) <= len(PAGES) // 4
    assert found / wanted >= 0.95, f"{found} of {wanted}"
