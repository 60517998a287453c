"""`salonbot index --push` against the sandbox wiki: the index page is created with the markers
and the table, then edited only between the markers; people's text around them stays byte for
byte; an unchanged index makes no edit; a page without the markers is never overwritten."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from tests.support.api import Wiki

from salonbot.report.overview import MARKER_END, MARKER_START

from .conftest import Workspace

GOLDEN = Path(__file__).parents[1] / "golden"


@pytest.fixture
def index_title(workspace: Workspace) -> str:
    """A fresh index page title, set as `index_page` in the workspace's salonbot.toml, with two
    reports in the workspace."""
    title = f"Strategy Salons index {uuid.uuid4().hex[:8]}"
    (workspace.root / "salonbot.toml").write_text(f'[salonbot]\nindex_page = "{title}"\n',
                                                  encoding="utf-8")
    for name in ("morocco", "heading_spelling"):
        workspace.write(f"{name}.yaml", (GOLDEN / f"{name}.yaml").read_text(encoding="utf-8"))
    return title


def local_table(workspace: Workspace) -> str:
    result = workspace.run("index")
    assert result.returncode == 0, result.stderr
    return result.stdout.removesuffix("\n")


def push(workspace: Workspace, title: str, expected: str) -> None:
    result = workspace.run("index", "--push")
    assert result.returncode == 0, result.stderr
    assert f"{expected:<9} {title}\n" in result.stdout, result.stdout
    assert ("--- wiki:" in result.stdout) == (expected != "unchanged")  # the diff, before saving


def test_push_creates_updates_and_keeps_people_text(workspace: Workspace, wiki: Wiki,
                                                    index_title: str) -> None:
    push(workspace, index_title, "created")
    table = local_table(workspace)
    assert "[[Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/" \
        "Reports/MA UG|MA UG]]" in table
    assert wiki.page_text(index_title) == f"{MARKER_START}\n{table}\n{MARKER_END}"
    revisions = wiki.revisions(index_title)
    assert [revision["user"] for revision in revisions] == ["SalonBot"]
    assert revisions[0]["comment"] == "salonbot: update the index of Strategy Salon reports"

    push(workspace, index_title, "unchanged")
    assert len(wiki.revisions(index_title)) == 1

    before = "Intro written by a person.\r\n\n{{Header|x= y}}\n  indented <!-- note -->\n"
    after = "\n\n== Notes ==\n* kept as written  \t\n[[Category:Strategy Salons]]"
    stored = wiki.page_text(index_title)
    assert stored is not None
    wiki.edit_as_other(index_title, before + stored + after)
    by_person = wiki.page_text(index_title)
    assert by_person is not None
    head = by_person[: by_person.index(MARKER_START)]
    tail = by_person[by_person.index(MARKER_END) + len(MARKER_END):]

    workspace.write("themes_topics.yaml",
                    (GOLDEN / "themes_topics.yaml").read_text(encoding="utf-8"))
    push(workspace, index_title, "updated")
    new_table = local_table(workspace)
    assert "Themes UG" in new_table and new_table != table
    assert wiki.page_text(index_title) == f"{head}{MARKER_START}\n{new_table}\n{MARKER_END}{tail}"
    assert [revision["user"] for revision in wiki.revisions(index_title)] == \
        ["SalonBot", "OtherUser", "SalonBot"]

    push(workspace, index_title, "unchanged")
    assert len(wiki.revisions(index_title)) == 3


def test_page_without_markers_is_never_overwritten(workspace: Workspace, wiki: Wiki,
                                                   index_title: str) -> None:
    wiki.create_as_other(index_title, "A list of salons kept by hand.")
    result = workspace.run("index", "--push")
    assert result.returncode == 1
    assert MARKER_START in result.stderr and "Traceback" not in result.stderr
    assert wiki.page_text(index_title) == "A list of salons kept by hand."
    assert len(wiki.revisions(index_title)) == 1


def test_dry_run_shows_the_page_and_writes_nothing(workspace: Workspace, wiki: Wiki,
                                                   index_title: str) -> None:
    result = workspace.run("index", "--push", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert f"+{MARKER_START}" in result.stdout and "dry run" in result.stdout
    assert wiki.page_text(index_title) is None


def test_index_page_must_be_set(workspace: Workspace) -> None:
    workspace.write("morocco.yaml", (GOLDEN / "morocco.yaml").read_text(encoding="utf-8"))
    result = workspace.run("index", "--push")
    assert result.returncode == 1
    assert "no index page is set" in result.stderr
