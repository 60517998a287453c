"""`salonbot index --push` against the sandbox wiki: the index page is created with the markers
and the table, then edited only between the markers; people's text around them stays byte for
byte; an unchanged index makes no edit; a page without the markers is never overwritten."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import requests
from tests.support.api import Wiki

from salonbot.analytics.overview import MARKER_END, MARKER_START

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
    result = workspace.run("index", "--push", "--yes")
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
    assert revisions[0]["comment"] == "salonbot: create the index of Strategy Salon reports"

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
    assert wiki.revisions(index_title)[-1]["comment"] == \
        "salonbot: update the index of Strategy Salon reports"

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


def test_without_yes_the_edit_is_confirmed_and_no_answer_is_no(
        workspace: Workspace, wiki: Wiki, index_title: str) -> None:
    refused = workspace.run("index", "--push", input="")  # no terminal, no answer: no
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert f"+{MARKER_START}" in refused.stdout  # the diff was shown before asking
    assert f"Save {index_title}? [y/N]" in refused.stderr
    assert f"refused   {index_title}\n          not confirmed\n" in refused.stdout
    assert wiki.page_text(index_title) is None

    toml = workspace.root / "salonbot.toml"
    toml.write_text(toml.read_text(encoding="utf-8") +
                    'summary_link = "[[User:SalonBot|salonbot]]"\n', encoding="utf-8")
    confirmed = workspace.run("index", "--push", input="y\n")
    assert confirmed.returncode == 0, confirmed.stdout + confirmed.stderr
    assert f"created   {index_title}\n" in confirmed.stdout
    assert [revision["comment"] for revision in wiki.revisions(index_title)] == [
        "[[User:SalonBot|salonbot]]: create the index of Strategy Salon reports"]


def test_the_stop_page_halts_the_index_push_before_the_edit(
        workspace: Workspace, wiki: Wiki, index_title: str) -> None:
    stop_page = f"User:SalonBot/Stop {index_title[-8:]}"
    wiki.create_as_other(stop_page, "stop: the index is wrong")
    toml = workspace.root / "salonbot.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + f'stop_page = "{stop_page}"\n',
                    encoding="utf-8")
    result = workspace.run("index", "--push", "--yes")
    assert result.returncode == 4, result.stdout + result.stderr
    assert result.stderr == (f"salonbot: halted: the stop page {stop_page} says 'stop: the index "
                             "is wrong'; nothing was written. Empty it or write `run` in it to let "
                             "salonbot edit again.\n")
    assert wiki.page_text(index_title) is None
    wiki.edit_as_other(stop_page, "run")
    assert workspace.run("index", "--push", "--yes").returncode == 0
    assert wiki.page_text(index_title) is not None


def test_index_page_must_be_set(workspace: Workspace) -> None:
    workspace.write("morocco.yaml", (GOLDEN / "morocco.yaml").read_text(encoding="utf-8"))
    result = workspace.run("index", "--push")
    assert result.returncode == 1
    assert "no index page is set" in result.stderr


HOSTILE = (
    "title: Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/"
    "Reports/Hostile cells\n"
    'date_and_location: "12 May {{DISPLAYTITLE:Owned}} [[:Category:Spam]] a || b | c ~~~~ '
    '<div style=\\"position:fixed;top:0\\">overlay</div> [[File:Example.png|thumb]] [[fr:Foo]] '
    '{{NOINDEX}} {{Delete|x}}"\n'
    "participants: 12\n"
    "discussion:\n  themes:\n  - title: \"Advocacy x||y\"\n"
    'budget: "100 USD {{NOINDEX}} ~~~ [[Category talk:X]]"\n'
)


def test_report_text_reaches_the_index_as_plain_text(workspace: Workspace, wiki: Wiki,
                                                      index_title: str) -> None:
    # Anyone can write a report page; on the index page salonbot is the author.
    workspace.write("hostile.yaml", HOSTILE)
    wiki.create_as_other(index_title, f"Intro <nowiki>{MARKER_START}</nowiki>\n"
                         f"{MARKER_START}\n{MARKER_END}\n<pre>{MARKER_END}</pre>"
                         f"<!-- old {MARKER_START} -->")
    push(workspace, index_title, "updated")
    parsed = requests.get(wiki.info.api_url, timeout=60, params={
        "action": "parse", "page": index_title, "prop": "text|categories|templates|properties|links",
        "format": "json", "formatversion": 2}).json()["parse"]
    assert parsed["categories"] == []
    assert parsed["templates"] == []
    assert parsed["properties"] in ([], {})  # no noindex, no displaytitle
    html = parsed["text"]
    assert "<div style" not in html and "&#60;div style" in html  # shown, not applied
    assert "&#126;&#126;&#126;&#126;" in html and "SalonBot" not in html  # no signature
    assert {"Category:Spam", "File:Example.png", "Fr:Foo"} <= \
        {link["title"] for link in parsed["links"]}  # category, file, interwiki: links only
    first_table = html.split("</table>", 1)[0]
    rows = first_table.split("<tr")[1:]
    assert [row.count("<td") + row.count("<th") for row in rows] == [5] * len(rows)
    assert wiki.page_text(index_title).startswith(  # the nowiki and pre markers are text
        f"Intro <nowiki>{MARKER_START}</nowiki>\n{MARKER_START}\n{{|")
