"""Where a page can hide a line from MediaWiki's heading search (report/spans.py), read from
mwparserfromhell's tokens: the same with its C tokenizer and its pure-Python one."""

from __future__ import annotations

from pathlib import Path

import pytest
from mwparserfromhell import parser as wikitext_parser

from salonbot.report import spans
from salonbot.report.spans import Spans

TESTS = Path(__file__).parent
PAGES = sorted([*TESTS.glob("corpus/*.wiki"), *TESTS.glob("golden/*.wiki"),
                *TESTS.glob("heldout/*.wiki")])
NEVER = 1 << 62  # the end of a comment never closed

# (text, comment spans, opaque spans, where a comment never closed starts)
CASES = [
    ("a<!--x-->b\n{{t|\n}}\n<nowiki>\n== a ==\n</nowiki>", [(1, 9)], [(11, 18), (19, 45)], 45),
    ("<div>[[a|\nb]]</div>", [], [(5, 13)], 19),  # a tag read inside: its link is a span
    ("<translate>\n<!--T:1-->\n== A ==\n</translate>", [(12, 22)], [], 43),
    ("{{{a}}}\n<pre/>", [], [(0, 7), (8, 14)], 14),
    ("x <!-- never closed\n== A ==", [(2, NEVER)], [], 2),
    ("<gallery>\na.jpg\n</gallery>\n<!---->", [(27, 34)], [(0, 26)], 34),
    ("* a {{b}}\n'''{{c}}'''", [], [(4, 9)], 21),  # bold is on one line: not looked into
]


@pytest.mark.parametrize(("text", "comments", "opaque", "hidden_from"), CASES)
def test_the_spans_of_a_text(text: str, comments: list[tuple[int, int]],
                             opaque: list[tuple[int, int]], hidden_from: int) -> None:
    found = Spans(text)
    assert (found.comments, found.opaque, found.hidden_from) == (comments, opaque, hidden_from)


def test_a_text_with_nothing_to_hide_a_line_is_not_tokenized() -> None:
    found = Spans("== A ==\n<!--x-->", parse=False)
    assert (found.comments, found.opaque, found.hidden_from) == ([], [], 16)


@pytest.mark.skipif(not wikitext_parser.use_c, reason="mwparserfromhell without its C tokenizer")
def test_the_pure_python_tokenizer_gives_the_same_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [page.read_text(encoding="utf-8") for page in PAGES] + [case[0] for case in CASES]
    assert len(pages) > 90
    with_c = [(found.comments, found.opaque, found.hidden_from)
              for found in map(Spans, pages)]
    monkeypatch.setattr(spans.wikitext_parser, "use_c", False)
    assert [(found.comments, found.opaque, found.hidden_from)
            for found in map(Spans, pages)] == with_c
