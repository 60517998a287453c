"""Fixtures for integration tests against a real sandbox MediaWiki (see salonbot.sandbox).

One wiki is started per test session in a temporary directory and stopped at the end. Tests
look at and change it through :class:`Wiki`, which speaks the action API over HTTP as the
admin or as ``OtherUser``, one request at a time. Every test under tests/wiki is marked ``wiki``.
"""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from salonbot import sandbox as sandbox_module
from salonbot.sandbox import Account, SandboxInfo

WIKI_TESTS_DIR = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if WIKI_TESTS_DIR in item.path.parents:
            item.add_marker(pytest.mark.wiki)


class WikiApiError(Exception):
    """Raised when the sandbox wiki answers a request with an API error."""


class Wiki:
    """Reads and changes the sandbox wiki as people would, through its API.

    Reads and admin actions use the ``Admin`` account; ``*_as_other`` use ``OtherUser``.
    Each account has its own logged-in HTTP session; requests are sent one at a time.
    """

    def __init__(self, info: SandboxInfo) -> None:
        self.info = info
        accounts = sandbox_module.load_accounts(info.state_dir)
        self._admin = self._login(accounts["admin"])
        self._other = self._login(accounts["other"])

    def page_text(self, title: str) -> str | None:
        """The text of the page's latest revision, or None if the page does not exist."""
        page = self._query_page(self._admin, title, rvprop="content", rvslots="main")
        if "missing" in page:
            return None
        return str(page["revisions"][0]["slots"]["main"]["content"])

    def revisions(self, title: str) -> list[dict[str, Any]]:
        """All revisions of the page, oldest first, as dicts with revid, user, sha1, comment,
        minor (bool), tags and timestamp; [] if the page does not exist."""
        page = self._query_page(self._admin, title, rvdir="newer", rvlimit="max",
                                rvprop="ids|user|sha1|comment|flags|tags|timestamp")
        return [
            {"revid": rev["revid"], "user": rev["user"], "sha1": rev["sha1"],
             "comment": rev["comment"], "minor": bool(rev.get("minor", False)), "tags": rev["tags"],
             "timestamp": rev["timestamp"]}
            for rev in page.get("revisions", [])
        ]

    def bot_flags(self, title: str) -> list[bool]:
        """For each edit of the page in recent changes, oldest first: whether it is flagged bot."""
        result = self._post(self._admin, action="query", list="recentchanges", rctitle=title,
                            rcprop="flags|ids", rcdir="newer", rclimit="max",
                            rctype="edit|new")
        return [bool(change.get("bot")) for change in result["query"]["recentchanges"]]

    def edit_as_other(self, title: str, text: str, summary: str = "edit by another person",
                      **params: Any) -> dict[str, Any]:
        """Save ``text`` as OtherUser (creating the page if needed); the API's edit result."""
        return self._edit(self._other, title, text, summary, **params)

    def create_as_other(self, title: str, text: str,
                        summary: str = "page created by another person") -> dict[str, Any]:
        """Create the page as OtherUser; WikiApiError ``articleexists`` if it exists."""
        return self._edit(self._other, title, text, summary, createonly=1)

    def delete(self, title: str, reason: str = "deleted by a test") -> None:
        """Delete the page as the admin."""
        self._post(self._admin, action="delete", title=title, reason=reason,
                   token=self._token(self._admin, "csrf"))

    def protect(self, title: str, protections: str = "edit=sysop|move=sysop",
                reason: str = "protected by a test") -> None:
        """Protect the page (default: only sysops may edit or move it), without expiry."""
        self._post(self._admin, action="protect", title=title, protections=protections,
                   reason=reason, token=self._token(self._admin, "csrf"))

    def _edit(self, session: requests.Session, title: str, text: str, summary: str,
              **params: Any) -> dict[str, Any]:
        result = self._post(session, action="edit", title=title, text=text, summary=summary,
                            token=self._token(session, "csrf"), **params)
        return dict(result["edit"])

    def _query_page(self, session: requests.Session, title: str, **params: Any) -> dict[str, Any]:
        result = self._post(session, action="query", prop="revisions", titles=title, **params)
        return dict(result["query"]["pages"][0])

    def _login(self, account: Account) -> requests.Session:
        session = requests.Session()
        session.trust_env = False  # never send 127.0.0.1 through a proxy from the environment
        result = self._post(session, action="clientlogin", username=account.user,
                            password=account.password, loginreturnurl=self.info.url,
                            logintoken=self._token(session, "login"))
        if result["clientlogin"]["status"] != "PASS":
            raise WikiApiError(f"login as {account.user} failed: {result['clientlogin']}")
        return session

    def _token(self, session: requests.Session, kind: str) -> str:
        result = self._post(session, action="query", meta="tokens", type=kind)
        return str(result["query"]["tokens"][f"{kind}token"])

    def _post(self, session: requests.Session, **params: Any) -> dict[str, Any]:
        response = session.post(self.info.api_url, timeout=30,
                                data={**params, "format": "json", "formatversion": 2})
        response.raise_for_status()
        result = dict(response.json())
        if "error" in result:
            error = result["error"]
            raise WikiApiError(f"{error['code']}: {error.get('info', '')}")
        return result


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxInfo]:
    """A freshly installed sandbox wiki on a free port, stopped at the end of the session."""
    state_dir = tmp_path_factory.mktemp("sandbox")
    try:
        yield sandbox_module.start(state_dir)
    finally:
        sandbox_module.stop(state_dir)


@pytest.fixture(scope="session")
def wiki(sandbox: SandboxInfo) -> Wiki:
    """The session's sandbox wiki, seen through the API as its admin and as OtherUser."""
    return Wiki(sandbox)


PREFIX = "Strategy/Wikimedia movement/2018-20/2019 Community Conversations/Strategy Salons/Reports/"


class Workspace:
    """A folder where salonbot runs as an operator would run it: `reports/` inside, the sandbox
    wiki's pywikibot config named by PYWIKIBOT_DIR, salonbot started as a separate process."""

    def __init__(self, root: Path, info: SandboxInfo) -> None:
        self.root = root
        self.reports = root / "reports"
        self.reports.mkdir(parents=True, exist_ok=True)
        self.env = {**os.environ, "PYWIKIBOT_DIR": str(info.pywikibot_dir), "NO_COLOR": "1"}

    def run(self, *args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        """Run `python -m salonbot ARGS` in the workspace; the completed process."""
        return subprocess.run([sys.executable, "-m", "salonbot", *args], cwd=self.root,
                              env=self.env, input=input, capture_output=True, text=True,
                              timeout=300, check=False)

    def run_on_terminal(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run `python -m salonbot ARGS` with standard error on a pseudo-terminal (as a person at
        a terminal sees it; stdin is /dev/null, stdout a pipe); `stderr` has `\n` line ends."""
        master, terminal = pty.openpty()
        chunks: list[bytes] = []
        reader = threading.Thread(target=_read_all, args=(master, chunks))
        reader.start()
        try:
            result = subprocess.run([sys.executable, "-m", "salonbot", *args], cwd=self.root,
                                    env=self.env, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=terminal, text=True,
                                    timeout=300, check=False)
        finally:
            os.close(terminal)
            reader.join(timeout=10)
            os.close(master)
        stderr = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
        return subprocess.CompletedProcess(result.args, result.returncode, result.stdout, stderr)

    def write(self, name: str, text: str) -> Path:
        path = self.reports / name
        path.write_text(text, encoding="utf-8")
        return path

    def read(self, name: str) -> str:
        return (self.reports / name).read_text(encoding="utf-8")


def copy_pywikibot_dir(source: Path, target: Path, *, password_line: str | None = "copy",
                       extra: str = "", api_url: str | None = None) -> Path:
    """A pywikibot config dir like `source` (the sandbox's) with no saved session, so the next
    run logs in: `password_line` is the password file's line (`copy`: the source's; None: no
    password file), `extra` is added to user-config.py, `api_url` replaces the wiki's URL."""
    target.mkdir(mode=0o700, parents=True)
    config = (source / "user-config.py").read_text(encoding="utf-8")
    if api_url:
        config = re.sub(r"(family_files\[[^\]]+\] = )'[^']*'", lambda m: f"{m[1]}{api_url!r}",
                        config)
    (target / "user-config.py").write_text(config + extra, encoding="utf-8")
    if password_line is not None:
        text = ((source / "user-password.py").read_text(encoding="utf-8")
                if password_line == "copy" else password_line + "\n")
        descriptor = os.open(target / "user-password.py", os.O_WRONLY | os.O_CREAT, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text)
    if (source / "apicache").is_dir():  # siteinfo and paraminfo: no need to ask again
        shutil.copytree(source / "apicache", target / "apicache")
    return target


def _read_all(descriptor: int, chunks: list[bytes]) -> None:
    """Read a pseudo-terminal until its other end is closed (EIO on Linux)."""
    while True:
        try:
            chunk = os.read(descriptor, 4096)
        except OSError:
            return
        if not chunk:
            return
        chunks.append(chunk)


@pytest.fixture
def workspace(tmp_path: Path, sandbox: SandboxInfo) -> Workspace:
    """A fresh operator's workspace for one test, talking to the session's sandbox wiki."""
    return Workspace(tmp_path / "workspace", sandbox)
