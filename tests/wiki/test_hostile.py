"""A scheduled run meets text and files that others write: a state file that arrives by `git
pull`, a person editing a report file while the run goes on. Nothing from outside writes
outside the reports folder, and no file is replaced unless it still holds what the run read."""

from __future__ import annotations

import json
import stat
import subprocess
import sys

import pytest
from tests.support.api import Wiki
from tests.support.proxy import Proxy, Rule
from tests.wiki.conftest import PREFIX, Workspace

from salonbot.sync.state import STATE_FILE

SCRIPT = "#!/bin/sh\necho salonbot run\n"


def cron(workspace: Workspace, *args: str) -> subprocess.CompletedProcess[str]:
    """salonbot as cron runs it: standard input from /dev/null, output to pipes."""
    return subprocess.run([sys.executable, "-m", "salonbot", *args], cwd=workspace.root,
                          env=workspace.env, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=300, check=False)


def own_prefix(workspace: Workspace, label: str) -> str:
    prefix = f"{PREFIX}Hostile {label}/"
    (workspace.root / "salonbot.toml").write_text(
        f'[salonbot]\nallowed_prefix = "{prefix}"\n', encoding="utf-8")
    return prefix


def report(title: str, what: str = "We met and talked.") -> str:
    return (f"title: {title}\nwhat_happened: {what}\ndiscussion:\n  themes:\n"
            "  - title: Advocacy\n    points:\n    - First point\n    - Second point\n"
            "    - Third point\n")


def push(workspace: Workspace, name: str, text: str) -> None:
    workspace.write(name, text)
    result = workspace.run("push", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("aimed", ["../salonbot-run.sh", "ABSOLUTE", "sub/x.yaml",
                                   ".salonbot-state.yaml", "run.sh"])
def test_a_state_file_cannot_aim_a_write_outside_the_reports_folder(
        workspace: Workspace, wiki: Wiki, aimed: str) -> None:
    prefix = own_prefix(workspace, "state " + str(len(aimed)) + aimed[:3].replace("/", ""))
    title = prefix + "Target"
    push(workspace, "target.yaml", report(title))
    wiki.edit_as_other(title, (wiki.page_text(title) or "") + "\n\n== Other Areas ==\nwiki text")
    script = workspace.root / "salonbot-run.sh"
    script.write_text(SCRIPT)
    script.chmod(0o755)
    target = str(script) if aimed == "ABSOLUTE" else aimed
    state_path = workspace.reports / STATE_FILE
    state = json.loads(state_path.read_text())
    for entries in state["sites"].values():
        entries[title]["file"] = target
    state_path.write_text(json.dumps(state))
    (workspace.reports / "target.yaml").unlink()  # the page would be pulled into the state's file

    result = cron(workspace, "sync", "--yes")

    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "damaged state file" in lines[0], result.stderr
    assert script.read_text() == SCRIPT
    assert not list(workspace.reports.glob("*.yaml"))
    assert sorted(path.name for path in workspace.root.iterdir()) == [
        "reports", "salonbot-run.sh", "salonbot.toml"]


def test_an_edit_made_while_sync_merges_the_file_is_kept_and_merged_next_run(
        proxied: Workspace, proxy: Proxy, wiki: Wiki) -> None:
    workspace = proxied
    title = own_prefix(workspace, "merge") + "Merged"
    push(workspace, "merged.yaml", report(title))
    text = wiki.page_text(title) or ""
    wiki.edit_as_other(title, text.replace("* Third point", "* Third point, from the wiki"))
    path = workspace.reports / "merged.yaml"
    path.write_text(report(title).replace("- First point", "- First point, from the file"))
    late = report(title, "We met in Rabat.").replace("- First point",
                                                     "- First point, from the file")

    def edit_while_saving() -> None:
        path.write_text(late)

    proxy.plan([Rule("call", action="edit", call=edit_while_saving)])
    result = cron(workspace, "sync", "--yes")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "changed while salonbot ran" in result.stdout + result.stderr
    assert path.read_text() == late  # the edit made during the run is not lost
    on_wiki = wiki.page_text(title) or ""
    assert "First point, from the file" in on_wiki and "from the wiki" in on_wiki

    proxy.plan([])
    again = cron(workspace, "sync", "--yes")
    assert again.returncode == 0, again.stdout + again.stderr
    final = wiki.page_text(title) or ""
    assert "We met in Rabat." in final
    assert "First point, from the file" in final and "Third point, from the wiki" in final


def test_an_edit_made_while_pull_writes_the_file_is_kept(proxied: Workspace, proxy: Proxy,
                                                          wiki: Wiki) -> None:
    workspace = proxied
    prefix = own_prefix(workspace, "pull")
    title = prefix + "Pulled"
    push(workspace, "pulled.yaml", report(title))
    wiki.edit_as_other(title, (wiki.page_text(title) or "").replace("Second", "2nd"))
    path = workspace.reports / "pulled.yaml"
    mine = report(title, "Written during the pull.")

    def edit_while_reading() -> None:
        path.write_text(mine)

    proxy.plan([Rule("call", action="query", having={"rvprop": "content"},
                     call=edit_while_reading)])
    result = cron(workspace, "pull", "--prefix", prefix)
    assert proxy.requests and any(r.fault == "call" for r in proxy.requests), \
        [r.params for r in proxy.requests]
    assert result.returncode == 1, result.stdout + result.stderr
    assert "changed while salonbot ran" in result.stdout + result.stderr
    assert path.read_text() == mine


def test_files_salonbot_rewrites_lose_their_execute_bits(workspace: Workspace, wiki: Wiki) -> None:
    prefix = own_prefix(workspace, "modes")
    title = prefix + "Modes"
    push(workspace, "modes.yaml", report(title))
    path = workspace.reports / "modes.yaml"
    path.chmod(0o775)
    wiki.edit_as_other(title, (wiki.page_text(title) or "").replace("Second", "2nd"))
    result = cron(workspace, "sync", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2nd point" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


@pytest.mark.parametrize(("label", "body", "said"), [
    ("open", "== What happened ==\n" + "{{a|" * 5000,
     "more than 50 templates, links, tables or tags open at once"),
    ("stray", "== What happened ==\n{{a|\n" + "* a point\n" * 200_100,
     "never closed, and with the others never closed has more than 2000000 characters"),
])
def test_a_page_salonbot_would_not_read_is_not_pulled(workspace: Workspace, wiki: Wiki,
                                                      label: str, body: str, said: str) -> None:
    # 20 KB of `{{a|` took 17 seconds to read, on every later run too.
    prefix = own_prefix(workspace, "unreadable " + label)
    wiki.create_as_other(prefix + "Bomb", body)
    wiki.create_as_other(prefix + "Fine", "== What happened ==\nWe met.\n")

    result = cron(workspace, "pull", "--prefix", prefix)

    # anyone can write such a page: skipped with one line, and no failure exit on every run
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    output = result.stdout + result.stderr
    assert f"skipped   {prefix}Bomb\n" in output, output
    refused = [line for line in output.splitlines() if "not pulled" in line]
    assert len(refused) == 1 and said in refused[0], output
    assert sorted(path.name for path in workspace.reports.glob("*.yaml")) == ["fine.yaml"]
    assert cron(workspace, "validate").returncode == 0
