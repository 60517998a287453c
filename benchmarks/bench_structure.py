"""How much of a real-world page comes out of salonbot's parse as structure (issue 11, item 9).

Over the corpus of hand-written report pages (tests/corpus, see its README), for each page and in
total:

- structured share: of the page's non-white-space characters, those in headings, section prose and
  points, versus those left in the intro or in a node's text
  that holds a heading line or a pseudo-heading (a bold or `;` line naming a section or a theme);
- list lines that became points: the page's list lines (`*`, `#`, `:`, `;`, counted here from the
  page text, pseudo-headings left out) against the points of the parsed report;
- themes recognised: the themes of the hand-written NAME.outline found among salonbot's themes;
- headings that became nodes: the headings MediaWiki sees (the test oracle of tests/corpus_pages.py,
  itself checked against the sandbox wiki) found among the headings of salonbot's `outline()`.

Without `salonbot.report.outline` (before the structure work of issue 11) the last two are counted
from the report's nodes instead, and the table says so. Prints the targets of the issue with PASS or
FAIL beside each; exits with 1 if one is missed.

    python benchmarks/bench_structure.py            # print
    python benchmarks/bench_structure.py --write    # print and update benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from results import write_section

import salonbot
from salonbot.report.model import Bullet, Node, Report
from salonbot.report.template import get_template

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from corpus_pages import PAGES, expected_outline, page_text, visible_lines, wiki_headings  # noqa: E402

SECTION = "## bench_structure"
TARGETS = {"share_average": 0.95, "share_minimum": 0.60, "points": 0.95, "themes": 0.95,
           "headings": 1.0}
_LIST_LINE = re.compile(r"[*#:;]")
_PSEUDO = re.compile(r"\A(?:'''(?P<bold>[^']+?)'''|;\s*(?P<term>[^:]+?))\s*\Z")
_THEME_NAME = re.compile(r"\A(?:discussion\s+)?theme\s*\d+", re.IGNORECASE)


@dataclass
class PageResult:
    """What came out as structure for one page."""

    name: str
    characters: int
    unstructured: int
    list_lines: int
    points: int
    themes_expected: int
    themes_found: int
    headings_seen: int
    headings_found: int

    @property
    def share(self) -> float:
        return 1 - self.unstructured / self.characters if self.characters else 1.0


def non_white(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


def walk(node: Node) -> Iterator[Node]:
    """The node, its children and its extra sections (when the model has them), depth first."""
    yield node
    for child in [*node.children, *getattr(node, "extra_sections", [])]:
        yield from walk(child)


def all_nodes(report: Report) -> list[Node]:
    tops = [*report.sections.values(), *getattr(report, "extra_sections", [])]
    return [node for top in tops for node in walk(top)]


def _section_names() -> set[str]:
    return {" ".join(name.split()).casefold() for name, _ in get_template().names.entries("section")}


SECTION_NAMES = _section_names()


def is_pseudo_heading(line: str) -> bool:
    """Whether a line is a bold or `;` line naming a template section (a name of the lexicon, as
    written) or a theme."""
    found = _PSEUDO.match(line.strip())
    if not found:
        return False
    name = " ".join((found.group("bold") or found.group("term")).split()).rstrip(":").casefold()
    return name in SECTION_NAMES or bool(_THEME_NAME.match(name))


def holds_headings(text: str) -> bool:
    """Whether prose holds what should have been a node: a heading line or a pseudo-heading."""
    return bool(wiki_headings(text)) or any(is_pseudo_heading(line) for line in text.split("\n"))


def count_points(bullets: list[Bullet]) -> int:
    return sum(bool(bullet.text) + count_points(bullet.children) for bullet in bullets)


def list_lines(text: str) -> int:
    """The page's list lines as the wiki reads them, pseudo-headings left out."""
    return sum(1 for line in visible_lines(text)
               if _LIST_LINE.match(line) and not is_pseudo_heading(line))


def unstructured_characters(report: Report) -> int:
    count = non_white(report.intro)
    for node in all_nodes(report):
        if holds_headings(node.text):
            count += non_white(node.text)
    return count


def _compared(heading: str) -> str:
    """A heading's text as both sides are compared: template calls left out (the oracle's text
    has them expanded to nothing, the outline keeps their wikitext: `{{lang|cy|X}} / Date and
    location`, `X {{anchor|Budget}}` are one heading each side), white space folded."""
    return " ".join(re.sub(r"\{\{[^{}]*\}\}", " ", heading).split())


def outline_counts(name: str, report: Report, text: str) -> tuple[int, int, int, int, bool]:
    """(themes expected, themes found, headings seen, headings found, from outline())."""
    expected = Counter(entry.name for entry in expected_outline(name) if entry.kind == "theme")
    seen = Counter((heading.level, _compared(heading.text)) for heading in wiki_headings(text))
    try:
        from salonbot.report.outline import outline
    except ImportError:
        discussion = report.sections.get("discussion")
        themes = Counter(child.title or "" for child in discussion.children) if discussion else Counter()
        nodes = len(all_nodes(report))
        return (expected.total(), (expected & themes).total(), seen.total(),
                min(nodes, seen.total()), False)
    entries = outline(report, text=text)
    themes = Counter(entry.name for entry in entries if entry.kind == "theme")
    headed = Counter((entry.level, _compared(entry.heading)) for entry in entries
                     if entry.level is not None)
    return (expected.total(), (expected & themes).total(), seen.total(), (seen & headed).total(), True)


def measure(name: str) -> tuple[PageResult, bool]:
    text = page_text(name)
    report = salonbot.parse(text)
    points = sum(count_points(node.points) for node in all_nodes(report))
    lines = list_lines(text)
    themes_expected, themes_found, seen, found, from_outline = outline_counts(name, report, text)
    result = PageResult(name, non_white(text), unstructured_characters(report), lines,
                        min(points, lines), themes_expected, themes_found, seen, found)
    return result, from_outline


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def verdicts(results: list[PageResult]) -> list[tuple[str, float, str, bool]]:
    """(what, value, target, met) for each target of the issue."""
    shares = [result.share for result in results]
    total = {field: sum(getattr(result, field) for result in results)
             for field in ("list_lines", "points", "themes_expected", "themes_found",
                           "headings_seen", "headings_found")}
    rows = [
        ("structured share, average", sum(shares) / len(shares), TARGETS["share_average"]),
        ("structured share, lowest page", min(shares), TARGETS["share_minimum"]),
        ("list lines that became points", ratio(total["points"], total["list_lines"]), TARGETS["points"]),
        ("themes recognised", ratio(total["themes_found"], total["themes_expected"]), TARGETS["themes"]),
        ("wiki headings that became nodes", ratio(total["headings_found"], total["headings_seen"]),
         TARGETS["headings"]),
    ]
    return [(what, value, f">= {target:.0%}" if target < 1 else "100%", value >= target)
            for what, value, target in rows]


def table(results: list[PageResult], from_outline: bool) -> list[str]:
    lines = [
        "| page | structured share | list lines -> points | themes | wiki headings -> nodes |",
        "|---|---|---|---|---|",
    ]
    for result in results:
        lines.append(
            f"| `{result.name}` | {result.share:.1%} | {result.points}/{result.list_lines} | "
            f"{result.themes_found}/{result.themes_expected} | "
            f"{result.headings_found}/{result.headings_seen} |"
        )
    lines += ["", "| target | measured | target | |", "|---|---|---|---|"]
    for what, value, target, met in verdicts(results):
        lines.append(f"| {what} | {value:.1%} | {target} | {'PASS' if met else 'FAIL'} |")
    if not from_outline:
        lines += ["", "`salonbot.report.outline` is missing: themes are the discussion's children and "
                  "headings that became nodes are the report's nodes (each from one heading)."]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--write", action="store_true", help="update benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    measured = [measure(name) for name in PAGES]
    results = [result for result, _ in measured]
    from_outline = all(flag for _, flag in measured)
    body = table(results, from_outline)
    print("\n".join(body))
    if args.write:
        write_section(SECTION, "\n".join([
            SECTION, "",
            f"Corpus: `tests/corpus`, {len(results)} hand-written pages. Measured "
            f"{datetime.date.today().isoformat()} with salonbot {salonbot.__version__}.", "",
            *body, "",
        ]))
    return 0 if all(met for *_, met in verdicts(results)) else 1


if __name__ == "__main__":
    sys.exit(main())
