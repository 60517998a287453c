"""`salonbot check` against the sandbox wiki: a workspace ready for unattended runs passes every
check; a non-bot account, a stop page saying stop, an invalid report file and a missing password
file each fail the check they concern, with how to fix it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.support.pywikibot_dir import copy_pywikibot_dir
from tests.wiki.conftest import PREFIX, Wiki, Workspace

from salonbot import sandbox as sandbox_module
from salonbot.sandbox import SandboxInfo

STOP_PAGE = "User:SalonBot/Stop check"
NAMES = ["salonbot.toml", "pywikibot configuration", "password", "login", "bot flag",
         "apihighlimits", "edit rights", "not blocked", "allowed prefix", "stop page", "edit rate",
         "maxlag", "waits", "report folder", "git"]


@pytest.fixture
def ready(workspace: Workspace) -> Workspace:
    """A workspace as the going-live guide leaves it: settings with a stop page, a valid report,
    everything committed to git."""
    (workspace.root / "salonbot.toml").write_text(f'[salonbot]\nstop_page = "{STOP_PAGE}"\n')
    workspace.write("ready.yaml", f"title: {PREFIX}Check ready\nwhat_happened: We met.\n")
    git = ["git", "-C", str(workspace.root), "-c", "user.name=Test",
           "-c", "user.email=test@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "reports"], check=True)
    return workspace


def check(workspace: Workspace) -> tuple[int, dict[str, str]]:
    """Run `salonbot check` without a terminal; its exit code and each check's line by name."""
    result = subprocess.run([sys.executable, "-m", "salonbot", "check"], cwd=workspace.root,
                            env=workspace.env, stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, timeout=300, check=False)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    lines = result.stdout.splitlines()
    names = [line[6:].split(":", 1)[0] for line in lines]
    assert names == NAMES, result.stdout
    return result.returncode, dict(zip(names, lines, strict=True))


def failed(lines: dict[str, str]) -> set[str]:
    return {name for name, line in lines.items() if line.startswith("FAIL  ")}


def test_a_ready_workspace_passes_every_check(ready: Workspace) -> None:
    code, lines = check(ready)
    assert (code, failed(lines)) == (0, set()), "\n".join(lines.values())
    assert lines["login"] == "ok    login: logged in to sandbox:sandbox as SalonBot"
    assert lines["stop page"].startswith(f"ok    stop page: {STOP_PAGE} does not exist yet")
    assert lines["report folder"] == "ok    report folder: 1 report file(s) in reports/, all valid"
    result = ready.run("check", "--json")
    summary = json.loads(result.stdout)
    assert (result.returncode, summary["ok"], summary["exit_code"]) == (0, True, 0)
    assert [c["name"] for c in summary["checks"]] == NAMES
    assert all(c["ok"] for c in summary["checks"])
    assert all(c["fix"] is None for c in summary["checks"])  # a fix only for a failure


def test_an_account_without_the_bot_flag_fails_the_rights_checks(
        ready: Workspace, sandbox: SandboxInfo, tmp_path: Path) -> None:
    other = sandbox_module.load_accounts(sandbox.state_dir)["other"]
    directory = copy_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb",
                                   password_line=repr((other.user, other.password)),
                                   extra=f"usernames['sandbox']['sandbox'] = {other.user!r}\n")
    ready.env["PYWIKIBOT_DIR"] = str(directory)
    code, lines = check(ready)
    assert code == 1
    assert failed(lines) == {"bot flag", "apihighlimits"}
    assert lines["login"] == "ok    login: logged in to sandbox:sandbox as OtherUser"
    assert lines["bot flag"].startswith("FAIL  bot flag: OtherUser has no bot right")
    assert "; to fix: request bot status on Meta" in lines["bot flag"]


def test_a_stop_page_saying_stop_fails(ready: Workspace, wiki: Wiki) -> None:
    wiki.edit_as_other(STOP_PAGE, "stop: the bot broke a table")
    try:
        code, lines = check(ready)
    finally:
        wiki.edit_as_other(STOP_PAGE, "run")
    assert (code, failed(lines)) == (1, {"stop page"})
    assert lines["stop page"] == (
        f"FAIL  stop page: {STOP_PAGE} says 'stop: the bot broke a table': push, sync and "
        "index --push halt; to fix: "
        f"empty {STOP_PAGE} or write `run` in it, once it is safe to run")


def test_an_invalid_report_file_fails_the_report_folder(ready: Workspace) -> None:
    ready.write("broken.yaml", f"title: {PREFIX}Check broken\nwhat_happend: typo\n")
    code, lines = check(ready)
    assert (code, failed(lines)) == (1, {"report folder", "git"})  # and it is not committed
    assert "1 problem(s) in 2 file(s); first: reports/broken.yaml:" in lines["report folder"]
    assert "unknown key 'what_happend'" in lines["report folder"]


def test_no_password_file_fails_the_password_and_login_checks(
        ready: Workspace, sandbox: SandboxInfo, tmp_path: Path) -> None:
    ready.env["PYWIKIBOT_DIR"] = str(copy_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb",
                                                        password_line=None))
    code, lines = check(ready)
    assert code == 1
    assert failed(lines) == {"password", "login", "bot flag", "apihighlimits", "edit rights",
                             "not blocked", "allowed prefix", "stop page"}
    assert "no password file" in lines["password"] and "does not exist" in lines["password"]
    assert lines["bot flag"] == "FAIL  bot flag: not checked (no log-in)"


def test_a_broken_salonbot_toml_fails_and_leaves_what_it_configures_unchecked(
        ready: Workspace) -> None:
    (ready.root / "salonbot.toml").write_text("[salonbot]\nmax_edit = 5\n")
    code, lines = check(ready)
    assert code == 1
    assert failed(lines) == {"salonbot.toml", "allowed prefix", "stop page", "report folder",
                             "git"}
    assert "unknown setting 'max_edit'" in lines["salonbot.toml"]
    assert lines["git"] == "FAIL  git: not checked (salonbot.toml is invalid)"
    assert lines["login"].startswith("ok    login:")


@pytest.mark.parametrize(("prefix", "detail"), [
    ("strategy/Check/", "the wiki stores 'strategy/Check/' as 'Strategy/Check/'"),
    ("Check[bad]/", "'Check[bad]/' is not a valid page title"),
])
def test_a_prefix_the_wiki_would_store_otherwise_or_not_at_all_fails(
        ready: Workspace, prefix: str, detail: str) -> None:
    (ready.root / "salonbot.toml").write_text(
        f'[salonbot]\nstop_page = "{STOP_PAGE}"\nallowed_prefix = "{prefix}"\n')
    (ready.reports / "ready.yaml").unlink()
    code, lines = check(ready)
    assert code == 1
    assert failed(lines) == {"allowed prefix", "git"}  # the deleted file is not committed
    assert lines["allowed prefix"].startswith(f"FAIL  allowed prefix: {detail}; to fix: ")


def _down(sandbox: SandboxInfo, target: Path, password_line: str | None = "copy") -> Path:
    """A pywikibot configuration like the sandbox's whose wiki does not answer (nothing listens
    on its port), with no cached site information, so that no site can be made."""
    return copy_pywikibot_dir(sandbox.pywikibot_dir, target, password_line=password_line,
                              api_url="http://127.0.0.1:9/api.php", cache=False,
                              extra="max_retries = 0\nretry_wait = 1\nsocket_timeout = (1, 1)\n")


def test_the_password_file_is_checked_when_the_wiki_is_down(
        ready: Workspace, sandbox: SandboxInfo, tmp_path: Path) -> None:
    ready.env["PYWIKIBOT_DIR"] = str(_down(sandbox, tmp_path / "pwb"))
    code, lines = check(ready)
    assert code == 1
    assert lines["login"].startswith("FAIL  login: ")
    assert lines["password"].startswith("ok    password: a bot password for SalonBot@"), \
        lines["password"]
    assert str(tmp_path / "pwb" / "user-password.py") in lines["password"]


def test_a_malformed_password_file_fails_when_the_wiki_is_down(
        ready: Workspace, sandbox: SandboxInfo, tmp_path: Path) -> None:
    ready.env["PYWIKIBOT_DIR"] = str(_down(sandbox, tmp_path / "pwb",
                                           password_line="('SalonBot', BotPassword('x'"))
    code, lines = check(ready)
    assert code == 1
    assert lines["password"].startswith("FAIL  password: "), lines["password"]
    assert "Invalid password line format" in lines["password"]
    assert "BotPassword('x'" not in lines["password"]  # the line itself is never shown


@pytest.mark.parametrize("command", [("check",), ("status",)])
def test_a_password_file_others_may_read_is_one_line_of_salonbot(
        ready: Workspace, sandbox: SandboxInfo, tmp_path: Path, command: tuple[str, ...]) -> None:
    directory = copy_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb")
    (directory / "user-password.py").chmod(0o644)
    ready.env["PYWIKIBOT_DIR"] = str(directory)
    result = ready.run(*command)
    password_file = directory / "user-password.py"
    lines = [line for line in result.stderr.splitlines() if "user-password.py" in line
             or "mode" in line]
    assert lines == [f"salonbot: warning: {password_file} had mode 644 (others could read it); "
                     "pywikibot changed it to 600"], result.stderr
    assert "Warning" not in result.stderr and "warn(" not in result.stderr, result.stderr
    assert password_file.stat().st_mode & 0o777 == 0o600
    assert result.returncode == 0, result.stdout + result.stderr
