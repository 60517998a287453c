"""Fixtures for integration tests against a real sandbox MediaWiki (see salonbot.sandbox).

One wiki is started per test session in a temporary directory and stopped at the end. Tests
look at and change it through :class:`tests.support.api.Wiki` (the `wiki` fixture), which speaks
the action API over HTTP as the admin or as ``OtherUser``, and run salonbot as an operator would
in a :class:`Workspace`. Every test under tests/wiki is marked ``wiki``.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.api import Wiki
from tests.support.proxy import Proxy
from tests.support.pywikibot_dir import proxied_pywikibot_dir

from salonbot import sandbox as sandbox_module
from salonbot.sandbox import SandboxInfo

WIKI_TESTS_DIR = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if WIKI_TESTS_DIR in item.path.parents:
            item.add_marker(pytest.mark.wiki)


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


@pytest.fixture
def proxy(sandbox: SandboxInfo) -> Iterator[Proxy]:
    """A proxy in front of the sandbox wiki that can delay, drop or fail chosen requests."""
    with Proxy(sandbox.url) as running:
        yield running


@pytest.fixture
def proxied(workspace: Workspace, proxy: Proxy, sandbox: SandboxInfo,
            tmp_path: Path) -> Workspace:
    """The workspace with a pywikibot dir of its own (it logs in afresh) behind the proxy."""
    directory = proxied_pywikibot_dir(sandbox.pywikibot_dir, tmp_path / "pwb",
                                      f"{proxy.url}/api.php")
    workspace.env["PYWIKIBOT_DIR"] = str(directory)
    return workspace

