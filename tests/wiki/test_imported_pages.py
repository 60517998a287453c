"""Pages brought in with importDump.php (or Special:Import) keep trailing white space that the
editor and the API strip on every save: salonbot pulls them, and pushes, syncs and pulls the
unchanged files without an edit; a real change is one edit that also drops the white space."""

from __future__ import annotations

import json

import pytest
from tests.support.api import Wiki
from tests.support.dump import import_pages
from tests.wiki.conftest import PREFIX, Workspace

from salonbot.sandbox import SandboxInfo

TEXT = "== What happened ==\nWe met in Pokhara.\n\n== Statement on your budget ==\n40 USD"


@pytest.mark.parametrize(("name", "trailing"), [("newline", "\n"), ("mixed", "  \n\t\n"),
                                                ("space", " ")])
def test_a_page_ending_in_white_space_pulls_and_unchanged_files_make_no_edit(
        name: str, trailing: str, workspace: Workspace, sandbox: SandboxInfo, wiki: Wiki) -> None:
    title = f"{PREFIX}Imported {name}"
    import_pages(sandbox, [(title, TEXT + trailing)])
    assert wiki.page_text(title) == TEXT + trailing  # the wiki kept it

    pulled = workspace.run("pull", title)
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    assert "pulled" in pulled.stdout
    [file] = workspace.reports.glob("*.yaml")
    assert "We met in Pokhara." in file.read_text(encoding="utf-8")
    state = json.loads(workspace.read(".salonbot-state.json"))
    [[_, base]] = [item for table in state["sites"].values() for item in table.items()]
    assert base["sha1"] == wiki.revisions(title)[-1]["sha1"] and base["kept_sha1"]

    for command in (["push", "--yes"], ["sync", "--yes"], ["pull", title], ["status"]):
        result = workspace.run(*command)
        assert result.returncode == 0, (command, result.stdout + result.stderr)
    assert len(wiki.revisions(title)) == 1, "an unchanged file made an edit"
    # A cold load cache (a fresh clone) compares the file's own text: still no edit.
    (workspace.reports / ".salonbot-cache.json").unlink()
    assert workspace.run("sync", "--yes").returncode == 0
    assert len(wiki.revisions(title)) == 1

    file.write_text(file.read_text(encoding="utf-8").replace("40 USD", "45 USD"),
                    encoding="utf-8")
    pushed = workspace.run("push", "--yes")
    assert pushed.returncode == 0, pushed.stdout + pushed.stderr
    assert wiki.page_text(title) == TEXT.replace("40 USD", "45 USD")
    assert len(wiki.revisions(title)) == 2


def test_a_page_ending_in_white_space_merges_with_a_local_change(
        workspace: Workspace, sandbox: SandboxInfo, wiki: Wiki) -> None:
    title = PREFIX + "Imported merge"
    import_pages(sandbox, [(title, TEXT + "\n\n")])
    assert workspace.run("pull", title).returncode == 0
    [file] = workspace.reports.glob("*.yaml")
    file.write_text(file.read_text(encoding="utf-8").replace("40 USD", "45 USD"),
                    encoding="utf-8")
    wiki.edit_as_other(title, TEXT.replace("Pokhara", "Pokhara, Nepal"))
    synced = workspace.run("sync", "--yes")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert wiki.page_text(title) == TEXT.replace("Pokhara", "Pokhara, Nepal").replace("40 USD",
                                                                                       "45 USD")
