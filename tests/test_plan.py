"""The pure decisions of push and pull, and the allowed-prefix check."""

from __future__ import annotations

import json

import pytest

from salonbot.config import DEFAULT_PREFIX
from salonbot.sync.local import free_file_name
from salonbot.sync.plan import Action, Result, plan_pull, plan_push
from salonbot.sync.state import Base
from salonbot.wiki.page import WikiPage, sha1_of
from salonbot.wiki.titles import title_refusal

TITLE = DEFAULT_PREFIX + "MA UG"
TEXT = "== What happened ==\nWe met."


def page(text: str | None, revid: int = 7) -> WikiPage:
    if text is None:
        return WikiPage(TITLE, exists=False)
    return WikiPage(TITLE, True, revid, "2019-03-02T10:00:00Z", sha1_of(text))


def base(text: str, revid: int = 7) -> Base:
    return Base(revid, "2019-03-02T10:00:00Z", sha1_of(text), "ma-ug.yaml")


def test_sha1_is_the_one_mediawiki_reports() -> None:
    # The FIPS 180 test vector; the integration tests compare it with the wiki's own sha1.
    assert sha1_of("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d"


@pytest.mark.parametrize(
    ("wiki", "recorded", "expected"),
    [
        (page(None), None, Action.CREATE),
        (page(None), base(TEXT), Action.REFUSED),  # deleted or moved since: never re-created
        (page(TEXT), None, Action.UNCHANGED),  # identical text: no write
        (page(TEXT), base("old"), Action.UNCHANGED),
        (page("someone's page"), None, Action.REFUSED),  # never pulled: never overwritten
        (page("edited by a person", revid=8), base("ours", revid=7), Action.REFUSED),
        (page("ours", revid=7), base("ours", revid=7), Action.UPDATE),
    ],
)
def test_plan_push(wiki: WikiPage, recorded: Base | None, expected: Action) -> None:
    decision = plan_push(TITLE, "ma-ug.yaml", sha1_of(TEXT), wiki, recorded)
    assert decision.action is expected
    assert bool(decision.reason) == (expected is Action.REFUSED)


def test_refusals_say_what_to_run() -> None:
    changed = plan_push(TITLE, "f", sha1_of(TEXT), page("edited", revid=8), base("ours", revid=7))
    assert "salonbot sync" in changed.reason and "7" in changed.reason and "8" in changed.reason
    deleted = plan_push(TITLE, "f", sha1_of(TEXT), page(None), base(TEXT))
    assert "deleted or moved" in deleted.reason and "not re-created" in deleted.reason


@pytest.mark.parametrize(
    ("local", "wiki", "recorded", "force", "expected"),
    [
        (None, page(TEXT), None, False, Action.DOWNLOAD),  # new page: download
        (TEXT, page(TEXT), base(TEXT), False, Action.SKIP),  # incremental: nothing new
        (TEXT, page(TEXT), None, False, Action.SKIP),  # same text: only the base is recorded
        ("old", page(TEXT, revid=8), base("old", revid=7), False, Action.DOWNLOAD),
        ("local edit", page(TEXT, revid=8), base("old", revid=7), False, Action.REFUSED),
        ("local edit", page(TEXT, revid=8), base("old", revid=7), True, Action.DOWNLOAD),
        ("never pushed", page(TEXT), None, False, Action.REFUSED),
        (None, page(None), None, False, Action.REFUSED),
    ],
)
def test_plan_pull(local: str | None, wiki: WikiPage, recorded: Base | None, force: bool,
                   expected: Action) -> None:
    local_sha1 = sha1_of(local) if local is not None else None
    assert plan_pull(TITLE, "ma-ug.yaml", local_sha1, wiki, recorded, force).action is expected


@pytest.mark.parametrize("title", [
    DEFAULT_PREFIX + "MA UG",
    DEFAULT_PREFIX + "Wikimedia Deutschland/Berlin",
    DEFAULT_PREFIX + "ويكيميديا المغرب",
])
def test_titles_under_the_prefix_are_allowed(title: str) -> None:
    assert title_refusal(title, DEFAULT_PREFIX) is None


@pytest.mark.parametrize(("title", "reason"), [
    ("Main Page", "outside the allowed prefix"),
    (DEFAULT_PREFIX, "outside the allowed prefix"),  # the prefix itself is not a report
    (DEFAULT_PREFIX.rstrip("/"), "outside the allowed prefix"),
    (DEFAULT_PREFIX + "../../../Main Page", "'..' subpage segment"),
    (DEFAULT_PREFIX + "./x", "'.' or '..'"),
    (DEFAULT_PREFIX + "a//b", "empty"),
    ("User:Someone/" + DEFAULT_PREFIX + "x", "outside the allowed prefix"),
    ("Special:" + DEFAULT_PREFIX + "x", "outside the allowed prefix"),
    ("en:" + DEFAULT_PREFIX + "x", "outside the allowed prefix"),
    (":" + DEFAULT_PREFIX + "x", "outside the allowed prefix"),
    ("strategy/" + DEFAULT_PREFIX[len("Strategy/"):] + "x", "as the wiki stores it"),
    (DEFAULT_PREFIX.replace(" ", "_") + "x", "as the wiki stores it"),
    ("\u0405trategy/" + DEFAULT_PREFIX[len("Strategy/"):] + "x", "outside"),  # Cyrillic S
    ("Ｓtrategy/" + DEFAULT_PREFIX[len("Strategy/"):] + "x", "outside"),  # full-width S
    (DEFAULT_PREFIX + "Cafe\u0301", "as the wiki stores it"),  # not NFC
    (DEFAULT_PREFIX + "x#section", "characters a wiki title cannot have"),
    (DEFAULT_PREFIX + "x\n", "characters"),
    (DEFAULT_PREFIX + "[[x]]", "characters"),
    ("", "empty"),
])
def test_titles_that_must_not_be_written_are_refused(title: str, reason: str) -> None:
    refusal = title_refusal(title, DEFAULT_PREFIX)
    assert refusal is not None and reason in refusal


def test_pulled_titles_that_fold_to_one_file_name_get_distinct_files(tmp_path) -> None:
    assigned: set[str] = set()
    names = [free_file_name(tmp_path, DEFAULT_PREFIX + title, DEFAULT_PREFIX, assigned)
             for title in ("A b", "A-b", "a_b")]
    assert names == ["a-b.yaml", "a-b-2.yaml", "a-b-3.yaml"]
    assert assigned == set(names)


def test_an_unchanged_file_of_a_page_ending_in_white_space_is_neither_pushed_nor_pulled() -> None:
    imported = WikiPage("T", True, 7, "2019-03-02T12:00:00Z", sha1_of("text\n\n"))
    recorded = Base(7, "2019-03-02T12:00:00Z", sha1_of("text\n\n"), "t.yaml", sha1_of("text"))
    assert plan_push("T", "t.yaml", sha1_of("text"), imported, recorded).action is Action.UNCHANGED
    assert plan_pull("T", "t.yaml", sha1_of("text"), imported, recorded, False).action is Action.SKIP
    changed = plan_push("T", "t.yaml", sha1_of("text, edited"), imported, recorded)
    assert changed.action is Action.UPDATE
    # Once somebody edits the page, the old base's kept text no longer stands for it.
    edited = WikiPage("T", True, 8, "2019-03-03T12:00:00Z", sha1_of("text, theirs"))
    assert plan_push("T", "t.yaml", sha1_of("text"), edited, recorded).action is Action.REFUSED


def test_a_result_prints_logs_and_serialises_as_its_word() -> None:
    """Outcomes are an enum whose members print, log and serialise exactly as the words they
    replaced; a dry run says what it would have done."""
    assert json.dumps({"result": Result.PUSHED}) == '{"result": "pushed"}'
    assert f"{Result.PUSHED:<9}|" == "pushed   |" and str(Result.DRY_RUN) == "dry run"
    assert Result("conflict") is Result.CONFLICT and Result.FAILED == "failed"
    assert (Result.PUSHED.would, Result.UPDATED.would, Result.DEFERRED.would) == \
        ("would push", "would update", "deferred")
