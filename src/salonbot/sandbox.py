"""A throwaway local MediaWiki for trying salonbot and for its integration tests.

The wiki is Debian's ``mediawiki`` package (shared code in ``/usr/share/mediawiki``) installed with
SQLite into ``STATE_DIR/wiki/`` and served by ``php -S 127.0.0.1:PORT``. Layout of a state dir:

- ``wiki/LocalSettings.php``, ``wiki/db/``, ``wiki/cache/``: the installed wiki;
- ``accounts.json`` (mode 600): the accounts' log-in names and passwords (:func:`load_accounts`);
- ``pywikibot/`` (mode 700): a pywikibot config dir (``user-config.py``, ``user-password.py``)
  for the bot account; point ``PYWIKIBOT_DIR`` at it;
- ``sandbox.json``: the port, written once the install is complete; ``server.pid``, ``server.log``.

pywikibot is only ever imported in a subprocess: it reads its configuration when imported.
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from salonbot.errors import ExitCode, SandboxError

MEDIAWIKI_DIR = Path("/usr/share/mediawiki")
APT_INSTALL_COMMAND = (
    "sudo apt-get install -y mediawiki php-cli php-sqlite3 php-intl php-mbstring php-xml"
)
# Module names as `php -m` lists them; php-sqlite3 provides pdo_sqlite, which MediaWiki uses.
REQUIRED_PHP_MODULES = ("pdo_sqlite", "intl", "mbstring", "xml")
ADMIN_USER = "Admin"
BOT_USER = "SalonBot"
OTHER_USER = "OtherUser"
BOT_PASSWORD_APP = "salonbot"
# `highvolume` gives the bot flag and apihighlimits; without it a bot password has neither.
BOT_PASSWORD_GRANTS = "basic,highvolume,editpage,createeditmovepage"
# pywikibot's AutoFamily (family_files[NAME] = API URL) is a single-site family whose only site
# code is NAME, so the family name and `mylang` must both be this (checked with pywikibot 11.9).
PYWIKIBOT_FAMILY = "sandbox"
SERVER_WORKERS = 4
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0

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


@dataclass(frozen=True)
class Account:
    """A name and password the wiki's log-in accepts (``SalonBot@salonbot`` for a bot password)."""

    user: str
    password: str


@dataclass(frozen=True)
class SandboxInfo:
    """Where a running sandbox wiki answers and where its files are."""

    port: int
    state_dir: Path
    bot_user: str = BOT_USER

    @property
    def url(self) -> str:
        """The wiki's base URL, ``http://127.0.0.1:PORT``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """The action API endpoint."""
        return f"{self.url}/api.php"

    @property
    def pywikibot_dir(self) -> Path:
        """The pywikibot config dir for the bot account (the value for ``PYWIKIBOT_DIR``)."""
        return self.state_dir / "pywikibot"

    @property
    def accounts_file(self) -> Path:
        """The JSON file holding the accounts' passwords."""
        return self.state_dir / "accounts.json"

    def article_url(self, title: str) -> str:
        """The URL of a page: spaces become underscores, the rest is encoded as MediaWiki does."""
        encoded = quote(title.replace(" ", "_"), safe=";@$!*(),/~:")
        return f"{self.url}/index.php?title={encoded}"


def start(state_dir: Path, port: int | None = None, *,
          mediawiki_dir: Path = MEDIAWIKI_DIR, php: str = "php") -> SandboxInfo:
    """Install the wiki into ``state_dir`` and start its server, unless done; return where it is.

    A free port is chosen when ``port`` is None. A server already answering is reused; an
    installed wiki whose server is down is served again on its recorded port (asking for another
    port is then an error). A half-finished install is removed and done again. Raises
    :class:`SandboxError` naming the ``apt-get`` command when MediaWiki or PHP is missing, and
    naming ``server.log`` when the server does not answer.
    """
    state_dir = state_dir.resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    with _locked(state_dir):
        recorded_port = _recorded_port(state_dir)
        if recorded_port is not None and port not in (None, recorded_port):
            raise SandboxError(f"the sandbox in {state_dir} uses port {recorded_port}, not {port}")
        running = status(state_dir)
        if running is not None:
            return running
        php_path = check_requirements(mediawiki_dir, php)
        info = SandboxInfo(port=recorded_port or port or _free_port(), state_dir=state_dir)
        _stop_server(state_dir)  # a server that does not answer, or serves a half install
        if recorded_port is not None:
            _start_server(info, mediawiki_dir, php_path)
            return info
        _install(state_dir, info.port, mediawiki_dir, php_path)
        _start_server(info, mediawiki_dir, php_path)
        try:
            _verify_pywikibot(info)
        except SandboxError:
            _stop_server(state_dir)
            raise
        # Written last: its presence means a complete, verified install.
        (state_dir / "sandbox.json").write_text(json.dumps({"port": info.port}) + "\n")
        return info


def stop(state_dir: Path) -> bool:
    """Stop the server and all its worker processes; wait until the port is closed.

    Returns whether anything was running. The installed wiki is kept.
    """
    state_dir = state_dir.resolve()
    if not state_dir.is_dir():
        return False
    with _locked(state_dir):
        return _stop_server(state_dir)


def status(state_dir: Path) -> SandboxInfo | None:
    """The running sandbox of ``state_dir``, or None unless its server process answers the API."""
    state_dir = state_dir.resolve()
    port = _recorded_port(state_dir)
    if port is None or _read_pid(state_dir) not in _server_pids(state_dir):
        return None
    info = SandboxInfo(port=port, state_dir=state_dir)
    return info if _api_answers(info) else None


def load_accounts(state_dir: Path) -> dict[str, Account]:
    """The accounts of an installed sandbox: ``admin`` (sysop), ``bot`` (``SalonBot``'s own
    password), ``bot_password`` (``SalonBot@salonbot``) and ``other`` (an ordinary user)."""
    data = json.loads((state_dir / "accounts.json").read_text(encoding="utf-8"))
    return {key: Account(**value) for key, value in data.items()}


def check_requirements(mediawiki_dir: Path = MEDIAWIKI_DIR, php: str = "php") -> str:
    """Return the path of the PHP binary, or raise :class:`SandboxError` naming what is missing
    and the ``apt-get`` command that installs it."""
    php_path = shutil.which(php)
    missing: list[str] = []
    if not (mediawiki_dir / "maintenance" / "install.php").is_file():
        missing.append(f"MediaWiki in {mediawiki_dir}")
    if php_path is None:
        missing.append(f"PHP ({php})")
    else:
        listed = subprocess.run([php_path, "-m"], capture_output=True, text=True,
                                stdin=subprocess.DEVNULL).stdout.lower().split()
        missing += [f"PHP module {name}" for name in REQUIRED_PHP_MODULES if name not in listed]
    if missing or php_path is None:
        raise SandboxError(f"missing {', '.join(missing)}; install with: {APT_INSTALL_COMMAND}")
    return php_path


def run(action: str, state_dir: Path, port: int | None = None) -> ExitCode:
    """Body of ``salonbot sandbox start|stop|status``: print shell comments, return an exit code.

    ``start`` ends with ``export PYWIKIBOT_DIR=...`` so that ``eval "$(salonbot sandbox start)"``
    sets up the shell. ``status`` returns FAILED when no sandbox is running. Errors are one line
    on stderr and FAILED. No password is printed.
    """
    try:
        if action == "start":
            info = start(state_dir, port)
            stop_command = f"salonbot sandbox stop --state-dir {shlex.quote(str(info.state_dir))}"
            print(f"# sandbox MediaWiki running at {info.url}, bot account {info.bot_user}")
            print(f"# passwords in {info.accounts_file}; stop it with: {stop_command}")
            print(f"export PYWIKIBOT_DIR={shlex.quote(str(info.pywikibot_dir))}")
        elif action == "stop":
            was_running = stop(state_dir)
            print(f"# sandbox in {state_dir} {'stopped' if was_running else 'was not running'}")
        elif action == "status":
            running = status(state_dir)
            if running is None:
                print(f"# no sandbox running in {state_dir}")
                return ExitCode.FAILED
            print(f"# sandbox MediaWiki running at {running.url} (files in {state_dir})")
        else:
            raise SandboxError(f"unknown sandbox action {action!r}; use start, stop or status")
    except (SandboxError, OSError) as error:
        print(f"salonbot sandbox {action}: {error}", file=sys.stderr)
        return ExitCode.FAILED
    return ExitCode.OK


def _install(state_dir: Path, port: int, mediawiki_dir: Path, php: str) -> None:
    """Install the wiki and its accounts, write accounts.json and the pywikibot config dir."""
    wiki_dir = state_dir / "wiki"
    for leftover in (wiki_dir, state_dir / "pywikibot"):
        shutil.rmtree(leftover, ignore_errors=True)  # from an install that did not finish
    (wiki_dir / "db").mkdir(parents=True)
    (wiki_dir / "cache").mkdir()
    accounts = {
        "admin": Account(ADMIN_USER, _password()),
        "bot": Account(BOT_USER, _password()),
        "bot_password": Account(f"{BOT_USER}@{BOT_PASSWORD_APP}", secrets.token_hex(16)),
        "other": Account(OTHER_USER, _password()),
    }
    hidden = [account.password for account in accounts.values()]
    maintenance = mediawiki_dir / "maintenance"
    pass_file = wiki_dir / "admin-password"
    _write_private(pass_file, accounts["admin"].password)
    _run_php(php, maintenance / "install.php", hidden, "--dbtype", "sqlite",
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
    _run_php(php, maintenance / "createAndPromote.php", hidden, *conf, "--bot",
             BOT_USER, accounts["bot"].password)
    _run_php(php, maintenance / "createAndPromote.php", hidden, *conf,
             OTHER_USER, accounts["other"].password)
    _run_php(php, maintenance / "createBotPassword.php", hidden, *conf,
             "--appid", BOT_PASSWORD_APP, "--grants", BOT_PASSWORD_GRANTS,
             BOT_USER, accounts["bot_password"].password)
    _write_private(state_dir / "accounts.json", json.dumps(
        {key: vars(account) for key, account in accounts.items()}, indent=2) + "\n")
    _write_pywikibot_dir(state_dir / "pywikibot", port, accounts["bot_password"].password)


def _write_pywikibot_dir(directory: Path, port: int, bot_password: str) -> None:
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
    _write_private(directory / "user-password.py",
                   f"({BOT_USER!r}, BotPassword({BOT_PASSWORD_APP!r}, {bot_password!r}))\n")


def _start_server(info: SandboxInfo, mediawiki_dir: Path, php: str) -> None:
    """Start ``php -S`` detached in its own session, record its pid, wait until the API answers."""
    log = info.state_dir / "server.log"
    env = {**os.environ, "MW_CONFIG_FILE": str(_settings_file(info.state_dir)),
           "PHP_CLI_SERVER_WORKERS": str(SERVER_WORKERS)}
    # posix_spawn rather than Popen: no Popen object to warn about a still-running child, and
    # stdin/stdout are not the caller's, so a caller reading our output is never kept waiting.
    pid = os.posix_spawn(
        php, [php, "-S", f"127.0.0.1:{info.port}", "-t", str(mediawiki_dir)], env,
        file_actions=[
            (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, str(log), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600),
            (os.POSIX_SPAWN_DUP2, 1, 2),
        ],
        setsid=True,
    )
    (info.state_dir / "server.pid").write_text(f"{pid}\n", encoding="utf-8")
    deadline = time.monotonic() + START_TIMEOUT
    while not _api_answers(info):
        if _reap(pid) or time.monotonic() > deadline:
            _stop_server(info.state_dir)
            raise SandboxError(f"the sandbox server on port {info.port} did not answer; see {log}")
        time.sleep(0.1)


def _stop_server(state_dir: Path) -> bool:
    """Terminate the server's process group and any other process serving this state dir."""
    pids = _server_pids(state_dir)
    leader = _read_pid(state_dir)
    (state_dir / "server.pid").unlink(missing_ok=True)
    port = _recorded_port(state_dir)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if leader is not None and leader in pids:
            with suppress(ProcessLookupError):
                os.killpg(leader, sig)  # the server and the workers it forked
        for pid in pids:  # any worker that left the group
            with suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline:
            if leader is not None:
                _reap(leader)  # our own child would otherwise linger as a zombie
            # An exiting process no longer shows its environment: wait for each signalled one.
            if not any(map(_alive, pids)) and not _server_pids(state_dir) and (
                    port is None or not _port_open(port)):
                return bool(pids)
            time.sleep(0.05)
    raise SandboxError(f"could not stop the sandbox server processes {pids}")


def _server_pids(state_dir: Path) -> list[int]:
    """Live processes (server and workers) whose environment names this state dir's settings."""
    marker = b"MW_CONFIG_FILE=" + bytes(_settings_file(state_dir))
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if _alive(int(proc.name)) and marker in (proc / "environ").read_bytes().split(b"\0"):
                pids.append(int(proc.name))
        except OSError:
            continue  # gone meanwhile, or not ours to read
    return pids


def _alive(pid: int) -> bool:
    """Whether the process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in "ZX"
    except (OSError, IndexError):
        return False


def _verify_pywikibot(info: SandboxInfo) -> None:
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


def _run_php(php: str, script: Path, hidden: Sequence[str], *args: str) -> None:
    """Run a maintenance script; on failure raise with its last output line, passwords masked."""
    env = {key: value for key, value in os.environ.items() if key != "MW_CONFIG_FILE"}
    result = subprocess.run([php, str(script), *args], capture_output=True, text=True,
                            env=env, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        message = ((result.stdout + result.stderr).strip().splitlines() or ["no output"])[-1]
        for secret in hidden:
            message = message.replace(secret, "***")
        raise SandboxError(f"{script.name} failed (exit {result.returncode}): {message}")


def _api_answers(info: SandboxInfo) -> bool:
    """Whether the siteinfo query answers with JSON (no proxy, whatever the environment says)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"{info.api_url}?action=query&meta=siteinfo&format=json", timeout=5) as r:
            return "query" in json.load(r)
    except (OSError, ValueError):
        return False


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _password() -> str:
    """A random password that no command line mistakes for an option (it never starts with -)."""
    return "p" + secrets.token_urlsafe(18)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _reap(pid: int) -> bool:
    """Collect ``pid`` if it is our exited child; whether it had exited."""
    try:
        return os.waitpid(pid, os.WNOHANG)[0] == pid
    except ChildProcessError:
        return False


def _settings_file(state_dir: Path) -> Path:
    return state_dir / "wiki" / "LocalSettings.php"


def _read_pid(state_dir: Path) -> int | None:
    try:
        return int((state_dir / "server.pid").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _recorded_port(state_dir: Path) -> int | None:
    """The port of a complete install, or None."""
    try:
        return int(json.loads((state_dir / "sandbox.json").read_text(encoding="utf-8"))["port"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read, whatever the umask."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(text)
    path.chmod(0o600)


@contextmanager
def _locked(state_dir: Path) -> Iterator[None]:
    """Serialise start and stop on one state dir across processes."""
    with (state_dir / ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
