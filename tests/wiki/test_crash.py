"""SIGKILL at any point of push, pull (and sync) leaves whole files and a state file that claims
nothing the wiki does not hold; the next runs converge. The proxy kills salonbot when it sees a
chosen request (before the wiki sees it, or after the wiki handled it), or salonbot is killed
after a random delay."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.soak import Runner
from tests.support.api import Wiki
from tests.support.proxy import Proxy, Rule
from tests.support.pywikibot_dir import proxied_pywikibot_dir
from tests.wiki.conftest import PREFIX

from salonbot.report.validate import load_report
from salonbot.sandbox import SandboxInfo
from salonbot.sync.pages import load_file

REPORTS = 4


@pytest.fixture(scope="module")
def proxy(sandbox: SandboxInfo) -> Iterator[Proxy]:
    with Proxy(sandbox.url) as running:
        yield running


@pytest.fixture
def runner(sandbox: SandboxInfo, proxy: Proxy, tmp_path: Path) -> Runner:
    proxied = proxied_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb",
                                    f"{proxy.url}/api.php")
    root = tmp_path / "workspace"
    (root / "reports").mkdir(parents=True)
    prefix = f"{PREFIX}Crash {int(time.time() * 1000)}/"
    (root / "salonbot.toml").write_text(f'[salonbot]\nallowed_prefix = "{prefix}"\n')
    return Runner(root, sandbox.pywikibot_dir, proxied)


def write_reports(runner: Runner, version: str) -> None:
    prefix = (runner.root / "salonbot.toml").read_text().split('"')[1]
    for number in range(REPORTS):
        (runner.root / "reports" / f"r{number}.yaml").write_text(
            f"title: {prefix}R{number}\nwhat_happened: We met. Version {version}.\n"
            "budget: 1200 USD.\n", encoding="utf-8")


def check_whole(runner: Runner, wiki: Wiki) -> None:
    """Every report file loads; the state file is JSON; each recorded base exists on the wiki
    with the sha1 recorded."""
    reports = runner.root / "reports"
    for path in reports.glob("*.yaml"):
        load_report(path)  # raises if the file is half written
    state_file = reports / ".salonbot-state.json"
    if state_file.exists():
        state = json.loads(state_file.read_text(encoding="utf-8"))
        for title, base in state["sites"].get("sandbox:sandbox", {}).items():
            assert wiki.revision_sha1(base["revid"]) == base["sha1"], title


def converge(runner: Runner, wiki: Wiki, command: str) -> None:
    """A clean rerun brings files and wiki together; a second one makes no edit."""
    if command == "pull":
        runner.run("pull")
        command = "push"
    first = runner.run(command, "--yes")
    assert first.returncode == 0, first.stdout + first.stderr
    prefix = (runner.root / "salonbot.toml").read_text().split('"')[1]
    titles = [f"{prefix}R{number}" for number in range(REPORTS)]
    before = [len(wiki.revisions(title)) for title in titles]
    second = runner.run(command, "--yes")
    assert second.returncode == 0, second.stdout + second.stderr
    assert [len(wiki.revisions(title)) for title in titles] == before
    for number, title in enumerate(titles):
        path = runner.root / "reports" / f"r{number}.yaml"
        assert wiki.page_text(title) == load_file(path)[1]


def killed_run(runner: Runner, proxy: Proxy, command: tuple[str, ...],
               rules: list[Rule], delay: float | None) -> None:
    proxy.plan(rules)

    def arm(pid: int) -> None:
        proxy.kill_pid = pid
        if delay is not None:
            def kill() -> None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)

            threading.Timer(delay, kill).start()

    result = runner.run(*command, proxied=True, on_start=arm)
    proxy.plan([])
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("seed", [0, 2])  # kill after a saved edit; after a random delay
@pytest.mark.parametrize("command", ["push", "pull", "sync"])
def test_a_killed_run_leaves_whole_files_and_a_true_state(
        command: str, seed: int, runner: Runner, proxy: Proxy, wiki: Wiki) -> None:
    rng = random.Random(f"{command}{seed}")
    write_reports(runner, "one")
    assert runner.run("push", "--yes").returncode == 0
    if command == "pull":  # the wiki changed; pulling writes the files and the state
        runner.run("pull")
        write_reports(runner, "two")
        assert runner.run("push", "--yes").returncode == 0
        for path in (runner.root / "reports").glob("r*.yaml"):
            path.write_text(path.read_text().replace("Version two", "Version one"))
        # files now differ from the wiki but record base "two": a pull with --force replaces
        args: tuple[str, ...] = ("pull", "--force")
    else:
        write_reports(runner, "two")
        args = (command, "--yes")
    if seed == 0 and command != "pull":
        rules, delay = [Rule("kill_after", action="edit", skip=rng.randrange(REPORTS))], None
    elif seed == 0:  # pull makes no edit: kill it when the wiki answered its read of the texts
        rules, delay = [Rule("kill_after", nth=rng.randrange(1, 4))], None
    else:
        rules, delay = [], rng.uniform(0.3, 1.5)
    killed_run(runner, proxy, args, rules, delay)
    check_whole(runner, wiki)
    if command == "pull":
        runner.run("pull", "--force")
        check_whole(runner, wiki)
        # what the killed pull left half written (its report files are synced and renamed by
        # threads) is removed by the next one
        reports = runner.root / "reports"
        assert not [*reports.glob(".*.tmp"), *reports.glob(".salonbot/pages/*/.*.tmp")]
    converge(runner, wiki, "push" if command == "pull" else command)
