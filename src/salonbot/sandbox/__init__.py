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
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from salonbot.errors import SandboxError
from salonbot.sandbox.info import (
    APT_INSTALL_COMMAND,
    BOT_USER,
    MEDIAWIKI_DIR,
    REQUIRED_PHP_MODULES,
    SERVER_WORKERS,
    Account,
    SandboxInfo,
    read_pid,
    recorded_port,
)
from salonbot.sandbox.install import install, verify_pywikibot
from salonbot.sandbox.server import api_answers, free_port, server_pids, start_server, stop_server

__all__ = [
    "APT_INSTALL_COMMAND", "BOT_USER", "MEDIAWIKI_DIR", "SERVER_WORKERS", "Account", "SandboxError",
    "SandboxInfo", "check_requirements", "load_accounts", "start", "status", "stop",
]


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
        known_port = recorded_port(state_dir)
        if known_port is not None and port not in (None, known_port):
            raise SandboxError(f"the sandbox in {state_dir} uses port {known_port}, not {port}")
        running = status(state_dir)
        if running is not None:
            return running
        php_path = check_requirements(mediawiki_dir, php)
        info = SandboxInfo(port=known_port or port or free_port(), state_dir=state_dir)
        stop_server(state_dir)  # a server that does not answer, or serves a half install
        if known_port is not None:
            start_server(info, mediawiki_dir, php_path)
            return info
        install(state_dir, info.port, mediawiki_dir, php_path)
        start_server(info, mediawiki_dir, php_path)
        try:
            verify_pywikibot(info)
        except SandboxError:
            stop_server(state_dir)
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
        return stop_server(state_dir)


def status(state_dir: Path) -> SandboxInfo | None:
    """The running sandbox of ``state_dir``, or None unless its server process answers the API."""
    state_dir = state_dir.resolve()
    port = recorded_port(state_dir)
    if port is None or read_pid(state_dir) not in server_pids(state_dir):
        return None
    info = SandboxInfo(port=port, state_dir=state_dir)
    return info if api_answers(info) else None


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


@contextmanager
def _locked(state_dir: Path) -> Iterator[None]:
    """Serialise start and stop on one state dir across processes."""
    with (state_dir / ".lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
