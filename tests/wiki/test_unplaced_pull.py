"""Issue 17 item 7 on the sandbox wiki: `salonbot pull` names the headings it could not place
in the pages it read (plain, -v, --json), and `salonbot outline TITLE` shows what each heading
and label of a wiki page became. The pages and every expected output are hand-written."""

from __future__ import annotations

import json

from tests.support.api import Wiki
from tests.wiki.conftest import PREFIX, Workspace

PAGE_ONE = """== Date and location ==
4 May 2019, Rabat
=== Getting there ===
Tram line 1.
== Summary of the discussion points ==
'''Advocacy'''
* Laws on panorama.
* Ask the parliament.
== Lunch menu ==
Tea.
"""

PAGE_TWO = """== Participants ==
* Ana
== lunch  MENU ==
Bread.
== Getting there ==
Bus.
== Awards ==
None.
"""

LINE = ("3 headings not placed in 2 pages: 'Getting there' (2), 'Lunch menu' (2), "
        "'Awards' (1)\n")

ONE_OUTLINE = """\
line  level  what it became
   1  2      section date_and_location, from 'Date and location'
               1 line
   3  3        not placed: 'Getting there'
                 1 line
   5  2      section discussion, from 'Summary of the discussion points'
               empty
   6  -        theme 'Advocacy', area Advocacy
                 2 points
   9  2      not placed: 'Lunch menu'
               1 line
"""


def two_pages(workspace: Workspace, wiki: Wiki, label: str) -> str:
    """Two hand-written pages under a prefix of their own, which salonbot may write."""
    prefix = f"{PREFIX}Unplaced {label}/"
    (workspace.root / "salonbot.toml").write_text(
        f'[salonbot]\nallowed_prefix = "{prefix}"\n', encoding="utf-8")
    wiki.create_as_other(prefix + "One", PAGE_ONE)
    wiki.create_as_other(prefix + "Two", PAGE_TWO)
    return prefix


def test_pull_ends_with_the_headings_not_placed_and_a_pull_that_reads_nothing_says_nothing(
        workspace: Workspace, wiki: Wiki) -> None:
    prefix = two_pages(workspace, wiki, "plain")
    result = workspace.run("pull", "--prefix", prefix)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith("\nfailed         0\n" + LINE), result.stdout
    assert "not placed" not in result.stderr

    again = workspace.run("pull", "--prefix", prefix)  # both unchanged: nothing read
    assert again.returncode == 0, again.stdout + again.stderr
    assert "not placed" not in again.stdout + again.stderr
    assert again.stdout.endswith("\nfailed         0\n")

    wiki.edit_as_other(prefix + "Two", PAGE_TWO.replace("== Awards ==", "== Prizes =="))
    third = workspace.run("pull", "--prefix", prefix)  # only Two is read
    assert third.stdout.endswith(
        "3 headings not placed in 1 page: 'Getting there' (1), 'lunch MENU' (1), "
        "'Prizes' (1)\n"), third.stdout


def test_pull_v_lists_every_heading_with_its_files(workspace: Workspace, wiki: Wiki) -> None:
    prefix = two_pages(workspace, wiki, "verbose")
    result = workspace.run("pull", "--prefix", prefix, "-v")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith(
        "\nfailed         0\n"
        "3 headings not placed in 2 pages:\n"
        "  'Getting there' (2): one.yaml, two.yaml\n"
        "  'Lunch menu' (2): one.yaml, two.yaml\n"
        "  'Awards' (1): two.yaml\n"), result.stdout


def test_pull_json_is_one_object_and_the_table_goes_to_standard_error(
        workspace: Workspace, wiki: Wiki) -> None:
    prefix = two_pages(workspace, wiki, "json")
    result = workspace.run("pull", "--prefix", prefix, "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert data["exit_code"] == 0
    assert data["counts"] == {"pulled": 2, "unchanged": 0, "skipped": 0, "refused": 0,
                              "failed": 0}
    assert [(entry["title"], entry["file"], entry["result"]) for entry in data["reports"]] == [
        (prefix + "One", "one.yaml", "pulled"), (prefix + "Two", "two.yaml", "pulled")]
    assert all(isinstance(entry["revid"], int) for entry in data["reports"])
    assert data["unplaced"] == {"pages": 2, "headings": [
        {"heading": "Getting there", "count": 2, "files": ["one.yaml", "two.yaml"]},
        {"heading": "Lunch menu", "count": 2, "files": ["one.yaml", "two.yaml"]},
        {"heading": "Awards", "count": 1, "files": ["two.yaml"]}]}
    assert "pulled         2\n" in result.stderr
    assert "not placed" not in result.stderr


def test_outline_of_a_title_and_of_its_pulled_file(workspace: Workspace, wiki: Wiki) -> None:
    prefix = two_pages(workspace, wiki, "outline")
    result = workspace.run("outline", prefix + "One")
    assert (result.returncode, result.stdout, result.stderr) == (0, ONE_OUTLINE, "")
    workspace.run("pull", prefix + "One")
    # The report file written onto its base copy: the page's own lines, bold label included.
    result = workspace.run("outline", "reports/one.yaml")
    assert (result.returncode, result.stdout, result.stderr) == (0, ONE_OUTLINE, "")
    result = workspace.run("outline", prefix + "One", "--json")
    nodes = json.loads(result.stdout)["nodes"]
    assert json.loads(result.stdout)["title"] == prefix + "One"
    assert [(node["line"], node["level"], node["kind"], node["name"]) for node in nodes] == [
        (1, "2", "section", "date_and_location"), (3, "3", "extra", "Getting there"),
        (5, "2", "section", "discussion"), (6, "-", "theme", "Advocacy"),
        (9, "2", "extra", "Lunch menu")]


def test_outline_of_a_missing_page_or_an_invalid_title_is_one_line(
        workspace: Workspace, wiki: Wiki) -> None:
    missing = f"{PREFIX}Unplaced missing/Nobody wrote this"
    result = workspace.run("outline", missing)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (f"salonbot: {missing}: no such page on the wiki (check the title, "
                             "or name a file)\n")
    result = workspace.run("outline", "Reports/MA {{UG}}")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.count("\n") == 1 and "is not a page title" in result.stderr
    for command in ("outline", "pull"):  # longer than a title may be: the wiki's rule
        result = workspace.run(command, "x" * 300)
        assert (result.returncode, result.stdout) == (1, ""), result.stderr
        assert result.stderr.startswith(f"salonbot: {'x' * 300!r} ")
        assert "page title" in result.stderr and "255 bytes" in result.stderr
        assert result.stderr.count("\n") == 1
