"""A page read again is not read twice (report/memo.py), and what a reader is given is theirs:
changing a parsed report changes no later read of the page."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import salonbot
import salonbot.report.content
from salonbot.report.headings import clear_caches
from salonbot.report.model import Bullet, Node, Report, Source
from salonbot.report.parse import parse_page
from salonbot.report.template import get_template

GOLDEN = Path(__file__).parent / "golden"


def _mutable_parts(value: object) -> list[object]:
    """Every list, dict and model object inside `value` (itself included)."""
    if isinstance(value, list):
        return [value, *(part for item in value for part in _mutable_parts(item))]
    if isinstance(value, dict):
        return [value, *(part for item in value.values() for part in _mutable_parts(item))]
    if isinstance(value, (Report, Node, Bullet, Source)):
        return [value, *(part for field in dataclasses.fields(value)
                         for part in _mutable_parts(getattr(value, field.name)))]
    return []


def test_a_copy_shares_nothing_that_can_change() -> None:
    report = parse_page((GOLDEN / "morocco.wiki").read_text(encoding="utf-8"))
    report.figures = {"budget_spent": {"amount": 1200, "notes": ["one"]}}
    copied = report.copy()
    assert copied == report and copied.same_content(report)
    assert [part.source for part in _mutable_parts(copied) if isinstance(part, Node)] == \
        [part.source for part in _mutable_parts(report) if isinstance(part, Node)]
    assert copied.figures == report.figures and copied.order == report.order
    originals = {id(part) for part in _mutable_parts(report)}
    assert len(originals) > 50
    assert not any(id(part) in originals for part in _mutable_parts(copied))


def test_changing_a_parsed_report_changes_no_later_read() -> None:
    text = (GOLDEN / "morocco.wiki").read_text(encoding="utf-8")
    clear_caches()
    first = salonbot.parse(text)
    fresh = salonbot.parse(text)
    first.sections["budget"].text = "changed"
    first.sections["discussion"].children[0].points[0].children.append(Bullet("new"))
    first.sections["discussion"].children[0].source.body = (0, 0)  # type: ignore[union-attr]
    first.extra_sections.append(Node(title="New"))
    again = salonbot.parse(text)
    assert again == fresh and again != first
    assert again.sections["discussion"].children[0].source == \
        fresh.sections["discussion"].children[0].source
    assert salonbot.render(again, base=text) == text
    assert "changed" in salonbot.render(first, base=text)


def test_a_template_with_other_names_is_another_read() -> None:
    # Templates compare without their names: the read of a page with one is not the other's.
    text = "== Date and location ==\nMay\n\n== Feedback ==\nGood.\n"
    shipped = get_template("strategy-salon")
    aliased = shipped.with_aliases({"Feedback": "budget"})
    assert aliased == shipped
    assert "budget" not in parse_page(text, template=shipped).sections
    assert parse_page(text, template=aliased).sections["budget"].text == "Good."
    assert "budget" not in parse_page(text, template=shipped).sections


def test_a_page_read_after_its_base_reads_only_its_changed_contents(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a page written onto its base is read back: its unchanged nodes' contents are the base's
    text = (GOLDEN / "morocco.wiki").read_text(encoding="utf-8")
    changed = text.replace("The total budget", "The whole budget", 1)
    assert changed != text
    clear_caches()
    fresh = parse_page(changed)
    read: list[str] = []
    logical_lines = salonbot.report.content.logical_lines
    monkeypatch.setattr(salonbot.report.content, "logical_lines",
                        lambda raw, *rest: read.append(raw) or logical_lines(raw, *rest))
    clear_caches()
    parse_page(text)
    everything = len(read)
    read.clear()
    again = parse_page(changed)
    assert read == [raw for raw in read if "The whole budget" in raw] and len(read) == 1
    assert everything > 10
    assert again == fresh
    again.sections["budget"].points.append(Bullet("new"))  # a reader's copy: no later read
    assert parse_page(changed) == fresh
