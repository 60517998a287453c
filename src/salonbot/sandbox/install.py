"""Installing the sandbox wiki: MediaWiki's installer and maintenance scripts, the accounts, and
a pywikibot config dir for the bot, checked by logging in with pywikibot (in a subprocess:
pywikibot reads its configuration when it is imported)."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from salonbot.errors import SandboxError
from salonbot.sandbox.info import (
    ADMIN_USER,
    BOT_PASSWORD_APP,
    BOT_PASSWORD_GRANTS,
    BOT_USER,
    OTHER_USER,
    PYWIKIBOT_FAMILY,
    Account,
    SandboxInfo,
)

LOCAL_SETTINGS_TWEAKS = """
# --- salonbot sandbox: a throwaway test wiki on 127.0.0.1 ---
# Show exception details in API and HTML errors, so that a failing test can be diagnosed.
$wgShowExceptionDetails = true;
# No mail: there is no mail server and nobody reads it.
$wgEnableEmail = false;
$wgEnableUserEmail = false;
# Localisation cache in files rather than in SQLite: several `php -S` workers building it at
# once on the first requests would otherwise contend for the SQLite write lock.
$wgCacheDirectory = "{cache_dir}";
$wgLocalisationCacheConf['store'] = 'files';
# No object cache (the installer's choice, restated because tests rely on it): every request
# reads the database, so a request sees what the previous one wrote, whichever worker serves it.
$wgMainCacheType = CACHE_NONE;
# Sessions still need a store shared by all workers: the SQLite object cache.
$wgSessionCacheType = CACHE_DB;
# No rate limits for any account: by default only sysops have `noratelimit`; tests edit fast as
# OtherUser, and the bot (its bot password passes the right on through the `highvolume` grant).
$wgGroupPermissions['user']['noratelimit'] = true;
# Tests that try wrong passwords must not lock an account out.
$wgPasswordAttemptThrottle = false;
# Run queued jobs at the end of the request that queued them, so the wiki is settled when an
# API call returns.
$wgJobRunRate = 1;
$wgRunJobsAsync = false;
"""


def install(state_dir: Path, port: int, mediawiki_dir: Path, php: str) -> None:
    """Install the wiki and its accounts, write accounts.json and the pywikibot config dir."""
    wiki_dir = state_dir / "wiki"
    for leftover in (wiki_dir, state_dir / "pywikibot"):
        shutil.rmtree(leftover, ignore_errors=True)  # from an install that did not finish
    (wiki_dir / "db").mkdir(parents=True)
    (wiki_dir / "cache").mkdir()
    accounts = {
        "admin": Account(ADMIN_USER, password()),
        "bot": Account(BOT_USER, password()),
        "bot_password": Account(f"{BOT_USER}@{BOT_PASSWORD_APP}", secrets.token_hex(16)),
        "other": Account(OTHER_USER, password()),
    }
    hidden = [account.password for account in accounts.values()]
    maintenance = mediawiki_dir / "maintenance"
    pass_file = wiki_dir / "admin-password"
    write_private(pass_file, accounts["admin"].password)
    run_php(php, maintenance / "install.php", hidden, "--dbtype", "sqlite",
             "--dbpath", str(wiki_dir / "db"), "--confpath", str(wiki_dir),
             "--server", f"http://127.0.0.1:{port}", "--scriptpath", "",
             "--passfile", str(pass_file), "--lang", "en", "Salon Sandbox", ADMIN_USER)
    pass_file.unlink()
    settings = wiki_dir / "LocalSettings.php"
    settings.chmod(0o600)  # holds $wgSecretKey
    with settings.open("a", encoding="utf-8") as file:
        file.write(LOCAL_SETTINGS_TWEAKS.format(cache_dir=wiki_dir / "cache"))
    # Passwords go on the command line (these scripts read them nowhere else); a local
    # throwaway wiki on 127.0.0.1 accepts that brief exposure to `ps`.
    conf = ("--conf", str(settings))
    run_php(php, maintenance / "createAndPromote.php", hidden, *conf, "--bot",
             BOT_USER, accounts["bot"].password)
    run_php(php, maintenance / "createAndPromote.php", hidden, *conf,
             OTHER_USER, accounts["other"].password)
    run_php(php, maintenance / "createBotPassword.php", hidden, *conf,
             "--appid", BOT_PASSWORD_APP, "--grants", BOT_PASSWORD_GRANTS,
             BOT_USER, accounts["bot_password"].password)
    write_private(state_dir / "accounts.json", json.dumps(
        {key: vars(account) for key, account in accounts.items()}, indent=2) + "\n")
    write_pywikibot_dir(state_dir / "pywikibot", port, accounts["bot_password"].password)


def write_pywikibot_dir(directory: Path, port: int, bot_password: str) -> None:
    """Write user-config.py and user-password.py (mode 600) for the bot into a mode 700 dir."""
    directory.mkdir(mode=0o700)
    directory.chmod(0o700)  # mkdir's mode is reduced by the umask
    name = PYWIKIBOT_FAMILY
    (directory / "user-config.py").write_text(
        "# Written by `salonbot sandbox start` for the local sandbox wiki.\n"
        f"family_files[{name!r}] = 'http://127.0.0.1:{port}/api.php'\n"
        f"family = {name!r}\n"
        f"mylang = {name!r}  # an AutoFamily's only site code is its family name\n"
        f"usernames[{name!r}][{name!r}] = {BOT_USER!r}\n"
        "password_file = 'user-password.py'  # relative to this directory\n"
        "put_throttle = 0  # a local test wiki needs no pause between edits\n"
        "write_maxlag = 5  # called maxlag before pywikibot 11.8\n"
        "user_agent_description = 'salonbot sandbox (local test wiki on 127.0.0.1; "
        "contact: operator@example.org)'\n",
        encoding="utf-8",
    )
    write_private(directory / "user-password.py",
                   f"({BOT_USER!r}, BotPassword({BOT_PASSWORD_APP!r}, {bot_password!r}))\n")


def verify_pywikibot(info: SandboxInfo) -> None:
    """Log in with pywikibot in a subprocess; raise unless the bot has bot and apihighlimits."""
    script = ("import json, pywikibot; site = pywikibot.Site(); site.login(); "
              "print(json.dumps({'user': site.user(), 'rights': site.userinfo['rights']}))")
    env = {**os.environ, "PYWIKIBOT_DIR": str(info.pywikibot_dir),
           "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
    try:
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                                text=True, stdin=subprocess.DEVNULL, timeout=120)
    except subprocess.TimeoutExpired:
        raise SandboxError("pywikibot did not finish logging in to the sandbox") from None
    try:
        login = json.loads(result.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise SandboxError(f"pywikibot could not log in to the sandbox: {tail}") from None
    missing = {"bot", "apihighlimits"} - set(login["rights"])
    if login["user"] != info.bot_user or missing:
        raise SandboxError(f"pywikibot logged in as {login['user']} without rights {missing}")


def run_php(php: str, script: Path, hidden: Sequence[str], *args: str) -> None:
    """Run a maintenance script; on failure raise with its last output line, passwords masked."""
    env = {key: value for key, value in os.environ.items() if key != "MW_CONFIG_FILE"}
    result = subprocess.run([php, str(script), *args], capture_output=True, text=True,
                            env=env, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        message = ((result.stdout + result.stderr).strip().splitlines() or ["no output"])[-1]
        for secret in hidden:
            message = message.replace(secret, "***")
        raise SandboxError(f"{script.name} failed (exit {result.returncode}): {message}")


def password() -> str:
    """A random password that no command line mistakes for an option (it never starts with -)."""
    return "p" + secrets.token_urlsafe(18)


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read, whatever the umask."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
    path.chmod(0o600)
