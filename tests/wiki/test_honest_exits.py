"""Every exit is honest (issue 20, item 6): `--json` prints one object on every exit code, and
SIGTERM (what cron, systemd and job schedulers send) stops a run as Ctrl-C does: one line, exit
143, no temporary file left, the lock released, and the log holds the edits made and a line
saying the run stopped."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys

import pytest
from tests.support.api import Wiki
from tests.support.proxy import Proxy, Rule
from tests.wiki.conftest import PREFIX, Workspace

from salonbot.sync.journal import LOCK_FILE, LOG_FILE


def _setup(workspace: Workspace, label: str, count: int, settings: str = "") -> str:
    prefix = f"{PREFIX}Exits {label}/"
    (workspace.root / "salonbot.toml").write_text(
        f'[salonbot]\nallowed_prefix = "{prefix}"\n{settings}', encoding="utf-8")
    for number in range(1, count + 1):
        workspace.write(f"r{number}.yaml", f"title: {prefix}R{number}\nwhat_happened: We met.\n")
    return prefix


def _one_object(stdout: str, code: int) -> dict[str, object]:
    data = json.loads(stdout)  # one object, nothing else
    assert data["exit_code"] == code
    assert {"counts", "reports"} <= set(data)
    return data


@pytest.mark.parametrize("command", ["sync", "status"])
def test_json_when_the_wiki_cannot_be_reached(proxied: Workspace, proxy: Proxy,
                                              command: str) -> None:
    _setup(proxied, f"unreachable {command}", 1, "max_wait = 3\n")
    proxy.plan([Rule("status", action="query", times=10_000)])
    result = proxied.run(command, "--json", *(["--yes"] if command == "sync" else []))
    assert result.returncode == 6, result.stdout + result.stderr
    assert "cannot reach the wiki" in _one_object(result.stdout, 6)["error"]  # type: ignore[operator]


def test_json_when_another_run_holds_the_lock(workspace: Workspace) -> None:
    _setup(workspace, "locked", 1)
    with open(workspace.reports / LOCK_FILE, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = workspace.run("sync", "--yes", "--json")
    assert result.returncode == 5, result.stdout + result.stderr
    assert "another sync is running" in _one_object(result.stdout, 5)["error"]  # type: ignore[operator]


def test_sigterm_stops_a_sync_like_ctrl_c(proxied: Workspace, proxy: Proxy, wiki: Wiki) -> None:
    workspace = proxied
    prefix = _setup(workspace, "sigterm", 4)
    process: list[subprocess.Popen[str]] = []

    def terminate() -> None:
        os.kill(process[0].pid, signal.SIGTERM)

    proxy.plan([Rule("call", action="edit", skip=1, call=terminate)])  # during the 2nd edit
    process.append(subprocess.Popen(
        [sys.executable, "-m", "salonbot", "sync", "--yes", "--json"], cwd=workspace.root,
        env=workspace.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True))
    stdout, stderr = process[0].communicate(timeout=300)

    assert process[0].returncode == 143, stdout + stderr
    assert stderr.strip().splitlines()[-1] == "salonbot: terminated (SIGTERM)", stderr
    assert "Traceback" not in stderr
    _one_object(stdout, 143)
    made = wiki.latest_revisions(prefix)
    assert 1 <= len(made) <= 2
    log = (workspace.reports / LOG_FILE).read_text(encoding="utf-8")
    assert log.count(" created ") >= 1, log
    assert log.rstrip().endswith("sync stopped: terminated (SIGTERM)"), log
    assert not [path.name for path in workspace.reports.rglob("*.tmp")]
    with open(workspace.reports / LOCK_FILE, "a") as lock:  # released
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)


@pytest.mark.parametrize("command", ["sync", "push"])
def test_a_dry_run_speaks_in_the_conditional(workspace: Workspace, wiki: Wiki,
                                             command: str) -> None:
    prefix = _setup(workspace, f"dry {command}", 1)
    result = workspace.run(command, "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"would create {prefix}R1\n" in result.stdout, result.stdout
    assert wiki.page_text(prefix + "R1") is None
