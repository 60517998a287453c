"""Unattended runs the way cron meets them: salonbot as a separate process, standard input from
/dev/null, no terminal. Each failure is one line on standard error, exit code 6, no traceback,
within a bounded wait; a run that succeeds writes nothing to standard error."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.support.proxy import Proxy, Rule
from tests.support.pywikibot_dir import copy_pywikibot_dir
from tests.wiki.conftest import PREFIX, Wiki, Workspace

from salonbot.sandbox import SandboxInfo

EXIT_UNAVAILABLE = 6


def run_unattended(workspace: Workspace, *args: str) -> subprocess.CompletedProcess[str]:
    """Run salonbot as cron does: stdin /dev/null, stdout and stderr to pipes."""
    return subprocess.run([sys.executable, "-m", "salonbot", *args], cwd=workspace.root,
                          env=workspace.env, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=300, check=False)


def assert_one_clean_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """The run exited 6 with exactly one line on stderr, containing `words`; that line."""
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.returncode == EXIT_UNAVAILABLE, (result.returncode, result.stderr)
    assert lines[0].startswith("salonbot: ")
    for word in words:
        assert word in lines[0]
    return lines[0]


def use_dir(workspace: Workspace, directory: Path) -> Workspace:
    workspace.env["PYWIKIBOT_DIR"] = str(directory)
    return workspace


def closed_port() -> int:
    """A local port nothing listens on (bound, then closed)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_pywikibot_folder_without_its_password_file(workspace: Workspace, sandbox: SandboxInfo,
                                                      tmp_path: Path) -> None:
    use_dir(workspace, copy_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb",
                                          password_line=None))
    result = run_unattended(workspace, "sync", "--yes")
    line = assert_one_clean_line(result, "no password file", "user-password.py does not exist")
    assert "None" not in line


def test_a_wrong_bot_password(workspace: Workspace, sandbox: SandboxInfo, tmp_path: Path) -> None:
    wrong = "('SalonBot', BotPassword('salonbot', 'not-the-password-0000000000000000'))"
    use_dir(workspace, copy_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb",
                                          password_line=wrong))
    result = run_unattended(workspace, "sync", "--yes")
    assert_one_clean_line(result, "cannot log in to the wiki", "Incorrect username or password")


def test_an_account_with_no_stored_password_is_not_asked_for_one_without_a_terminal(
        workspace: Workspace) -> None:
    started = time.monotonic()
    result = run_unattended(workspace, "status", "-user:OtherUser")
    assert_one_clean_line(result, "no password for OtherUser", "no terminal")
    assert time.monotonic() - started < 60


def test_no_pywikibot_configuration_where_pywikibot_dir_says(
        workspace: Workspace, sandbox: SandboxInfo, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    use_dir(workspace, empty)
    result = run_unattended(workspace, "status")
    assert_one_clean_line(result, f"PYWIKIBOT_DIR={empty} holds no user-config.py")
    # pywikibot would fall back to a user-config.py in the current folder without a word
    shutil.copyfile(sandbox.pywikibot_dir / "user-config.py", workspace.root / "user-config.py")
    result = run_unattended(workspace, "status")
    assert_one_clean_line(result, f"PYWIKIBOT_DIR={empty} holds no user-config.py")


def test_an_unreachable_wiki_gives_up_within_max_wait(workspace: Workspace, sandbox: SandboxInfo,
                                                      tmp_path: Path) -> None:
    port = closed_port()
    use_dir(workspace, copy_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb",
                                          api_url=f"http://127.0.0.1:{port}/api.php"))
    (workspace.root / "salonbot.toml").write_text("[salonbot]\nmax_wait = 10\n")
    started = time.monotonic()
    result = run_unattended(workspace, "sync", "--yes")
    elapsed = time.monotonic() - started
    line = assert_one_clean_line(result, "cannot reach the wiki", "after 4 tries (cannot connect)")
    assert elapsed < 10 + 5, elapsed
    log = (workspace.reports / "salonbot.log").read_text(encoding="utf-8").splitlines()
    assert log[-1].endswith(" not run: " + line.removeprefix("salonbot: ")), log
    assert len([entry for entry in log if "retrying in" in entry]) == 3, log


def test_by_default_an_unreachable_wiki_is_given_up_within_two_minutes(
        workspace: Workspace, sandbox: SandboxInfo, tmp_path: Path) -> None:
    # pywikibot's own settings (no retry settings in user-config.py) would retry for ~25 min.
    port = closed_port()
    use_dir(workspace, copy_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb",
                                          api_url=f"http://127.0.0.1:{port}/api.php"))
    started = time.monotonic()
    result = run_unattended(workspace, "status")
    assert_one_clean_line(result, "cannot reach the wiki", "after 4 tries")
    assert time.monotonic() - started < 120


@pytest.mark.parametrize(("kind", "words"), [("status", "(HTTP 503)"),
                                             ("slow", "(no answer within 2 s)")])
def test_a_wiki_answering_errors_or_nothing_is_one_line_within_max_wait(
        kind: str, words: str, workspace: Workspace, sandbox: SandboxInfo, proxy: Proxy,
        tmp_path: Path) -> None:
    use_dir(workspace, copy_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb",
                                          api_url=f"{proxy.url}/api.php"))
    (workspace.root / "salonbot.toml").write_text("[salonbot]\nmax_wait = 12\n")
    proxy.plan([Rule(kind, action="query", times=1000, delay=5)])
    started = time.monotonic()
    result = run_unattended(workspace, "sync", "--yes")
    elapsed = time.monotonic() - started
    assert_one_clean_line(result, "cannot reach the wiki", words)
    assert elapsed < 12 + 5, elapsed


def test_a_scheduled_run_that_succeeds_writes_nothing_to_stderr(
        workspace: Workspace, sandbox: SandboxInfo, wiki: Wiki, tmp_path: Path) -> None:
    # A fresh folder has no saved session: pywikibot logs in, and says so on a terminal only.
    use_dir(workspace, copy_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb"))
    title = PREFIX + "Unattended quiet run"
    workspace.write("quiet.yaml", f"title: {title}\nwhat_happened: We met.\n")
    result = run_unattended(workspace, "sync", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert wiki.page_text(title) == "== What happened ==\nWe met."


def test_progress_shows_on_a_terminal(workspace: Workspace, wiki: Wiki) -> None:
    title = PREFIX + "Unattended progress"
    workspace.write("progress.yaml", f"title: {title}\nwhat_happened: We met.\n")
    result = workspace.run_on_terminal("sync", "--yes")
    assert result.returncode == 0, result.stderr
    assert f"[1/1] {title}: created" in result.stderr.splitlines()


def test_an_unknown_pywikibot_option_is_a_usage_error(workspace: Workspace) -> None:
    result = run_unattended(workspace, "status", "-nosuchoption")
    assert result.returncode == 2
    assert result.stderr == "salonbot: unknown pywikibot option -nosuchoption (see docs/operations.md)\n"


def test_status_json_is_one_object_like_syncs(workspace: Workspace, wiki: Wiki) -> None:
    title = PREFIX + "Unattended status json"
    workspace.write("json.yaml", f"title: {title}\nwhat_happened: We met.\n")
    result = run_unattended(workspace, "status", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert set(summary) == {"exit_code", "counts", "reports"}
    assert summary["exit_code"] == 0
    mine = [r for r in summary["reports"] if r["title"] == title]
    assert mine == [{"title": title, "file": "json.yaml", "state": "new locally",
                     "action": "create", "message": ""}]
    assert summary["counts"]["new locally"] == 1
