"""The stop page holds (issue 20, item 4): it is read again before an edit once
`stop_page_interval` seconds have passed, so a person who writes `stop` during a long run stops
the edits that follow; a halted bot exits 4 even when there is nothing to do."""

from __future__ import annotations

import json

import pytest
from tests.support.api import Wiki
from tests.support.proxy import Proxy, Rule
from tests.wiki.conftest import PREFIX, Workspace


def _setup(workspace: Workspace, label: str, stop_page: str, interval: int) -> str:
    prefix = f"{PREFIX}Stop {label}/"
    (workspace.root / "salonbot.toml").write_text(
        f'[salonbot]\nallowed_prefix = "{prefix}"\nstop_page = "{stop_page}"\n'
        f"stop_page_interval = {interval}\n", encoding="utf-8")
    for number in range(1, 6):
        workspace.write(f"r{number}.yaml", f"title: {prefix}R{number}\nwhat_happened: We met.\n")
    return prefix


@pytest.mark.parametrize("command", ["sync", "push"])
def test_a_stop_written_during_the_run_stops_the_edits_that_follow(
        proxied: Workspace, proxy: Proxy, wiki: Wiki, command: str) -> None:
    workspace = proxied
    stop_page = f"User:SalonBot/Stop during {command}"
    wiki.edit_as_other(stop_page, "run")
    prefix = _setup(workspace, f"during {command}", stop_page, 0)

    def stop() -> None:
        wiki.edit_as_other(stop_page, "stop: the bot is misbehaving")

    proxy.plan([Rule("call", action="edit", skip=1, call=stop)])  # during the 2nd edit
    arguments = ["sync", "--yes", "--json"] if command == "sync" else ["push", "--yes"]
    result = workspace.run(*arguments)

    assert result.returncode == 4, result.stdout + result.stderr
    assert len(wiki.latest_revisions(prefix)) == 2
    if command == "sync":
        data = json.loads(result.stdout)
        assert data["halted"] is True and data["exit_code"] == 4
        assert data["counts"]["deferred"] == 3 and data["counts"]["created"] == 2
    else:
        assert sum(line.startswith(f"deferred  {prefix}") for line in result.stdout.splitlines()) == 3
        assert "misbehaving" in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("command", ["sync", "push"])
def test_a_halted_bot_exits_4_with_nothing_to_do(workspace: Workspace, wiki: Wiki,
                                                 command: str) -> None:
    stop_page = f"User:SalonBot/Stop idle {command}"
    wiki.edit_as_other(stop_page, "run")
    _setup(workspace, f"idle {command}", stop_page, 60)
    first = workspace.run(command, "--yes")
    assert first.returncode == 0, first.stdout + first.stderr
    wiki.edit_as_other(stop_page, "stopped for maintenance")

    result = workspace.run(command, "--yes")

    assert result.returncode == 4, result.stdout + result.stderr
    assert "stopped for maintenance" in result.stdout + result.stderr


def test_the_stop_page_is_not_read_again_within_the_interval(
        proxied: Workspace, proxy: Proxy, wiki: Wiki) -> None:
    workspace = proxied
    stop_page = "User:SalonBot/Stop interval"
    wiki.edit_as_other(stop_page, "run")
    prefix = _setup(workspace, "interval", stop_page, 60)

    def stop() -> None:
        wiki.edit_as_other(stop_page, "stop")

    proxy.plan([Rule("call", action="edit", skip=1, call=stop)])
    result = workspace.run("sync", "--yes")

    # a fast run within 60 seconds reads the stop page once, before its first edit
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(wiki.latest_revisions(prefix)) == 5
