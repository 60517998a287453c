"""Content, not form (issue 18), against the sandbox wiki: a page written by hand pulls to a file
that holds what it says, an edit of that file changes only its own lines on the wiki, the
person's comments survive a sync that brings in a wiki edit, base copies make merges and
summaries cost no read and come back from the wiki when missing, and a file an older salonbot
wrote is converted once, with one line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.support.api import Wiki
from tests.support.proxy import Proxy
from tests.wiki.conftest import PREFIX, Workspace

PAGE = """<languages/>
<translate>
== Date and location == <!--T:1-->
<!--T:2-->
12 May 2019, Dhaka

==Participant List== <!--T:3-->
<!--T:4-->
# Anass
# Brahim
# Chaima

== Summary of the discussion points == <!--T:5-->
'''Theme 1: Advocacy''' <!--T:6-->
* Reach out to libraries <!--T:7-->
* Write to the ministry
</translate>

[[Category:Strategy Salons]]"""


def own_prefix(workspace: Workspace, label: str) -> str:
    prefix = f"{PREFIX}Copies {label}/"
    (workspace.root / "salonbot.toml").write_text(
        f'[salonbot]\nallowed_prefix = "{prefix}"\n', encoding="utf-8")
    return prefix


def pulled(workspace: Workspace, wiki: Wiki, label: str) -> tuple[str, Path]:
    title = own_prefix(workspace, label) + "Page"
    wiki.create_as_other(title, PAGE)
    result = workspace.run("pull", title)
    assert result.returncode == 0, result.stdout + result.stderr
    return title, workspace.reports / "page.yaml"


def test_a_hand_written_page_pulls_to_what_it_says_and_an_edit_changes_one_line(
        workspace: Workspace, wiki: Wiki) -> None:
    title, path = pulled(workspace, wiki, "edit")
    source = path.read_text(encoding="utf-8")
    assert source == (
        f"title: {title}\ndate_and_location: 12 May 2019, Dhaka\nparticipants:\n- Anass\n"
        "- Brahim\n- Chaima\ndiscussion:\n  themes:\n  - title: Advocacy\n    points:\n"
        "    - Reach out to libraries\n    - Write to the ministry\ncategories:\n"
        "- Strategy Salons\n")
    path.write_text(source.replace("- Brahim\n", "- Brahim\n- Bouchra\n").replace(
        "Reach out to libraries", "Reach out to public libraries"), encoding="utf-8")
    result = workspace.run("sync", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert wiki.page_text(title) == PAGE.replace("# Brahim\n", "# Brahim\n# Bouchra\n").replace(
        "* Reach out to libraries <!--T:7-->", "* Reach out to public libraries <!--T:7-->")
    assert wiki.revisions(title)[-1]["comment"] == \
        "salonbot: update report: Participant List, Discussion Theme 1"


def test_comments_in_the_file_survive_a_sync_that_brings_in_a_wiki_edit(
        workspace: Workspace, wiki: Wiki) -> None:
    title, path = pulled(workspace, wiki, "comments")
    source = path.read_text(encoding="utf-8")
    mine = source.replace("participants:\n", "# TODO: ask Anna for the list\nparticipants:\n") \
        .replace("- Chaima\n", "- Chaima  # came late\n")
    path.write_text(mine, encoding="utf-8")
    wiki.edit_as_other(title, (wiki.page_text(title) or "").replace(
        "12 May 2019, Dhaka", "12 May 2019, Dhaka (Bangladesh)"))
    result = workspace.run("sync", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert path.read_text(encoding="utf-8") == mine.replace(
        "12 May 2019, Dhaka\n", "12 May 2019, Dhaka (Bangladesh)\n")

    # the wiki removes the line a comment was on: the comment stays, and the run says so
    wiki.edit_as_other(title, (wiki.page_text(title) or "").replace("# Chaima\n", ""))
    result = workspace.run("sync", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# came late\n" in path.read_text(encoding="utf-8")
    assert "- Chaima" not in path.read_text(encoding="utf-8")
    assert "reports/page.yaml: the wiki's change replaced the lines under your comment " \
        "'# came late'" in result.stdout


def _work(proxy: Proxy) -> list[str]:
    """What a run asked the wiki, past pywikibot's start-up and log-in."""
    return [request.kind for request in proxy.requests if not request.startup]


def test_pushes_and_merges_read_no_page_text_and_no_old_revision(
        proxied: Workspace, proxy: Proxy, wiki: Wiki) -> None:
    workspace = proxied
    prefix = own_prefix(workspace, "requests")
    titles = [f"{prefix}R{number}" for number in range(4)]
    for number, title in enumerate(titles):
        workspace.write(f"r{number}.yaml", f"title: {title}\nwhat_happened: We met.\n"
                        "budget:\n- Venue\n- Food\n")
    assert workspace.run("push", "--yes").returncode == 0
    for number in range(3):  # three pushes
        path = workspace.reports / f"r{number}.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("We met.", "We met twice."),
                        encoding="utf-8")
    path = workspace.reports / "r3.yaml"  # and a merge
    path.write_text(path.read_text(encoding="utf-8").replace("- Food", "- Food and drinks"),
                    encoding="utf-8")
    wiki.edit_as_other(titles[3], (wiki.page_text(titles[3]) or "").replace("We met.", "We met!"))
    proxy.requests.clear()
    result = workspace.run("sync", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    work = _work(proxy)
    # the sweep; the text of the page to merge; four edits; the read-back
    assert len(work) == 1 + 1 + 4 + 1, work
    assert "* Food and drinks" in (wiki.page_text(titles[3]) or "")
    assert "We met!" in (wiki.page_text(titles[3]) or "")
    assert wiki.revisions(titles[0])[-1]["comment"] == "salonbot: update report: What happened"


def test_missing_base_copies_come_back_from_the_wiki_in_one_request(
        proxied: Workspace, proxy: Proxy, wiki: Wiki) -> None:
    workspace = proxied
    title, path = pulled(workspace, wiki, "recover")
    copies = workspace.reports / ".salonbot" / "pages"
    kept = {copy.name: copy.read_bytes() for copy in copies.rglob("*.wiki")}
    assert kept == {"page.wiki": PAGE.encode("utf-8")}
    shutil.rmtree(workspace.reports / ".salonbot")  # a clone made before copies were committed
    proxy.requests.clear()
    result = workspace.run("sync", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert {copy.name: copy.read_bytes() for copy in copies.rglob("*.wiki")} == kept
    assert len(_work(proxy)) == 2, _work(proxy)  # the revisions by id, then the sweep
    assert len(wiki.revisions(title)) == 1  # nothing was edited


def test_a_file_an_older_salonbot_wrote_is_converted_once_with_a_line(
        workspace: Workspace, wiki: Wiki) -> None:
    title, path = pulled(workspace, wiki, "legacy")
    _write_legacy(path, title)
    state = json.loads((workspace.reports / ".salonbot-state.json").read_text(encoding="utf-8"))
    assert list(state["sites"]["sandbox:sandbox"]) == [title]
    result = workspace.run("sync", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "reports/page.yaml: converted to the new file format" in result.stdout
    assert "layout" not in path.read_text(encoding="utf-8")
    assert "categories:\n- Strategy Salons\n" in path.read_text(encoding="utf-8")
    assert len(wiki.revisions(title)) == 1  # the page was never touched
    again = workspace.run("sync", "--yes")
    assert "converted" not in again.stdout


def _write_legacy(path: Path, title: str) -> None:
    """The report file as salonbot 0.1 wrote it: form in `layout:` and in the texts."""
    path.write_text(
        f"title: {title}\nintro: |-\n  <languages/>\n  <translate>\ndate_and_location:\n"
        "  text: |-\n    <!--T:2-->\n    12 May 2019, Dhaka\n  layout:\n"
        "    heading: '== Date and location == <!--T:1-->'\nparticipants:\n  points:\n"
        "  - Anass\n  - Brahim\n  - Chaima\n  layout:\n    heading: '==Participant List== "
        "<!--T:3-->'\n    content: {marks: '#'}\n"
        "discussion:\n  themes:\n  - title: Advocacy\n    points:\n"
        "    - Reach out to libraries <!--T:7-->\n    - Write to the ministry\n    - </translate>\n"
        "    - ''\n    - '[[Category:Strategy Salons]]'\n", encoding="utf-8")


def test_the_line_about_a_converted_file_keeps_sync_json_clean(
        workspace: Workspace, wiki: Wiki) -> None:
    title, path = pulled(workspace, wiki, "legacy json")
    _write_legacy(path, title)
    result = workspace.run("sync", "--yes", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["exit_code"] == 0  # one JSON object, nothing else
    assert "converted to the new file format" in result.stderr
    assert "layout" not in path.read_text(encoding="utf-8")
