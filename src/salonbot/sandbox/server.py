"""The sandbox's web server: `php -S` started detached, its worker processes found through
their environment, and stopped with all of them."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
import urllib.request
from contextlib import suppress
from pathlib import Path

from salonbot.errors import SandboxError
from salonbot.sandbox.info import (
    SERVER_WORKERS,
    START_TIMEOUT,
    STOP_TIMEOUT,
    SandboxInfo,
    read_pid,
    recorded_port,
    settings_file,
)


def start_server(info: SandboxInfo, mediawiki_dir: Path, php: str) -> None:
    """Start ``php -S`` detached in its own session, record its pid, wait until the API answers."""
    log = info.state_dir / "server.log"
    env = {**os.environ, "MW_CONFIG_FILE": str(settings_file(info.state_dir)),
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
    while not api_answers(info):
        if reap(pid) or time.monotonic() > deadline:
            stop_server(info.state_dir)
            raise SandboxError(f"the sandbox server on port {info.port} did not answer; see {log}")
        time.sleep(0.1)


def stop_server(state_dir: Path) -> bool:
    """Terminate the server's process group and any other process serving this state dir."""
    pids = server_pids(state_dir)
    leader = read_pid(state_dir)
    (state_dir / "server.pid").unlink(missing_ok=True)
    port = recorded_port(state_dir)
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
                reap(leader)  # our own child would otherwise linger as a zombie
            # An exiting process no longer shows its environment: wait for each signalled one.
            if not any(map(alive, pids)) and not server_pids(state_dir) and (
                    port is None or not port_open(port)):
                return bool(pids)
            time.sleep(0.05)
    raise SandboxError(f"could not stop the sandbox server processes {pids}")


def server_pids(state_dir: Path) -> list[int]:
    """Live processes (server and workers) whose environment names this state dir's settings."""
    marker = b"MW_CONFIG_FILE=" + bytes(settings_file(state_dir))
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if alive(int(proc.name)) and marker in (proc / "environ").read_bytes().split(b"\0"):
                pids.append(int(proc.name))
        except OSError:
            continue  # gone meanwhile, or not ours to read
    return pids


def alive(pid: int) -> bool:
    """Whether the process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in "ZX"
    except (OSError, IndexError):
        return False


def api_answers(info: SandboxInfo) -> bool:
    """Whether the siteinfo query answers with JSON (no proxy, whatever the environment says)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"{info.api_url}?action=query&meta=siteinfo&format=json", timeout=5) as r:
            return "query" in json.load(r)
    except (OSError, ValueError):
        return False


def port_open(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def reap(pid: int) -> bool:
    """Collect ``pid`` if it is our exited child; whether it had exited."""
    try:
        return os.waitpid(pid, os.WNOHANG)[0] == pid
    except ChildProcessError:
        return False
