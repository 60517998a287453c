"""The steps of the one effect path (salonbot.sync.editor) that come before a save: skip an
unchanged page, refuse a {{nobots}} page, show the diff, stop for a dry run, ask. None of them
may reach the wiki; the saves themselves are tested against the sandbox wiki (tests/wiki/)."""

from __future__ import annotations

import io
from typing import Any, NoReturn

import pytest

from salonbot.errors import Refused
from salonbot.sync.editor import NOBOTS, Edit, Editor
from salonbot.sync.plan import Result
from salonbot.wiki.page import WikiPage, sha1_of

TITLE = "Reports/MA UG"
OLD = "== What happened ==\nWe met."
NEW = "== What happened ==\nWe met and talked."


class Unreachable:
    """Stands where the wiki would be; any use of it fails the test."""

    def __getattr__(self, name: str) -> NoReturn:
        raise AssertionError(f"the wiki was used ({name}) before any save")


def page(text: str, bots_allowed: bool = True) -> WikiPage:
    return WikiPage(TITLE, True, 7, "2019-03-02T10:00:00Z", sha1_of(text), text, bots_allowed)


def editor(out: io.StringIO, **options: Any) -> Editor:
    settings = {"dry_run": False, "ask": False, "show_diff": True, **options}
    return Editor(Unreachable(), out=out, **settings)  # type: ignore[arg-type]


def test_an_edit_without_a_page_creates_it_from_nothing() -> None:
    assert Edit(TITLE, "f.yaml", NEW, "s").create
    assert Edit(TITLE, "f.yaml", NEW, "s", WikiPage(TITLE, exists=False)).old_text == ""
    assert Edit(TITLE, "f.yaml", NEW, "s", page(OLD)).old_text is None  # not read
    assert Edit(TITLE, "f.yaml", NEW, "s", page(OLD), page(OLD)).old_text == OLD


def test_identical_text_is_skipped_without_a_word() -> None:
    out = io.StringIO()
    outcome = editor(out).put(Edit(TITLE, "f.yaml", OLD, "s", page(OLD), page(OLD)))
    assert (outcome.result, outcome.message, out.getvalue()) == ("unchanged", "", "")


def test_a_nobots_page_is_refused_or_raised() -> None:
    out = io.StringIO()
    edit = Edit(TITLE, "f.yaml", NEW, "s", page(OLD), page(OLD, bots_allowed=False))
    outcome = editor(out).put(edit)
    assert (outcome.result, outcome.message, out.getvalue()) == ("refused", NOBOTS, "")
    with pytest.raises(Refused, match=r"^Reports/MA UG: the page asks bots not to edit it"):
        editor(out, keep_going=False).put(edit)


def test_a_dry_run_shows_the_diff_and_saves_nothing() -> None:
    out = io.StringIO()
    dry = editor(out, dry_run=True)
    outcome = dry.put(Edit(TITLE, "f.yaml", NEW, "s", page(OLD), page(OLD)))
    assert outcome.result is Result.DRY_RUN and dry.saved == []
    assert f"--- wiki: {TITLE}\n+++ local: {TITLE}\n" in out.getvalue()
    assert "\n-We met.\n+We met and talked.\n" in out.getvalue()


def test_a_new_page_shows_all_its_lines_as_added() -> None:
    out = io.StringIO()
    editor(out, dry_run=True).put(Edit(TITLE, "f.yaml", NEW, "s"))
    assert "\n+== What happened ==\n+We met and talked.\n" in out.getvalue()


def test_an_edit_not_confirmed_is_refused_after_its_diff() -> None:
    out, asked = io.StringIO(), []

    def answer(question: str) -> bool:
        asked.append((question, out.getvalue()))
        return False

    ask = editor(out, ask=True, ask_user=answer)
    outcome = ask.put(Edit(TITLE, "f.yaml", NEW, "s", page(OLD), page(OLD)))
    assert (outcome.result, outcome.message) == ("refused", "not confirmed")
    assert asked[0][0] == f"Save {TITLE}?" and "+We met and talked." in asked[0][1]
    assert ask.saved == []
