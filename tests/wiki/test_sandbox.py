"""The sandbox wiki: install, reuse, restart, stop, pywikibot login, secrets kept private."""

from __future__ import annotations

import json
import os
import re
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from tests.support.api import Wiki, WikiApiError

from salonbot.commands.sandbox import run
from salonbot.sandbox import (
    APT_INSTALL_COMMAND,
    SERVER_WORKERS,
    SandboxError,
    SandboxInfo,
    load_accounts,
    start,
    status,
    stop,
)
from salonbot.sandbox.info import BOT_PASSWORD_GRANTS

PYWIKIBOT_LOGIN_AND_EDIT = """
import json, sys, pywikibot
site = pywikibot.Site()
site.login()
page = pywikibot.Page(site, sys.argv[1])
page.text = 'Written by the bot.'
page.save(summary='bot test edit', bot=True, minor=False)
print(json.dumps({'user': site.user(), 'groups': site.userinfo['groups'],
                  'rights': site.userinfo['rights']}))
"""


def port_is_open(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def live_processes_in_group(group: int) -> list[int]:
    """Processes of a process group that are not zombies."""
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] not in "ZX":
            found.append(int(proc.name))
    return found


def test_status_reports_the_running_sandbox(sandbox: SandboxInfo) -> None:
    assert status(sandbox.state_dir) == sandbox
    assert status(sandbox.state_dir / "elsewhere") is None


def test_start_again_reuses_the_running_server(sandbox: SandboxInfo) -> None:
    settings = sandbox.state_dir / "wiki" / "LocalSettings.php"
    installed_at = settings.stat().st_mtime_ns
    pid = (sandbox.state_dir / "server.pid").read_text()

    began = time.monotonic()
    again = start(sandbox.state_dir)

    assert time.monotonic() - began < 2
    assert again == sandbox
    assert settings.stat().st_mtime_ns == installed_at
    assert (sandbox.state_dir / "server.pid").read_text() == pid


def test_bot_logs_in_with_pywikibot_with_bot_rights(sandbox: SandboxInfo, wiki: Wiki) -> None:
    env = {**os.environ, "PYWIKIBOT_DIR": str(sandbox.pywikibot_dir)}
    result = subprocess.run(
        [sys.executable, "-c", PYWIKIBOT_LOGIN_AND_EDIT, "Sandbox test/Bot edit"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )
    login = json.loads(result.stdout.splitlines()[-1])
    assert "warning" not in result.stderr.lower()  # e.g. a deprecated user-config.py setting

    assert login["user"] == "SalonBot"
    assert "bot" in login["groups"]
    assert {"bot", "apihighlimits", "noratelimit"} <= set(login["rights"])
    [revision] = wiki.revisions("Sandbox test/Bot edit")
    assert (revision["user"], revision["comment"], revision["minor"]) == (
        "SalonBot", "bot test edit", False)


def test_secrets_are_readable_by_the_owner_only(sandbox: SandboxInfo) -> None:
    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    assert mode(sandbox.pywikibot_dir) == 0o700
    assert mode(sandbox.pywikibot_dir / "user-password.py") == 0o600
    assert mode(sandbox.accounts_file) == 0o600
    assert mode(sandbox.state_dir / "wiki" / "LocalSettings.php") == 0o600
    accounts = load_accounts(sandbox.state_dir)
    assert accounts["bot_password"].user == "SalonBot@salonbot"
    assert accounts["bot_password"].password in (
        sandbox.pywikibot_dir / "user-password.py").read_text()


def test_wiki_helper_acts_as_other_user_and_admin(sandbox: SandboxInfo, wiki: Wiki) -> None:
    title = "Sandbox test/Helper"
    assert wiki.page_text(title) is None
    assert wiki.revisions(title) == []

    wiki.create_as_other(title, "first")
    with pytest.raises(WikiApiError, match="articleexists"):
        wiki.create_as_other(title, "again")
    wiki.edit_as_other(title, "second\n\n", summary="fix", minor=1)

    assert wiki.page_text(title) == "second"  # MediaWiki strips trailing whitespace
    first, second = wiki.revisions(title)
    assert (first["user"], first["minor"]) == ("OtherUser", False)
    assert (second["user"], second["comment"], second["minor"]) == ("OtherUser", "fix", True)
    assert first["revid"] < second["revid"] and len(second["sha1"]) == 40
    page = requests.get(sandbox.article_url(title), timeout=30)
    assert page.status_code == 200 and "second" in page.text

    wiki.protect(title)
    with pytest.raises(WikiApiError, match="protectedpage"):
        wiki.edit_as_other(title, "third")
    wiki.delete(title)
    assert wiki.page_text(title) is None


def test_article_url_encodes_titles_like_mediawiki() -> None:
    info = SandboxInfo(port=8080, state_dir=Path("/nowhere"))
    assert info.api_url == "http://127.0.0.1:8080/api.php"
    assert info.article_url("Strategy Salon/Café & more?") == (
        "http://127.0.0.1:8080/index.php?title=Strategy_Salon/Caf%C3%A9_%26_more%3F")


def test_run_start_status_stop_and_restart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state_dir = tmp_path / "scratch"
    try:
        assert run("start", state_dir, None) == 0
        out, err = capsys.readouterr()
        *comments, export = out.splitlines()
        assert export == f"export PYWIKIBOT_DIR={state_dir / 'pywikibot'}"
        assert comments and all(line.startswith("# ") for line in comments)
        for account in load_accounts(state_dir).values():
            assert account.password not in out + err

        info = status(state_dir)
        assert info is not None
        assert run("status", state_dir, None) == 0
        assert run("start", state_dir, info.port + 1) == 1
        out, err = capsys.readouterr()
        assert len(err.splitlines()) == 1 and f"port {info.port}" in err
        group = int((state_dir / "server.pid").read_text())
        assert len(live_processes_in_group(group)) == 1 + SERVER_WORKERS

        assert run("stop", state_dir, None) == 0
        assert not port_is_open(info.port)
        assert live_processes_in_group(group) == []
        assert status(state_dir) is None
        assert run("status", state_dir, None) == 1
        assert stop(state_dir) is False

        settings = state_dir / "wiki" / "LocalSettings.php"
        installed_at = settings.stat().st_mtime_ns
        assert start(state_dir) == info  # restarted on the recorded port, not reinstalled
        assert settings.stat().st_mtime_ns == installed_at
    finally:
        stop(state_dir)


def test_missing_mediawiki_names_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(SandboxError, match="MediaWiki") as raised:
        start(tmp_path, mediawiki_dir=tmp_path / "no-mediawiki")
    assert APT_INSTALL_COMMAND in str(raised.value)
    assert APT_INSTALL_COMMAND == (
        "sudo apt-get install -y mediawiki php-cli php-sqlite3 php-intl php-mbstring php-xml")


def test_missing_php_names_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(SandboxError, match="PHP") as raised:
        start(tmp_path, php=str(tmp_path / "no-php"))
    assert APT_INSTALL_COMMAND in str(raised.value)


def test_missing_php_module_names_the_install_command(tmp_path: Path) -> None:
    fake_php = tmp_path / "php"
    fake_php.write_text("#!/bin/sh\nprintf '[PHP Modules]\\nmbstring\\npdo_sqlite\\nxml\\n'\n")
    fake_php.chmod(0o755)
    with pytest.raises(SandboxError, match="PHP module intl") as raised:
        start(tmp_path / "state", php=str(fake_php))
    assert APT_INSTALL_COMMAND in str(raised.value)


def test_unknown_action_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("restart", tmp_path, None) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1


def documented_accounts() -> dict[str, tuple[str, str]]:
    """The accounts table of `## salonbot sandbox` in docs/commands.md: key -> (account, use)."""
    text = (Path(__file__).parents[2] / "docs" / "commands.md").read_text(encoding="utf-8")
    section = text.split("## salonbot sandbox", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \| (.+) \|$", section, re.MULTILINE)
    return {key: (account, use) for account, key, use in rows}


def test_the_documented_accounts_are_the_sandbox_accounts(sandbox: SandboxInfo) -> None:
    documented = documented_accounts()
    accounts = load_accounts(sandbox.state_dir)
    assert {key: account for key, (account, _) in documented.items()} == \
        {key: account.user for key, account in accounts.items()}
    assert f"`{BOT_PASSWORD_GRANTS}`" in documented["bot_password"][1]
    users = requests.get(f"{sandbox.url}/api.php", timeout=30, params={
        "action": "query", "list": "users", "usprop": "groups", "format": "json",
        "ususers": "|".join(documented[key][0] for key in ("admin", "bot", "other"))}).json()
    groups = {user["name"]: set(user["groups"]) for user in users["query"]["users"]}
    assert "sysop" in groups["Admin"] and "bot" not in groups["Admin"]
    assert "bot" in groups["SalonBot"] and "sysop" not in groups["SalonBot"]
    assert not groups["OtherUser"] & {"bot", "sysop"}  # "a second person": an ordinary account
    assert "`bot` group" in documented["bot"][1] and "sysop" in documented["admin"][1]
